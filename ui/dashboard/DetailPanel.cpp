#include "dashboard/DetailPanel.h"

#include "app/ErrorTone.h"
#include "dashboard/TimeText.h"
#include "domain/Duration.h"
#include "models/CycleTimelinePlan.h"
#include "services/RetryTimeline.h"
#include "validations/ChipLabel.h"
#include "validations/CycleTimelineView.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace rd::ui {

namespace {
QString outcomeText(Outcome o) {
    switch (o) {
    case Outcome::Valid:
        return QObject::tr("valid");
    case Outcome::NotFound:
        return QObject::tr("not found");
    case Outcome::CepUnavailable:
        return QObject::tr("CEP unavailable");
    case Outcome::Error:
        return QObject::tr("error");
    }
    return {};
}

// Fields beyond the seeds are optional: "—" when absent, the server's own word when unknown.
QString outcomeText(const std::optional<Outcome> &o, const QString &serverText) {
    if (o) {
        return outcomeText(*o);
    }
    return serverText.isEmpty() ? QStringLiteral("—")
                                : QObject::tr("%1 (unknown to RetryDesk)").arg(serverText);
}

QString orDash(const QString &s) {
    return s.isEmpty() ? QStringLiteral("—") : s;
}

QString outcomesText(const std::optional<QList<Outcome>> &outcomes, const QStringList &others) {
    if (!outcomes) {
        return QStringLiteral("—");
    }
    QStringList names;
    for (Outcome o : *outcomes) {
        names << outcomeText(o);
    }
    for (const QString &other : others) {
        names << QObject::tr("%1 (unknown to RetryDesk)").arg(other);
    }
    return names.join(QStringLiteral(", "));
}

QString intText(const std::optional<int> &v) {
    return v ? QString::number(*v) : QStringLiteral("—");
}

ChipKind chipKind(const std::optional<RetryState> &rs) {
    return chipKindForTerminal(rs && rs->terminalState ? int(*rs->terminalState) : -1);
}
} // namespace

namespace {
// Asks for only its minimum height and takes whatever more the panel has (its stretch): the
// default 192-pixel preference made a short window scroll the side panel instead.
class TimelineView final : public QTreeWidget {
public:
    using QTreeWidget::QTreeWidget;
    QSize sizeHint() const override { return {QTreeWidget::sizeHint().width(), minimumHeight()}; }
};
} // namespace

DetailPanel::DetailPanel(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_message(new QLabel(this))
    , m_body(new QWidget(this))
    , m_stateChip(new ChipLabel(m_body))
    , m_chart(new CycleTimelineView(this))
    , m_timeline(new TimelineView(this))
    , m_stop(new QLabel(this))
    , m_edit(new QPushButton(tr("&Edit policy…"), this))
    , m_cancel(new QPushButton(tr("Cancel c&ycle…"), this))
    , m_copyId(new QPushButton(tr("Copy &id"), this))
    , m_copyLink(new QPushButton(tr("Copy lin&k"), this))
    , m_copyRequestId(new QPushButton(tr("Copy re&quest id"), this)) {
    setObjectName(QStringLiteral("detailPanel"));
    setAccessibleName(tr("Validation details"));
    QFont big = m_header->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_header->setFont(big);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("detailMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_stop->setObjectName(QStringLiteral("stopReason"));
    m_stop->setWordWrap(true);
    m_edit->setObjectName(QStringLiteral("editPolicyButton"));
    m_cancel->setObjectName(QStringLiteral("cancelCycleButton"));
    m_copyId->setObjectName(QStringLiteral("copyIdButton"));
    m_copyLink->setObjectName(QStringLiteral("copyLinkButton"));
    m_copyLink->setAccessibleName(tr("Copy link"));
    m_copyLink->setAccessibleDescription(
        tr("Copies a retrydesk:// link that opens this validation on this connection, for a "
           "ticket or a chat"));
    m_copyLink->setToolTip(tr("Copy a link that opens this validation in RetryDesk on this "
                              "connection (Ctrl+Alt+Shift+C)"));
    m_copyRequestId->setObjectName(QStringLiteral("copyRequestIdButton"));

    auto *form = new QFormLayout(m_body);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QList<QPair<QString, QString>> fields{
        {QStringLiteral("tracking_key"), tr("Tracking key")},
        {QStringLiteral("amount"), tr("Amount")},
        {QStringLiteral("banks"), tr("Sender → receiver")},
        {QStringLiteral("payment_date"), tr("Payment date")},
        {QStringLiteral("outcome"), tr("Outcome")},
        {QStringLiteral("source"), tr("Source")},
        {QStringLiteral("created_at"), tr("Created")},
        {QStringLiteral("updated_at"), tr("Updated")},
        {QStringLiteral("terminal_state"), tr("Retry state")},
        {QStringLiteral("enabled"), tr("Policy enabled")},
        {QStringLiteral("max_retries"), tr("Max retries")},
        {QStringLiteral("interval_seconds"), tr("Interval")},
        {QStringLiteral("outcomes"), tr("Retried outcomes")},
        {QStringLiteral("attempts_completed"), tr("Attempts completed")},
        {QStringLiteral("next_attempt_at"), tr("Next attempt")},
        {QStringLiteral("resolved_at"), tr("Resolved")},
        {QStringLiteral("exhausted_at"), tr("Exhausted")},
        {QStringLiteral("cancelled_at"), tr("Cancelled")},
    };
    for (const auto &[name, label] : fields) {
        if (name == QLatin1String("terminal_state")) {
            // The state as the tables draw it: a chip with its icon and word.
            m_stateChip->setObjectName(QStringLiteral("field_terminal_state"));
            auto *caption = new QLabel(label + u':', m_body);
            form->addRow(caption, m_stateChip);
            continue;
        }
        addField(form, name, label);
    }

    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setAccessibleName(tr("Retry timeline"));
    m_timeline->setRootIsDecorated(false);
    m_timeline->setUniformRowHeights(true);
    m_timeline->setHeaderLabels(
        {tr("Attempt"), tr("When"), tr("Outcome"), tr("Eligible"), tr("Remaining")});
    m_timeline->header()->setStretchLastSection(true);
    m_timeline->setMinimumHeight(72); // header + three attempts; it grows with the panel

    // Two rows: the panel is often narrow, and four buttons in one row got clipped.
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_edit);
    actions->addWidget(m_cancel);
    actions->addStretch(1);
    auto *copies = new QHBoxLayout;
    copies->addWidget(m_copyId);
    copies->addWidget(m_copyLink);
    copies->addWidget(m_copyRequestId);
    copies->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_message);
    layout->addWidget(m_body);
    auto *timelineLabel = new QLabel(tr("<b>Timeline</b>"), this);
    layout->addWidget(timelineLabel);
    layout->addWidget(m_chart);
    layout->addWidget(m_timeline, 1);
    layout->addWidget(m_stop);
    layout->addLayout(actions);
    layout->addLayout(copies);

    connect(m_edit, &QPushButton::clicked, this, &DetailPanel::editPolicyRequested);
    connect(m_cancel, &QPushButton::clicked, this, &DetailPanel::cancelCycleRequested);
    connect(m_copyId, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_id); });
    connect(m_copyLink, &QPushButton::clicked, this, [this] { emit copyLinkRequested(m_id); });
    connect(m_copyRequestId, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_requestId); });
    clear();
}

QSize DetailPanel::sizeHint() const {
    QSize hint = QWidget::sizeHint();
    hint.setWidth(qMax(hint.width(), fontMetrics().averageCharWidth() * 66));
    return hint;
}

QLabel *DetailPanel::addField(QFormLayout *form, const QString &name, const QString &label) {
    auto *value = new QLabel(m_body);
    value->setObjectName(QStringLiteral("field_") + name);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setWordWrap(true);
    auto *caption = new QLabel(label + u':', m_body);
    caption->setBuddy(value);
    value->setAccessibleName(label);
    form->addRow(caption, value);
    return value;
}

QString DetailPanel::fieldText(const QString &name) const {
    if (name == QLatin1String("terminal_state")) {
        return m_stateText;
    }
    auto *l = m_body->findChild<QLabel *>(QStringLiteral("field_") + name);
    return l ? l->text() : QString();
}

void DetailPanel::clear() {
    m_detail.reset();
    m_id.clear();
    m_requestId.clear();
    m_header->setText(tr("Select a validation to see its retry cycle."));
    m_body->hide();
    m_stateChip->setChip(ChipKind::NoCycle, QString());
    m_stateText.clear();
    stopNowTick();
    m_chart->clearPlan();
    m_chart->hide();
    m_timeline->clear();
    m_stop->clear();
    setMessage({});
    for (QPushButton *b : {m_edit, m_cancel, m_copyId, m_copyLink, m_copyRequestId}) {
        b->setEnabled(false);
    }
}

void DetailPanel::showLoading(const QString &id) {
    if (id != m_id) {
        clear();
        m_id = id;
        m_header->setText(tr("Loading %1…").arg(id));
        m_copyId->setEnabled(true);
        m_copyLink->setEnabled(true);
    }
}

void DetailPanel::showError(const QString &message) {
    setMessage(message, true);
}

void DetailPanel::setMessage(const QString &message, bool isError) {
    m_message->setText(message);
    setErrorTone(m_message, isError);
    m_message->setVisible(!message.isEmpty());
}

QString DetailPanel::message() const {
    return m_message->text();
}

QString DetailPanel::stopReason() const {
    return m_stop->text();
}

void DetailPanel::showDetail(const api::ValidationDetail &detail, const QString &requestId,
                             const QDateTime &serverNow, Qt::TimeSpec spec) {
    const Validation &v = detail.validation;
    if (v.id != m_id) {
        setMessage({});
    }
    m_detail = detail;
    m_id = v.id;
    m_requestId = requestId;
    m_header->setText(v.id);
    const auto set = [this](const QString &name, const QString &text) {
        if (auto *l = m_body->findChild<QLabel *>(QStringLiteral("field_") + name)) {
            l->setText(text);
        }
    };
    set(QStringLiteral("tracking_key"), orDash(v.trackingKey));
    set(QStringLiteral("amount"),
        v.amountCents ? Validation::formatAmount(*v.amountCents) : QStringLiteral("—"));
    set(QStringLiteral("banks"), tr("%1 → %2").arg(orDash(v.senderBank), orDash(v.receiverBank)));
    set(QStringLiteral("payment_date"), orDash(v.paymentDate.toString(Qt::ISODate)));
    set(QStringLiteral("outcome"), outcomeText(v.outcome, v.outcomeText));
    set(QStringLiteral("source"), v.source == Source::Api          ? tr("API")
                                  : v.source == Source::BulkImport ? tr("bulk import")
                                  : v.sourceText.isEmpty()
                                      ? QStringLiteral("—")
                                      : tr("%1 (unknown to RetryDesk)").arg(v.sourceText));
    set(QStringLiteral("created_at"), timeText(v.createdAt, spec));
    set(QStringLiteral("updated_at"), timeText(v.updatedAt, spec));
    const std::optional<RetryState> &rs = v.retryState;
    m_stateText = rs && rs->terminalState ? toWire(*rs->terminalState)
                  : rs && !rs->terminalStateText.isEmpty()
                      ? tr("%1 (unknown to RetryDesk)").arg(rs->terminalStateText)
                      : tr("no cycle");
    const ChipKind kind = chipKind(rs);
    m_stateChip->setChip(kind, rs && !rs->terminalState && !rs->terminalStateText.isEmpty()
                                   ? m_stateText
                                   : chipWord(kind));
    m_stateChip->setAccessibleDescription(tr("Retry state: %1").arg(m_stateText));
    set(QStringLiteral("enabled"), rs ? (rs->enabled ? tr("yes") : tr("no")) : tr("—"));
    set(QStringLiteral("max_retries"), rs ? intText(rs->maxRetries) : QStringLiteral("—"));
    set(QStringLiteral("interval_seconds"),
        rs && rs->intervalSeconds
            ? tr("%1 (%2 s)").arg(duration::format(*rs->intervalSeconds)).arg(*rs->intervalSeconds)
            : QStringLiteral("—"));
    set(QStringLiteral("outcomes"),
        rs ? outcomesText(rs->outcomes, rs->otherOutcomes) : QStringLiteral("—"));
    set(QStringLiteral("attempts_completed"),
        rs ? QString::number(rs->attemptsCompleted) : QStringLiteral("—"));
    set(QStringLiteral("next_attempt_at"), timeText(rs ? rs->nextAttemptAt : std::nullopt, spec));
    set(QStringLiteral("resolved_at"), timeText(rs ? rs->resolvedAt : std::nullopt, spec));
    set(QStringLiteral("exhausted_at"), timeText(rs ? rs->exhaustedAt : std::nullopt, spec));
    set(QStringLiteral("cancelled_at"), timeText(rs ? rs->cancelledAt : std::nullopt, spec));
    m_body->show();

    const RetryTimeline t = RetryTimeline::build(detail, serverNow);
    m_timeline->clear();
    for (const TimelineEntry &e : t.entries) {
        auto *item = new QTreeWidgetItem(m_timeline);
        item->setText(0, e.attempt == 0 ? tr("original run") : tr("retry %1").arg(e.attempt));
        item->setText(1, timeText(e.at, spec));
        item->setText(2, outcomeText(e.outcome, {}));
        item->setText(3, e.outcome == Outcome::Valid ? tr("— (done)")
                         : e.eligible                ? tr("eligible")
                                                     : tr("not eligible"));
        item->setText(4, e.remaining ? QString::number(*e.remaining) : QStringLiteral("—"));
    }
    if (detail.unreadableHistory > 0) {
        // retry_history is RetryDesk's assumption: what cannot be read is said, not dropped.
        auto *item = new QTreeWidgetItem(m_timeline);
        item->setText(0, tr("%n attempt(s) could not be read", nullptr, detail.unreadableHistory));
        item->setToolTip(0, detail.historyProblem);
    }
    if (t.nextAttemptAt) {
        auto *item = new QTreeWidgetItem(m_timeline);
        item->setText(0, tr("next"));
        item->setText(1, timeText(t.nextAttemptAt, spec));
        item->setText(2, tr("scheduled"));
    }
    for (int c = 0; c < m_timeline->columnCount() - 1; ++c) {
        m_timeline->resizeColumnToContents(c);
    }
    m_stop->setText(t.stop == RetryTimeline::Stop::None
                        ? tr("Retrying: the next attempt is scheduled.")
                        : t.stopText());
    const bool bulk = v.isBulkImport();
    m_edit->setEnabled(!bulk);
    m_cancel->setEnabled(rs && rs->isActive());
    m_copyId->setEnabled(true);
    m_copyLink->setEnabled(true);
    m_copyRequestId->setEnabled(!requestId.isEmpty());

    m_spec = spec;
    updateChart(serverNow);
    m_chart->show();
    scheduleNowTick();
}

void DetailPanel::updateChart(const QDateTime &serverNow) {
    if (m_detail) {
        m_chart->setPlan(CycleTimelinePlan::build(*m_detail, serverNow.toMSecsSinceEpoch()),
                         m_spec);
    }
}

void DetailPanel::setNowSource(Clock *clock, std::function<QDateTime()> serverNow) {
    stopNowTick();
    m_clock = clock;
    m_serverNow = std::move(serverNow);
    scheduleNowTick();
}

// Now moves one pixel every msPerPixel(): a redraw sooner would paint the same picture.
void DetailPanel::scheduleNowTick() {
    stopNowTick();
    const auto &plan = m_chart->plan();
    if (!m_clock || !m_serverNow || !isVisible() || !plan || !plan->isPending()) {
        return;
    }
    const qint64 delay = std::clamp<qint64>(m_chart->msPerPixel(), 1'000, 60'000);
    m_nowTimer = m_clock->callAfter(Millis(delay), this, [this] {
        m_nowTimer = 0;
        updateChart(m_serverNow());
        scheduleNowTick();
    });
}

void DetailPanel::stopNowTick() {
    if (m_nowTimer != 0 && m_clock) {
        m_clock->cancel(m_nowTimer);
    }
    m_nowTimer = 0;
}

void DetailPanel::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_detail && m_serverNow) {
        updateChart(m_serverNow()); // Now has moved on while hidden
    }
    scheduleNowTick();
}

void DetailPanel::hideEvent(QHideEvent *event) {
    stopNowTick();
    QWidget::hideEvent(event);
}

} // namespace rd::ui
