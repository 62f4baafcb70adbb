// DiagnosticsReport: what a support ticket carries — versions, every settings key (secret values
// redacted), connections without keys, the last requests with their request ids — deterministic
// from a fake clock and temporary settings.
#include "diagnostics/DiagnosticsReport.h"

#include "core/FakeClock.h"

#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace rd;
using namespace rd::diag;

namespace {
class DiagnosticsReportTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s.ini")),
                                                 QSettings::IniFormat);
        m_settings->setValue(QStringLiteral("connections/1/name"), QStringLiteral("Production"));
        m_settings->setValue(QStringLiteral("connections/1/baseUrl"),
                             QStringLiteral("https://api.example.com"));
        m_settings->setValue(QStringLiteral("connections/1/apiKey"), QStringLiteral("plain-oops"));
        m_settings->setValue(QStringLiteral("proxy/note"),
                             QStringLiteral("Authorization: Bearer zz_token_in_a_value"));
        m_settings->setValue(QStringLiteral("ui/watchedOnly"), true);

        m_input.generatedAt = m_clock.utcNow();
        m_input.build = {QStringLiteral("9.8.7"),
                         QStringLiteral("Release, GCC 12.2.0, x86_64"),
                         QStringLiteral("6.4.2"),
                         QStringLiteral("6.4.1"),
                         QStringLiteral("0.13.2"),
                         QStringLiteral("3.0.1"),
                         QStringLiteral("https://example.invalid/retrydesk")};
        m_input.operatingSystem = QStringLiteral("TestOS 1, linux 6.1, x86_64");
        m_input.platformPlugin = QStringLiteral("offscreen");
        m_input.screens = {{QStringLiteral("HDMI-1"), QSize(1920, 1080), 1.5, true}};
        m_input.locale = QStringLiteral("es_MX");
        m_input.uiLanguages = {QStringLiteral("es-MX"), QStringLiteral("en")};
        m_input.settings = DiagnosticsReport::readSettings(*m_settings);
        m_input.connections = {{QStringLiteral("Production"),
                                QStringLiteral("validations"),
                                QStringLiteral("https://api.example.com"),
                                QStringLiteral("keychain"),
                                false,
                                ConnectionInfo::Key::Present,
                                {}}};
        m_input.logFolder = QStringLiteral("/home/u/.local/share/RetryDesk/logs");
        for (int i = 0; i < 60; ++i) {
            m_input.requests.append({m_clock.utcNow().addSecs(i), QStringLiteral("Production"),
                                     QStringLiteral("GET"), QStringLiteral("/v1/validations"),
                                     i % 7 == 0 ? 503 : 200,
                                     QStringLiteral("req_%1").arg(i, 4, 10, QLatin1Char('0')), 1,
                                     12, QStringLiteral("ok")});
        }
    }

    FakeClock m_clock{QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC)};
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    DiagnosticsInput m_input;
};
} // namespace

TEST_F(DiagnosticsReportTest, NamesEveryVersion_AndTheSystem) {
    const QString r = DiagnosticsReport::render(m_input);
    EXPECT_TRUE(r.contains(QLatin1String("Generated: 2026-01-01T12:00:00Z")));
    EXPECT_TRUE(r.contains(QLatin1String("RetryDesk 9.8.7 (Release, GCC 12.2.0, x86_64)")));
    EXPECT_TRUE(r.contains(QLatin1String("Qt 6.4.2 at run time, built against 6.4.1")));
    EXPECT_TRUE(r.contains(QLatin1String("QtKeychain 0.13.2")));
    EXPECT_TRUE(r.contains(QLatin1String("simdjson 3.0.1")));
    EXPECT_TRUE(r.contains(QLatin1String("OS: TestOS 1, linux 6.1, x86_64")));
    EXPECT_TRUE(r.contains(QLatin1String("Platform plugin: offscreen")));
    EXPECT_TRUE(r.contains(
        QLatin1String("Screen 1: HDMI-1, 1920x1080 logical, device pixel ratio 1.5, primary")));
    EXPECT_TRUE(r.contains(QLatin1String("Locale: es_MX; UI languages: es-MX, en")));
    EXPECT_TRUE(r.contains(QLatin1String("Folder: /home/u/.local/share/RetryDesk/logs")));
}

TEST_F(DiagnosticsReportTest, ListsEverySettingsKey_WithSecretValuesRedacted) {
    const QString r = DiagnosticsReport::render(m_input);
    for (const QString &key : m_settings->allKeys()) {
        EXPECT_TRUE(r.contains(key + QLatin1String(" = "))) << qPrintable(key);
    }
    EXPECT_TRUE(r.contains(QLatin1String("connections/1/apiKey = *** (redacted)")));
    EXPECT_FALSE(r.contains(QLatin1String("plain-oops")));
    EXPECT_FALSE(r.contains(QLatin1String("zz_token_in_a_value"))); // a value that looks like one
    EXPECT_TRUE(r.contains(QLatin1String("connections/1/baseUrl = https://api.example.com")));
    EXPECT_TRUE(r.contains(QLatin1String("ui/watchedOnly = true")));
}

TEST_F(DiagnosticsReportTest, Connections_SayWhetherAKeyIsPresent_NeverTheKey) {
    m_input.connections.append({QStringLiteral("Demo"), QStringLiteral("lists"),
                                QStringLiteral("http://127.0.0.1:1234"),
                                QStringLiteral("session only"), true, ConnectionInfo::Key::Unknown,
                                QStringLiteral("keychain locked")});
    const QString r = DiagnosticsReport::render(m_input);
    EXPECT_TRUE(r.contains(QLatin1String("Production: validations, https://api.example.com, key "
                                         "in keychain, key present: yes")));
    EXPECT_TRUE(r.contains(QLatin1String("Demo [demo]: lists, http://127.0.0.1:1234, key in "
                                         "session only, key present: unknown (keychain locked)")));
}

TEST_F(DiagnosticsReportTest, LastRequests_CarryTheirRequestIds_OnlyTheNewest) {
    const QString r = DiagnosticsReport::render(m_input, 50);
    EXPECT_TRUE(r.contains(QLatin1String("== Last requests (50 of 60, oldest first)")));
    EXPECT_FALSE(r.contains(QLatin1String("request_id=req_0009")));
    EXPECT_TRUE(r.contains(QLatin1String(
        "2026-01-01T12:00:10.000Z Production GET /v1/validations status=200 request_id=req_0010 "
        "attempt=1 duration_ms=12 outcome=\"ok\"")));
    EXPECT_TRUE(r.contains(QLatin1String("status=503 request_id=req_0056")));
    EXPECT_TRUE(r.contains(QLatin1String("request_id=req_0059")));
}

TEST_F(DiagnosticsReportTest, LogProblem_IsReported) {
    m_input.logProblem = QStringLiteral("cannot open /ro/retrydesk.log: Read-only file system");
    const QString r = DiagnosticsReport::render(m_input);
    EXPECT_TRUE(r.contains(QLatin1String(
        "Status: NOT WRITTEN: cannot open /ro/retrydesk.log: Read-only file system")));
}

TEST_F(DiagnosticsReportTest, SameInput_SameText) {
    EXPECT_EQ(DiagnosticsReport::render(m_input), DiagnosticsReport::render(m_input));
}

TEST(DiagnosticsBuildInfo, Current_NamesThisBuildsVersions) {
    const BuildInfo b = BuildInfo::current();
    EXPECT_FALSE(b.version.isEmpty());
    EXPECT_EQ(b.qtRuntime, QString::fromLatin1(qVersion()));
    EXPECT_EQ(b.qtCompiled, QStringLiteral(QT_VERSION_STR));
    EXPECT_FALSE(b.qtKeychain.isEmpty());
    EXPECT_FALSE(b.simdjson.isEmpty());
}
