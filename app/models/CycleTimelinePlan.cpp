#include "models/CycleTimelinePlan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <array>

namespace rd {

namespace {

// Q_DECLARE_TR_FUNCTIONS rather than a helper function: lupdate then files every text under this
// context, free functions included, as the runtime looks it up.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rd::CycleTimelinePlan)
};

QString outcomeWords(const std::optional<Outcome> &o, const QString &serverText) {
    if (o) {
        switch (*o) {
        case Outcome::Valid:
            return Text::tr("valid");
        case Outcome::NotFound:
            return Text::tr("not found");
        case Outcome::CepUnavailable:
            return Text::tr("CEP unavailable");
        case Outcome::Error:
            return Text::tr("error");
        }
    }
    return serverText.isEmpty() ? Text::tr("unknown") : Text::tr("%1 (unknown to RetryDesk)").arg(serverText);
}

QString madeLabel(int attempt) {
    return attempt == 0 ? Text::tr("Original run") : Text::tr("Retry %1").arg(attempt);
}

QString plannedLabel(int attempt, std::optional<int> of) {
    return of ? Text::tr("Retry %1 of %2").arg(attempt).arg(*of) : Text::tr("Retry %1").arg(attempt);
}

std::optional<qint64> msOf(const std::optional<QDateTime> &t) {
    if (!t || !t->isValid()) {
        return std::nullopt;
    }
    return t->toMSecsSinceEpoch();
}

qint64 floorDiv(qint64 a, qint64 b) {
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

QDateTime inSpec(qint64 ms, Qt::TimeSpec spec) {
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return spec == Qt::UTC ? utc : utc.toLocalTime();
}

// The terminal states: their drawn word, the sentence of the tooltip, the words of the description.
void setTerminal(CycleTimelinePlan &p, CycleTimelinePlan::End end, std::optional<qint64> at) {
    p.end = end;
    // A server that leaves out the terminal timestamp: the cycle ended with its last attempt.
    p.endAtMs = at ? at : p.made.isEmpty() ? std::nullopt : std::optional(p.made.last().atMs);
    switch (end) {
    case CycleTimelinePlan::End::Resolved:
        p.endLabel = Text::tr("Resolved");
        p.endDetail = Text::tr("A retry returned valid: the cycle is over.");
        break;
    case CycleTimelinePlan::End::Exhausted:
        p.endLabel = Text::tr("Exhausted");
        p.endDetail = Text::tr("Every allowed attempt was used without a valid outcome.");
        break;
    case CycleTimelinePlan::End::Cancelled:
        p.endLabel = Text::tr("Cancelled");
        p.endDetail = Text::tr("A user cancelled the cycle; saving a policy starts a new one.");
        break;
    case CycleTimelinePlan::End::Pending:
    case CycleTimelinePlan::End::NotRetrying:
        break;
    }
}

void setNotRetrying(CycleTimelinePlan &p, CycleTimelinePlan::Why why, const QString &stateText) {
    p.end = CycleTimelinePlan::End::NotRetrying;
    p.why = why;
    switch (why) {
    case CycleTimelinePlan::Why::BulkImport:
        p.endLabel = Text::tr("Bulk import: never retried");
        p.endDetail = Text::tr("Validations from a bulk import are never retried.");
        break;
    case CycleTimelinePlan::Why::IneligibleOutcome:
        p.endLabel = Text::tr("Nothing to retry");
        p.endDetail = Text::tr("Only not found, CEP unavailable and error can be retried.");
        break;
    case CycleTimelinePlan::Why::TooOld:
        p.endLabel = Text::tr("Too old to retry");
        p.endDetail = Text::tr("The validation is outside the server's retry window.");
        break;
    case CycleTimelinePlan::Why::NoPolicy:
        p.endLabel = Text::tr("No retry policy");
        p.endDetail = Text::tr("No retry policy is set. Edit the policy to start a cycle.");
        break;
    case CycleTimelinePlan::Why::UnknownState:
        p.endLabel = Text::tr("State “%1” unknown").arg(stateText);
        p.endDetail = Text::tr("The server reports a retry state RetryDesk does not know.");
        break;
    case CycleTimelinePlan::Why::None:
        break;
    }
}

void planPending(CycleTimelinePlan &p, const RetryState &rs) {
    p.end = CycleTimelinePlan::End::Pending;
    p.nextAtMs = msOf(rs.nextAttemptAt);
    const std::optional<int> max = rs.maxRetries;
    p.openEnded = !max;
    const int remaining = max ? std::max(0, *max - rs.attemptsCompleted) : 0;
    const int wanted = max ? remaining : CycleTimelinePlan::kOpenEndedShown;
    const int shown = std::min(wanted, CycleTimelinePlan::kMaxPlannedShown);
    const qint64 intervalMs =
        rs.intervalSeconds && *rs.intervalSeconds > 0 ? qint64(*rs.intervalSeconds) * 1000 : 0;
    if (p.nextAtMs) {
        for (int k = 0; k < shown; ++k) {
            if (k > 0 && intervalMs == 0) {
                break; // without an interval only the next attempt has a time
            }
            CycleTimelinePlan::Planned a;
            a.attempt = rs.attemptsCompleted + 1 + k;
            a.of = max;
            a.atMs = *p.nextAtMs + k * intervalMs;
            a.overdue = a.atMs < p.nowMs;
            a.label = plannedLabel(a.attempt, max);
            p.planned.append(a);
        }
    }
    if (max) {
        p.unplaced = remaining - int(p.planned.size());
    }
    if (max && p.unplaced == 0 && !p.planned.isEmpty()) {
        p.endAtMs = p.planned.last().atMs;
    }
    if (!max) {
        p.endLabel = Text::tr("No maximum: keeps retrying");
        p.endDetail = Text::tr("The policy sets no maximum: retries go on until one is valid.");
    } else if (remaining == 0) {
        p.endLabel = Text::tr("No retries left");
        p.endDetail = Text::tr("Every allowed retry has been made; the server has yet to end the cycle.");
    } else {
        p.endLabel = Text::tr("Stops after retry %1 of %1").arg(*max);
        p.endShortLabel = Text::tr("Stops after #%1").arg(*max);
        p.endDetail = Text::tr("Retrying: stops after retry %1 of %1 at the latest, earlier if a "
                         "retry returns valid.")
                          .arg(*max);
    }
}

void setAxis(CycleTimelinePlan &p) {
    qint64 lo = p.nowMs, hi = p.nowMs;
    const auto take = [&](qint64 t) {
        lo = std::min(lo, t);
        hi = std::max(hi, t);
    };
    for (const auto &m : p.made) {
        take(m.atMs);
    }
    for (const auto &a : p.planned) {
        take(a.atMs);
    }
    if (p.endAtMs) {
        take(*p.endAtMs);
    }
    // Room after the last planned attempt for those that have no time (or no end): "+2 more".
    if (p.isPending() && (p.unplaced > 0 || p.openEnded)) {
        hi += std::max<qint64>((hi - lo) / 5, 60'000);
    }
    if (hi - lo < CycleTimelinePlan::kMinSpanMs) {
        const qint64 extra = CycleTimelinePlan::kMinSpanMs - (hi - lo);
        lo -= extra / 2;
        hi += extra - extra / 2;
    }
    const qint64 margin = (hi - lo) / 20;
    p.axisStartMs = lo - margin;
    p.axisEndMs = hi + margin;
}

} // namespace

CycleTimelinePlan CycleTimelinePlan::build(const api::ValidationDetail &detail,
                                           qint64 serverNowMs) {
    const Validation &v = detail.validation;
    const std::optional<RetryState> &rs = v.retryState;
    CycleTimelinePlan p;
    p.nowMs = serverNowMs;
    if (rs) {
        p.maxRetries = rs->maxRetries;
        p.attemptsCompleted = rs->attemptsCompleted;
    }

    // The rows of the timeline table (RetryTimeline): the original run only while no retry has
    // run (the API keeps no original outcome once retries have), then each retry.
    if (detail.history.isEmpty() && v.createdAt.isValid()) {
        p.made.append({0, v.createdAt.toMSecsSinceEpoch(), v.outcome,
                       outcomeWords(v.outcome, v.outcomeText), madeLabel(0)});
    }
    for (const api::RetryAttempt &a : detail.history) {
        if (a.at.isValid()) {
            p.made.append({a.attempt, a.at.toMSecsSinceEpoch(), a.outcome,
                           outcomeWords(a.outcome, a.outcomeText), madeLabel(a.attempt)});
        }
    }

    if (rs && rs->terminalState) {
        switch (*rs->terminalState) {
        case TerminalState::Pending:
            planPending(p, *rs);
            break;
        case TerminalState::Resolved:
            setTerminal(p, End::Resolved, msOf(rs->resolvedAt));
            break;
        case TerminalState::Exhausted:
            setTerminal(p, End::Exhausted, msOf(rs->exhaustedAt));
            break;
        case TerminalState::Cancelled:
            setTerminal(p, End::Cancelled, msOf(rs->cancelledAt));
            break;
        }
    } else if (rs && !rs->terminalStateText.isEmpty()) {
        setNotRetrying(p, Why::UnknownState, rs->terminalStateText);
    } else if (v.isBulkImport()) {
        setNotRetrying(p, Why::BulkImport, {});
    } else if (v.outcome && !isRetryEligible(*v.outcome)) {
        setNotRetrying(p, Why::IneligibleOutcome, {});
    } else if (v.createdAt.isValid() &&
               serverNowMs - v.createdAt.toMSecsSinceEpoch() > kAssumedMaxAgeMs) {
        setNotRetrying(p, Why::TooOld, {});
    } else {
        setNotRetrying(p, Why::NoPolicy, {});
    }
    if (p.endShortLabel.isEmpty()) {
        p.endShortLabel = p.endLabel;
    }
    setAxis(p);
    return p;
}

QString CycleTimelinePlan::description(Qt::TimeSpec spec) const {
    const auto at = [&](qint64 ms) { return timelineTimeText(ms, nowMs, spec); };
    const int n = int(made.size());
    QString s = n == 0   ? Text::tr("Timeline: no attempts made")
                : n == 1 ? Text::tr("Timeline: 1 attempt made")
                         : Text::tr("Timeline: %1 attempts made").arg(n);
    switch (end) {
    case End::Pending: {
        const int planned = int(this->planned.size()) + unplaced;
        if (openEnded) {
            s += Text::tr(", more planned");
        } else {
            s += planned == 1 ? Text::tr(", 1 planned") : Text::tr(", %1 planned").arg(planned);
        }
        if (nextAtMs) {
            s += *nextAtMs < nowMs ? Text::tr(", next overdue since %1").arg(at(*nextAtMs))
                                   : Text::tr(", next at %1").arg(at(*nextAtMs));
        } else {
            s += Text::tr(", next attempt not scheduled");
        }
        if (openEnded) {
            s += Text::tr("; no maximum is set.");
        } else if (maxRetries && planned > 0) {
            s += Text::tr("; will stop after retry %1 of %1 unless one is valid.").arg(*maxRetries);
        } else {
            s += Text::tr("; no retries left.");
        }
        return s;
    }
    case End::Resolved:
        return s + (endAtMs ? Text::tr("; resolved at %1.").arg(at(*endAtMs)) : Text::tr("; resolved."));
    case End::Exhausted:
        return s + (endAtMs ? Text::tr("; exhausted at %1.").arg(at(*endAtMs)) : Text::tr("; exhausted."));
    case End::Cancelled:
        return s + (endAtMs ? Text::tr("; cancelled at %1.").arg(at(*endAtMs)) : Text::tr("; cancelled."));
    case End::NotRetrying:
        switch (why) {
        case Why::BulkImport:
            return s + Text::tr("; from a bulk import, never retried.");
        case Why::IneligibleOutcome:
            return s + Text::tr("; nothing to retry.");
        case Why::TooOld:
            return s + Text::tr("; too old to retry.");
        case Why::NoPolicy:
            return s + Text::tr("; no retry policy is set.");
        case Why::UnknownState:
        case Why::None:
            return s + u';' + u' ' + endLabel + u'.';
        }
    }
    return s;
}

QString timelineTimeText(qint64 ms, qint64 nowMs, Qt::TimeSpec spec) {
    const QDateTime t = inSpec(ms, spec);
    const bool today = t.date() == inSpec(nowMs, spec).date();
    const QString zone = spec == Qt::UTC ? QStringLiteral("UTC") : t.timeZoneAbbreviation();
    // The user's language names the month (QLocale::setDefault follows the chosen translation).
    return QLocale().toString(t, today ? QStringLiteral("HH:mm") : QStringLiteral("d MMM HH:mm")) +
           u' ' + zone;
}

QList<TimelineTick> timelineTicks(qint64 startMs, qint64 endMs, qint64 minStepMs,
                                  Qt::TimeSpec spec) {
    constexpr qint64 kMin = 60'000, kHour = 60 * kMin, kDay = 24 * kHour;
    static constexpr std::array<qint64, 15> kSteps{
        kMin,      2 * kMin,  5 * kMin,   10 * kMin, 15 * kMin, 30 * kMin, kHour,    2 * kHour,
        3 * kHour, 6 * kHour, 12 * kHour, kDay,      2 * kDay,  7 * kDay,  14 * kDay};
    QList<TimelineTick> ticks;
    if (endMs <= startMs) {
        return ticks;
    }
    qint64 step = kSteps.back();
    for (qint64 s : kSteps) {
        if (s >= minStepMs) {
            step = s;
            break;
        }
    }
    while (step < minStepMs) {
        step += 30 * kDay;
    }
    // Aligned to the wall clock of spec (the offset at the start; a DST change mid-axis shifts
    // the later ticks by its hour, which the labels still name correctly).
    const qint64 offset =
        spec == Qt::UTC ? 0 : qint64(inSpec(startMs, spec).offsetFromUtc()) * 1000;
    const QLocale c;
    for (qint64 local = floorDiv(startMs + offset + step - 1, step) * step; local - offset <= endMs;
         local += step) {
        const qint64 ms = local - offset;
        const QDateTime t = inSpec(ms, spec);
        TimelineTick tick;
        tick.ms = ms;
        tick.day = step >= kDay || (t.time().hour() == 0 && t.time().minute() == 0);
        tick.label = c.toString(t, tick.day ? QStringLiteral("d MMM") : QStringLiteral("HH:mm"));
        ticks.append(tick);
    }
    return ticks;
}

} // namespace rd
