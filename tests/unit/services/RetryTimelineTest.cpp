// RetryTimeline: each attempt with eligibility and attempts left, and the explicit reason a cycle
// will not retry; the policy preview's times.
#include "services/RetryTimeline.h"

#include <gtest/gtest.h>

using namespace rd;

namespace {

const QDateTime kNow(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);

api::ValidationDetail detail(Outcome outcome, std::optional<TerminalState> state,
                             Source source = Source::Api, qint64 ageSeconds = 3600) {
    api::ValidationDetail d;
    d.validation.id = QStringLiteral("0000000a-0000-4000-8000-000000000001");
    d.validation.outcome = outcome;
    d.validation.source = source;
    d.validation.createdAt = kNow.addSecs(-ageSeconds);
    if (state) {
        RetryState rs;
        rs.enabled = true;
        rs.maxRetries = 3;
        rs.intervalSeconds = 600;
        rs.outcomes = QList<Outcome>{Outcome::NotFound, Outcome::Error};
        rs.terminalState = state;
        d.validation.retryState = rs;
    }
    return d;
}

TEST(RetryTimeline, History_GivesEachAttemptItsEligibilityAndAttemptsLeft) {
    auto d = detail(Outcome::CepUnavailable, TerminalState::Exhausted);
    d.history = {{1, kNow.addSecs(-1200), Outcome::NotFound, {}},
                 {2, kNow.addSecs(-600), Outcome::Error, {}},
                 {3, kNow, Outcome::CepUnavailable, {}}};
    const RetryTimeline t = RetryTimeline::build(d, kNow);
    ASSERT_EQ(t.entries.size(), 3);
    EXPECT_TRUE(t.entries[0].eligible);
    EXPECT_EQ(t.entries[0].remaining, 2);
    EXPECT_EQ(t.entries[2].remaining, 0);
    EXPECT_FALSE(t.entries[2].eligible) << "cep_unavailable is not in this policy's outcomes";
    EXPECT_EQ(t.stop, RetryTimeline::Stop::Exhausted);
    EXPECT_TRUE(t.stopText().contains(QStringLiteral("exhausted")));
}

TEST(RetryTimeline, Pending_HasANextAttemptAndNoStopReason) {
    auto d = detail(Outcome::NotFound, TerminalState::Pending);
    d.validation.retryState->nextAttemptAt = kNow.addSecs(300);
    const RetryTimeline t = RetryTimeline::build(d, kNow);
    EXPECT_EQ(t.stop, RetryTimeline::Stop::None);
    EXPECT_EQ(t.nextAttemptAt, kNow.addSecs(300));
    EXPECT_TRUE(t.stopText().isEmpty());
}

TEST(RetryTimeline, EveryReasonNotToRetry_IsNamed) {
    EXPECT_EQ(RetryTimeline::build(detail(Outcome::Valid, TerminalState::Resolved), kNow).stop,
              RetryTimeline::Stop::Resolved);
    EXPECT_EQ(RetryTimeline::build(detail(Outcome::Error, TerminalState::Cancelled), kNow).stop,
              RetryTimeline::Stop::Cancelled);
    EXPECT_EQ(RetryTimeline::build(detail(Outcome::Valid, std::nullopt), kNow).stop,
              RetryTimeline::Stop::IneligibleOutcome);
    EXPECT_EQ(
        RetryTimeline::build(detail(Outcome::Error, std::nullopt, Source::BulkImport), kNow).stop,
        RetryTimeline::Stop::BulkImport);
    EXPECT_EQ(RetryTimeline::build(detail(Outcome::Error, std::nullopt, Source::Api,
                                          RetryTimeline::kAssumedMaxAgeSeconds + 1),
                                   kNow)
                  .stop,
              RetryTimeline::Stop::TooOld);
    EXPECT_EQ(RetryTimeline::build(detail(Outcome::Error, std::nullopt), kNow).stop,
              RetryTimeline::Stop::NoPolicy);
}

TEST(RetryTimeline, Preview_StopsAtMaxRetriesCountingAttemptsAlreadyMade) {
    RetryPolicy p;
    p.enabled = true;
    p.maxRetries = 3;
    p.intervalSeconds = 600;
    p.outcomes = kRetryableOutcomes;
    EXPECT_EQ(RetryTimeline::preview(p, kNow, 1),
              (QList<QDateTime>{kNow.addSecs(600), kNow.addSecs(1200)}));
    p.enabled = false;
    EXPECT_TRUE(RetryTimeline::preview(p, kNow).isEmpty());
}

} // namespace
