// RetryBudget and RateLimitTracker: the shared per-host state that keeps retries from storming.
#include "net/RetryBudget.h"
#include "core/FakeClock.h"
#include "net/HttpDate.h"
#include "net/RateLimitTracker.h"

#include <gtest/gtest.h>

using namespace rd;
using namespace rd::net;

TEST(RetryBudget, Retries_SpendTokensUntilNoneAreLeft) {
    FakeClock clock;
    RetryBudget budget(clock, {10, 1, 0.0});
    EXPECT_TRUE(budget.tryAcquire(5));
    EXPECT_TRUE(budget.tryAcquire(5));
    EXPECT_FALSE(budget.tryAcquire(5));
    EXPECT_DOUBLE_EQ(budget.tokens(), 0.0);
}

TEST(RetryBudget, Success_RefundsWhatItsRetriesSpent) {
    FakeClock clock;
    RetryBudget budget(clock, {20, 1, 0.0});
    ASSERT_TRUE(budget.tryAcquire(10));
    budget.onSuccess(10);
    EXPECT_DOUBLE_EQ(budget.tokens(), 20.0);
}

TEST(RetryBudget, FirstAttemptSuccess_RefundsOneToken) {
    FakeClock clock;
    RetryBudget budget(clock, {20, 1, 0.0});
    ASSERT_TRUE(budget.tryAcquire(5));
    budget.onSuccess(0);
    EXPECT_DOUBLE_EQ(budget.tokens(), 16.0);
}

TEST(RetryBudget, Time_RefillsAnEmptyBudgetToCapacityAndNoFurther) {
    FakeClock clock;
    RetryBudget budget(clock, {500, 1, 1.0});
    while (budget.tryAcquire(5)) {
    }
    EXPECT_LT(budget.tokens(), 5.0);
    clock.advance(std::chrono::seconds(60));
    EXPECT_NEAR(budget.tokens(), 60.0, 5.0);
    clock.advance(std::chrono::hours(1));
    EXPECT_DOUBLE_EQ(budget.tokens(), 500.0);
}

namespace {
Headers limits(int remaining, qint64 reset) {
    return {{QByteArray("X-RateLimit-Limit"), QByteArray("60")},
            {QByteArray("X-RateLimit-Remaining"), QByteArray::number(remaining)},
            {QByteArray("X-RateLimit-Reset"), QByteArray::number(reset)}};
}
} // namespace

TEST(RateLimitTracker, RemainingZero_MakesNewRequestsWaitForTheReset) {
    FakeClock clock;
    RateLimitTracker t(clock);
    const QDateTime serverNow = clock.utcNow();
    t.update("h:80", limits(0, serverNow.toSecsSinceEpoch() + 12), serverNow);
    EXPECT_EQ(t.delayBeforeSend("h:80"), Millis(12000));
    EXPECT_EQ(t.delayBeforeSend("other:80"), Millis(0)); // per host
    clock.advance(Millis(12000));
    EXPECT_EQ(t.delayBeforeSend("h:80"), Millis(0));
}

TEST(RateLimitTracker, Reset_IsReadOnTheServersClockSoLocalSkewDoesNotMatter) {
    FakeClock clock;
    clock.shiftWallClock(std::chrono::hours(-2)); // our clock is two hours behind the server
    RateLimitTracker t(clock);
    const QDateTime serverNow = clock.utcNow().addSecs(7200);
    t.update("h:80", limits(0, serverNow.toSecsSinceEpoch() + 30), serverNow);
    EXPECT_EQ(t.delayBeforeSend("h:80"), Millis(30000));
}

TEST(RateLimitTracker, LastRequestOfTheWindow_IsSpentByOnlyOneSender) {
    FakeClock clock;
    RateLimitTracker t(clock);
    const QDateTime serverNow = clock.utcNow();
    t.update("h:80", limits(1, serverNow.toSecsSinceEpoch() + 10), serverNow);
    EXPECT_EQ(t.delayBeforeSend("h:80"), Millis(0));
    t.noteSend("h:80");
    EXPECT_EQ(t.delayBeforeSend("h:80"), Millis(10000));
}

TEST(RateLimitTracker, LateAnswerOfTheSameWindow_DoesNotRaiseRemaining) {
    FakeClock clock;
    RateLimitTracker t(clock);
    const QDateTime serverNow = clock.utcNow();
    const qint64 reset = serverNow.toSecsSinceEpoch() + 10;
    t.update("h:80", limits(0, reset), serverNow);
    t.update("h:80", limits(5, reset), serverNow);
    EXPECT_EQ(t.remaining("h:80"), 0);
}
