// DemoSession: "Try the demo" / --demo: the embedded sandbox on loopback inside the app and two
// demo connections (validations and lists) whose keys live in the session-only store.
#pragma once

#include <QObject>
#include <QString>

#include <functional>

#include <memory>

namespace rd::sandbox {
class SandboxServer;
}

namespace rd::ui {

class AppContext;

class DemoSession : public QObject {
    Q_OBJECT
public:
    explicit DemoSession(AppContext &context, QObject *parent = nullptr);
    ~DemoSession() override;

    // Starts the sandbox (once) and adds the demo connections. done(id of the validations demo
    // connection, or an empty id and a message saying what went wrong).
    void start(std::function<void(const QString &connectionId, const QString &error)> done);
    bool isRunning() const { return m_server != nullptr; }
    // The embedded sandbox once started (null before): the fault lab drives its faults and clock.
    sandbox::SandboxServer *server() const { return m_server.get(); }
    // Before start(): the sandbox sends only what the seeds define (sandbox::WireMode::SeedsOnly).
    void setSeedsOnly(bool on) { m_seedsOnly = on; }
    bool seedsOnly() const { return m_seedsOnly; }

private:
    AppContext &m_context;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    QString m_validationsId;
    bool m_seedsOnly = false;
};

} // namespace rd::ui
