#include "mainwindow/MainWindow.h"

#include "app/AppContext.h"
#include "app/DemoSession.h"
#include "bulk/BulkController.h"
#include "bulk/BulkRunHost.h"
#include "connections/ConnectionsDialog.h"
#include "core/Random.h"
#include "diagnostics/AboutDialog.h"
#include "diagnostics/CopyDiagnostics.h"
#include "dashboard/ValidationsScreen.h"
#include "faultlab/FaultLabPanel.h"
#include "lists/ListsScreen.h"
#include "mainwindow/DeepLinkOpener.h"
#include "mainwindow/EmptyStateWidget.h"
#include "services/ListServiceRegistry.h"
#include "services/ValidationServiceRegistry.h"
#include "services/WatchList.h"
#include "settings/SettingsApplier.h"
#include "settings/SettingsDialog.h"
#include "storage/ConnectionRegistry.h"
#include "watch/NotificationSettings.h"
#include "watch/NotificationSettingsDialog.h"
#include "watch/WatchNotifier.h"
#include "webhooks/WebhooksScreen.h"
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
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>

#include <utility>

namespace rd::ui {

namespace {
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kConnection = QStringLiteral("mainWindow/connection");
const QString kWelcomeSeen = QStringLiteral("welcome/seen");
constexpr int kWebhooksPage = 2; // after the pages of the two ApiKinds
} // namespace

MainWindow::MainWindow(const AppOptions &options, AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_context(context)
    , m_stack(new QStackedWidget(this))
    , m_welcome(new WelcomeWidget(this))
    , m_emptyState(new EmptyStateWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_connectionBox(new QComboBox(this))
    , m_demo(new DemoSession(context, this))
    , m_services(new ValidationServiceRegistry(context.clock(), *SystemRandom::instance(), this))
    , m_lists(new ListServiceRegistry(context.clock(), *SystemRandom::instance(),
                                      m_services->hosts(), this))
    , m_bulkRuns(new BulkRunHost(this))
    , m_notifySettings(new NotificationSettings(context.settings(), this))
    , m_sink(new DesktopNotificationSink(this))
    , m_notifier(new WatchNotifier(*m_notifySettings, *m_sink, this))
    , m_settingsApplier(new SettingsApplier(context.appSettings(), *m_services, *m_lists, this)) {
    setObjectName(QStringLiteral("mainWindow"));
    // Every write is journaled in its connection's outbox before its first byte, so a crash
    // loses none and the next start offers to resume them (services made from here on).
    m_services->setOutboxDirectory(context.outboxDirectory());
    m_lists->setOutboxDirectory(context.outboxDirectory());
    // Each validations connection keeps its watchlist in the settings; whatever screen is open,
    // its sync's news about watched cycles become desktop notifications.
    m_services->setWatchListSettings(&context.settings());
    connect(m_services, &ValidationServiceRegistry::watchListCreated, m_notifier,
            &WatchNotifier::follow);
    connect(m_sink, &DesktopNotificationSink::activated, this, &MainWindow::showWatchedValidation);
    setWindowTitle(tr("RetryDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/retrydesk.svg")));
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_emptyState);
    // The rail: one page per kind of connection, each remembering its own connection, so a user
    // with both kinds moves between them without choosing anything again.
    m_tabs->setObjectName(QStringLiteral("screenRail"));
    m_tabs->setAccessibleName(tr("Screens"));
    m_tabs->setTabPosition(QTabWidget::West);
    m_tabs->setDocumentMode(true);
    for (ApiKind kind : {ApiKind::Validations, ApiKind::BulkLists}) {
        const int k = int(kind);
        m_pages[k] = new QStackedWidget(m_tabs);
        m_placeholders[k] = new QLabel(
            kind == ApiKind::Validations
                ? tr("No validations connection is open. Choose one above, add one with File → "
                     "Connections… (Ctrl+Shift+N), or open the demo (Ctrl+Shift+D).")
                : tr("No bulk-lists connection is open. Choose one above, add one with File → "
                     "Connections… (Ctrl+Shift+N), or open the demo (Ctrl+Shift+D)."),
            m_pages[k]);
        m_placeholders[k]->setObjectName(kind == ApiKind::Validations
                                             ? QStringLiteral("validationsPlaceholder")
                                             : QStringLiteral("listsPlaceholder"));
        m_placeholders[k]->setAlignment(Qt::AlignCenter);
        m_placeholders[k]->setWordWrap(true);
        m_pages[k]->addWidget(m_placeholders[k]);
        m_tabs->addTab(m_pages[k], kind == ApiKind::Validations ? tr("Validations") : tr("Lists"));
        m_tabs->setTabToolTip(k, kind == ApiKind::Validations ? tr("Validations (Alt+1)")
                                                              : tr("Bulk lists (Alt+2)"));
    }
    m_webhooks = new WebhooksScreen(context.clock(), m_tabs);
    m_tabs->addTab(m_webhooks, tr("Webhooks"));
    m_tabs->setTabToolTip(kWebhooksPage, tr("Webhook inspector (Alt+3)"));
    m_stack->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onScreenChanged);
    setCentralWidget(m_stack);
    m_demo->setSeedsOnly(m_options.demoSeedsOnly);
    createMenus();

    QToolBar *bar = addToolBar(tr("Connection"));
    bar->setObjectName(QStringLiteral("connectionToolBar"));
    bar->setMovable(false);
    m_connectionLabel = new QLabel(tr("Connection: "), bar);
    bar->addWidget(m_connectionLabel);
    m_connectionBox->setMinimumContentsLength(24);
    m_connectionBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_connectionBox->setAccessibleName(tr("Active connection"));
    bar->addWidget(m_connectionBox);
    m_manageAction =
        bar->addAction(tr("Manage…"), this, [this] { openConnections(m_activeConnection); });
    connect(m_settingsApplier, &SettingsApplier::languageApplied, this, &MainWindow::retranslate);
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
    // 1360×860 (the forecast, the table's columns and the detail side by side), or nine tenths of
    // a smaller screen (a 1024×640 laptop panel cut the window off).
    QSize size(1360, 860);
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        size = size.boundedTo(screen->availableGeometry().size() * 0.9);
    }
    resize(size);
    restoreViewState();
    refreshConnections();
    m_links = new DeepLinkOpener(*this, context);
    if (m_options.demo) {
        startDemo();
    }
    if (!m_options.deepLink.isEmpty()) {
        openDeepLink(m_options.deepLink);
    }
}

MainWindow::~MainWindow() {
    delete m_faultLab; // it steers the demo's sandbox, which goes with m_demo
    m_faultLab = nullptr;
    // Screens observe services: they go first.
    setScreen(ApiKind::Validations, nullptr);
    setScreen(ApiKind::BulkLists, nullptr);
    // Runs next: each flushes its outbox, which its service owns. What they did not send is
    // offered at the next start.
    delete m_bulkRuns;
    m_bulkRuns = nullptr;
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

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *toValidations =
        go->addAction(tr("&Validations"), this, [this] { showScreen(ApiKind::Validations); });
    toValidations->setShortcut(QKeySequence(tr("Alt+1")));
    QAction *toLists =
        go->addAction(tr("&Lists"), this, [this] { showScreen(ApiKind::BulkLists); });
    toLists->setShortcut(QKeySequence(tr("Alt+2")));
    QAction *toWebhooks = go->addAction(tr("&Webhooks"), this, &MainWindow::showWebhooks);
    toWebhooks->setObjectName(QStringLiteral("actionWebhooks"));
    toWebhooks->setShortcut(QKeySequence(tr("Alt+3")));

    m_workspaceMenu = menuBar()->addMenu(tr("&Validations"));
    m_workspaceMenu->menuAction()->setVisible(false);
    m_workspaceMenu->setToolTipsVisible(true); // why a bulk entry is disabled

    // Only in demo mode: the fault lab steers the embedded sandbox, which a real server is not.
    m_demoMenu = menuBar()->addMenu(tr("&Demo"));
    m_demoMenu->menuAction()->setVisible(false);
    QAction *faultLab = m_demoMenu->addAction(tr("&Fault Lab…"), this, &MainWindow::openFaultLab);
    faultLab->setObjectName(QStringLiteral("actionFaultLab"));
    faultLab->setShortcut(QKeySequence(tr("Ctrl+Alt+F")));
    faultLab->setToolTip(tr("Make the demo sandbox misbehave on purpose: 429 storms, 502s, "
                            "dropped answers, slowness, an outage, a skewed clock."));

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QAction *notifications =
        settings->addAction(tr("&Notifications…"), this, &MainWindow::openNotificationSettings);
    notifications->setObjectName(QStringLiteral("actionNotificationSettings"));
    // macOS has one Preferences item: Settings… (which embeds these too).
    notifications->setMenuRole(QAction::NoRole);
    QAction *preferences = settings->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    preferences->setObjectName(QStringLiteral("actionSettings"));
    preferences->setMenuRole(QAction::PreferencesRole);
    // The platform's key (Ctrl+, on Linux desktops, ⌘, on macOS); Ctrl+, where it names none.
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (keys.isEmpty()) {
        keys.append(QKeySequence(tr("Ctrl+,")));
    }
    preferences->setShortcuts(keys);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *diagnostics = help->addAction(tr("Copy &Diagnostics"), this, [this] {
        copyDiagnostics(this, m_context, m_services, m_lists);
    });
    diagnostics->setObjectName(QStringLiteral("actionCopyDiagnostics"));
    diagnostics->setShortcut(QKeySequence(tr("Ctrl+Alt+D")));
    diagnostics->setToolTip(tr("Copies versions, settings and the last requests (never an API "
                               "key) for a support ticket"));
    QAction *about = help->addAction(tr("&About RetryDesk"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::setScreen(ApiKind kind, QWidget *screen) {
    const int k = int(kind);
    if (QWidget *old = m_screens[k]) {
        if (k == m_currentKind) {
            for (QDockWidget *dock : std::as_const(m_workspaceDocks)) {
                removeDockWidget(dock);
                delete dock;
            }
            m_workspaceDocks.clear();
        }
        m_pages[k]->removeWidget(old);
        delete old;
    }
    m_screens[k] = screen;
    if (screen) {
        m_settingsApplier->adopt(screen); // times in the chosen zone from the first paint
        m_pages[k]->addWidget(screen);
        m_pages[k]->setCurrentWidget(screen);
    } else {
        m_pages[k]->setCurrentWidget(m_placeholders[k]);
    }
    if (k == m_currentKind) {
        rebuildScreenMenu();
    }
    updatePage();
    emit screenSet(kind);
}

void MainWindow::rebuildScreenMenu() {
    for (QDockWidget *dock : std::as_const(m_workspaceDocks)) {
        removeDockWidget(dock);
        dock->setParent(dock->property("rd_owner").value<QWidget *>());
        dock->hide();
    }
    m_workspaceDocks.clear();
    m_workspaceMenu->clear();
    QWidget *screen = m_onWebhooks ? nullptr : m_screens[m_currentKind];
    m_workspaceMenu->setTitle(m_currentKind == int(ApiKind::Validations) ? tr("&Validations")
                                                                         : tr("L&ists"));
    if (screen) {
        for (QDockWidget *dock :
             screen->findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
            dock->setProperty("rd_owner", QVariant::fromValue<QWidget *>(screen));
            addDockWidget(Qt::BottomDockWidgetArea, dock);
            dock->hide();
            m_workspaceDocks.append(dock);
        }
        for (QAction *action : screen->actions()) {
            if (action->property("rd_separatorBefore").toBool()) {
                m_workspaceMenu->addSeparator(); // a group of the screen's commands (Bulk…)
            }
            m_workspaceMenu->addAction(action);
        }
    }
    m_workspaceMenu->menuAction()->setVisible(screen && !screen->actions().isEmpty());
}

void MainWindow::showScreen(ApiKind kind) {
    m_tabs->setCurrentIndex(int(kind));
}

void MainWindow::showWebhooks() {
    markWelcomeSeen(); // the inspector needs no connection: no welcome page in front of it
    m_tabs->setCurrentIndex(kWebhooksPage);
    updatePage();
}

void MainWindow::onScreenChanged(int index) {
    if (index == kWebhooksPage) {
        m_onWebhooks = true;
        rebuildScreenMenu(); // the kind's docks and menu go away while the inspector shows
        updatePage();
        return;
    }
    if (index < 0 || (index == m_currentKind && !m_onWebhooks)) {
        return;
    }
    m_onWebhooks = false;
    // The docks belong to the screen that was current: give them back before switching.
    for (QDockWidget *dock : std::as_const(m_workspaceDocks)) {
        removeDockWidget(dock);
        dock->setParent(dock->property("rd_owner").value<QWidget *>());
        dock->hide();
    }
    m_workspaceDocks.clear();
    m_currentKind = index;
    m_activeConnection = m_activeByKind.value(index);
    if (m_activeConnection.isEmpty()) {
        // First visit of this page: its kind's first connection, if there is one.
        for (const ConnectionProfile &p : m_context.connections().connections()) {
            if (int(p.kind) == index) {
                setActiveConnection(p.id);
                return;
            }
        }
    }
    {
        const QSignalBlocker block(m_connectionBox);
        m_connectionBox->setCurrentIndex(m_connectionBox->findData(m_activeConnection));
    }
    rebuildScreenMenu();
    updatePage();
}

void MainWindow::openWorkspaceFor(const QString &connectionId) {
    const auto profile = m_context.connections().find(connectionId);
    if (!profile) {
        return;
    }
    const ApiKind kind = profile->kind;
    QPointer<MainWindow> self(this);
    m_context.connections().readKey(
        connectionId, [self, p = *profile, kind](const SecretResult &r) {
            if (!self || self->m_activeByKind.value(int(kind)) != p.id) {
                return; // closed, or the user moved on to another connection meanwhile
            }
            if (!r.ok()) {
                self->setScreen(kind, nullptr);
                self->statusBar()->showMessage(
                    tr("The key of %1 could not be read: %2").arg(p.name, r.message));
                return;
            }
            const QString name = p.demo ? tr("%1 (demo)").arg(p.name) : p.name;
            const ServiceEndpoint endpoint{p.id, p.baseUrl, r.secret.trimmed()};
            QWidget *page = self->m_pages[int(kind)];
            if (kind == ApiKind::Validations) {
                ValidationService *existing = self->m_services->find(p.id);
                const bool reuse = existing && existing->endpoint().baseUrl == endpoint.baseUrl &&
                                   existing->endpoint().apiKey == endpoint.apiKey;
                if (existing && !reuse) {
                    // The service is about to be replaced: its runs stop here (resumable from the
                    // outbox with their keys) instead of writing through a deleted service.
                    self->m_bulkRuns->discardRunsOf(*existing);
                }
                const auto build = [self, p, kind, name, endpoint] {
                    if (!self || self->m_activeByKind.value(int(kind)) != p.id) {
                        return; // closed, or the user moved on meanwhile
                    }
                    auto *screen = new ValidationsScreen(*self->m_services->serviceFor(endpoint),
                                                         name, self->m_pages[int(kind)]);
                    screen->setBulkHost(self->m_bulkRuns);
                    screen->setWatchList(self->m_services->watchList(p.id));
                    self->setScreen(kind, screen);
                    // Non-modal banners only: a window built by a test or at start-up never
                    // blocks.
                    screen->bulk().checkOutbox();
                    if (const QString id = std::exchange(self->m_reselect[int(kind)], {});
                        !id.isEmpty()) {
                        screen->selectValidation(id);
                    }
                };
                if (reuse) {
                    build(); // the same service (a rebuilt screen): no new client or outbox
                } else {
                    // A new connection: its service (a client, and the outbox opening SQLite) in
                    // one turn of the event loop, its screen in the next. With the window's own
                    // work on the connection they held the GUI thread for over a frame in one
                    // turn (bench_app: ~17 ms). Timers, not posted calls: posted events run back
                    // to back, with no paint or input between them.
                    QTimer::singleShot(1, self.data(), [self, p, kind, endpoint, build] {
                        if (self && self->m_activeByKind.value(int(kind)) == p.id) {
                            self->m_services->serviceFor(endpoint);
                            QTimer::singleShot(1, self.data(), build);
                        }
                    });
                }
            } else {
                auto *screen = new ListsScreen(*self->m_lists->serviceFor(endpoint), name, page);
                self->setScreen(kind, screen);
                if (const QString id = std::exchange(self->m_reselect[int(kind)], {});
                    !id.isEmpty()) {
                    screen->selectList(id);
                }
            }
        });
}

void MainWindow::openNotificationSettings() {
    NotificationSettingsDialog dialog(*m_notifySettings, this);
    connect(&dialog, &NotificationSettingsDialog::testRequested, m_notifier,
            &WatchNotifier::sendTest);
    dialog.exec();
}

void MainWindow::openSettings() {
    SettingsDialog dialog(m_context.appSettings(), *m_notifySettings, this);
    connect(&dialog, &SettingsDialog::notificationTestRequested, m_notifier,
            &WatchNotifier::sendTest);
    dialog.exec();
}

void MainWindow::retranslate() {
    // Menus: the old ones leave the bar now (their shortcuts with them) and are deleted later,
    // since the action that opened Settings… may still be on the stack.
    const bool seedsOnlyEnabled = m_demoSeedsOnly && m_demoSeedsOnly->isEnabled();
    const bool demoMenuShown = m_demoMenu && m_demoMenu->menuAction()->isVisible();
    const QList<QMenu *> old = menuBar()->findChildren<QMenu *>(Qt::FindDirectChildrenOnly);
    menuBar()->clear();
    for (QMenu *menu : old) {
        menu->deleteLater();
    }
    createMenus();
    m_demoSeedsOnly->setEnabled(seedsOnlyEnabled);
    m_demoMenu->menuAction()->setVisible(demoMenuShown);
    m_connectionLabel->setText(tr("Connection: "));
    m_manageAction->setText(tr("Manage…"));
    m_tabs->setAccessibleName(tr("Screens"));
    m_tabs->setTabText(int(ApiKind::Validations), tr("Validations"));
    m_tabs->setTabText(int(ApiKind::BulkLists), tr("Lists"));
    m_tabs->setTabToolTip(int(ApiKind::Validations), tr("Validations (Alt+1)"));
    m_tabs->setTabToolTip(int(ApiKind::BulkLists), tr("Bulk lists (Alt+2)"));
    m_tabs->setTabText(kWebhooksPage, tr("Webhooks"));
    m_tabs->setTabToolTip(kWebhooksPage, tr("Webhook inspector (Alt+3)"));
    m_placeholders[int(ApiKind::Validations)]->setText(
        tr("No validations connection is open. Choose one above, add one with File → "
           "Connections… (Ctrl+Shift+N), or open the demo (Ctrl+Shift+D)."));
    m_placeholders[int(ApiKind::BulkLists)]->setText(
        tr("No bulk-lists connection is open. Choose one above, add one with File → "
           "Connections… (Ctrl+Shift+N), or open the demo (Ctrl+Shift+D)."));
    // The screens are built again on the same services (their data, polls and runs carry on),
    // each selecting what it showed.
    for (ApiKind kind : {ApiKind::Validations, ApiKind::BulkLists}) {
        const int k = int(kind);
        const QString id = m_activeByKind.value(k);
        if (!m_screens[k] || id.isEmpty()) {
            continue;
        }
        if (auto *v = qobject_cast<ValidationsScreen *>(m_screens[k])) {
            m_reselect[k] = v->selectedId();
        } else if (auto *l = qobject_cast<ListsScreen *>(m_screens[k])) {
            m_reselect[k] = l->selectedId();
        }
        openWorkspaceFor(id);
    }
    rebuildScreenMenu();
}

void MainWindow::bringToFront() {
    if (isMinimized()) {
        showNormal();
    }
    raise();
    activateWindow();
}

void MainWindow::openDeepLink(const QUrl &link) {
    bringToFront();
    m_links->open(link);
}

void MainWindow::takeLaunch(const AppOptions &options) {
    bringToFront();
    if (options.demo) {
        startDemo();
    }
    if (!options.deepLink.isEmpty()) {
        m_links->open(options.deepLink);
    }
}

void MainWindow::showWatchedValidation(const QString &id) {
    // A notification was clicked: the window comes forward with that validation selected.
    bringToFront();
    if (id.isEmpty()) {
        return;
    }
    showScreen(ApiKind::Validations);
    if (auto *screen = qobject_cast<ValidationsScreen *>(m_screens[int(ApiKind::Validations)])) {
        screen->selectValidation(id);
    }
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
        m_demoMenu->menuAction()->setVisible(true);
        m_webhooks->setDemoSandbox(m_demo->server());
        statusBar()->showMessage(
            tr("Demo sandbox running on this computer; its keys are kept for this session only."),
            8000);
    });
}

void MainWindow::openFaultLab() {
    if (!m_demo->server()) {
        return; // the action is hidden until the demo runs; a shortcut pressed before does nothing
    }
    if (!m_faultLab) {
        m_faultLab = new FaultLabPanel(*m_demo->server(), this);
        m_faultLab->setWindowFlag(Qt::Window); // non-modal, beside the main window
        m_faultLab->resize(m_faultLab->sizeHint().expandedTo(QSize(620, 640)));
    }
    m_faultLab->show();
    m_faultLab->raise();
    m_faultLab->activateWindow();
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
    for (int k : {int(ApiKind::Validations), int(ApiKind::BulkLists)}) {
        const QString id = m_activeByKind.value(k);
        if (!id.isEmpty() && !m_context.connections().find(id)) {
            m_activeByKind.remove(k); // deleted: its page goes back to the placeholder
            setScreen(ApiKind(k), nullptr);
        }
    }
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
    const auto found = m_context.connections().find(id);
    bool changed = id != m_activeConnection;
    if (found) {
        const int k = int(found->kind);
        changed = m_activeByKind.value(k) != id;
        m_activeByKind.insert(k, id);
        m_activeConnection = id;
        if (m_tabs->currentIndex() != k) {
            m_tabs->setCurrentIndex(k); // onScreenChanged follows
        }
    }
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
    if (m_onWebhooks) {
        m_stack->setCurrentWidget(m_tabs); // the inspector works without a connection
    } else if (!m_welcomeSeen && m_context.connections().connections().isEmpty()) {
        m_stack->setCurrentWidget(m_welcome);
    } else if (!m_activeByKind.value(int(ApiKind::Validations)).isEmpty() ||
               !m_activeByKind.value(int(ApiKind::BulkLists)).isEmpty()) {
        m_stack->setCurrentWidget(m_tabs);
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
    AboutDialog dialog(diag::BuildInfo::current(), this);
    dialog.exec();
}

} // namespace rd::ui
