#include "bulk/BulkDryRunDialog.h"

#include "dashboard/RetryPolicyForm.h"
#include "models/ValidationTableModel.h"
#include "net/ApiClient.h"
#include "net/RateLimitTracker.h"
#include "services/ValidationService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rd::ui {

namespace {
QString number(int n) {
    return QLocale().toString(n);
}
} // namespace

BulkDryRunDialog::BulkDryRunDialog(ValidationService &service, BulkAction::Kind kind,
                                   const QList<Validation> &validations, const QString &scope,
                                   const QString &tag, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_kind(kind)
    , m_scope(scope)
    , m_tag(tag)
    , m_summary(new QLabel(this))
    , m_reasons(new QLabel(this))
    , m_serverDecides(new QLabel(this))
    , m_eta(new QLabel(this))
    , m_speed(new QSpinBox(this))
    , m_concurrency(new QSpinBox(this))
    , m_start(new QPushButton(this)) {
    setObjectName(QStringLiteral("bulkDryRunDialog"));
    const bool policy = kind == BulkAction::Kind::SetPolicy;
    setWindowTitle(policy ? tr("Apply a retry policy to %1").arg(scope)
                          : tr("Cancel the retry cycles of %1").arg(scope));
    // The rules read the table as the server last sent it; the server has the last word.
    const QDateTime serverNow =
        QDateTime::fromMSecsSinceEpoch(service.model().serverNowMs(), Qt::UTC);
    m_plan = dryRun(validations, policy ? BulkAction::setPolicy({}) : BulkAction::cancelRetries(),
                    serverNow);

    auto *layout = new QVBoxLayout(this);
    if (policy) {
        m_form = new RetryPolicyForm(this);
        m_form->setServerClock([serverNow] { return serverNow; });
        RetryPolicy start;
        start.enabled = true;
        const int n = int(m_plan.eligible.size());
        m_form->edit(n == 1 ? tr("1 validation") : tr("%1 validations").arg(number(n)), start,
                     service.planCap(), 0, service.model().timeSpec());
        m_form->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
        m_form->saveButton()->hide();
        if (auto *discard = m_form->findChild<QPushButton *>(QStringLiteral("policyDiscard"))) {
            discard->hide();
        }
        layout->addWidget(m_form);
        connect(m_form, &RetryPolicyForm::edited, this, &BulkDryRunDialog::recompute);
    }

    auto *dry = new QGroupBox(tr("Dry run"), this);
    dry->setObjectName(QStringLiteral("bulkDryRunBox"));
    m_summary->setObjectName(QStringLiteral("bulkDryRunSummary"));
    m_summary->setAccessibleName(tr("Dry run summary"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_summary->setWordWrap(true);
    m_reasons->setObjectName(QStringLiteral("bulkDryRunReasons"));
    m_reasons->setAccessibleName(tr("Why validations are skipped"));
    m_reasons->setTextFormat(Qt::RichText);
    m_reasons->setWordWrap(true);
    m_serverDecides->setObjectName(QStringLiteral("bulkDryRunServerDecides"));
    m_serverDecides->setAccessibleName(tr("Validations the server decides"));
    m_serverDecides->setWordWrap(true);
    m_eta->setObjectName(QStringLiteral("bulkDryRunEta"));
    m_eta->setAccessibleName(tr("Estimated time"));
    m_eta->setWordWrap(true);
    auto *dryLayout = new QVBoxLayout(dry);
    dryLayout->addWidget(m_summary);
    dryLayout->addWidget(m_reasons);
    dryLayout->addWidget(m_serverDecides);
    dryLayout->addWidget(m_eta);
    layout->addWidget(dry);

    m_speed->setObjectName(QStringLiteral("bulkSpeedLimit"));
    m_speed->setAccessibleName(tr("Speed limit, validations a minute"));
    m_speed->setRange(0, 100000);
    m_speed->setSingleStep(10);
    m_speed->setSpecialValueText(tr("No limit"));
    m_speed->setSuffix(tr(" a minute"));
    m_speed->setToolTip(tr("The most validations sent a minute; \"No limit\" uses what the key's "
                           "rate limit leaves after background sync and your own actions."));
    m_concurrency->setObjectName(QStringLiteral("bulkConcurrency"));
    m_concurrency->setAccessibleName(tr("Requests at once"));
    m_concurrency->setRange(1, 16);
    m_concurrency->setValue(BulkOptions{}.concurrency);
    m_concurrency->setToolTip(tr("Requests in flight at once (1–16)."));
    auto *options = new QFormLayout;
    options->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_speed->setMinimumWidth(
        m_speed->fontMetrics().horizontalAdvance(QStringLiteral("100000 a minute")) + 40);
    m_concurrency->setMinimumWidth(m_speed->minimumWidth());
    auto *speedLabel = new QLabel(tr("&Speed limit:"), this);
    speedLabel->setBuddy(m_speed);
    options->addRow(speedLabel, m_speed);
    auto *concurrencyLabel = new QLabel(tr("&Requests at once:"), this);
    concurrencyLabel->setBuddy(m_concurrency);
    options->addRow(concurrencyLabel, m_concurrency);
    layout->addLayout(options);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(this);
    m_start->setObjectName(QStringLiteral("bulkStart"));
    m_start->setDefault(true);
    buttons->addButton(m_start, QDialogButtonBox::AcceptRole);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Cancel);
    close->setObjectName(QStringLiteral("bulkDryRunClose"));
    close->setText(tr("&Close"));
    close->setAccessibleName(tr("Close without starting"));
    layout->addWidget(buttons);
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (m_form && !m_form->checkInline()) {
            return;
        }
        if (m_plan.eligible.isEmpty()) {
            return;
        }
        emit startRequested();
        accept();
    });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_speed, &QSpinBox::valueChanged, this, &BulkDryRunDialog::recompute);
    recompute();
    // Wide enough that the reasons and the ETA read as sentences, not as a column of words.
    setMinimumWidth(600);
    resize(620, sizeHint().height());
}

BulkDryRunDialog::~BulkDryRunDialog() = default;

BulkAction BulkDryRunDialog::action() const {
    return m_form ? BulkAction::setPolicy(m_form->policy()) : BulkAction::cancelRetries();
}

BulkOptions BulkDryRunDialog::options() const {
    BulkOptions o;
    o.speedLimitPerMinute = m_speed->value();
    o.concurrency = m_concurrency->value();
    return o;
}

QString BulkDryRunDialog::description() const {
    // "Apply retry policy: … — 55 of 73 validations (all in the table)"
    return tr("%1 — %2 of %3 validations (%4)")
        .arg(action().title(), number(int(m_plan.eligible.size())), number(m_plan.considered),
             m_tag);
}

QString BulkDryRunDialog::spec() const {
    // Which command started it (a window's run is never taken for a CLI command's own).
    const BulkAction a = action();
    return QStringLiteral("window %1 %2 %3").arg(a.name(), m_tag, QString::fromUtf8(a.body()));
}

std::optional<int> BulkDryRunDialog::rateLimitPerMinute() const {
    return m_service.client().rateLimits().limit(m_service.client().hostKey());
}

int BulkDryRunDialog::backgroundPerMinute() const {
    // A poll reads the pending listing and the newest page: about two requests an interval.
    const int seconds = int(m_service.pollInterval());
    return seconds > 0 ? 60 / seconds * 2 : 0;
}

BulkEta BulkDryRunDialog::eta() const {
    return estimateEta(int(m_plan.eligible.size()), rateLimitPerMinute(), backgroundPerMinute(),
                       m_speed->value());
}

void BulkDryRunDialog::recompute() {
    const int eligible = int(m_plan.eligible.size());
    const int skipped = int(m_plan.skipped.size());
    m_summary->setText(tr("%1 considered · %2 will be sent · %3 skipped")
                           .arg(m_plan.considered == 1
                                    ? tr("1 validation")
                                    : tr("%1 validations").arg(number(m_plan.considered)),
                                number(eligible), number(skipped)));
    QString rows;
    for (const auto &[reason, count] : m_plan.reasonCounts()) {
        rows += QStringLiteral("<tr><td align=\"right\">%1</td><td>&nbsp;&nbsp;%2</td></tr>")
                    .arg(number(count), describe(reason).toHtmlEscaped());
    }
    m_reasons->setText(rows.isEmpty() ? QString()
                                      : tr("Skipped:") + QStringLiteral("<table>") + rows +
                                            QStringLiteral("</table>"));
    m_reasons->setVisible(!rows.isEmpty());
    m_serverDecides->setText(
        m_plan.serverDecides > 0
            ? tr("%n of those sent lack a field the rules need (the server did not send it): "
                 "the server decides, and its refusals appear in the result list.",
                 nullptr, m_plan.serverDecides)
            : QString());
    m_serverDecides->setVisible(m_plan.serverDecides > 0);
    m_eta->setText(eligible > 0 ? eta().sentence
                                : tr("Nothing to send: every validation is "
                                     "skipped for the reasons above."));
    const bool policyOk = !m_form || m_form->policy().validate(m_service.planCap()).isEmpty();
    m_start->setText(m_kind == BulkAction::Kind::SetPolicy
                         ? tr("&Apply to %1").arg(number(eligible))
                     : eligible == 1 ? tr("Cance&l 1 cycle")
                                     : tr("Cance&l %1 cycles").arg(number(eligible)));
    m_start->setAccessibleName(m_start->text().remove(u'&'));
    m_start->setEnabled(eligible > 0 && policyOk);
    m_start->setToolTip(eligible == 0 ? tr("Nothing to send.")
                        : !policyOk   ? tr("Correct the marked fields of the policy first.")
                                      : QString());
}

QString BulkDryRunDialog::summaryText() const {
    return m_summary->text();
}

QString BulkDryRunDialog::reasonsText() const {
    QStringList lines;
    for (const auto &[reason, count] : m_plan.reasonCounts()) {
        lines << QStringLiteral("%1 %2").arg(number(count), describe(reason));
    }
    return lines.join(u'\n');
}

QString BulkDryRunDialog::etaText() const {
    return m_eta->text();
}

} // namespace rd::ui
