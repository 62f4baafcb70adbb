#include "watch/NotificationSettingsDialog.h"

#include "watch/NotificationSettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rd::ui {

NotificationSettingsDialog::NotificationSettingsDialog(NotificationSettings &settings,
                                                       QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_enabled(new QCheckBox(tr("&Desktop notifications"), this))
    , m_resolved(new QCheckBox(tr("&Resolves (a retry came back valid)"), this))
    , m_exhausted(new QCheckBox(tr("Is e&xhausted (every retry used, none valid)"), this))
    , m_cancelled(new QCheckBox(tr("Is cancelled &elsewhere (not by you in RetryDesk)"), this))
    , m_test(new QPushButton(tr("Send a &test notification"), this)) {
    setObjectName(QStringLiteral("notificationSettingsDialog"));
    setWindowTitle(tr("Notifications"));
    setAccessibleName(tr("Notification settings"));

    m_enabled->setObjectName(QStringLiteral("notificationsEnabled"));
    m_enabled->setAccessibleName(tr("Desktop notifications"));
    m_enabled->setAccessibleDescription(tr("Show desktop notifications about watched validations"));
    m_enabled->setChecked(settings.enabled());
    auto *intro = new QLabel(
        tr("Show a desktop notification when a watched validation's retry cycle:"), this);
    intro->setObjectName(QStringLiteral("notificationsIntro"));
    intro->setWordWrap(true);
    const struct {
        QCheckBox *box;
        const char *name;
        TerminalState state;
        QString accessible;
    } kinds[] = {
        {m_resolved, "notifyResolved", TerminalState::Resolved,
         tr("Notify when a watched cycle resolves")},
        {m_exhausted, "notifyExhausted", TerminalState::Exhausted,
         tr("Notify when a watched cycle is exhausted")},
        {m_cancelled, "notifyCancelled", TerminalState::Cancelled,
         tr("Notify when a watched cycle is cancelled elsewhere")},
    };
    auto *kindsLayout = new QVBoxLayout;
    kindsLayout->setContentsMargins(20, 0, 0, 0); // under the sentence they complete
    for (const auto &k : kinds) {
        k.box->setObjectName(QLatin1String(k.name));
        k.box->setAccessibleName(k.accessible);
        k.box->setChecked(settings.notifiesOn(k.state));
        kindsLayout->addWidget(k.box);
    }
    auto *hint = new QLabel(tr("Watch validations with the star in the ID column or Ctrl+D. "
                               "A cycle you cancel yourself is not notified."),
                            this);
    hint->setObjectName(QStringLiteral("notificationsHint"));
    hint->setWordWrap(true);

    m_test->setObjectName(QStringLiteral("sendTestNotification"));
    m_test->setAccessibleName(tr("Send a test notification"));
    m_test->setAutoDefault(false);
    connect(m_test, &QPushButton::clicked, this, &NotificationSettingsDialog::testRequested);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_test);
    bottom->addStretch(1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_enabled);
    layout->addSpacing(4);
    layout->addWidget(intro);
    layout->addLayout(kindsLayout);
    layout->addSpacing(4);
    layout->addWidget(hint);
    layout->addStretch(1);
    layout->addLayout(bottom);

    connect(m_enabled, &QCheckBox::toggled, this, &NotificationSettingsDialog::updateEnabled);
    updateEnabled();
    m_enabled->setFocus();
}

void NotificationSettingsDialog::updateEnabled() {
    const bool on = m_enabled->isChecked();
    for (QCheckBox *box : {m_resolved, m_exhausted, m_cancelled}) {
        box->setEnabled(on);
    }
}

void NotificationSettingsDialog::accept() {
    m_settings.setEnabled(m_enabled->isChecked());
    m_settings.setNotifyOn(TerminalState::Resolved, m_resolved->isChecked());
    m_settings.setNotifyOn(TerminalState::Exhausted, m_exhausted->isChecked());
    m_settings.setNotifyOn(TerminalState::Cancelled, m_cancelled->isChecked());
    QDialog::accept();
}

} // namespace rd::ui
