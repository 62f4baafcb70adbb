// SettingsDialog: Settings… — every preference on one page (refresh, display, notifications,
// network), with inline messages for values that would be adjusted or cannot be used, Restore
// defaults, and OK / Apply / Cancel. Applying writes AppSettings (and the notification settings),
// whose listeners make each change take effect at once.
#pragma once

#include "storage/AppSettings.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace rd::ui {

class NotificationSettings;

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    // Neither is owned. The notifications' own object keeps their keys (ui/watch).
    SettingsDialog(AppSettings &settings, NotificationSettings &notifications,
                   QWidget *parent = nullptr);

    // What the widgets say now (not yet applied).
    AppSettings::Values editedValues() const;
    // Writes what the widgets say; false (and the messages shown) when something cannot be used.
    bool applyChanges();
    void restoreDefaults();

    QComboBox *validationsPollBox() const { return m_poll; }
    QComboBox *fullRefreshBox() const { return m_full; }
    QSpinBox *listsFirstPollBox() const { return m_listsFirst; }
    QSpinBox *listsMaxPollBox() const { return m_listsMax; }
    QComboBox *timeZoneBox() const { return m_timeZone; }
    QComboBox *themeBox() const { return m_theme; }
    QComboBox *languageBox() const { return m_language; }
    QSpinBox *requestTimeoutBox() const { return m_requestTimeout; }
    QSpinBox *totalTimeoutBox() const { return m_totalTimeout; }
    QComboBox *proxyModeBox() const { return m_proxyMode; }
    QLineEdit *proxyHostEdit() const { return m_proxyHost; }
    QSpinBox *proxyPortBox() const { return m_proxyPort; }
    QCheckBox *notificationsBox() const { return m_notify; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    // The inline message under a field ("" when none).
    QString messageFor(AppSettings::Field field) const;

    void accept() override;

signals:
    // "Send a test notification" (the window's notifier sends it).
    void notificationTestRequested();

private:
    QGroupBox *buildRefresh();
    QGroupBox *buildDisplay();
    QGroupBox *buildNotifications();
    QGroupBox *buildNetwork();
    QLabel *addMessage(AppSettings::Field field);
    void load(const AppSettings::Values &v);
    void loadNotifications(bool enabled, bool resolved, bool exhausted, bool cancelled);
    void validate();

    AppSettings &m_settings;
    NotificationSettings &m_notifications;
    QComboBox *m_poll;
    QComboBox *m_full;
    QSpinBox *m_listsFirst;
    QSpinBox *m_listsMax;
    QComboBox *m_timeZone;
    QComboBox *m_theme;
    QComboBox *m_language;
    QSpinBox *m_requestTimeout;
    QSpinBox *m_totalTimeout;
    QComboBox *m_proxyMode;
    QLineEdit *m_proxyHost;
    QSpinBox *m_proxyPort;
    QCheckBox *m_notify;
    QCheckBox *m_resolved;
    QCheckBox *m_exhausted;
    QCheckBox *m_cancelled;
    QPushButton *m_test;
    QDialogButtonBox *m_buttons;
    QHash<int, QLabel *> m_messages; // AppSettings::Field → its inline message
};

} // namespace rd::ui
