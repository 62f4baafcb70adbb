// RetryTimeline: the story of one validation's retry cycle — each attempt with its outcome,
// whether that outcome is eligible, attempts left — and why it will not retry, when it will not.
#pragma once

#include "api/ValidationDetail.h"
#include "domain/RetryPolicy.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace rd {

struct TimelineEntry {
    int attempt = 0; // 0: the original validation run
    QDateTime at;
    std::optional<Outcome> outcome; // nullopt: the server did not say, or said something unknown
    bool eligible = false;        // the policy retries this outcome
    std::optional<int> remaining; // retries left after this attempt (null: no maximum)
};

struct RetryTimeline {
    // Why no further attempt will happen ("an explicit reason when it will not retry").
    enum class Stop {
        None,              // another attempt is scheduled (nextAttemptAt)
        Resolved,          // a retry obtained valid
        Exhausted,         // every attempt used
        Cancelled,         // cancelled by the user
        IneligibleOutcome, // the outcome is valid, or not one the policy retries
        BulkImport,        // seed 002 D35: imported validations are never retried
        TooOld,            // older than the server's age window
        NoPolicy,          // no retry policy was ever set (one can be)
    };
    QList<TimelineEntry> entries; // the original run first, then each retry, oldest first
    std::optional<QDateTime> nextAttemptAt;
    Stop stop = Stop::None;

    QString stopText() const; // a sentence; empty for Stop::None

    // seed 002's age window is the server's max_age_seconds; the sandbox (docs/api.md) uses 30
    // days and the API does not publish it, so the client assumes the same.
    static constexpr qint64 kAssumedMaxAgeSeconds = 30LL * 24 * 3600;

    static RetryTimeline build(const api::ValidationDetail &detail, const QDateTime &serverNow);
    // The next `count` attempt times a policy would give, starting from `from` (seed 002: on a
    // pending cycle a new policy schedules now + interval; attemptsDone are already used).
    static QList<QDateTime> preview(const RetryPolicy &policy, const QDateTime &from,
                                    int attemptsDone = 0, int count = 5);
};

} // namespace rd
