// NotificationSettingsDialog: Settings → Notifications…: whether, and for which ends of a watched
// validation's retry cycle, a desktop notification is shown; and a test notification.
#pragma once

#include <QDialog>

class QCheckBox;
class QPushButton;

namespace rd::ui {

class NotificationSettings;

class NotificationSettingsDialog : public QDialog {
    Q_OBJECT
public:
    // settings: not owned; written when the dialog is accepted (OK).
    explicit NotificationSettingsDialog(NotificationSettings &settings, QWidget *parent = nullptr);

    QCheckBox *enabledBox() const { return m_enabled; }
    QCheckBox *resolvedBox() const { return m_resolved; }
    QCheckBox *exhaustedBox() const { return m_exhausted; }
    QCheckBox *cancelledBox() const { return m_cancelled; }
    QPushButton *testButton() const { return m_test; }

    void accept() override;

signals:
    // "Send a test notification" (the window's notifier sends it, whatever the boxes say).
    void testRequested();

private:
    void updateEnabled();

    NotificationSettings &m_settings;
    QCheckBox *m_enabled;
    QCheckBox *m_resolved;
    QCheckBox *m_exhausted;
    QCheckBox *m_cancelled;
    QPushButton *m_test;
};

} // namespace rd::ui
