// SettingsDialog: opens on the saved values, says inline what would be adjusted or cannot be
// used, restores defaults without applying them, and writes notifications through their object.
#include "settings/SettingsDialog.h"
#include "storage/AppSettings.h"
#include "support/RenderedTest.h"
#include "watch/NotificationSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>

using rd::AppSettings;
using rd::TerminalState;
using rd::ui::NotificationSettings;
using rd::ui::SettingsDialog;

namespace {

class SettingsDialogTest : public rd::test::RenderedTest {
protected:
    SettingsDialogTest()
        : m_file(m_dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat)
        , m_settings(m_file)
        , m_notifications(m_file) {}
    bool okEnabled(SettingsDialog &d) {
        return d.buttons()->button(QDialogButtonBox::Ok)->isEnabled();
    }
    QTemporaryDir m_dir;
    QSettings m_file;
    AppSettings m_settings;
    NotificationSettings m_notifications;
};

TEST_F(SettingsDialogTest, Opens_OnTheSavedValues) {
    AppSettings::Values v;
    v.validationsPollSeconds = 60;
    v.timeZone = AppSettings::TimeZone::Utc;
    v.requestTimeoutSeconds = 12;
    m_settings.apply(v);
    SettingsDialog dialog(m_settings, m_notifications);
    EXPECT_EQ(dialog.validationsPollBox()->currentData().toInt(), 60);
    EXPECT_EQ(dialog.timeZoneBox()->currentData().toInt(), int(AppSettings::TimeZone::Utc));
    EXPECT_EQ(dialog.requestTimeoutBox()->value(), 12);
    EXPECT_EQ(dialog.editedValues(), m_settings.values());
}

TEST_F(SettingsDialogTest, ManualProxyWithoutHost_SaysSoAndDisablesOk) {
    SettingsDialog dialog(m_settings, m_notifications);
    EXPECT_FALSE(dialog.proxyHostEdit()->isEnabled());
    dialog.proxyModeBox()->setCurrentIndex(
        dialog.proxyModeBox()->findData(int(AppSettings::ProxyMode::Manual)));
    EXPECT_TRUE(dialog.proxyHostEdit()->isEnabled());
    EXPECT_FALSE(dialog.messageFor(AppSettings::Field::ProxyHost).isEmpty());
    EXPECT_FALSE(okEnabled(dialog));
    EXPECT_FALSE(dialog.applyChanges());
    EXPECT_EQ(m_settings.values().proxyMode, AppSettings::ProxyMode::System);
    dialog.proxyHostEdit()->setText(QStringLiteral("proxy.example.com"));
    EXPECT_TRUE(dialog.messageFor(AppSettings::Field::ProxyHost).isEmpty());
    EXPECT_TRUE(okEnabled(dialog));
    EXPECT_TRUE(dialog.applyChanges());
    EXPECT_EQ(m_settings.values().proxyHost, QStringLiteral("proxy.example.com"));
}

TEST_F(SettingsDialogTest, ListsCeilingBelowTheFirstCheck_IsExplainedAndAdjustedOnApply) {
    SettingsDialog dialog(m_settings, m_notifications);
    dialog.listsFirstPollBox()->setValue(30);
    dialog.listsMaxPollBox()->setValue(10);
    EXPECT_FALSE(dialog.messageFor(AppSettings::Field::ListsMaxPoll).isEmpty());
    EXPECT_TRUE(okEnabled(dialog)) << "an adjustment does not block";
    ASSERT_TRUE(dialog.applyChanges());
    EXPECT_EQ(m_settings.values().listsMaxPollSeconds, 30);
    EXPECT_EQ(dialog.listsMaxPollBox()->value(), 30) << "the field shows what was applied";
    EXPECT_TRUE(dialog.messageFor(AppSettings::Field::ListsMaxPoll).isEmpty());
}

TEST_F(SettingsDialogTest, RestoreDefaults_ResetsTheFieldsButAppliesNothing) {
    AppSettings::Values v;
    v.theme = AppSettings::Theme::Dark;
    v.totalTimeoutSeconds = 60;
    m_settings.apply(v);
    m_notifications.setEnabled(false);
    SettingsDialog dialog(m_settings, m_notifications);
    dialog.restoreDefaults();
    EXPECT_EQ(dialog.editedValues(), AppSettings::defaults());
    EXPECT_TRUE(dialog.notificationsBox()->isChecked());
    EXPECT_EQ(m_settings.values().theme, AppSettings::Theme::Dark);
    EXPECT_FALSE(m_notifications.enabled());
}

TEST_F(SettingsDialogTest, Ok_WritesNotificationsThroughTheirOwnSettings) {
    SettingsDialog dialog(m_settings, m_notifications);
    dialog.findChild<QCheckBox *>(QStringLiteral("settingsNotifyExhausted"))->setChecked(false);
    dialog.accept();
    EXPECT_FALSE(m_notifications.notifiesOn(TerminalState::Exhausted));
    EXPECT_FALSE(NotificationSettings(m_file).notifiesOn(TerminalState::Exhausted))
        << "kept under the notifications' own keys";
}

} // namespace
