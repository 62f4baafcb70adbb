#include "services/RetryTimeline.h"

#include <QObject>

namespace rd {

QString RetryTimeline::stopText() const {
    switch (stop) {
    case Stop::None:
        return {};
    case Stop::Resolved:
        return QObject::tr("Will not retry: resolved — a retry returned valid.");
    case Stop::Exhausted:
        return QObject::tr("Will not retry: exhausted — every allowed attempt was used.");
    case Stop::Cancelled:
        return QObject::tr("Will not retry: cancelled by a user. Saving a policy starts a new "
                           "cycle.");
    case Stop::IneligibleOutcome:
        return QObject::tr("Will not retry: ineligible outcome — only not found, CEP "
                           "unavailable and error can be retried.");
    case Stop::BulkImport:
        return QObject::tr("Will not retry: from a bulk import — imported validations are never "
                           "retried.");
    case Stop::TooOld:
        return QObject::tr("Will not retry: too old — the validation is outside the server's "
                           "retry window.");
    case Stop::NoPolicy:
        return QObject::tr("Will not retry: no retry policy is set. Edit the policy to start a "
                           "cycle.");
    }
    return {};
}

RetryTimeline RetryTimeline::build(const api::ValidationDetail &detail, const QDateTime &now) {
    const Validation &v = detail.validation;
    RetryTimeline t;
    const std::optional<RetryState> &rs = v.retryState;
    const QList<Outcome> retried =
        rs && rs->outcomes ? *rs->outcomes : QList<Outcome>(kRetryableOutcomes);
    const std::optional<int> max = rs ? rs->maxRetries : std::nullopt;

    // With no retry yet, the original run is the only attempt there is (the API does not keep
    // the original outcome once retries have run, so it is shown only then).
    if (detail.history.isEmpty()) {
        TimelineEntry first;
        first.at = v.createdAt;
        first.outcome = v.outcome;
        first.eligible = v.outcome && isRetryEligible(*v.outcome) && retried.contains(*v.outcome);
        first.remaining = max;
        t.entries.append(first);
    }
    for (const api::RetryAttempt &a : detail.history) {
        TimelineEntry e;
        e.attempt = a.attempt;
        e.at = a.at;
        e.outcome = a.outcome;
        e.eligible = a.outcome && isRetryEligible(*a.outcome) && retried.contains(*a.outcome);
        if (max) {
            e.remaining = std::max(0, *max - a.attempt);
        }
        t.entries.append(e);
    }

    if (rs && rs->terminalState) {
        switch (*rs->terminalState) {
        case TerminalState::Pending:
            t.nextAttemptAt = rs->nextAttemptAt;
            t.stop = Stop::None;
            return t;
        case TerminalState::Resolved:
            t.stop = Stop::Resolved;
            return t;
        case TerminalState::Exhausted:
            t.stop = Stop::Exhausted;
            return t;
        case TerminalState::Cancelled:
            t.stop = Stop::Cancelled;
            return t;
        }
    }
    if (v.source == Source::BulkImport) {
        t.stop = Stop::BulkImport;
    } else if (v.outcome && !isRetryEligible(*v.outcome)) {
        t.stop = Stop::IneligibleOutcome;
    } else if (v.createdAt.isValid() && v.createdAt.secsTo(now) > kAssumedMaxAgeSeconds) {
        t.stop = Stop::TooOld;
    } else {
        t.stop = Stop::NoPolicy;
    }
    return t;
}

QList<QDateTime> RetryTimeline::preview(const RetryPolicy &policy, const QDateTime &from,
                                        int attemptsDone, int count) {
    QList<QDateTime> times;
    if (!policy.enabled || !policy.intervalSeconds || *policy.intervalSeconds <= 0) {
        return times;
    }
    const int max = policy.maxRetries.value_or(RetryPolicy::kDefaultPlanCap);
    for (int n = attemptsDone + 1; n <= max && times.size() < count; ++n) {
        times.append(from.addSecs(qint64(*policy.intervalSeconds) * (n - attemptsDone)));
    }
    return times;
}

} // namespace rd
