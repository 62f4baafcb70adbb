#include "ValidationFixtures.h"

#include "core/FakeClock.h"
#include "models/CountdownFormatter.h"
#include "models/ValidationTableModel.h"

#include <gtest/gtest.h>

using namespace rd;
using namespace rd::test;

namespace {

QString countdown(const ValidationTableModel &m, int row = 0) {
    return m.data(m.index(row, int(ValidationColumn::NextAttempt))).toString();
}

// One pending validation whose next attempt is `next` (server time).
ValidationTableModel &withPending(ValidationTableModel &m, QDateTime next) {
    Validation v = makeValidation(1);
    v.retryState = pendingState(1, 5, next);
    m.upsert(v);
    return m;
}

} // namespace

TEST(CountdownFormatter, Remaining_ReadsAsMinutesAndSeconds_RoundedUp) {
    EXPECT_EQ(CountdownFormatter::remainingText(252000).toStdString(), "in 4 min 12 s");
    EXPECT_EQ(CountdownFormatter::remainingText(251001).toStdString(), "in 4 min 12 s");
    EXPECT_EQ(CountdownFormatter::remainingText(1).toStdString(), "in 1 s");
    EXPECT_EQ(CountdownFormatter::remainingText(300000).toStdString(), "in 5 min");
    EXPECT_EQ(CountdownFormatter::remainingText(3900000).toStdString(), "in 1 h 5 min");
    EXPECT_EQ(CountdownFormatter::remainingText(97200000).toStdString(), "in 1 d 3 h");
}

TEST(CountdownFormatter, AtFixedFakeTimes_TheCellReadsFutureThenDueThenRetrying) {
    FakeClock clock(kT0);
    ValidationTableModel model(&clock);
    withPending(model, kT0.addSecs(252));
    EXPECT_EQ(countdown(model).toStdString(), "in 4 min 12 s");
    clock.advance(Millis(252000));
    EXPECT_EQ(countdown(model).toStdString(), "due now");
    clock.advance(Millis(CountdownFormatter::kDueNowWindowMs));
    EXPECT_EQ(countdown(model).toStdString(), "retrying…");
}

TEST(CountdownFormatter, TerminalRow_HasNoCountdown) {
    EXPECT_TRUE(CountdownFormatter::text(ValidationRow::kNullTime, false, 0).isEmpty());
    EXPECT_EQ(CountdownFormatter::phase(1000, false, 100000), CountdownFormatter::Phase::DueNow);
}

TEST(CountdownFormatter, ServerNinetySecondsAhead_CountdownUsesServerTime) {
    // The server's clock reads kT0 + 90 s while ours reads kT0; it schedules 5 min ahead of its
    // own.
    FakeClock clock(kT0);
    ValidationTableModel model(&clock);
    withPending(model, kT0.addSecs(90 + 300));
    EXPECT_EQ(countdown(model).toStdString(), "in 6 min 30 s"); // uncorrected: wrong by 90 s
    const auto skew =
        ServerTime::skewFromDateHeader("Thu, 01 Jan 2026 12:01:30 GMT", kT0.toMSecsSinceEpoch());
    ASSERT_TRUE(skew.has_value());
    EXPECT_EQ(skew->count(), 90000);
    model.setServerSkew(*skew);
    EXPECT_EQ(countdown(model).toStdString(), "in 5 min");
    clock.advance(Millis(300000));
    EXPECT_EQ(countdown(model).toStdString(), "due now");
}

TEST(CountdownFormatter, DateHeaderWithinASecond_IsNotSkew) {
    const auto skew = ServerTime::skewFromDateHeader("Thu, 01 Jan 2026 12:00:00 GMT",
                                                     kT0.toMSecsSinceEpoch() + 600);
    ASSERT_TRUE(skew.has_value());
    EXPECT_EQ(skew->count(), 0);
    EXPECT_FALSE(ServerTime::skewFromDateHeader("yesterday", 0).has_value());
}

TEST(CountdownFormatter, Tooltip_GivesTheAbsoluteTimeInUtcWhenAsked) {
    EXPECT_EQ(
        CountdownFormatter::tooltip(kT0.addSecs(252).toMSecsSinceEpoch(), Qt::UTC).toStdString(),
        "Next attempt at 2026-01-01 12:04:12 UTC (server time)");
}

TEST(CountdownFormatter, NextChange_IsAtTheNextWholeSecondOfRemainingTime) {
    EXPECT_EQ(CountdownFormatter::msUntilChange(4500, true, 0), 500);
    EXPECT_EQ(CountdownFormatter::msUntilChange(4000, true, 0), 1000);
    EXPECT_EQ(CountdownFormatter::msUntilChange(0, true, 1000),
              CountdownFormatter::kDueNowWindowMs - 1000);
    EXPECT_EQ(CountdownFormatter::msUntilChange(ValidationRow::kNullTime, false, 0), -1);
}
