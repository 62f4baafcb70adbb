#include "settings/SettingsDialog.h"

#include "app/ErrorTone.h"
#include "app/Translations.h"
#include "watch/NotificationSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rd::ui {

namespace {

QSpinBox *secondsBox(int min, int max, QWidget *parent) {
    auto *box = new QSpinBox(parent);
    box->setRange(min, max);
    box->setSuffix(SettingsDialog::tr(" s"));
    return box;
}

QLabel *noteLabel(const QString &text, QWidget *parent) {
    auto *note = new QLabel(text, parent);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    return note;
}

void selectData(QComboBox *box, const QVariant &data) {
    box->setCurrentIndex(std::max(0, box->findData(data)));
}

} // namespace

SettingsDialog::SettingsDialog(AppSettings &settings, NotificationSettings &notifications,
                               QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_notifications(notifications) {
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setAccessibleName(tr("Settings"));

    auto *grid = new QGridLayout;
    grid->addWidget(buildRefresh(), 0, 0);
    grid->addWidget(buildDisplay(), 1, 0);
    grid->addWidget(buildNetwork(), 0, 1);
    grid->addWidget(buildNotifications(), 1, 1);
    grid->setRowStretch(2, 1);

    m_buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply |
                                 QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults,
                             this);
    m_buttons->setObjectName(QStringLiteral("settingsButtons"));
    m_buttons->button(QDialogButtonBox::RestoreDefaults)
        ->setAccessibleDescription(tr("Puts every field back to its default; nothing changes "
                                      "until OK or Apply"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &SettingsDialog::applyChanges);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid, 1);
    layout->addWidget(m_buttons);

    load(m_settings.values());
    loadNotifications(m_notifications.enabled(),
                      m_notifications.notifiesOn(TerminalState::Resolved),
                      m_notifications.notifiesOn(TerminalState::Exhausted),
                      m_notifications.notifiesOn(TerminalState::Cancelled));
    for (QSpinBox *box : findChildren<QSpinBox *>()) {
        connect(box, &QSpinBox::valueChanged, this, &SettingsDialog::validate);
    }
    for (QComboBox *box : findChildren<QComboBox *>()) {
        connect(box, &QComboBox::currentIndexChanged, this, &SettingsDialog::validate);
    }
    connect(m_proxyHost, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    validate();
}

QLabel *SettingsDialog::addMessage(AppSettings::Field field) {
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("settingsMessage%1").arg(int(field)));
    label->setWordWrap(true);
    label->hide();
    m_messages.insert(int(field), label);
    return label;
}

QGroupBox *SettingsDialog::buildRefresh() {
    auto *box = new QGroupBox(tr("Refresh"), this);
    m_poll = new QComboBox(box);
    m_poll->setObjectName(QStringLiteral("settingsValidationsPoll"));
    m_poll->setAccessibleName(tr("Validations auto-refresh"));
    m_poll->addItem(tr("Off"), 0);
    m_poll->addItem(tr("Every 5 s"), 5);
    m_poll->addItem(tr("Every 15 s"), 15);
    m_poll->addItem(tr("Every minute"), 60);
    m_full = new QComboBox(box);
    m_full->setObjectName(QStringLiteral("settingsFullRefresh"));
    m_full->setAccessibleName(tr("Full refresh of every validation"));
    m_full->addItem(tr("Every 10 min"), 10);
    m_full->addItem(tr("Every 30 min"), 30);
    m_full->addItem(tr("Hourly"), 60);
    m_full->addItem(tr("Only on F5"), 0);
    m_listsFirst =
        secondsBox(AppSettings::kListsFirstPollMin, AppSettings::kListsFirstPollMax, box);
    m_listsFirst->setObjectName(QStringLiteral("settingsListsFirstPoll"));
    m_listsFirst->setAccessibleName(tr("First status check of a processing list after"));
    m_listsMax = secondsBox(AppSettings::kListsFirstPollMin, AppSettings::kListsMaxPollMax, box);
    m_listsMax->setObjectName(QStringLiteral("settingsListsMaxPoll"));
    m_listsMax->setAccessibleName(tr("Status checks of a processing list at most every"));
    auto *form = new QFormLayout(box);
    form->addRow(tr("&Validations auto-refresh:"), m_poll);
    form->addRow(tr("&Full refresh:"), m_full);
    form->addRow(tr("Lists: first status c&heck after:"), m_listsFirst);
    form->addRow(QString(), addMessage(AppSettings::Field::ListsFirstPoll));
    form->addRow(tr("Lists: back off to at &most every:"), m_listsMax);
    form->addRow(QString(), addMessage(AppSettings::Field::ListsMaxPoll));
    form->addRow(noteLabel(tr("Background refreshes take at most half of the key's rate limit; "
                              "your own actions always go first. The toolbar's choices change "
                              "one connection until it is opened again."),
                           box));
    return box;
}

QGroupBox *SettingsDialog::buildDisplay() {
    auto *box = new QGroupBox(tr("Display"), this);
    m_timeZone = new QComboBox(box);
    m_timeZone->setObjectName(QStringLiteral("settingsTimeZone"));
    m_timeZone->setAccessibleName(tr("Show times in"));
    m_timeZone->addItem(tr("Local time"), int(AppSettings::TimeZone::Local));
    m_timeZone->addItem(tr("UTC"), int(AppSettings::TimeZone::Utc));
    m_theme = new QComboBox(box);
    m_theme->setObjectName(QStringLiteral("settingsTheme"));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->addItem(tr("System"), int(AppSettings::Theme::System));
    m_theme->addItem(tr("Light"), int(AppSettings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(AppSettings::Theme::Dark));
    m_language = new QComboBox(box);
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_language->setAccessibleName(tr("Language"));
    // The system's language is named in the tooltip only: what the box shows never depends on
    // the machine it runs on.
    m_language->addItem(tr("The system's language"), QString());
    m_language->setItemData(
        0, tr("Now: %1").arg(Translations::displayName(Translations::systemLanguage())),
        Qt::ToolTipRole);
    for (const QString &language : Translations::available()) {
        m_language->addItem(Translations::displayName(language), language);
    }
    auto *form = new QFormLayout(box);
    form->addRow(tr("Show &times in:"), m_timeZone);
    form->addRow(tr("T&heme:"), m_theme);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(noteLabel(tr("Menus and open screens switch language at once; a dialog that is "
                              "open, and the welcome page, follow when you reopen them."),
                           box));
    return box;
}

QGroupBox *SettingsDialog::buildNotifications() {
    auto *box = new QGroupBox(tr("Notifications"), this);
    m_notify = new QCheckBox(tr("&Desktop notifications about watched validations"), box);
    m_notify->setObjectName(QStringLiteral("settingsNotify"));
    m_notify->setAccessibleName(tr("Desktop notifications"));
    m_resolved = new QCheckBox(tr("When a cycle &resolves"), box);
    m_resolved->setObjectName(QStringLiteral("settingsNotifyResolved"));
    m_resolved->setAccessibleName(tr("Notify when a watched cycle resolves"));
    m_exhausted = new QCheckBox(tr("When a cycle is e&xhausted"), box);
    m_exhausted->setObjectName(QStringLiteral("settingsNotifyExhausted"));
    m_exhausted->setAccessibleName(tr("Notify when a watched cycle is exhausted"));
    m_cancelled = new QCheckBox(tr("When a cycle is cancelled &elsewhere"), box);
    m_cancelled->setObjectName(QStringLiteral("settingsNotifyCancelled"));
    m_cancelled->setAccessibleName(tr("Notify when a watched cycle is cancelled elsewhere"));
    m_test = new QPushButton(tr("Send a te&st notification"), box);
    m_test->setObjectName(QStringLiteral("settingsSendTestNotification"));
    m_test->setAccessibleName(tr("Send a test notification"));
    m_test->setAutoDefault(false);
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::notificationTestRequested);
    connect(m_notify, &QCheckBox::toggled, this, [this](bool on) {
        for (QCheckBox *b : {m_resolved, m_exhausted, m_cancelled}) {
            b->setEnabled(on);
        }
    });
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_notify);
    for (QCheckBox *b : {m_resolved, m_exhausted, m_cancelled}) {
        auto *row = new QHBoxLayout;
        row->addSpacing(20); // under the switch they depend on
        row->addWidget(b);
        layout->addLayout(row);
    }
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch(1);
    layout->addLayout(testRow);
    return box;
}

QGroupBox *SettingsDialog::buildNetwork() {
    auto *box = new QGroupBox(tr("Network"), this);
    m_requestTimeout =
        secondsBox(AppSettings::kRequestTimeoutMin, AppSettings::kRequestTimeoutMax, box);
    m_requestTimeout->setObjectName(QStringLiteral("settingsRequestTimeout"));
    m_requestTimeout->setAccessibleName(tr("Request timeout"));
    m_requestTimeout->setAccessibleDescription(tr("How long one HTTP request may take"));
    m_totalTimeout =
        secondsBox(AppSettings::kRequestTimeoutMin, AppSettings::kTotalTimeoutMax, box);
    m_totalTimeout->setObjectName(QStringLiteral("settingsTotalTimeout"));
    m_totalTimeout->setAccessibleName(tr("Total time of an operation"));
    m_totalTimeout->setAccessibleDescription(
        tr("How long one operation may take with all its retries before it gives up"));
    m_proxyMode = new QComboBox(box);
    m_proxyMode->setObjectName(QStringLiteral("settingsProxyMode"));
    m_proxyMode->setAccessibleName(tr("Proxy"));
    m_proxyMode->addItem(tr("The system's settings"), int(AppSettings::ProxyMode::System));
    m_proxyMode->addItem(tr("No proxy"), int(AppSettings::ProxyMode::None));
    m_proxyMode->addItem(tr("Manual"), int(AppSettings::ProxyMode::Manual));
    m_proxyHost = new QLineEdit(box);
    m_proxyHost->setObjectName(QStringLiteral("settingsProxyHost"));
    m_proxyHost->setAccessibleName(tr("Proxy host"));
    m_proxyHost->setPlaceholderText(tr("proxy.example.com"));
    m_proxyPort = new QSpinBox(box);
    m_proxyPort->setObjectName(QStringLiteral("settingsProxyPort"));
    m_proxyPort->setAccessibleName(tr("Proxy port"));
    m_proxyPort->setRange(1, 65535);
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_proxyHost, 1);
    hostRow->addWidget(new QLabel(tr("Port:"), box));
    hostRow->addWidget(m_proxyPort);
    auto *form = new QFormLayout(box);
    form->addRow(tr("&Request timeout:"), m_requestTimeout);
    form->addRow(QString(), addMessage(AppSettings::Field::RequestTimeout));
    form->addRow(tr("T&otal time of an operation:"), m_totalTimeout);
    form->addRow(QString(), addMessage(AppSettings::Field::TotalTimeout));
    form->addRow(noteLabel(tr("At most 30 s and 5 minutes, as the API's error contract says. "
                              "New requests use them; one under way keeps its own."),
                           box));
    form->addRow(tr("&Proxy:"), m_proxyMode);
    form->addRow(tr("Host:"), hostRow);
    form->addRow(QString(), addMessage(AppSettings::Field::ProxyHost));
    form->addRow(QString(), addMessage(AppSettings::Field::ProxyPort));
    form->addRow(noteLabel(tr("Connections to this computer (the demo) never use a proxy. "
                              "No proxy password is stored."),
                           box));
    return box;
}

void SettingsDialog::load(const AppSettings::Values &v) {
    selectData(m_poll, v.validationsPollSeconds);
    selectData(m_full, v.fullRefreshMinutes);
    m_listsFirst->setValue(v.listsFirstPollSeconds);
    m_listsMax->setValue(v.listsMaxPollSeconds);
    selectData(m_timeZone, int(v.timeZone));
    selectData(m_theme, int(v.theme));
    selectData(m_language, v.language);
    m_requestTimeout->setValue(v.requestTimeoutSeconds);
    m_totalTimeout->setValue(v.totalTimeoutSeconds);
    selectData(m_proxyMode, int(v.proxyMode));
    m_proxyHost->setText(v.proxyHost);
    m_proxyPort->setValue(v.proxyPort);
}

void SettingsDialog::loadNotifications(bool enabled, bool resolved, bool exhausted,
                                       bool cancelled) {
    m_notify->setChecked(enabled);
    m_resolved->setChecked(resolved);
    m_exhausted->setChecked(exhausted);
    m_cancelled->setChecked(cancelled);
    for (QCheckBox *b : {m_resolved, m_exhausted, m_cancelled}) {
        b->setEnabled(enabled);
    }
}

AppSettings::Values SettingsDialog::editedValues() const {
    AppSettings::Values v;
    v.validationsPollSeconds = m_poll->currentData().toInt();
    v.fullRefreshMinutes = m_full->currentData().toInt();
    v.listsFirstPollSeconds = m_listsFirst->value();
    v.listsMaxPollSeconds = m_listsMax->value();
    v.timeZone = AppSettings::TimeZone(m_timeZone->currentData().toInt());
    v.theme = AppSettings::Theme(m_theme->currentData().toInt());
    v.language = m_language->currentData().toString();
    v.requestTimeoutSeconds = m_requestTimeout->value();
    v.totalTimeoutSeconds = m_totalTimeout->value();
    v.proxyMode = AppSettings::ProxyMode(m_proxyMode->currentData().toInt());
    v.proxyHost = m_proxyHost->text();
    v.proxyPort = m_proxyPort->value();
    return v;
}

QString SettingsDialog::messageFor(AppSettings::Field field) const {
    const QLabel *label = m_messages.value(int(field));
    return label && !label->isHidden() ? label->text() : QString();
}

void SettingsDialog::validate() {
    const bool manual = AppSettings::ProxyMode(m_proxyMode->currentData().toInt()) ==
                        AppSettings::ProxyMode::Manual;
    m_proxyHost->setEnabled(manual);
    m_proxyPort->setEnabled(manual);
    AppSettings::Values v = editedValues();
    const QList<AppSettings::Issue> issues = AppSettings::normalize(v);
    for (QLabel *label : std::as_const(m_messages)) {
        label->clear();
        label->hide();
    }
    for (const AppSettings::Issue &issue : issues) {
        QLabel *label = m_messages.value(int(issue.field));
        if (!label) {
            continue;
        }
        // Blocking: red, nothing can be applied. Adjusted: said plainly, applied as adjusted.
        setErrorTone(label, issue.blocking);
        label->setText(issue.message);
        label->setAccessibleName(issue.message);
        label->show();
    }
    const bool blocked = AppSettings::hasBlocking(issues);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!blocked);
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(!blocked);
}

bool SettingsDialog::applyChanges() {
    const QList<AppSettings::Issue> issues = m_settings.apply(editedValues());
    if (AppSettings::hasBlocking(issues)) {
        validate();
        return false;
    }
    m_notifications.setEnabled(m_notify->isChecked());
    m_notifications.setNotifyOn(TerminalState::Resolved, m_resolved->isChecked());
    m_notifications.setNotifyOn(TerminalState::Exhausted, m_exhausted->isChecked());
    m_notifications.setNotifyOn(TerminalState::Cancelled, m_cancelled->isChecked());
    load(m_settings.values()); // what was adjusted shows as it now is
    validate();
    return true;
}

void SettingsDialog::restoreDefaults() {
    load(AppSettings::defaults());
    loadNotifications(true, true, true, true); // NotificationSettings' defaults: all on
    validate();
}

void SettingsDialog::accept() {
    if (applyChanges()) {
        QDialog::accept();
    }
}

} // namespace rd::ui
