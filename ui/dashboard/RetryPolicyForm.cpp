#include "dashboard/RetryPolicyForm.h"

#include "app/ErrorTone.h"
#include "dashboard/TimeText.h"
#include "services/RetryTimeline.h"
#include "services/WriteOutcome.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rd::ui {

namespace {
constexpr int kMinute = 60;
constexpr int kHour = 3600;
const QString kFormField; // "": errors about the whole request
} // namespace

RetryPolicyForm::RetryPolicyForm(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_enabled(new QCheckBox(tr("Retry &automatically"), this))
    , m_maxRetries(new QSpinBox(this))
    , m_capNote(new QLabel(this))
    , m_interval(new QSpinBox(this))
    , m_unit(new QComboBox(this))
    , m_preview(new QLabel(this))
    , m_save(new QPushButton(tr("&Save policy"), this))
    , m_discard(new QPushButton(tr("&Discard"), this)) {
    setObjectName(QStringLiteral("policyForm"));
    setAccessibleName(tr("Retry policy"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_enabled->setObjectName(QStringLiteral("policyEnabled"));
    m_enabled->setAccessibleName(tr("Retry automatically"));
    // Wide ranges on purpose: RetryPolicy::validate() says what is allowed, in words, inline.
    m_maxRetries->setObjectName(QStringLiteral("policyMaxRetries"));
    m_maxRetries->setAccessibleName(tr("Max retries"));
    m_maxRetries->setRange(0, 100);
    m_capNote->setObjectName(QStringLiteral("policyCapNote"));
    m_interval->setObjectName(QStringLiteral("policyInterval"));
    m_interval->setAccessibleName(tr("Interval between retries"));
    m_interval->setRange(1, 10000);
    m_unit->setObjectName(QStringLiteral("policyIntervalUnit"));
    m_unit->setAccessibleName(tr("Interval unit"));
    m_unit->addItem(tr("minutes"), kMinute);
    m_unit->addItem(tr("hours"), kHour);
    m_preview->setObjectName(QStringLiteral("policyPreview"));
    m_preview->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("policySave"));
    m_save->setDefault(true);
    m_discard->setObjectName(QStringLiteral("policyDiscard"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(QString(), m_enabled);
    form->addRow(QString(), errorLabel(QStringLiteral("enabled")));
    auto *maxRow = new QHBoxLayout;
    maxRow->addWidget(m_maxRetries);
    maxRow->addWidget(m_capNote, 1);
    auto *maxLabel = new QLabel(tr("&Max retries:"), this);
    maxLabel->setBuddy(m_maxRetries);
    form->addRow(maxLabel, maxRow);
    form->addRow(QString(), errorLabel(QStringLiteral("max_retries")));
    auto *intervalRow = new QHBoxLayout;
    intervalRow->addWidget(m_interval);
    intervalRow->addWidget(m_unit);
    intervalRow->addStretch(1);
    auto *intervalLabel = new QLabel(tr("&Interval:"), this);
    intervalLabel->setBuddy(m_interval);
    form->addRow(intervalLabel, intervalRow);
    form->addRow(QString(), errorLabel(QStringLiteral("interval_seconds")));
    auto *outcomes = new QVBoxLayout;
    const QList<QPair<Outcome, QString>> names{{Outcome::NotFound, tr("&Not found")},
                                               {Outcome::CepUnavailable, tr("&CEP unavailable")},
                                               {Outcome::Error, tr("E&rror")}};
    for (const auto &[o, text] : names) {
        auto *box = new QCheckBox(text, this);
        box->setObjectName(QStringLiteral("policyOutcome_") + toWire(o));
        box->setAccessibleName(tr("Retry on %1").arg(QString(text).remove(u'&')));
        m_outcomes.insert(int(o), box);
        outcomes->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &RetryPolicyForm::onChanged);
    }
    form->addRow(tr("Retry on:"), outcomes);
    form->addRow(QString(), errorLabel(QStringLiteral("outcomes")));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(errorLabel(kFormField));
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_enabled, &QCheckBox::toggled, this, &RetryPolicyForm::onChanged);
    connect(m_maxRetries, &QSpinBox::valueChanged, this, &RetryPolicyForm::onChanged);
    connect(m_interval, &QSpinBox::valueChanged, this, &RetryPolicyForm::onChanged);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &RetryPolicyForm::onChanged);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (checkInline()) {
            emit saveRequested(m_id, policy());
        }
    });
    connect(m_discard, &QPushButton::clicked, this, &RetryPolicyForm::discarded);
}

QLabel *RetryPolicyForm::errorLabel(const QString &field) {
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("error_") +
                         (field.isEmpty() ? QStringLiteral("form") : field));
    label->setWordWrap(true);
    setErrorTone(label);
    label->hide();
    m_errors.insert(field, label);
    return label;
}

void RetryPolicyForm::edit(const QString &id, const RetryPolicy &current,
                           std::optional<int> planCap, int attemptsDone, Qt::TimeSpec spec) {
    m_filling = true;
    m_id = id;
    m_planCap = planCap;
    m_attemptsDone = attemptsDone;
    m_spec = spec;
    m_title->setText(tr("Retry policy of %1").arg(id));
    m_capNote->setText(planCap ? tr("at most %1 on your plan").arg(*planCap)
                               : tr("your plan's cap is not known: the server checks it"));
    m_capNote->setToolTip(planCap ? QString()
                                  : tr("This server does not tell the plan's retry cap (it has "
                                       "no GET /v1/account). If the number is above it, the "
                                       "server's answer is shown here."));
    m_enabled->setChecked(current.enabled || !current.maxRetries);
    m_maxRetries->setValue(current.maxRetries.value_or(std::min(3, planCap.value_or(3))));
    const int seconds = current.intervalSeconds.value_or(600);
    const bool hours = seconds % kHour == 0;
    m_unit->setCurrentIndex(hours ? 1 : 0);
    m_interval->setValue(seconds / (hours ? kHour : kMinute));
    const QList<Outcome> chosen = current.outcomes.value_or(kRetryableOutcomes);
    for (auto it = m_outcomes.begin(); it != m_outcomes.end(); ++it) {
        it.value()->setChecked(chosen.contains(Outcome(it.key())));
    }
    m_filling = false;
    showErrors({});
    setBusy(false);
    updatePreview();
}

RetryPolicy RetryPolicyForm::policy() const {
    RetryPolicy p;
    p.enabled = m_enabled->isChecked();
    if (!p.enabled) {
        return p; // seed 002: the other fields are null when disabled
    }
    p.maxRetries = m_maxRetries->value();
    p.intervalSeconds = m_interval->value() * m_unit->currentData().toInt();
    QList<Outcome> outcomes;
    for (Outcome o : kRetryableOutcomes) {
        if (m_outcomes.value(int(o))->isChecked()) {
            outcomes.append(o);
        }
    }
    p.outcomes = outcomes;
    return p;
}

bool RetryPolicyForm::checkInline() {
    const FieldErrors errors = policy().validate(m_planCap);
    showErrors(errors);
    return errors.isEmpty();
}

void RetryPolicyForm::showErrors(const FieldErrors &errors) {
    for (QLabel *l : std::as_const(m_errors)) {
        l->clear();
        l->hide();
    }
    for (const FieldError &e : errors) {
        QLabel *l = m_errors.value(e.field, m_errors.value(kFormField));
        l->setText(l->text().isEmpty() ? e.message : l->text() + u'\n' + e.message);
        l->show();
    }
    const bool enabled = m_enabled->isChecked();
    m_maxRetries->setEnabled(enabled);
    m_interval->setEnabled(enabled);
    m_unit->setEnabled(enabled);
    for (QCheckBox *b : std::as_const(m_outcomes)) {
        b->setEnabled(enabled);
    }
}

void RetryPolicyForm::showOutcome(const WriteOutcome &outcome) {
    setBusy(false);
    if (outcome.applied()) {
        showErrors({});
        return;
    }
    showErrors({{outcome.field, outcome.code, outcome.message}});
}

void RetryPolicyForm::setBusy(bool busy) {
    m_save->setEnabled(!busy);
    m_save->setText(busy ? tr("Saving…") : tr("&Save policy"));
}

QString RetryPolicyForm::errorText(const QString &field) const {
    QLabel *l = m_errors.value(field);
    return l && !l->isHidden() ? l->text() : QString();
}

QString RetryPolicyForm::previewText() const {
    return m_preview->text();
}

void RetryPolicyForm::onChanged() {
    if (m_filling) {
        return;
    }
    emit edited();
    checkInline();
    updatePreview();
}

void RetryPolicyForm::updatePreview() {
    const RetryPolicy p = policy();
    if (!p.enabled) {
        m_preview->setText(tr("No retries: saving ends an active cycle."));
        return;
    }
    if (!p.validate(m_planCap).isEmpty()) {
        m_preview->setText(tr("Next attempts: correct the marked fields first."));
        return;
    }
    const QDateTime now = m_serverNow ? m_serverNow() : QDateTime::currentDateTimeUtc();
    QStringList times;
    for (const QDateTime &t : RetryTimeline::preview(p, now, m_attemptsDone, 3)) {
        times << timeText(t, m_spec);
    }
    const int left = *p.maxRetries - m_attemptsDone;
    m_preview->setText(
        times.isEmpty()
            ? tr("No attempts left: max retries is not above the %1 already made.")
                  .arg(m_attemptsDone)
            : tr("Next attempts if saved now: %1%2")
                  .arg(times.join(QStringLiteral(", ")),
                       left > times.size() ? tr(" … (%1 in all)").arg(left) : QString()));
}

} // namespace rd::ui
