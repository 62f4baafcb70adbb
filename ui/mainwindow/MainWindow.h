// MainWindow: the application frame: menus, shortcuts, status bar, the active connection and the
// current screen (first-run welcome, empty state, or the screens: a rail of Validations and Lists,
// each on the connection of its own kind).
#pragma once

#include "app/AppOptions.h"
#include "storage/ConnectionProfile.h"

#include <QHash>

#include <QMainWindow>

class QComboBox;
class QDockWidget;
class QMenu;
class QLabel;
class QStackedWidget;
class QTabWidget;

namespace rd {
class ListServiceRegistry;
class ValidationServiceRegistry;
} // namespace rd

namespace rd::ui {

class AppContext;
class BulkRunHost;
class DemoSession;
class DesktopNotificationSink;
class NotificationSettings;
class WatchNotifier;
class EmptyStateWidget;
class WelcomeWidget;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(const AppOptions &options, AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The screen of one kind of connection (validations or lists), owned by the window; null shows
    // that page's placeholder. The current screen's direct QDockWidget children are docked in the
    // window and its actions listed in a menu.
    void setScreen(ApiKind kind, QWidget *screen);
    QWidget *screen(ApiKind kind) const { return m_screens[int(kind)]; }
    // The screen on the rail's current page.
    QWidget *workspace() const { return m_screens[m_currentKind]; }
    void showScreen(ApiKind kind); // Alt+1 validations, Alt+2 lists
    ApiKind currentKind() const { return ApiKind(m_currentKind); }
    QTabWidget *rail() const { return m_tabs; }
    ValidationServiceRegistry &services() const { return *m_services; }
    ListServiceRegistry &listServices() const { return *m_lists; }
    BulkRunHost &bulkRuns() const { return *m_bulkRuns; }
    // Desktop notifications about watched validations (ui/watch), for every connection.
    NotificationSettings &notificationSettings() const { return *m_notifySettings; }
    WatchNotifier &watchNotifier() const { return *m_notifier; }
    DesktopNotificationSink &notificationSink() const { return *m_sink; }
    void openNotificationSettings();
    QString activeConnectionId() const { return m_activeConnection; }

    void startDemo();
    void openConnections(const QString &selectId = {});

signals:
    void activeConnectionChanged(const QString &id);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void showAbout();
    void restoreViewState();
    void saveViewState();
    void refreshConnections();
    void setActiveConnection(const QString &id);
    void markWelcomeSeen();
    void updatePage();
    void openWorkspaceFor(const QString &connectionId);
    void onScreenChanged(int index);
    void rebuildScreenMenu();
    void showWatchedValidation(const QString &id);

    AppOptions m_options;
    AppContext &m_context;
    QStackedWidget *m_stack;
    WelcomeWidget *m_welcome;
    EmptyStateWidget *m_emptyState;
    QTabWidget *m_tabs;
    QStackedWidget *m_pages[2] = {};
    QLabel *m_placeholders[2] = {};
    QWidget *m_screens[2] = {};
    int m_currentKind = 0;
    QHash<int, QString> m_activeByKind; // ApiKind → its connection on that page
    QList<QDockWidget *> m_workspaceDocks;
    QMenu *m_workspaceMenu = nullptr;
    QComboBox *m_connectionBox;
    DemoSession *m_demo;
    QAction *m_demoSeedsOnly = nullptr;
    ValidationServiceRegistry *m_services; // a child: outlives the screens that observe it
    ListServiceRegistry *m_lists;
    // The bulk runs of every validations connection: they outlive the screens (a connection
    // switched away from keeps sending) and are deleted before the services they write through.
    BulkRunHost *m_bulkRuns;
    NotificationSettings *m_notifySettings;
    DesktopNotificationSink *m_sink;
    WatchNotifier *m_notifier;
    QString m_activeConnection;
    bool m_welcomeSeen = false;
};

} // namespace rd::ui
