#include "watch/WatchNotifier.h"

#include "services/WatchList.h"
#include "watch/NotificationSettings.h"

#include <QApplication>
#include <QMainWindow>
#include <QStatusBar>
#include <QSystemTrayIcon>

namespace rd::ui {

namespace {
constexpr int kMessageMs = 15'000;
constexpr TerminalState kEndings[] = {TerminalState::Resolved, TerminalState::Exhausted,
                                      TerminalState::Cancelled};
} // namespace

DesktopNotificationSink::DesktopNotificationSink(QMainWindow *window)
    : QObject(window)
    , m_window(window) {}

DesktopNotificationSink::~DesktopNotificationSink() = default;

void DesktopNotificationSink::notify(const Notification &n) {
    m_lastId = n.validationId;
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            QIcon icon = m_window ? m_window->windowIcon() : QIcon();
            if (icon.isNull()) {
                icon = QApplication::windowIcon();
            }
            m_tray = new QSystemTrayIcon(icon, this);
            m_tray->setToolTip(tr("RetryDesk"));
            connect(m_tray, &QSystemTrayIcon::messageClicked, this,
                    [this] { emit activated(m_lastId); });
            connect(m_tray, &QSystemTrayIcon::activated, this,
                    [this](QSystemTrayIcon::ActivationReason reason) {
                        if (reason == QSystemTrayIcon::Trigger ||
                            reason == QSystemTrayIcon::DoubleClick) {
                            emit activated(m_lastId);
                        }
                    });
        }
        m_tray->show();
        m_tray->showMessage(n.title, n.message,
                            n.state == TerminalState::Exhausted ? QSystemTrayIcon::Warning
                                                                : QSystemTrayIcon::Information,
                            kMessageMs);
        return;
    }
    // No tray: the window says it, and asks for attention (a flashing task-bar entry).
    if (m_window) {
        m_window->statusBar()->showMessage(n.message, kMessageMs);
        QApplication::alert(m_window);
    }
}

WatchNotifier::WatchNotifier(NotificationSettings &settings, NotificationSink &sink,
                             QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_sink(sink) {
    connect(&m_settings, &NotificationSettings::changed, this, &WatchNotifier::applySettings);
}

void WatchNotifier::follow(WatchList *list) {
    if (!list) {
        return;
    }
    m_lists.removeAll(nullptr); // lists gone with their services
    if (m_lists.contains(list)) {
        return;
    }
    m_lists.append(list);
    connect(list, &WatchList::cycleEnded, this, &WatchNotifier::onCycleEnded);
    applySettings();
}

void WatchNotifier::applySettings() {
    // The list itself leaves out the endings nobody wants, so it never queues them as news.
    for (const QPointer<WatchList> &list : std::as_const(m_lists)) {
        if (list) {
            for (TerminalState s : kEndings) {
                list->setNotifyOn(s, m_settings.shows(s));
            }
        }
    }
}

QString WatchNotifier::titleFor(TerminalState state) {
    switch (state) {
    case TerminalState::Resolved:
        return tr("Watched validation resolved");
    case TerminalState::Exhausted:
        return tr("Watched validation exhausted");
    case TerminalState::Cancelled:
        return tr("Watched validation cancelled elsewhere");
    case TerminalState::Pending:
        break;
    }
    return tr("Watched validation");
}

void WatchNotifier::onCycleEnded(const QString &id, TerminalState state, const QString &sentence) {
    if (!m_settings.shows(state)) {
        return;
    }
    m_sink.notify({id, state, titleFor(state), sentence});
}

void WatchNotifier::sendTest() {
    m_sink.notify({QString(), std::nullopt, tr("RetryDesk test notification"),
                   tr("Notifications work. When a watched validation's retry cycle ends, "
                      "RetryDesk says so here.")});
}

} // namespace rd::ui
