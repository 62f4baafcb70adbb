#include "mainwindow/MainWindow.h"

#include "app/AppContext.h"
#include "app/DemoSession.h"
#include "connections/ConnectionsDialog.h"
#include "core/Random.h"
#include "dashboard/ValidationsScreen.h"
#include "mainwindow/EmptyStateWidget.h"
#include "services/ValidationServiceRegistry.h"
#include "storage/ConnectionRegistry.h"
#include "welcome/WelcomeWidget.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace rd::ui {

namespace {
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kConnection = QStringLiteral("mainWindow/connection");
const QString kWelcomeSeen = QStringLiteral("welcome/seen");
} // namespace

MainWindow::MainWindow(const AppOptions &options, AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_context(context)
    , m_stack(new QStackedWidget(this))
    , m_welcome(new WelcomeWidget(this))
    , m_emptyState(new EmptyStateWidget(this))
    , m_connectionBox(new QComboBox(this))
    , m_demo(new DemoSession(context, this))
    , m_services(new ValidationServiceRegistry(context.clock(), *SystemRandom::instance(), this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("RetryDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/retrydesk.svg")));
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_emptyState);
    setCentralWidget(m_stack);
    m_demo->setSeedsOnly(m_options.demoSeedsOnly);
    createMenus();

    QToolBar *bar = addToolBar(tr("Connection"));
    bar->setObjectName(QStringLiteral("connectionToolBar"));
    bar->setMovable(false);
    bar->addWidget(new QLabel(tr("Connection: "), bar));
    m_connectionBox->setMinimumContentsLength(24);
    m_connectionBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_connectionBox->setAccessibleName(tr("Active connection"));
    bar->addWidget(m_connectionBox);
    bar->addAction(tr("Manage…"), this, [this] { openConnections(m_activeConnection); });
    connect(m_connectionBox, &QComboBox::activated, this, [this](int index) {
        setActiveConnection(m_connectionBox->itemData(index).toString());
    });

    connect(m_welcome, &WelcomeWidget::demoRequested, this, &MainWindow::startDemo);
    connect(m_welcome, &WelcomeWidget::addConnectionRequested, this, [this] { openConnections(); });
    connect(m_welcome, &WelcomeWidget::dismissed, this, [this] {
        markWelcomeSeen();
        updatePage();
    });
    connect(m_emptyState, &EmptyStateWidget::demoRequested, this, &MainWindow::startDemo);
    connect(m_emptyState, &EmptyStateWidget::addConnectionRequested, this,
            [this] { openConnections(); });
    connect(&m_context.connections(), &ConnectionRegistry::connectionsChanged, this,
            &MainWindow::refreshConnections);

    m_welcomeSeen = m_context.settings().value(kWelcomeSeen, false).toBool();
    // 1100×700, or nine tenths of a smaller screen (a 1024×640 laptop panel cut the window off).
    QSize size(1100, 700);
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        size = size.boundedTo(screen->availableGeometry().size() * 0.9);
    }
    resize(size);
    restoreViewState();
    refreshConnections();
    if (m_options.demo) {
        startDemo();
    }
}

MainWindow::~MainWindow() {
    // Screens observe services: they go first.
    setWorkspace(nullptr);
}

void MainWindow::createMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *demo = file->addAction(tr("Open &Demo Sandbox"), this, &MainWindow::startDemo);
    demo->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    // The demo's option: a sandbox that answers only what the API documentation defines.
    QAction *seedsOnly = file->addAction(tr("Demo Sends &Seeds Only"));
    seedsOnly->setObjectName(QStringLiteral("demoSeedsOnly"));
    seedsOnly->setCheckable(true);
    seedsOnly->setChecked(m_demo->seedsOnly());
    seedsOnly->setToolTip(tr("The demo sandbox sends only what the API documentation defines; "
                             "optional fields come absent, null or of other types. Choose before "
                             "opening the demo."));
    connect(seedsOnly, &QAction::toggled, this, [this](bool on) { m_demo->setSeedsOnly(on); });
    m_demoSeedsOnly = seedsOnly;
    QAction *connections =
        file->addAction(tr("&Connections…"), this, [this] { openConnections(m_activeConnection); });
    connections->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_workspaceMenu = menuBar()->addMenu(tr("&Validations"));
    m_workspaceMenu->menuAction()->setVisible(false);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About RetryDesk"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::setWorkspace(QWidget *workspace) {
    if (m_workspace) {
        for (QDockWidget *dock : std::as_const(m_workspaceDocks)) {
            removeDockWidget(dock);
            delete dock;
        }
        m_workspaceDocks.clear();
        m_workspaceMenu->clear();
        m_workspaceMenu->menuAction()->setVisible(false);
        m_stack->removeWidget(m_workspace);
        delete m_workspace;
    }
    m_workspace = workspace;
    if (m_workspace) {
        m_stack->addWidget(m_workspace);
        for (QDockWidget *dock :
             m_workspace->findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
            addDockWidget(Qt::BottomDockWidgetArea, dock);
            dock->hide();
            m_workspaceDocks.append(dock);
        }
        m_workspaceMenu->addActions(m_workspace->actions());
        m_workspaceMenu->menuAction()->setVisible(!m_workspace->actions().isEmpty());
    }
    updatePage();
}

void MainWindow::openWorkspaceFor(const QString &connectionId) {
    const auto profile = m_context.connections().find(connectionId);
    if (!profile || profile->kind != ApiKind::Validations) {
        setWorkspace(nullptr);
        return;
    }
    QPointer<MainWindow> self(this);
    m_context.connections().readKey(connectionId, [self, p = *profile](const SecretResult &r) {
        if (!self || self->m_activeConnection != p.id) {
            return; // closed, or the user moved on to another connection meanwhile
        }
        if (!r.ok()) {
            self->setWorkspace(nullptr);
            self->statusBar()->showMessage(
                tr("The key of %1 could not be read: %2").arg(p.name, r.message));
            return;
        }
        ValidationService *service =
            self->m_services->serviceFor({p.id, p.baseUrl, r.secret.trimmed()});
        self->setWorkspace(new ValidationsScreen(
            *service, p.demo ? tr("%1 (demo)").arg(p.name) : p.name, self->m_stack));
    });
}

void MainWindow::startDemo() {
    markWelcomeSeen();
    statusBar()->showMessage(tr("Starting the demo sandbox…"));
    m_demoSeedsOnly->setEnabled(false); // one sandbox per session: its wire is chosen once
    m_demo->start([this](const QString &id, const QString &error) {
        if (id.isEmpty()) {
            statusBar()->clearMessage();
            m_demoSeedsOnly->setEnabled(!m_demo->isRunning());
            QMessageBox::warning(this, tr("Demo"), error);
            updatePage();
            return;
        }
        setActiveConnection(id);
        statusBar()->showMessage(
            tr("Demo sandbox running on this computer; its keys are kept for this session only."),
            8000);
    });
}

void MainWindow::openConnections(const QString &selectId) {
    markWelcomeSeen();
    ConnectionsDialog dialog(m_context.connections(), m_context.clock(), this);
    if (!selectId.isEmpty()) {
        dialog.selectConnection(selectId);
    }
    connect(&dialog, &ConnectionsDialog::connectionSaved, this, [this](const QString &id) {
        if (m_activeConnection.isEmpty()) {
            setActiveConnection(id);
        }
    });
    dialog.resize(900, 520);
    dialog.exec();
    updatePage();
}

void MainWindow::refreshConnections() {
    const QSignalBlocker block(m_connectionBox);
    m_connectionBox->clear();
    for (const ConnectionProfile &p : m_context.connections().connections()) {
        m_connectionBox->addItem(p.demo ? tr("%1 (demo)").arg(p.name) : p.name, p.id);
    }
    m_connectionBox->setEnabled(m_connectionBox->count() > 0);
    if (m_connectionBox->findData(m_activeConnection) < 0) {
        const QString remembered = m_context.settings().value(kConnection).toString();
        setActiveConnection(m_connectionBox->findData(remembered) >= 0 ? remembered
                            : m_connectionBox->count() > 0 ? m_connectionBox->itemData(0).toString()
                                                           : QString());
    } else {
        m_connectionBox->setCurrentIndex(m_connectionBox->findData(m_activeConnection));
    }
    updatePage();
}

void MainWindow::setActiveConnection(const QString &id) {
    const bool changed = id != m_activeConnection;
    m_activeConnection = id;
    m_connectionBox->setCurrentIndex(m_connectionBox->findData(id));
    const auto profile = m_context.connections().find(id);
    if (profile && !profile->demo) {
        m_context.settings().setValue(kConnection, id);
    }
    statusBar()->showMessage(
        profile ? tr("Connection: %1 — %2").arg(profile->name, profile->baseUrl.toDisplayString())
                : tr("Not connected"));
    if (changed) {
        openWorkspaceFor(id);
    }
    updatePage();
    if (changed) {
        emit activeConnectionChanged(id);
    }
}

void MainWindow::markWelcomeSeen() {
    if (!m_welcomeSeen) {
        m_welcomeSeen = true;
        m_context.settings().setValue(kWelcomeSeen, true);
    }
}

void MainWindow::updatePage() {
    if (!m_welcomeSeen && m_context.connections().connections().isEmpty()) {
        m_stack->setCurrentWidget(m_welcome);
    } else if (m_workspace && !m_activeConnection.isEmpty()) {
        m_stack->setCurrentWidget(m_workspace);
    } else {
        m_stack->setCurrentWidget(m_emptyState);
    }
}

void MainWindow::restoreViewState() {
    QSettings &s = m_context.settings();
    if (s.contains(kGeometry)) {
        restoreGeometry(s.value(kGeometry).toByteArray());
    }
    if (s.contains(kState)) {
        restoreState(s.value(kState).toByteArray());
    }
}

void MainWindow::saveViewState() {
    QSettings &s = m_context.settings();
    s.setValue(kGeometry, saveGeometry());
    s.setValue(kState, saveState());
    s.sync();
}

void MainWindow::closeEvent(QCloseEvent *event) {
    saveViewState();
    QMainWindow::closeEvent(event);
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About RetryDesk"),
                       tr("<b>RetryDesk %1</b><p>A desktop dashboard for validation jobs and their "
                          "retry cycles.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace rd::ui
