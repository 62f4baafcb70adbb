// SingleInstance: one RetryDesk window per user session. The first launch listens on a local
// socket; a later launch hands its arguments (a link, --demo, …) to it over InstanceProtocol,
// waits for the answer that they were handled, and exits. A socket left behind by a crash is
// removed; a running RetryDesk that does not answer is reported, never waited on for ever.
#pragma once

#include "core/Clock.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

class QLocalServer;
class QLocalSocket;
class QLockFile;

namespace rd::instance {

class SingleInstance : public QObject {
    Q_OBJECT
public:
    enum class Role {
        Undecided,
        Primary,    // listening: later launches reach this process
        Alone,      // runs, but could not listen (the message says why): launches cannot reach it
        HandedOver, // the running RetryDesk handled the arguments: this launch is done
        Failed,     // a RetryDesk runs but did not take them (the message says why, what to do)
    };
    struct Timeouts {
        // Another launch deciding at the same moment holds the lock this long at most (waited
        // in real time: QLockFile knows no other clock).
        Millis lock{5000};
        Millis connect{3000};
        // The running RetryDesk answers once it has handled the launch.
        Millis reply{10000};
        // The primary drops a connection that has sent no complete request by then.
        Millis request{5000};
    };
    using Done = std::function<void(Role role, const QString &message)>;

    SingleInstance(QString name, Clock &clock, QObject *parent = nullptr);
    ~SingleInstance() override;

    // RETRYDESK_INSTANCE_NAME when set (tests); otherwise one name per user, settings location
    // (scope) and display, so two sessions side by side (another XDG_CONFIG_HOME, another X
    // display) never hand their links to each other. On Linux the socket lives in
    // XDG_RUNTIME_DIR, which only its user can enter.
    static QString defaultName(const QString &scope);

    void setTimeouts(const Timeouts &timeouts) { m_timeouts = timeouts; }
    // Decides this launch's role once; done may be called before start() returns.
    void start(const QStringList &arguments, Done done);
    // Primary: what to do with each later launch's arguments. Launches that arrive before a
    // handler is set wait for it (and their launchers for the answer).
    void setHandler(std::function<void(const QStringList &arguments)> handler);

    Role role() const { return m_role; }
    QString name() const { return m_name; }
    // Where the socket lives (a path on Unix, a pipe name on Windows), for messages.
    QString serverName() const;

private:
    void finish(Role role, const QString &message);
    void onClientError();
    void onClientConnected();
    void onClientDisconnected();
    void readReply();
    void becomePrimary();
    void acceptConnections();
    void readRequest(QLocalSocket *socket);
    void answer(QLocalSocket *socket, bool handled, const QString &error = {});
    QString lockPath() const;

    QString m_name;
    Clock &m_clock;
    Timeouts m_timeouts;
    Role m_role = Role::Undecided;
    Done m_done;
    QStringList m_arguments;
    std::unique_ptr<QLockFile> m_lock; // held while deciding: two launches never both listen
    // A later launch: its connection to the running RetryDesk.
    QLocalSocket *m_client = nullptr;
    bool m_connected = false;
    QByteArray m_reply;
    Clock::TimerId m_deadline = 0;
    // The primary: its server, what each connection sent so far, who waits for a handler.
    QLocalServer *m_server = nullptr;
    QHash<QLocalSocket *, QByteArray> m_requests;
    QList<QPair<QPointer<QLocalSocket>, QStringList>> m_waiting;
    std::function<void(const QStringList &)> m_handler;
};

} // namespace rd::instance
