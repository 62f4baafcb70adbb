#include "net/RetryRules.h"

#include "net/RetryAfter.h"

namespace rd::net {

Millis RetryRules::backoff(int attempt, Random &random) const {
    const qint64 cap = std::max<qint64>(0, m_config.backoffCap.count());
    const qint64 base = std::max<qint64>(0, m_config.backoffBase.count());
    qint64 exp = base;
    // Double until the cap is reached: at most 63 steps, never an overflowing shift.
    for (int i = 0; i < attempt && exp < cap; ++i) {
        exp = exp > cap / 2 ? cap : exp * 2;
    }
    exp = std::min(exp, cap);
    const auto jitterMax = quint64(std::max<qint64>(0, m_config.jitterMax.count()));
    return Millis(exp + qint64(random.uniform(0, jitterMax)));
}

bool RetryRules::isRetryableStatus(int status, const QString &errorCode) {
    if (status == 429) {
        return true;
    }
    if (status == 409) {
        // seed 001: the first request with this key is still running; the same key will get its
        // answer once it completes. Any other 409 is seed 003's "idempotency conflict".
        return errorCode == QLatin1String("idempotency_key_in_progress");
    }
    // seed 003: 5xx are retriable, except 501 (a removed endpoint: fix the client). 505 (HTTP
    // version not supported) is RetryDesk's addition: the same request can never succeed.
    return status >= 500 && status <= 599 && status != 501 && status != 505;
}

Decision RetryRules::decide(const AttemptOutcome &o, int attempt, Millis now, Millis deadline,
                            const QDateTime &localUtcNow, Random &random) const {
    Decision d;
    using Kind = AttemptOutcome::Kind;
    if (o.kind == Kind::Response && o.status >= 200 && o.status <= 299) {
        d.action = Decision::Action::Succeed;
        return d;
    }
    if (o.kind == Kind::FatalError) {
        d.error = ErrorKind::Network;
        return d;
    }
    const bool pending = o.kind == Kind::Response && o.status == 409 &&
                         o.errorCode == QLatin1String("idempotency_key_in_progress");
    if (o.kind == Kind::Response && !isRetryableStatus(o.status, o.errorCode)) {
        // seed 001: same key, different body — a bug to report, never retried with a new key.
        d.error = o.status == 422 && o.errorCode == QLatin1String("idempotency_key_reused")
                      ? ErrorKind::KeyReused
                      : ErrorKind::Terminal;
        return d;
    }
    if (attempt >= m_config.maxAttempts) {
        d.error = pending ? ErrorKind::OutcomePending : ErrorKind::GaveUp;
        return d;
    }

    d.reason = WaitReason::Backoff;
    d.wait = backoff(attempt, random);
    if (o.kind == Kind::Response && (o.status == 429 || o.status == 503)) {
        // seed 003: "Sleep for exactly that long — not longer, not shorter"; no backoff on top.
        const RetryAfter ra = RetryAfter::parse(o.retryAfter, o.serverDate, localUtcNow);
        if (ra.usable()) {
            d.reason = WaitReason::RetryAfter;
            d.wait = ra.delay;
            d.retryAfter = ra.delay;
        }
    }
    d.budgetCost = o.kind == Kind::Timeout ? kTimeoutCost : kRetryCost;
    // A wait that would end at or after the deadline is never started: no attempt could follow.
    if (d.wait >= deadline - now) {
        d.error = d.reason == WaitReason::RetryAfter
                      ? ErrorKind::RetryAfterBeyondDeadline
                      : (pending ? ErrorKind::OutcomePending : ErrorKind::DeadlineExceeded);
        d.budgetCost = 0;
        return d;
    }
    d.action = Decision::Action::Retry;
    return d;
}

} // namespace rd::net
