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
class FaultLabPanel;
class SettingsApplier;
class WelcomeWidget;
class DeepLinkOpener;
class WebhooksScreen;

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
    // The rail's third page, the webhook inspector (Alt+3): there with or without a connection.
    void showWebhooks();
    WebhooksScreen &webhooks() const { return *m_webhooks; }
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
    // Settings… (Ctrl+, / the platform's Preferences key): every preference, applied live.
    void openSettings();
    SettingsApplier &settingsApplier() const { return *m_settingsApplier; }
    QString activeConnectionId() const { return m_activeConnection; }

    void startDemo();
    // Demo ▸ Fault lab… (Ctrl+Alt+F): the non-modal window steering the demo sandbox's faults.
    void openFaultLab();
    void openConnections(const QString &selectId = {});
    // retrydesk://validations/<id>?connection=<name>: that connection on the Validations page with
    // the validation selected and shown, or a message saying why not (DeepLinkOpener).
    void openDeepLink(const QUrl &link);
    // Another launch's link and options (instance::SingleInstance): the window comes forward and
    // opens them.
    void takeLaunch(const AppOptions &options);
    void bringToFront();
    DeepLinkOpener &links() const { return *m_links; }
    // The connection open on the page of that kind; empty when none is.
    QString activeConnection(ApiKind kind) const { return m_activeByKind.value(int(kind)); }
    void setActiveConnection(const QString &id);

signals:
    void activeConnectionChanged(const QString &id);
    // The screen of a kind was replaced (null: its placeholder is shown).
    void screenSet(rd::ApiKind kind);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void showAbout();
    void restoreViewState();
    void saveViewState();
    void refreshConnections();
    void markWelcomeSeen();
    void updatePage();
    void openWorkspaceFor(const QString &connectionId);
    void onScreenChanged(int index);
    void rebuildScreenMenu();
    void showWatchedValidation(const QString &id);
    // A new language is installed: menus, the rail and the open screens are built again (the
    // connections and selections kept).
    void retranslate();

    AppOptions m_options;
    AppContext &m_context;
    QStackedWidget *m_stack;
    WelcomeWidget *m_welcome;
    EmptyStateWidget *m_emptyState;
    QTabWidget *m_tabs;
    QStackedWidget *m_pages[2] = {};
    QLabel *m_placeholders[2] = {};
    QWidget *m_screens[2] = {};
    WebhooksScreen *m_webhooks = nullptr; // the rail's page kWebhooksPage, for the whole session
    bool m_onWebhooks = false;            // that page is current (m_currentKind keeps the last kind)
    int m_currentKind = 0;
    QHash<int, QString> m_activeByKind; // ApiKind → its connection on that page
    QList<QDockWidget *> m_workspaceDocks;
    QMenu *m_workspaceMenu = nullptr;
    QComboBox *m_connectionBox;
    DemoSession *m_demo;
    QAction *m_demoSeedsOnly = nullptr;
    QMenu *m_demoMenu = nullptr;          // shown only while the demo sandbox runs
    FaultLabPanel *m_faultLab = nullptr; // made on first use; a window of its own
    ValidationServiceRegistry *m_services; // a child: outlives the screens that observe it
    ListServiceRegistry *m_lists;
    // The bulk runs of every validations connection: they outlive the screens (a connection
    // switched away from keeps sending) and are deleted before the services they write through.
    BulkRunHost *m_bulkRuns;
    NotificationSettings *m_notifySettings;
    DesktopNotificationSink *m_sink;
    WatchNotifier *m_notifier;
    DeepLinkOpener *m_links = nullptr;
    SettingsApplier *m_settingsApplier;
    QLabel *m_connectionLabel = nullptr;
    QAction *m_manageAction = nullptr;
    QString m_reselect[2]; // after a rebuild: the id to select again on each page
    QString m_activeConnection;
    bool m_welcomeSeen = false;
};

} // namespace rd::ui
