#include "mainwindow/MainWindow.h"

#include "mainwindow/EmptyStateWidget.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

namespace rd::ui {

MainWindow::MainWindow(const AppOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_stack(new QStackedWidget(this))
    , m_emptyState(new EmptyStateWidget(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("RetryDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/retrydesk.svg")));
    m_stack->addWidget(m_emptyState);
    setCentralWidget(m_stack);
    createMenus();
    connect(m_emptyState, &EmptyStateWidget::demoRequested, this, &MainWindow::startDemo);
    connect(m_emptyState, &EmptyStateWidget::addConnectionRequested, this,
            &MainWindow::addConnection);
    statusBar()->showMessage(tr("Not connected"));
    resize(1100, 700);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *demo = file->addAction(tr("Open &Demo Sandbox"), this, &MainWindow::startDemo);
    demo->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    QAction *add = file->addAction(tr("&Add Connection…"), this, &MainWindow::addConnection);
    add->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About RetryDesk"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::startDemo() {
    // The embedded sandbox arrives with issue [2]; until then say so instead of failing silently.
    statusBar()->showMessage(tr("The demo sandbox is not available in this build."), 5000);
}

void MainWindow::addConnection() {
    statusBar()->showMessage(tr("Connections arrive with a later version."), 5000);
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About RetryDesk"),
                       tr("<b>RetryDesk %1</b><p>A desktop dashboard for validation jobs and their "
                          "retry cycles.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace rd::ui
