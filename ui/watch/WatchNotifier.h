// WatchNotifier: a watched validation's retry cycle ended (WatchList::cycleEnded, seen by its
// connection's sync whatever screen is open) → one desktop notification, as the user's
// NotificationSettings allow. Where it shows is a NotificationSink's business, so tests count them.
#pragma once

#include "domain/Enums.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

class QMainWindow;
class QSystemTrayIcon;

namespace rd {
class WatchList;
}

namespace rd::ui {

class NotificationSettings;

struct Notification {
    QString validationId; // empty: a test notification
    std::optional<TerminalState> state;
    QString title;   // "Watched validation resolved"
    QString message; // WatchList's sentence, with the whole id
};

class NotificationSink {
public:
    virtual ~NotificationSink() = default;
    virtual void notify(const Notification &notification) = 0;
};

// The desktop's: a tray message when the system has a tray (the icon made on first use, with the
// window's icon), else the window's status bar and QApplication::alert. Clicking the message or
// the icon asks for the window and the validation (activated).
class DesktopNotificationSink : public QObject, public NotificationSink {
    Q_OBJECT
public:
    explicit DesktopNotificationSink(QMainWindow *window);
    ~DesktopNotificationSink() override;

    void notify(const Notification &notification) override;
    QSystemTrayIcon *trayIcon() const { return m_tray; }

signals:
    // The user clicked the last message (or the tray icon): id of its validation, or empty.
    void activated(const QString &validationId);

private:
    QMainWindow *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastId;
};

class WatchNotifier : public QObject {
    Q_OBJECT
public:
    // Neither is owned; both outlive the notifier.
    WatchNotifier(NotificationSettings &settings, NotificationSink &sink,
                  QObject *parent = nullptr);

    // Notifies the ends of this list's watched cycles (once per list; it goes with its service).
    void follow(WatchList *list);
    // The settings dialog's "Send a test notification".
    void sendTest();

    static QString titleFor(TerminalState state);

private:
    void onCycleEnded(const QString &id, TerminalState state, const QString &sentence);
    void applySettings();

    NotificationSettings &m_settings;
    NotificationSink &m_sink;
    QList<QPointer<WatchList>> m_lists;
};

} // namespace rd::ui
