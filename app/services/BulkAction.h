// BulkAction: what a bulk run does to each validation (apply one retry policy, or cancel the
// cycle), the dry run that tells before it starts which validations it can change and why not
// the others, and the ETA from the key's rate limit.
#pragma once

#include "core/Clock.h"
#include "domain/RetryPolicy.h"
#include "domain/Validation.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rd {

struct BulkAction {
    enum class Kind { SetPolicy, CancelRetries };
    Kind kind = Kind::SetPolicy;
    RetryPolicy policy; // SetPolicy only

    static BulkAction setPolicy(const RetryPolicy &p) { return {Kind::SetPolicy, p}; }
    static BulkAction cancelRetries() { return {Kind::CancelRetries, {}}; }

    QString name() const; // "policy" / "cancel" (Outbox::actionOf)
    QByteArray method() const;
    QString pathFor(const QString &validationId) const;
    // The exact bytes every item sends (what ApiClient::put / post would send): compact JSON of
    // {"retry_policy": …}, or nothing for a cancel.
    QByteArray body() const;
    // "Apply retry policy: 3 retries every 10 min on not_found, error" / "Cancel retry cycles".
    QString title() const;
};

// Why the client-side rules (seeds 001/002) leave a validation out of a run.
enum class BulkSkipReason {
    FromBulkImport,     // 002: retry_not_supported_for_bulk (D35)
    OutcomeNotEligible, // 002: retry_not_applicable — outcome outside not_found/cep_unavailable/error
    AlreadyResolved,    // 002: retry_already_resolved — the cycle resolved or was exhausted
    TooOld,             // 002: retry_age_exceeded — older than the age window (30 days, assumed)
    NoActiveCycle,      // 001: retry_not_active — nothing to cancel
    Duplicate,          // the same id twice in the selection
};
QString describe(BulkSkipReason reason);       // "from a bulk import (seed 002, D35)"
QString codeFor(BulkSkipReason reason);        // the server code it stands for, "retry_not_active"…

struct BulkSkip {
    QString id;
    BulkSkipReason reason;
};

struct DryRun {
    int considered = 0;       // validations the run was asked about
    QStringList eligible;     // ids the run will send, in the order given
    QList<BulkSkip> skipped;  // the others, each with its reason
    int serverDecides = 0;    // eligible, but a field the rules need was not sent (the server decides)
    QList<QPair<BulkSkipReason, int>> reasonCounts() const; // most frequent first
};

// The client-side rules of seeds 001/002, on what the table knows. Fields the server did not
// send never exclude a validation (the server decides and its 422 lands in the result list).
DryRun dryRun(const QList<Validation> &validations, const BulkAction &action,
              const QDateTime &serverNow);

// How long a run will take: the key's rate limit (X-RateLimit-Limit, taken as per minute like
// seed 003's example) less what background sync uses and the requests kept for the user, capped
// by the user's speed limit.
struct BulkEta {
    std::optional<int> perMinute; // the rate the run can keep; nullopt: unknown until answers come
    std::optional<Millis> duration;
    QString sentence; // "At about 57 a minute (the key's limit of 60, less background sync),
                      // 10,000 validations take about 2 h 55 min."
};
BulkEta estimateEta(int items, std::optional<int> rateLimitPerMinute, int backgroundPerMinute,
                    int speedLimitPerMinute);
// "about 3 h", "about 12 min", "under a minute".
QString roughDuration(Millis d);

} // namespace rd
