// The drawn timeline's plan: attempts made, attempts planned (max_retries − attempts_completed of
// them, one interval apart from next_attempt_at), now, how the cycle ends and the axis — for each
// cycle state, at a fixed fake time (2026-01-01 12:00 UTC).
#include "models/CycleTimelinePlan.h"
#include "core/FakeClock.h"

#include <gtest/gtest.h>

using namespace rd;

namespace {

constexpr qint64 kMin = 60'000;

class CycleTimelinePlanTest : public ::testing::Test {
protected:
    FakeClock clock; // 2026-01-01 12:00:00 UTC
    QDateTime now() const { return clock.utcNow(); }
    qint64 nowMs() const { return clock.utcNow().toMSecsSinceEpoch(); }

    // A validation created two hours ago whose first run gave `outcome`.
    api::ValidationDetail detail(Outcome outcome = Outcome::NotFound) const {
        api::ValidationDetail d;
        d.validation.id = QStringLiteral("0000000a-0000-4000-8000-000000000002");
        d.validation.createdAt = now().addSecs(-7200);
        d.validation.outcome = outcome;
        d.validation.source = Source::Api;
        return d;
    }
    static RetryState cycle(TerminalState t, int attempts, int max, std::optional<int> interval) {
        RetryState s;
        s.enabled = true;
        s.maxRetries = max;
        s.intervalSeconds = interval;
        s.outcomes = kRetryableOutcomes;
        s.attemptsCompleted = attempts;
        s.terminalState = t;
        return s;
    }
    // Retries 1..n, ten minutes apart, the last at `last`; every one `outcome` unless the last
    // is given its own.
    static void addHistory(api::ValidationDetail &d, int n, const QDateTime &last, Outcome outcome,
                           std::optional<Outcome> lastOutcome = std::nullopt) {
        for (int k = 1; k <= n; ++k) {
            api::RetryAttempt a;
            a.attempt = k;
            a.at = last.addSecs(-600LL * (n - k));
            a.outcome = k == n && lastOutcome ? *lastOutcome : outcome;
            d.history.append(a);
        }
    }
    static void expectInsideAxis(const CycleTimelinePlan &p) {
        EXPECT_LT(p.axisStartMs, p.nowMs);
        EXPECT_GT(p.axisEndMs, p.nowMs);
        for (const auto &m : p.made) {
            EXPECT_LT(p.axisStartMs, m.atMs);
            EXPECT_GT(p.axisEndMs, m.atMs);
        }
        for (const auto &a : p.planned) {
            EXPECT_LT(p.axisStartMs, a.atMs);
            EXPECT_GT(p.axisEndMs, a.atMs);
        }
        if (p.endAtMs) {
            EXPECT_LT(p.axisStartMs, *p.endAtMs);
            EXPECT_GT(p.axisEndMs, *p.endAtMs);
        }
    }
};

TEST_F(CycleTimelinePlanTest, PendingMidWay_MadeThenPlannedOneIntervalApart) {
    api::ValidationDetail d = detail(Outcome::CepUnavailable);
    RetryState s = cycle(TerminalState::Pending, 2, 5, 600);
    s.nextAttemptAt = now().addSecs(330);
    d.validation.retryState = s;
    addHistory(d, 2, now().addSecs(-270), Outcome::CepUnavailable);

    const CycleTimelinePlan p = CycleTimelinePlan::build(d, nowMs());
    EXPECT_EQ(p.end, CycleTimelinePlan::End::Pending);
    EXPECT_EQ(p.nowMs, nowMs());
    ASSERT_EQ(p.made.size(), 2);
    EXPECT_EQ(p.made[0].attempt, 1);
    EXPECT_EQ(p.made[0].label, QStringLiteral("Retry 1"));
    EXPECT_EQ(p.made[1].atMs, nowMs() - 270'000);
    EXPECT_EQ(p.made[1].outcome, Outcome::CepUnavailable);
    EXPECT_EQ(p.made[1].outcomeText, QStringLiteral("CEP unavailable"));

    ASSERT_EQ(p.planned.size(), 5 - 2); // max_retries − attempts_completed
    EXPECT_EQ(p.unplaced, 0);
    for (int i = 0; i < p.planned.size(); ++i) {
        EXPECT_EQ(p.planned[i].attempt, 3 + i);
        EXPECT_EQ(p.planned[i].of, 5);
        EXPECT_EQ(p.planned[i].atMs, nowMs() + 330'000 + i * 10 * kMin); // spacing = interval
        EXPECT_FALSE(p.planned[i].overdue);
    }
    EXPECT_EQ(p.planned.last().label, QStringLiteral("Retry 5 of 5"));
    EXPECT_EQ(p.nextAtMs, nowMs() + 330'000);
    EXPECT_EQ(p.endAtMs, p.planned.last().atMs);
    EXPECT_EQ(p.endLabel, QStringLiteral("Stops after retry 5 of 5"));
    expectInsideAxis(p);
    EXPECT_EQ(p.description(Qt::UTC),
              QStringLiteral("Timeline: 2 attempts made, 3 planned, next at 12:05 UTC; will stop "
                             "after retry 5 of 5 unless one is valid."));
}

TEST_F(CycleTimelinePlanTest, PendingWithoutRetriesYet_TheOriginalRunIsTheAttemptMade) {
    api::ValidationDetail d = detail(Outcome::Error);
    RetryState s = cycle(TerminalState::Pending, 0, 3, 900);
    s.nextAttemptAt = now().addSecs(900);
    d.validation.retryState = s;

    const CycleTimelinePlan p = CycleTimelinePlan::build(d, nowMs());
    ASSERT_EQ(p.made.size(), 1);
    EXPECT_EQ(p.made[0].attempt, 0);
    EXPECT_EQ(p.made[0].label, QStringLiteral("Original run"));
    EXPECT_EQ(p.made[0].atMs, nowMs() - 7'200'000);
    EXPECT_EQ(p.made[0].outcome, Outcome::Error);
    EXPECT_EQ(p.planned.size(), 3);
    EXPECT_EQ(p.planned[0].label, QStringLiteral("Retry 1 of 3"));
    expectInsideAxis(p);
}

TEST_F(CycleTimelinePlanTest, Exhausted_NothingPlanned_EndsAtExhaustedAt) {
    api::ValidationDetail d = detail(Outcome::Error);
    RetryState s = cycle(TerminalState::Exhausted, 3, 3, 600);
    s.exhaustedAt = now().addSecs(-600);
    d.validation.retryState = s;
    addHistory(d, 3, now().addSecs(-600), Outcome::Error);

    const CycleTimelinePlan p = CycleTimelinePlan::build(d, nowMs());
    EXPECT_EQ(p.end, CycleTimelinePlan::End::Exhausted);
    EXPECT_EQ(p.made.size(), 3);
    EXPECT_TRUE(p.planned.isEmpty());
    EXPECT_EQ(p.unplaced, 0);
    EXPECT_EQ(p.endAtMs, nowMs() - 600'000);
    EXPECT_EQ(p.endLabel, QStringLiteral("Exhausted"));
    EXPECT_FALSE(p.nextAtMs);
    expectInsideAxis(p);
    EXPECT_EQ(p.description(Qt::UTC),
              QStringLiteral("Timeline: 3 attempts made; exhausted at 11:50 UTC."));
}

TEST_F(CycleTimelinePlanTest, ResolvedByARetry_TheLastMadeAttemptIsValid) {
    api::ValidationDetail d = detail(Outcome::Valid);
    RetryState s = cycle(TerminalState::Resolved, 2, 3, 600);
    s.resolvedAt = now().addSecs(-600);
    d.validation.retryState = s;
    addHistory(d, 2, now().addSecs(-600), Outcome::NotFound, Outcome::Valid);

    const CycleTimelinePlan p = CycleTimelinePlan::build(d, nowMs());
    EXPECT_EQ(p.end, CycleTimelinePlan::End::Resolved);
    ASSERT_EQ(p.made.size(), 2);
    EXPECT_EQ(p.made[0].outcome, Outcome::NotFound);
    EXPECT_EQ(p.made[1].outcome, Outcome::Valid);
    EXPECT_EQ(p.made[1].outcomeText, QStringLiteral("valid"));
    EXPECT_TRUE(p.planned.isEmpty()) << "the third retry is never made";
    EXPECT_EQ(p.endAtMs, nowMs() - 600'000);
    EXPECT_EQ(p.endLabel, QStringLiteral("Resolved"));
    expectInsideAxis(p);
    EXPECT_EQ(p.description(Qt::UTC),
              QStringLiteral("Timeline: 2 attempts made; resolved at 11:50 UTC."));
}

TEST_F(CycleTimelinePlanTest, Cancelled_NothingPlanned_EndsAtCancelledAt) {
    api::ValidationDetail d = detail(Outcome::NotFound);
    RetryState s = cycle(TerminalState::Cancelled, 1, 3, 600);
    s.cancelledAt = now().addSecs(-600);
    d.validation.retryState = s;
    addHistory(d, 1, now().addSecs(-660), Outcome::NotFound);

    const CycleTimelinePlan p = CycleTimelinePlan::build(d, nowMs());
    EXPECT_EQ(p.end, CycleTimelinePlan::End::Cancelled);
    EXPECT_EQ(p.made.size(), 1);
    EXPECT_TRUE(p.planned.isEmpty());
    EXPECT_EQ(p.endAtMs, nowMs() - 600'000);
    EXPECT_EQ(p.endLabel, QStringLiteral("Cancelled"));
    expectInsideAxis(p);
    EXPECT_EQ(p.description(Qt::UTC),
              QStringLiteral("Timeline: 1 attempt made; cancelled at 11:50 UTC."));
}

TEST_F(CycleTimelinePlanTest, TerminalWithoutItsTimestamp_EndsWithTheLastAttempt) {
    api::ValidationDetail d = detail(Outcome::Error);
    d.validation.retryState = cycle(TerminalState::Exhausted, 3, 3, 600);
    addHistory(d, 3, now().addSecs(-60), Outcome::Error);

    const CycleTimelinePlan p = CycleTimelinePlan::build(d, nowMs());
    EXPECT_EQ(p.endAtMs, nowMs() - 60'000);
}

TEST_F(CycleTimelinePlanTest, NoPolicy_OnlyTheOriginalRun_AndTheReason) {
    const CycleTimelinePlan p = CycleTimelinePlan::build(detail(Outcome::NotFound), nowMs());
    EXPECT_EQ(p.end, CycleTimelinePlan::End::NotRetrying);
    EXPECT_EQ(p.why, CycleTimelinePlan::Why::NoPolicy);
    ASSERT_EQ(p.made.size(), 1);
    EXPECT_EQ(p.made[0].attempt, 0);
    EXPECT_TRUE(p.planned.isEmpty());
    EXPECT_FALSE(p.endAtMs);
    EXPECT_EQ(p.endLabel, QStringLiteral("No retry policy"));
    expectInsideAxis(p);
    EXPECT_EQ(p.description(Qt::UTC),
              QStringLiteral("Timeline: 1 attempt made; no retry policy is set."));
}

TEST_F(CycleTimelinePlanTest, NoCycle_ReasonsInRetryTimelinesOrder) {
    api::ValidationDetail bulk = detail(Outcome::NotFound);
    bulk.validation.source = Source::BulkImport;
    EXPECT_EQ(CycleTimelinePlan::build(bulk, nowMs()).why, CycleTimelinePlan::Why::BulkImport);
    EXPECT_EQ(CycleTimelinePlan::build(detail(Outcome::Valid), nowMs()).why,
              CycleTimelinePlan::Why::IneligibleOutcome);
    api::ValidationDetail old = detail(Outcome::NotFound);
    old.validation.createdAt = now().addDays(-31);
    const CycleTimelinePlan p = CycleTimelinePlan::build(old, nowMs());
    EXPECT_EQ(p.why, CycleTimelinePlan::Why::TooOld);
    expectInsideAxis(p);
    api::ValidationDetail unknown = detail(Outcome::NotFound);
    RetryState s;
    s.terminalStateText = QStringLiteral("paused");
    unknown.validation.retryState = s;
    EXPECT_EQ(CycleTimelinePlan::build(unknown, nowMs()).why, CycleTimelinePlan::Why::UnknownState);
}

TEST_F(CycleTimelinePlanTest, NullInterval_OnlyTheNextAttemptHasATime) {
    api::ValidationDetail d = detail(Outcome::NotFound);
    RetryState s = cycle(TerminalState::Pending, 1, 4, std::nullopt);
    s.nextAttemptAt = now().addSecs(120);
    d.validation.retryState = s;
    addHistory(d, 1, now().addSecs(-480), Outcome::NotFound);

    const CycleTimelinePlan p = CycleTimelinePlan::build(d, nowMs());
    ASSERT_EQ(p.planned.size(), 1);
    EXPECT_EQ(p.planned[0].atMs, nowMs() + 120'000);
    EXPECT_EQ(p.planned[0].attempt, 2);
    EXPECT_EQ(p.unplaced, 2); // retries 3 and 4: no interval to place them by
    EXPECT_FALSE(p.endAtMs) << "the end is not known without an interval";
    EXPECT_EQ(p.endLabel, QStringLiteral("Stops after retry 4 of 4"));
    EXPECT_TRUE(p.description(Qt::UTC).contains(QStringLiteral("3 planned, next at 12:02 UTC")))
        << qPrintable(p.description(Qt::UTC));
}

TEST_F(CycleTimelinePlanTest, NextAttemptInThePast_IsOverdue_AndTheAxisStillHoldsIt) {
    api::ValidationDetail d = detail(Outcome::Error);
    RetryState s = cycle(TerminalState::Pending, 1, 3, 600);
    s.nextAttemptAt = now().addSecs(-90);
    d.validation.retryState = s;
    addHistory(d, 1, now().addSecs(-690), Outcome::Error);

    const CycleTimelinePlan p = CycleTimelinePlan::build(d, nowMs());
    ASSERT_EQ(p.planned.size(), 2);
    EXPECT_TRUE(p.planned[0].overdue);
    EXPECT_EQ(p.planned[0].atMs, nowMs() - 90'000);
    EXPECT_FALSE(p.planned[1].overdue);
    EXPECT_EQ(p.planned[1].atMs, nowMs() - 90'000 + 10 * kMin);
    expectInsideAxis(p);
    EXPECT_TRUE(p.description(Qt::UTC).contains(QStringLiteral("next overdue since 11:58 UTC")))
        << qPrintable(p.description(Qt::UTC));
}

TEST_F(CycleTimelinePlanTest, NoMaximum_AFewPlanned_OpenEnded) {
    api::ValidationDetail d = detail(Outcome::Error);
    RetryState s = cycle(TerminalState::Pending, 0, 0, 300);
    s.maxRetries.reset();
    s.nextAttemptAt = now().addSecs(300);
    d.validation.retryState = s;

    const CycleTimelinePlan p = CycleTimelinePlan::build(d, nowMs());
    EXPECT_TRUE(p.openEnded);
    EXPECT_EQ(p.planned.size(), CycleTimelinePlan::kOpenEndedShown);
    EXPECT_FALSE(p.planned[0].of);
    EXPECT_FALSE(p.endAtMs);
}

TEST_F(CycleTimelinePlanTest, ALoneAttemptAtNow_StillGetsTheMinimumSpan) {
    api::ValidationDetail d = detail(Outcome::NotFound);
    d.validation.createdAt = now();
    const CycleTimelinePlan p = CycleTimelinePlan::build(d, nowMs());
    EXPECT_GE(p.axisEndMs - p.axisStartMs, CycleTimelinePlan::kMinSpanMs);
    expectInsideAxis(p);
}

TEST(CycleTimelineTicks, RoundSteps_AlignedToTheClock_DaysNamed) {
    const qint64 t0 = QDateTime(QDate(2026, 1, 1), QTime(11, 27), Qt::UTC).toMSecsSinceEpoch();
    const QList<TimelineTick> ticks = timelineTicks(t0, t0 + 40 * kMin, 8 * kMin, Qt::UTC);
    ASSERT_EQ(ticks.size(), 4);
    EXPECT_EQ(ticks[0].label, QStringLiteral("11:30"));
    EXPECT_EQ(ticks[1].label, QStringLiteral("11:40"));
    EXPECT_EQ(ticks[3].label, QStringLiteral("12:00"));
    EXPECT_EQ(ticks[1].ms - ticks[0].ms, 10 * kMin);

    const qint64 evening = QDateTime(QDate(2026, 1, 1), QTime(20, 10), Qt::UTC).toMSecsSinceEpoch();
    const QList<TimelineTick> overMidnight =
        timelineTicks(evening, evening + 8 * 60 * kMin, 100 * kMin, Qt::UTC);
    ASSERT_FALSE(overMidnight.isEmpty());
    EXPECT_EQ(overMidnight[0].label, QStringLiteral("22:00")); // two-hour steps on even hours
    bool sawDay = false;
    for (const TimelineTick &t : overMidnight) {
        if (t.day) {
            EXPECT_EQ(t.label, QStringLiteral("2 Jan"));
            sawDay = true;
        }
    }
    EXPECT_TRUE(sawDay) << "midnight is named by its day";
    EXPECT_TRUE(timelineTicks(t0, t0, kMin, Qt::UTC).isEmpty());
}

TEST(CycleTimelineTicks, TimeText_NamesTheDayOnlyWhenItIsNotNowsDay) {
    const qint64 now = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    EXPECT_EQ(timelineTimeText(now + 10 * kMin, now, Qt::UTC), QStringLiteral("12:10 UTC"));
    EXPECT_EQ(timelineTimeText(now + 24 * 60 * kMin, now, Qt::UTC),
              QStringLiteral("2 Jan 12:00 UTC"));
}

} // namespace
