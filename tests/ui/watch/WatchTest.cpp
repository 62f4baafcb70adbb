// The watchlist end to end on the validations screen over the sandbox, on a fake clock: a watched
// validation whose cycle the sandbox ends (its scheduler resolves or exhausts it, another client
// cancels it) gives exactly one desktop notification — through a counting sink — and an unwatched
// one none; the settings switch a kind off; the star, the Watch action and the Watched filter.
#include "app/AppContext.h"
#include "core/FakeClock.h"
#include "core/Random.h"
#include "dashboard/CancelCycleDialog.h"
#include "dashboard/DashboardActions.h"
#include "dashboard/DashboardHarness.h"
#include "dashboard/FilterBar.h"
#include "dashboard/ValidationsScreen.h"
#include "mainwindow/MainWindow.h"
#include "models/ValidationTableModel.h"
#include "sandbox/DemoData.h"
#include "sandbox/SandboxServer.h"
#include "services/ValidationService.h"
#include "services/ValidationServiceRegistry.h"
#include "services/WatchList.h"
#include "storage/ConnectionRegistry.h"
#include "storage/MemorySecretStore.h"
#include "support/RenderedTest.h"
#include "validations/IdDelegate.h"
#include "validations/StateChip.h"
#include "validations/ValidationTableView.h"
#include "watch/NotificationSettings.h"
#include "watch/NotificationSettingsDialog.h"
#include "watch/WatchController.h"
#include "watch/WatchNotifier.h"

#include <QAction>
#include <QCheckBox>
#include <QEventLoop>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace rd;
using namespace rd::ui;

namespace {

struct CountingSink : NotificationSink {
    void notify(const Notification &n) override { seen.append(n); }
    QList<Notification> seen;
};

class WatchTest : public rd::test::RenderedTest {
protected:
    void start(double resolveProbability) {
        sandbox::SandboxOptions options = DashboardHarness::smallDataset();
        options.rateLimit = 0;
        options.resolveProbability = resolveProbability;
        m_h = std::make_unique<DashboardHarness>(m_clock, options);
        m_h->resize(1280, 800);
        m_h->setAttribute(Qt::WA_DontShowOnScreen);
        m_h->show();
        screen().setTimeSpec(Qt::UTC);
        ASSERT_TRUE(m_h->waitForRefresh());
        m_watched = insertPending(1);
        m_other = insertPending(2);
        service().refresh();
        ASSERT_TRUE(m_h->waitForRefresh());
        ASSERT_GE(model().rowForId(m_watched), 0);
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s.ini")),
                                                 QSettings::IniFormat);
        // As ValidationServiceRegistry makes it: a child of the service.
        m_list = new WatchList(service(), *m_settings, &service());
        screen().setWatchList(m_list);
        m_notifySettings = std::make_unique<NotificationSettings>(*m_settings);
        m_notifier = std::make_unique<WatchNotifier>(*m_notifySettings, m_sink);
        m_notifier->follow(m_list);
    }

    // A validation whose cycle's next attempt is a minute away, three attempts 5 min apart.
    QString insertPending(int n) {
        Validation v;
        v.id = QStringLiteral("0000000f-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
        v.outcome = Outcome::NotFound;
        v.source = Source::Api;
        v.createdAt = m_clock.utcNow().addSecs(-3600);
        v.updatedAt = v.createdAt;
        RetryState s;
        s.enabled = true;
        s.maxRetries = 3;
        s.intervalSeconds = 300;
        s.outcomes = QList<Outcome>{Outcome::NotFound};
        s.nextAttemptAt = m_clock.utcNow().addSecs(60);
        s.terminalState = TerminalState::Pending;
        v.retryState = s;
        server().insertValidation(v);
        return v.id;
    }

    // The fake clock moves on in half seconds; polls (every 15 s) and the sandbox's scheduler
    // run as they come due, over real loopback I/O.
    void runFor(Millis span) {
        for (Millis t(0); t < span; t += Millis(500)) {
            m_clock.advance(Millis(500));
            QEventLoop io;
            QTimer::singleShot(2, &io, &QEventLoop::quit);
            io.exec();
        }
    }

    std::optional<TerminalState> stateOf(const QString &id) {
        const auto v = model().validationById(id);
        return v && v->retryState ? std::optional(v->retryState->terminalState) : std::nullopt;
    }

    QPoint starOf(const QString &id) {
        const QModelIndex index = model().index(model().rowForId(id), int(ValidationColumn::Id));
        table().scrollTo(index);
        return IdDelegate::starRect(table().visualRect(index)).center();
    }

    ValidationsScreen &screen() { return m_h->screen(); }
    ValidationService &service() { return m_h->service(); }
    ValidationTableModel &model() { return service().model(); }
    ValidationTableView &table() { return *screen().table(); }
    sandbox::SandboxServer &server() { return m_h->sandbox(); }
    const DashboardActions &actions() { return screen().commands(); }

    FakeClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings; // outlives the watchlist, which the harness ends
    std::unique_ptr<DashboardHarness> m_h;
    WatchList *m_list = nullptr;
    std::unique_ptr<NotificationSettings> m_notifySettings;
    CountingSink m_sink;
    std::unique_ptr<WatchNotifier> m_notifier;
    QString m_watched;
    QString m_other;
};

TEST_F(WatchTest, ExhaustedOnTheSandbox_ExactlyOneNotification_NoneForTheUnwatched) {
    start(0.0); // every retry fails
    m_list->setWatched(m_watched, true);
    runFor(Millis(14 * 60 * 1000)); // attempts at +1, +6, +11 min
    ASSERT_EQ(stateOf(m_other), TerminalState::Exhausted) << "the unwatched one ended too";
    ASSERT_EQ(m_sink.seen.size(), 1);
    const Notification &n = m_sink.seen.first();
    EXPECT_EQ(n.validationId, m_watched);
    EXPECT_EQ(n.state, TerminalState::Exhausted);
    EXPECT_EQ(n.title, QStringLiteral("Watched validation exhausted"));
    EXPECT_TRUE(n.message.contains(m_watched)) << qPrintable(n.message);
    runFor(Millis(5 * 60 * 1000));
    EXPECT_EQ(m_sink.seen.size(), 1) << "later syncs see the same end: no second notification";
}

TEST_F(WatchTest, ResolvedOnTheSandbox_ExactlyOneNotification) {
    start(1.0); // the first retry comes back valid
    m_list->setWatched(m_watched, true);
    runFor(Millis(3 * 60 * 1000));
    ASSERT_EQ(stateOf(m_other), TerminalState::Resolved);
    ASSERT_EQ(m_sink.seen.size(), 1);
    EXPECT_EQ(m_sink.seen.first().validationId, m_watched);
    EXPECT_EQ(m_sink.seen.first().state, TerminalState::Resolved);
    runFor(Millis(3 * 60 * 1000));
    EXPECT_EQ(m_sink.seen.size(), 1);
}

TEST_F(WatchTest, CancelledByAnotherClient_OneNotification_TheUsersOwnCancelNone) {
    start(0.0);
    m_list->setWatched(m_watched, true);
    m_list->setWatched(m_other, true);
    // The user's own cancel, through the screen.
    screen().setConfirmCancel([](CancelCycleDialog &) { return true; });
    ASSERT_TRUE(m_h->selectAndLoad(m_watched));
    bool done = false;
    const auto c = QObject::connect(&screen(), &ValidationsScreen::writeFinished,
                                    [&](const WriteOutcome &o) { done = o.applied(); });
    screen().cancelCycle();
    ASSERT_TRUE(m_h->waitUntil([&] { return done; }));
    QObject::disconnect(c);
    runFor(Millis(45 * 1000));
    EXPECT_EQ(stateOf(m_watched), TerminalState::Cancelled);
    EXPECT_EQ(m_sink.seen.size(), 0) << "the user's own cancel is not news";

    // Another client of the same account cancels the other one.
    SeededRandom jitter(5);
    ValidationServiceRegistry elsewhere(m_clock, jitter);
    ValidationService *other = elsewhere.serviceFor(
        {QStringLiteral("elsewhere"), server().baseUrl(), QLatin1String(sandbox::kDemoUpdateKey)});
    done = false;
    other->cancelRetries(m_other, [&](const WriteOutcome &o) { done = o.applied(); });
    ASSERT_TRUE(m_h->waitUntil([&] { return done; }));
    runFor(Millis(60 * 1000));
    ASSERT_EQ(m_sink.seen.size(), 1);
    EXPECT_EQ(m_sink.seen.first().validationId, m_other);
    EXPECT_EQ(m_sink.seen.first().state, TerminalState::Cancelled);
    EXPECT_EQ(m_sink.seen.first().title, QStringLiteral("Watched validation cancelled elsewhere"));
    runFor(Millis(60 * 1000));
    EXPECT_EQ(m_sink.seen.size(), 1);
}

TEST_F(WatchTest, ExhaustedSwitchedOffInTheSettings_NotNotified_OtherKindsStillAre) {
    start(0.0);
    {
        NotificationSettingsDialog dialog(*m_notifySettings);
        EXPECT_TRUE(dialog.exhaustedBox()->isChecked()) << "all on by default";
        dialog.exhaustedBox()->setChecked(false);
        dialog.accept();
    }
    EXPECT_FALSE(NotificationSettings(*m_settings).notifiesOn(TerminalState::Exhausted))
        << "kept in the settings";
    EXPECT_TRUE(NotificationSettings(*m_settings).notifiesOn(TerminalState::Cancelled));
    m_list->setWatched(m_watched, true);
    runFor(Millis(14 * 60 * 1000));
    ASSERT_EQ(stateOf(m_watched), TerminalState::Exhausted);
    EXPECT_EQ(m_sink.seen.size(), 0);

    // A watched cycle cancelled elsewhere still is news.
    const QString third = insertPending(3);
    service().refresh();
    ASSERT_TRUE(m_h->waitForRefresh());
    m_list->setWatched(third, true);
    SeededRandom jitter(5);
    ValidationServiceRegistry elsewhere(m_clock, jitter);
    bool done = false;
    elsewhere
        .serviceFor({QStringLiteral("elsewhere"), server().baseUrl(),
                     QLatin1String(sandbox::kDemoUpdateKey)})
        ->cancelRetries(third, [&](const WriteOutcome &) { done = true; });
    ASSERT_TRUE(m_h->waitUntil([&] { return done; }));
    runFor(Millis(60 * 1000));
    ASSERT_EQ(m_sink.seen.size(), 1);
    EXPECT_EQ(m_sink.seen.first().state, TerminalState::Cancelled);
}

TEST_F(WatchTest, DesktopNotificationsOff_NothingIsNotified_TestNotificationStillSends) {
    start(1.0);
    NotificationSettingsDialog dialog(*m_notifySettings);
    dialog.enabledBox()->setChecked(false);
    EXPECT_FALSE(dialog.resolvedBox()->isEnabled()) << "the kinds follow the master switch";
    QObject::connect(&dialog, &NotificationSettingsDialog::testRequested, m_notifier.get(),
                     &WatchNotifier::sendTest);
    dialog.testButton()->click();
    ASSERT_EQ(m_sink.seen.size(), 1);
    EXPECT_TRUE(m_sink.seen.first().validationId.isEmpty());
    dialog.accept();
    m_list->setWatched(m_watched, true);
    runFor(Millis(3 * 60 * 1000));
    ASSERT_EQ(stateOf(m_watched), TerminalState::Resolved);
    EXPECT_EQ(m_sink.seen.size(), 1) << "only the test";
}

TEST_F(WatchTest, StarClick_TogglesWatch_AndPersists) {
    start(0.0);
    const QString key = QStringLiteral("watchlist/harness");
    QTest::mouseClick(table().viewport(), Qt::LeftButton, {}, starOf(m_watched));
    EXPECT_TRUE(m_list->isWatched(m_watched));
    EXPECT_TRUE(model()
                    .index(model().rowForId(m_watched), int(ValidationColumn::Target))
                    .data(ValidationTableModel::WatchedRole)
                    .toBool());
    EXPECT_EQ(m_settings->value(key).toStringList(), QStringList{m_watched});
    EXPECT_TRUE(WatchList(service(), *m_settings).isWatched(m_watched)) << "a restart keeps it";

    // The id's text is not the star: a click there only selects.
    const QModelIndex other = model().index(model().rowForId(m_other), int(ValidationColumn::Id));
    QTest::mouseClick(table().viewport(), Qt::LeftButton, {},
                      IdDelegate::textRect(table().visualRect(other)).center());
    EXPECT_FALSE(m_list->isWatched(m_other));
    EXPECT_EQ(screen().selectedId(), m_other);

    QTest::mouseClick(table().viewport(), Qt::LeftButton, {}, starOf(m_watched));
    EXPECT_FALSE(m_list->isWatched(m_watched));
    EXPECT_TRUE(m_settings->value(key).toStringList().isEmpty());
    EXPECT_FALSE(WatchList(service(), *m_settings).isWatched(m_watched));
}

TEST_F(WatchTest, WatchAction_ActsOnEverySelectedRow) {
    start(0.0);
    QAction *watch = actions().watch;
    EXPECT_EQ(watch->shortcut(), QKeySequence(QStringLiteral("Ctrl+D")));
    EXPECT_TRUE(screen().actions().contains(watch)) << "listed in the Validations menu";
    table().clearSelection();
    EXPECT_FALSE(watch->isEnabled()) << "nothing selected";
    const auto selectRows = [this](int first, int last) {
        table().selectionModel()->select(
            QItemSelection(model().index(first, 0), model().index(last, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    };
    selectRows(0, 2);
    ASSERT_TRUE(watch->isEnabled());
    EXPECT_FALSE(watch->isChecked());
    watch->trigger();
    EXPECT_EQ(m_list->count(), 3);
    for (int row = 0; row < 3; ++row) {
        EXPECT_TRUE(m_list->isWatched(model().idAt(row)));
    }
    EXPECT_TRUE(watch->isChecked()) << "every selected row is watched";
    selectRows(0, 3); // one more, not watched
    EXPECT_FALSE(watch->isChecked());
    watch->trigger();
    EXPECT_EQ(m_list->count(), 4);
    EXPECT_TRUE(watch->isChecked());
    watch->trigger();
    EXPECT_EQ(m_list->count(), 0) << "all were watched: Watch again unwatches them";
}

TEST_F(WatchTest, WatchedFilter_ShowsOnlyWatchedRows_FollowsTheList_EmptyState) {
    start(0.0);
    QCheckBox *box = screen().filterBar()->watchedFilter();
    QLabel *empty = screen().watch().emptyState();
    EXPECT_EQ(actions().watchedOnly->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+W")));
    m_list->setWatched(m_watched, true);
    m_list->setWatched(m_other, true);
    EXPECT_EQ(box->text(), QStringLiteral("&Watched (2)"));
    const int all = model().rowCount();

    actions().watchedOnly->trigger(); // Ctrl+Shift+W
    ASSERT_TRUE(box->isChecked());
    ASSERT_EQ(model().rowCount(), 2);
    EXPECT_EQ(QSet<QString>({model().idAt(0), model().idAt(1)}),
              QSet<QString>({m_watched, m_other}));
    EXPECT_FALSE(empty->isVisible());

    // The list changes while the filter is on: the filter follows.
    m_list->setWatched(QLatin1String(sandbox::demo::kPendingId), true);
    EXPECT_EQ(model().rowCount(), 3);
    EXPECT_EQ(box->text(), QStringLiteral("&Watched (3)"));
    QTest::mouseClick(table().viewport(), Qt::LeftButton, {}, starOf(m_other));
    EXPECT_EQ(model().rowCount(), 2) << "unstarred, it leaves the watched view";
    for (const QString &id : m_list->ids()) {
        m_list->setWatched(id, false);
    }
    EXPECT_EQ(model().rowCount(), 0);
    EXPECT_TRUE(empty->isVisible());
    EXPECT_EQ(empty->text(), QStringLiteral("No watched validations. Select rows and press Ctrl+D "
                                            "to watch them."));

    box->setChecked(false);
    EXPECT_FALSE(actions().watchedOnly->isChecked());
    EXPECT_EQ(model().rowCount(), all);
    EXPECT_FALSE(empty->isVisible());
}

TEST(IdDelegateTest, IdElidedInTheMiddle_TooltipHasTheWholeId_StarsReadableInBothThemes) {
    const QString id = QStringLiteral("0000000a-0000-4000-8000-000000000007");
    const QFontMetrics fm(RenderEnvironment::font());
    const QString shown = IdDelegate::elidedId(fm, id, 160);
    EXPECT_TRUE(shown.contains(QChar(0x2026))) << qPrintable(shown);
    EXPECT_TRUE(shown.startsWith(QStringLiteral("0000000a"))) << qPrintable(shown);
    EXPECT_TRUE(shown.endsWith(QStringLiteral("007"))) << qPrintable(shown);
    EXPECT_EQ(IdDelegate::elidedId(fm, id, 2000), id);
    EXPECT_EQ(IdDelegate::tooltip(id, false), id);
    EXPECT_EQ(IdDelegate::tooltip(id, true), id + QStringLiteral("\nWatched"));
    for (Theme theme : {Theme::Light, Theme::Dark}) {
        const QPalette p = RenderEnvironment::palette(theme);
        for (const QColor &star : {IdDelegate::starColor(p), IdDelegate::outlineColor(p)}) {
            for (auto role : {QPalette::Base, QPalette::AlternateBase}) {
                EXPECT_GE(contrastRatio(star, p.color(role)), 3.0)
                    << qPrintable(themeName(theme)) << ' ' << qPrintable(star.name());
            }
        }
    }
}

TEST(DesktopNotificationSinkTest, WithoutATray_TheWindowsStatusBarSaysIt) {
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        GTEST_SKIP() << "this desktop has a tray";
    }
    QMainWindow window;
    DesktopNotificationSink sink(&window);
    sink.notify({QStringLiteral("id"), TerminalState::Resolved, QStringLiteral("Title"),
                 QStringLiteral("Validation id resolved.")});
    EXPECT_EQ(window.statusBar()->currentMessage(), QStringLiteral("Validation id resolved."));
    EXPECT_EQ(sink.trayIcon(), nullptr);
}

// The window: each validations connection's watchlist (made with its service) reaches the
// screen and the notifier, whichever screen is open; Settings → Notifications… is in the menu.
TEST(WatchMainWindowTest, DemoConnection_HasAWatchList_ItsNewsReachTheWindow) {
    rd::ui::RenderEnvironment::apply();
    FakeClock clock;
    QTemporaryDir dir;
    AppContext context(
        clock,
        std::make_unique<QSettings>(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat),
        std::make_unique<MemorySecretStore>());
    MainWindow window({}, context);
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.startDemo();
    window.show();
    ValidationsScreen *screen = nullptr;
    for (int i = 0; i < 20000 && !screen; ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        screen = qobject_cast<ValidationsScreen *>(window.screen(ApiKind::Validations));
    }
    ASSERT_TRUE(screen);
    WatchList *list = window.services().watchList(window.activeConnectionId());
    ASSERT_TRUE(list);
    EXPECT_EQ(screen->watch().watchList(), list);

    QAction *settings = window.findChild<QAction *>(QStringLiteral("actionNotificationSettings"));
    ASSERT_TRUE(settings);
    bool inMenu = false;
    for (QAction *menu : window.menuBar()->actions()) {
        inMenu = inMenu || (menu->menu() && menu->menu()->actions().contains(settings));
    }
    EXPECT_TRUE(inMenu);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        GTEST_SKIP() << "this desktop has a tray: its messages cannot be read back";
    }
    window.showScreen(ApiKind::BulkLists); // another screen is open: still notified
    const QString sentence = QStringLiteral("Validation x is exhausted.");
    emit list->cycleEnded(QStringLiteral("x"), TerminalState::Exhausted, sentence);
    EXPECT_EQ(window.statusBar()->currentMessage(), sentence);
}

} // namespace
