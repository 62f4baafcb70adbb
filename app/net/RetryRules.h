// RetryRules: seed 003's retry decisions as a pure function — classification, Retry-After,
// backoff with jitter, attempt limit and deadline. No I/O, no state: the 10,000-sequence test
// and the Operation state machine share it.
#pragma once

#include "core/Clock.h"
#include "core/Random.h"
#include "net/Result.h"

#include <QDateTime>

#include <optional>

namespace rd::net {

struct RetryConfig {
    int maxAttempts = 5;                // seed 003: "max 5 attempts" (all causes together)
    Millis backoffBase{500};            // seed 003: base = 500 ms
    Millis backoffCap{30000};           // seed 003: min(30000, …)
    Millis jitterMax{1000};             // seed 003: + random(0, 1000)
    Millis attemptTimeout{30000};       // seed 003: request timeout 30 s
    Millis totalTimeout{5 * 60 * 1000}; // seed 003: total timeout 5 min
};

// What one attempt produced, as far as retrying is concerned.
struct AttemptOutcome {
    enum class Kind {
        Response,       // an HTTP status arrived (and, for 2xx, the whole body)
        RetryableError, // reset, refused, closed, truncated: before or without a complete answer
        Timeout,        // the per-attempt timeout fired
        FatalError,     // unknown host, TLS failure, unsupported scheme: retrying cannot help
    };
    Kind kind = Kind::Response;
    int status = 0;
    QString errorCode;     // error.code of the body (409/422 idempotency codes)
    QByteArray retryAfter; // null when absent
    std::optional<QDateTime> serverDate;
};

struct Decision {
    enum class Action { Succeed, Retry, Fail };
    Action action = Action::Fail;
    ErrorKind error = ErrorKind::None; // for Fail
    Millis wait{0};                    // for Retry
    WaitReason reason = WaitReason::None;
    int budgetCost = 0;               // retry-budget tokens this retry costs
    std::optional<Millis> retryAfter; // the server's wait, when it named one
};

class RetryRules {
public:
    static constexpr int kRetryCost = 5;    // AWS retry quota: a retry costs 5 tokens
    static constexpr int kTimeoutCost = 10; // … and a timeout 10

    explicit RetryRules(RetryConfig config = {})
        : m_config(config) {}
    const RetryConfig &config() const { return m_config; }

    // seed 003: min(cap, base·2^attempt) + uniform(0..jitter), attempt = the number (1-based) of
    // the attempt that just failed; saturating for any attempt number.
    Millis backoff(int attempt, Random &random) const;

    // The decision after attempt number `attempt` (1-based) ended with `outcome` at monotonic
    // `now`; `deadline` is the operation's monotonic deadline.
    Decision decide(const AttemptOutcome &outcome, int attempt, Millis now, Millis deadline,
                    const QDateTime &localUtcNow, Random &random) const;

    // seed 003 taxonomy: true for statuses a client may retry (429, 5xx except 501/505, and
    // 409 idempotency_key_in_progress).
    static bool isRetryableStatus(int status, const QString &errorCode);

private:
    RetryConfig m_config;
};

} // namespace rd::net
