// MainWindow: the application frame: menus, shortcuts, status bar, the active connection and the
// current screen (first-run welcome, empty state, or the workspace a screen provides).
#pragma once

#include "app/AppOptions.h"

#include <QMainWindow>

class QComboBox;
class QDockWidget;
class QMenu;
class QStackedWidget;

namespace rd {
class ValidationServiceRegistry;
}

namespace rd::ui {

class AppContext;
class DemoSession;
class EmptyStateWidget;
class WelcomeWidget;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(const AppOptions &options, AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The screen shown while a connection is active (the validations view); owned by the window.
    // Its direct QDockWidget children are docked in the window and its actions listed in a menu.
    void setWorkspace(QWidget *workspace);
    QWidget *workspace() const { return m_workspace; }
    ValidationServiceRegistry &services() const { return *m_services; }
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

    AppOptions m_options;
    AppContext &m_context;
    QStackedWidget *m_stack;
    WelcomeWidget *m_welcome;
    EmptyStateWidget *m_emptyState;
    QWidget *m_workspace = nullptr;
    QList<QDockWidget *> m_workspaceDocks;
    QMenu *m_workspaceMenu = nullptr;
    QComboBox *m_connectionBox;
    DemoSession *m_demo;
    QAction *m_demoSeedsOnly = nullptr;
    ValidationServiceRegistry *m_services; // a child: outlives the screens that observe it
    QString m_activeConnection;
    bool m_welcomeSeen = false;
};

} // namespace rd::ui
