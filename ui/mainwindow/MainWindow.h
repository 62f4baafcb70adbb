// MainWindow: the application frame: menus, shortcuts, status bar, and the current screen.
#pragma once

#include "app/AppOptions.h"

#include <QMainWindow>

class QStackedWidget;

namespace rd::ui {

class EmptyStateWidget;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const AppOptions &options, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    void createMenus();
    void startDemo();
    void addConnection();
    void showAbout();

    AppOptions m_options;
    QStackedWidget *m_stack;
    EmptyStateWidget *m_emptyState;
};

} // namespace rd::ui
