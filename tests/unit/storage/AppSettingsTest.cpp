// AppSettings: defaults, the seeds' limits (each adjustment says why), blocking proxy errors,
// persistence in a settings file and one change signal per kind of change.
#include "storage/AppSettings.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using rd::AppSettings;

namespace {

class AppSettingsTest : public ::testing::Test {
protected:
    QString path() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    static bool adjusted(const QList<AppSettings::Issue> &issues, AppSettings::Field field) {
        for (const auto &i : issues) {
            if (i.field == field && !i.blocking && !i.message.isEmpty()) {
                return true;
            }
        }
        return false;
    }
    QTemporaryDir m_dir;
};

TEST_F(AppSettingsTest, EmptyFile_GivesTheDocumentedDefaults) {
    QSettings file(path(), QSettings::IniFormat);
    AppSettings settings(file);
    const AppSettings::Values &v = settings.values();
    EXPECT_EQ(v.validationsPollSeconds, 15); // docs/api.md: a poll every 15 s by default
    EXPECT_EQ(v.fullRefreshMinutes, 10);     // … and a full refresh every 10 minutes
    EXPECT_EQ(v.listsFirstPollSeconds, 5);   // seed 000: backoff from 5 s …
    EXPECT_EQ(v.listsMaxPollSeconds, 300);   // … to 5 minutes
    EXPECT_EQ(v.requestTimeoutSeconds, 30);  // seed 003: 30 s per request
    EXPECT_EQ(v.totalTimeoutSeconds, 300);   // seed 003: 5 minutes in all
    EXPECT_EQ(v.timeZone, AppSettings::TimeZone::Local);
    EXPECT_EQ(v.theme, AppSettings::Theme::System);
    EXPECT_EQ(v.language, QString());
    EXPECT_EQ(v.proxyMode, AppSettings::ProxyMode::System);
    EXPECT_EQ(v, AppSettings::defaults());
}

TEST_F(AppSettingsTest, Timeouts_AboveSeed003_AreClampedWithAReason) {
    AppSettings::Values v;
    v.requestTimeoutSeconds = 120;
    v.totalTimeoutSeconds = 3600;
    const auto issues = AppSettings::normalize(v);
    EXPECT_EQ(v.requestTimeoutSeconds, 30);
    EXPECT_EQ(v.totalTimeoutSeconds, 300);
    EXPECT_TRUE(adjusted(issues, AppSettings::Field::RequestTimeout));
    EXPECT_TRUE(adjusted(issues, AppSettings::Field::TotalTimeout));
    EXPECT_FALSE(AppSettings::hasBlocking(issues));
}

TEST_F(AppSettingsTest, TotalTime_IsNeverShorterThanOneRequest) {
    AppSettings::Values v;
    v.requestTimeoutSeconds = 20;
    v.totalTimeoutSeconds = 10;
    const auto issues = AppSettings::normalize(v);
    EXPECT_EQ(v.totalTimeoutSeconds, 20);
    EXPECT_TRUE(adjusted(issues, AppSettings::Field::TotalTimeout));
}

TEST_F(AppSettingsTest, ValidationsPoll_SnapsToTheNearestOfferedInterval) {
    AppSettings::Values v;
    v.validationsPollSeconds = 1; // faster than any choice: the politest floor, 5 s
    v.fullRefreshMinutes = 45;
    const auto issues = AppSettings::normalize(v);
    EXPECT_EQ(v.validationsPollSeconds, 5);
    EXPECT_EQ(v.fullRefreshMinutes, 30);
    EXPECT_TRUE(adjusted(issues, AppSettings::Field::ValidationsPoll));
    EXPECT_TRUE(adjusted(issues, AppSettings::Field::FullRefresh));
}

TEST_F(AppSettingsTest, ListsBackoff_KeepsSeed000sFloorAndCeiling) {
    AppSettings::Values v;
    v.listsFirstPollSeconds = 1;
    v.listsMaxPollSeconds = 3600;
    const auto issues = AppSettings::normalize(v);
    EXPECT_EQ(v.listsFirstPollSeconds, 5);
    EXPECT_EQ(v.listsMaxPollSeconds, 300);
    EXPECT_TRUE(adjusted(issues, AppSettings::Field::ListsFirstPoll));
    EXPECT_TRUE(adjusted(issues, AppSettings::Field::ListsMaxPoll));
}

TEST_F(AppSettingsTest, ValuesWithinLimits_AreNotAdjusted) {
    AppSettings::Values v;
    v.validationsPollSeconds = 60;
    v.listsFirstPollSeconds = 20;
    v.listsMaxPollSeconds = 20;
    v.requestTimeoutSeconds = 5;
    v.totalTimeoutSeconds = 5;
    v.language = QStringLiteral("es");
    const AppSettings::Values before = v;
    EXPECT_TRUE(AppSettings::normalize(v).isEmpty());
    EXPECT_EQ(v, before);
}

TEST_F(AppSettingsTest, ManualProxyWithoutHost_IsRefusedAndNothingIsApplied) {
    QSettings file(path(), QSettings::IniFormat);
    AppSettings settings(file);
    QSignalSpy changed(&settings, &AppSettings::changed);
    AppSettings::Values v = settings.values();
    v.proxyMode = AppSettings::ProxyMode::Manual;
    v.proxyHost = QStringLiteral("  ");
    v.theme = AppSettings::Theme::Dark;
    const auto issues = settings.apply(v);
    ASSERT_TRUE(AppSettings::hasBlocking(issues));
    EXPECT_EQ(issues.first().field, AppSettings::Field::ProxyHost);
    EXPECT_EQ(settings.values().theme, AppSettings::Theme::System);
    EXPECT_EQ(changed.count(), 0);
}

TEST_F(AppSettingsTest, ManualProxyWithSchemeOrBadPort_IsRefused) {
    AppSettings::Values v;
    v.proxyMode = AppSettings::ProxyMode::Manual;
    v.proxyHost = QStringLiteral("http://proxy.example.com");
    v.proxyPort = 70000;
    const auto issues = AppSettings::normalize(v);
    ASSERT_EQ(issues.size(), 2);
    EXPECT_EQ(issues[0].field, AppSettings::Field::ProxyHost);
    EXPECT_EQ(issues[1].field, AppSettings::Field::ProxyPort);
    EXPECT_TRUE(issues[0].blocking && issues[1].blocking);
}

TEST_F(AppSettingsTest, AppliedValues_AreReadBackByANewObjectOnTheSameFile) {
    AppSettings::Values v;
    v.validationsPollSeconds = 60;
    v.fullRefreshMinutes = 0;
    v.listsFirstPollSeconds = 10;
    v.listsMaxPollSeconds = 120;
    v.timeZone = AppSettings::TimeZone::Utc;
    v.theme = AppSettings::Theme::Dark;
    v.language = QStringLiteral("es");
    v.requestTimeoutSeconds = 12;
    v.totalTimeoutSeconds = 90;
    v.proxyMode = AppSettings::ProxyMode::Manual;
    v.proxyHost = QStringLiteral("proxy.example.com");
    v.proxyPort = 3128;
    {
        QSettings file(path(), QSettings::IniFormat);
        AppSettings settings(file);
        EXPECT_TRUE(settings.apply(v).isEmpty());
    }
    QSettings file(path(), QSettings::IniFormat);
    EXPECT_EQ(AppSettings(file).values(), v);
    EXPECT_EQ(AppSettings::storedLanguage(file), QStringLiteral("es"));
}

TEST_F(AppSettingsTest, HandEditedFileOutOfBounds_IsReadWithinTheLimits) {
    {
        QSettings file(path(), QSettings::IniFormat);
        file.setValue(QStringLiteral("network/requestTimeoutSeconds"), 0);
        file.setValue(QStringLiteral("display/theme"), QStringLiteral("purple"));
        file.setValue(QStringLiteral("network/proxyMode"), QStringLiteral("manual")); // no host
    }
    QSettings file(path(), QSettings::IniFormat);
    AppSettings settings(file);
    EXPECT_EQ(settings.values().requestTimeoutSeconds, 5);
    EXPECT_EQ(settings.values().theme, AppSettings::Theme::System);
    EXPECT_EQ(settings.values().proxyMode, AppSettings::ProxyMode::System);
}

TEST_F(AppSettingsTest, Apply_SignalsOnlyWhatChanged) {
    QSettings file(path(), QSettings::IniFormat);
    AppSettings settings(file);
    QSignalSpy zone(&settings, &AppSettings::timeZoneChanged);
    QSignalSpy theme(&settings, &AppSettings::themeChanged);
    QSignalSpy sync(&settings, &AppSettings::syncIntervalsChanged);
    QSignalSpy timeouts(&settings, &AppSettings::timeoutsChanged);
    QSignalSpy proxy(&settings, &AppSettings::proxyChanged);
    QSignalSpy language(&settings, &AppSettings::languageChanged);
    QSignalSpy changed(&settings, &AppSettings::changed);
    AppSettings::Values v = settings.values();
    v.timeZone = AppSettings::TimeZone::Utc;
    v.requestTimeoutSeconds = 10;
    settings.apply(v);
    EXPECT_EQ(zone.count(), 1);
    EXPECT_EQ(zone.first().first().value<AppSettings::TimeZone>(), AppSettings::TimeZone::Utc);
    EXPECT_EQ(timeouts.count(), 1);
    EXPECT_EQ(theme.count() + sync.count() + proxy.count() + language.count(), 0);
    EXPECT_EQ(changed.count(), 1);
    settings.apply(v); // the same again: nothing to announce
    EXPECT_EQ(changed.count(), 1);
}

} // namespace
