// RetryRules: seed 003's taxonomy, backoff formula and deadline rule, as a pure function.
#include "net/RetryRules.h"
#include "core/Random.h"

#include <gtest/gtest.h>

using namespace rd;
using namespace rd::net;
using Action = Decision::Action;
using Kind = AttemptOutcome::Kind;

namespace {

// Always returns the lowest (or highest) value, to pin the jitter term.
class FixedRandom final : public Random {
public:
    explicit FixedRandom(bool high)
        : m_high(high) {}
    quint64 uniform(quint64 low, quint64 high) override { return m_high ? high : low; }
    QByteArray bytes(int n) override { return QByteArray(n, '\x5a'); }

private:
    bool m_high;
};

const QDateTime kNow(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
constexpr Millis kDeadline{300000};

Decision decideStatus(int status, int attempt = 1, const QByteArray &retryAfter = {},
                      const QString &code = {}, Millis now = Millis(0)) {
    FixedRandom low(false);
    AttemptOutcome o;
    o.status = status;
    o.retryAfter = retryAfter;
    o.errorCode = code;
    o.serverDate = kNow;
    return RetryRules().decide(o, attempt, now, kDeadline, kNow, low);
}

} // namespace

TEST(RetryRules, Backoff_FollowsSeed003TableWithoutJitter) {
    FixedRandom low(false);
    const RetryRules rules;
    EXPECT_EQ(rules.backoff(1, low), Millis(1000));
    EXPECT_EQ(rules.backoff(2, low), Millis(2000));
    EXPECT_EQ(rules.backoff(3, low), Millis(4000));
    EXPECT_EQ(rules.backoff(4, low), Millis(8000));
    EXPECT_EQ(rules.backoff(5, low), Millis(16000));
    EXPECT_EQ(rules.backoff(6, low), Millis(30000)); // min(30000, 32000)
}

TEST(RetryRules, Backoff_AddsAtMostOneSecondOfJitter) {
    FixedRandom high(true);
    EXPECT_EQ(RetryRules().backoff(1, high), Millis(2000));
    EXPECT_EQ(RetryRules().backoff(6, high), Millis(31000));
}

TEST(RetryRules, Backoff_SaturatesForAnyAttemptNumber) {
    FixedRandom high(true);
    for (int attempt : {7, 31, 32, 63, 64, 1000, std::numeric_limits<int>::max()}) {
        EXPECT_EQ(RetryRules().backoff(attempt, high), Millis(31000)) << attempt;
    }
    EXPECT_EQ(RetryRules().backoff(0, high), Millis(1500));
    EXPECT_EQ(RetryRules().backoff(-5, high), Millis(1500));
}

TEST(RetryRules, Success_IsSucceed) {
    EXPECT_EQ(decideStatus(200).action, Action::Succeed);
    EXPECT_EQ(decideStatus(201).action, Action::Succeed);
}

TEST(RetryRules, EveryTerminalStatus_IsNeverRetried) {
    for (int status : {400, 401, 403, 404, 405, 409, 410, 422, 501, 505}) {
        const Decision d = decideStatus(status);
        EXPECT_EQ(d.action, Action::Fail) << status;
        EXPECT_EQ(d.error, ErrorKind::Terminal) << status;
    }
}

TEST(RetryRules, ServerErrors_AreRetriedWithBackoff) {
    for (int status : {500, 502, 504}) {
        const Decision d = decideStatus(status);
        EXPECT_EQ(d.action, Action::Retry) << status;
        EXPECT_EQ(d.reason, WaitReason::Backoff);
        EXPECT_EQ(d.wait, Millis(1000));
        EXPECT_EQ(d.budgetCost, RetryRules::kRetryCost);
    }
}

TEST(RetryRules, TooManyRequests_WaitsExactlyRetryAfterWithNoBackoffOnTop) {
    const Decision d = decideStatus(429, 4, "2");
    EXPECT_EQ(d.action, Action::Retry);
    EXPECT_EQ(d.reason, WaitReason::RetryAfter);
    EXPECT_EQ(d.wait, Millis(2000));
}

TEST(RetryRules, ServiceUnavailable_WithoutRetryAfter_UsesBackoff) {
    const Decision d = decideStatus(503, 2);
    EXPECT_EQ(d.reason, WaitReason::Backoff);
    EXPECT_EQ(d.wait, Millis(2000));
}

TEST(RetryRules, ServiceUnavailable_WithGarbageRetryAfter_FallsBackToBackoff) {
    const Decision d = decideStatus(503, 1, "2.5");
    EXPECT_EQ(d.reason, WaitReason::Backoff);
    EXPECT_EQ(d.wait, Millis(1000));
}

TEST(RetryRules, ServiceUnavailable_WithHttpDate_WaitsUntilThatDate) {
    const Decision d = decideStatus(503, 1, "Thu, 01 Jan 2026 12:00:07 GMT");
    EXPECT_EQ(d.reason, WaitReason::RetryAfter);
    EXPECT_EQ(d.wait, Millis(7000));
}

TEST(RetryRules, RetryAfterCrossingTheDeadline_FailsAtOnceWithTheServersTime) {
    const Decision d = decideStatus(429, 1, "600");
    EXPECT_EQ(d.action, Action::Fail);
    EXPECT_EQ(d.error, ErrorKind::RetryAfterBeyondDeadline);
    ASSERT_TRUE(d.retryAfter);
    EXPECT_EQ(*d.retryAfter, Millis(600000));
}

TEST(RetryRules, BackoffCrossingTheDeadline_IsNotStarted) {
    const Decision d = decideStatus(502, 1, {}, {}, kDeadline - Millis(999));
    EXPECT_EQ(d.action, Action::Fail);
    EXPECT_EQ(d.error, ErrorKind::DeadlineExceeded);
}

TEST(RetryRules, FifthAttempt_IsTheLast) {
    EXPECT_EQ(decideStatus(502, 4).action, Action::Retry);
    const Decision d = decideStatus(502, 5);
    EXPECT_EQ(d.action, Action::Fail);
    EXPECT_EQ(d.error, ErrorKind::GaveUp);
}

TEST(RetryRules, IdempotencyKeyInProgress_IsRetriedThenReportedAsPending) {
    EXPECT_EQ(decideStatus(409, 1, {}, QStringLiteral("idempotency_key_in_progress")).action,
              Action::Retry);
    const Decision last = decideStatus(409, 5, {}, QStringLiteral("idempotency_key_in_progress"));
    EXPECT_EQ(last.error, ErrorKind::OutcomePending);
}

TEST(RetryRules, IdempotencyKeyReused_IsABugReportNotARetry) {
    const Decision d = decideStatus(422, 1, {}, QStringLiteral("idempotency_key_reused"));
    EXPECT_EQ(d.action, Action::Fail);
    EXPECT_EQ(d.error, ErrorKind::KeyReused);
}

TEST(RetryRules, NetworkErrorsBeforeAStatus_AreRetriedLikeA5xx) {
    FixedRandom low(false);
    AttemptOutcome o;
    o.kind = Kind::RetryableError;
    const Decision d = RetryRules().decide(o, 1, Millis(0), kDeadline, kNow, low);
    EXPECT_EQ(d.action, Action::Retry);
    EXPECT_EQ(d.wait, Millis(1000));
}

TEST(RetryRules, Timeout_CostsTwiceARetry) {
    FixedRandom low(false);
    AttemptOutcome o;
    o.kind = Kind::Timeout;
    EXPECT_EQ(RetryRules().decide(o, 1, Millis(0), kDeadline, kNow, low).budgetCost,
              RetryRules::kTimeoutCost);
}

TEST(RetryRules, FatalNetworkError_IsNotRetried) {
    FixedRandom low(false);
    AttemptOutcome o;
    o.kind = Kind::FatalError;
    const Decision d = RetryRules().decide(o, 1, Millis(0), kDeadline, kNow, low);
    EXPECT_EQ(d.action, Action::Fail);
    EXPECT_EQ(d.error, ErrorKind::Network);
}
