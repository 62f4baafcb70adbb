// Settings take effect without a restart: each preference reaches what it steers — the shown
// times, the palette, the API clients' timeouts, the services' sync timers, the translators.
#include "app/AppContext.h"
#include "core/FakeClock.h"
#include "core/Random.h"
#include "dashboard/DashboardHarness.h"
#include "dashboard/ValidationsScreen.h"
#include "mainwindow/MainWindow.h"
#include "models/ValidationTableModel.h"
#include "net/ApiClient.h"
#include "net/RequestLog.h"
#include "services/ListService.h"
#include "services/ListServiceRegistry.h"
#include "services/ValidationService.h"
#include "services/ValidationServiceRegistry.h"
#include "settings/SettingsApplier.h"
#include "settings/ThemePalettes.h"
#include "storage/AppSettings.h"
#include "storage/MemorySecretStore.h"
#include "support/RenderedTest.h"
#include "validations/StateChip.h"

#include <QApplication>
#include <QCoreApplication>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTranslator>

#include <ctime>

using namespace rd;
using rd::ui::SettingsApplier;

namespace {

class SettingsLiveTest : public rd::test::RenderedTest {
protected:
    static void SetUpTestSuite() {
        RenderedTest::SetUpTestSuite();
        // Six hours from UTC, so local time and UTC never read alike.
        qputenv("TZ", "America/Mexico_City");
        tzset();
    }
    SettingsLiveTest()
        : m_file(m_dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat)
        , m_settings(m_file)
        , m_validations(m_clock, m_random)
        , m_lists(m_clock, m_random, m_validations.hosts()) {}
    void set(const std::function<void(AppSettings::Values &)> &change) {
        AppSettings::Values v = m_settings.values();
        change(v);
        ASSERT_FALSE(AppSettings::hasBlocking(m_settings.apply(v)));
    }
    static ServiceEndpoint endpoint(const QString &id) {
        return {id, QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("key")};
    }

    FakeClock m_clock;
    SeededRandom m_random{7};
    QTemporaryDir m_dir;
    QSettings m_file;
    AppSettings m_settings;
    ValidationServiceRegistry m_validations;
    ListServiceRegistry m_lists;
};

TEST_F(SettingsLiveTest, UtcSwitch_ChangesTheTimesTheScreenShows) {
    ui::DashboardHarness h(m_clock);
    ASSERT_TRUE(h.waitForRefresh());
    SettingsApplier applier(m_settings, m_validations, m_lists);
    applier.adopt(&h.screen());
    const QModelIndex updated = h.service().model().index(0, int(ValidationColumn::Updated));
    const QString local = updated.data().toString();
    ASSERT_FALSE(local.isEmpty());
    set([](auto &v) { v.timeZone = AppSettings::TimeZone::Utc; });
    const QString utc = updated.data().toString();
    EXPECT_NE(utc, local);
    EXPECT_TRUE(utc.endsWith(QStringLiteral("UTC"))) << qPrintable(utc);
    EXPECT_EQ(h.service().requestLog().timeSpec(), Qt::UTC) << "the request log follows too";
}

TEST_F(SettingsLiveTest, CtrlU_OnAScreen_ChangesThePreference) {
    ui::DashboardHarness h(m_clock);
    SettingsApplier applier(m_settings, m_validations, m_lists);
    applier.adopt(&h.screen());
    h.screen().setTimeSpec(Qt::UTC); // what Ctrl+U does
    EXPECT_EQ(m_settings.timeZone(), AppSettings::TimeZone::Utc);
}

TEST_F(SettingsLiveTest, DarkTheme_ChangesTheApplicationPalette) {
    SettingsApplier applier(m_settings, m_validations, m_lists);
    ASSERT_FALSE(ui::isDarkPalette(QApplication::palette()));
    set([](auto &v) { v.theme = AppSettings::Theme::Dark; });
    EXPECT_TRUE(ui::isDarkPalette(QApplication::palette()));
    EXPECT_EQ(QApplication::palette().color(QPalette::Window),
              ui::darkPalette().color(QPalette::Window));
    set([](auto &v) { v.theme = AppSettings::Theme::Light; });
    EXPECT_FALSE(ui::isDarkPalette(QApplication::palette()));
}

TEST_F(SettingsLiveTest, Timeouts_ReachTheClientsOfOpenAndLaterServices) {
    ValidationService *open = m_validations.serviceFor(endpoint(QStringLiteral("a")));
    SettingsApplier applier(m_settings, m_validations, m_lists);
    set([](auto &v) {
        v.requestTimeoutSeconds = 12;
        v.totalTimeoutSeconds = 90;
    });
    EXPECT_EQ(open->client().config().retry.attemptTimeout, Millis(12'000));
    EXPECT_EQ(open->client().config().retry.totalTimeout, Millis(90'000));
    ListService *later = m_lists.serviceFor(endpoint(QStringLiteral("b")));
    EXPECT_EQ(later->client().config().retry.attemptTimeout, Millis(12'000));
    EXPECT_EQ(later->client().config().retry.totalTimeout, Millis(90'000));
}

TEST_F(SettingsLiveTest, SyncIntervals_ReachEveryValidationsService) {
    ValidationService *open = m_validations.serviceFor(endpoint(QStringLiteral("a")));
    SettingsApplier applier(m_settings, m_validations, m_lists);
    set([](auto &v) {
        v.validationsPollSeconds = 60;
        v.fullRefreshMinutes = 30;
    });
    EXPECT_EQ(open->pollInterval(), PollInterval::OneMinute);
    EXPECT_EQ(open->fullRefreshInterval(), Millis(30 * 60'000));
    ValidationService *later = m_validations.serviceFor(endpoint(QStringLiteral("b")));
    EXPECT_EQ(later->pollInterval(), PollInterval::OneMinute);
}

TEST_F(SettingsLiveTest, PollInterval_ReschedulesTheWaitingSyncTimer) {
    // What the registry does to each service when the preference changes: the poll already
    // waiting follows the new interval, not the old one.
    ui::DashboardHarness h(m_clock);
    ASSERT_TRUE(h.waitForRefresh());
    ValidationService &s = h.service();
    s.setPollInterval(PollInterval::OneMinute);
    m_clock.advance(Millis(5'000));
    EXPECT_FALSE(s.isSyncing() || s.isRefreshing());
    s.setPollInterval(PollInterval::FiveSeconds);
    m_clock.advance(Millis(5'000));
    EXPECT_TRUE(s.isSyncing() || s.isRefreshing());
}

TEST_F(SettingsLiveTest, ListsBackoff_ReachesEveryListsService) {
    ListService *open = m_lists.serviceFor(endpoint(QStringLiteral("l")));
    SettingsApplier applier(m_settings, m_validations, m_lists);
    set([](auto &v) {
        v.listsFirstPollSeconds = 10;
        v.listsMaxPollSeconds = 120;
    });
    EXPECT_EQ(open->firstPollDelay(), Millis(10'000));
    EXPECT_EQ(open->maxPollDelay(), Millis(120'000));
}

TEST_F(SettingsLiveTest, Language_InstallsTranslationsAndRebuildsTheMenus) {
    auto context = std::make_unique<ui::AppContext>(
        m_clock,
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("w.ini")), QSettings::IniFormat),
        std::make_unique<MemorySecretStore>());
    ui::MainWindow window({}, *context);
    QSignalSpy applied(&window.settingsApplier(), &SettingsApplier::languageApplied);
    ASSERT_EQ(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    AppSettings::Values v = context->appSettings().values();
    v.language = QStringLiteral("es");
    context->appSettings().apply(v);
    ASSERT_EQ(applied.count(), 1);
    EXPECT_EQ(applied.first().first().toString(), QStringLiteral("es"));
    EXPECT_EQ(QLocale().language(), QLocale::Spanish) << "Translations set the formats too";
    EXPECT_EQ(window.menuBar()->actions().first()->text(), QStringLiteral("&Archivo"))
        << "the menus were built again";
    EXPECT_EQ(window.rail()->tabText(0), QStringLiteral("Validaciones"));
    v.language = QStringLiteral("en");
    context->appSettings().apply(v);
    EXPECT_EQ(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    EXPECT_EQ(QLocale().language(), QLocale::English);
    ui::RenderEnvironment::applyLocale();
}

} // namespace
