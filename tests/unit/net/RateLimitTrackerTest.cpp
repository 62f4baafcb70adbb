// RateLimitTracker: seed 003's X-RateLimit-* headers pace requests, and background work is a guest
// in the key's rate limit — at most half of a window, never its last request.
#include "core/FakeClock.h"
#include "net/RateLimitTracker.h"

#include <gtest/gtest.h>

using namespace rd;
using namespace rd::net;

namespace {

const QString kHost = QStringLiteral("api.example:443");

Headers window(int limit, int remaining, qint64 reset) {
    return {{"X-RateLimit-Limit", QByteArray::number(limit)},
            {"X-RateLimit-Remaining", QByteArray::number(remaining)},
            {"X-RateLimit-Reset", QByteArray::number(reset)}};
}

class RateLimitTrackerTest : public ::testing::Test {
protected:
    // The answer to a request sent now, with `remaining` left in a 60 s window ending at :60.
    void answer(int limit, int remaining) {
        m_tracker.update(kHost, window(limit, remaining, m_reset), m_clock.utcNow());
    }
    void send(Priority p) {
        ASSERT_EQ(m_tracker.delayBeforeSend(kHost, p), Millis(0));
        m_tracker.noteSend(kHost, p);
        m_tracker.noteAnswered(kHost, p);
    }
    FakeClock m_clock; // 2026-01-01 12:00:00 UTC
    qint64 m_reset = m_clock.utcNow().toSecsSinceEpoch() + 60;
    RateLimitTracker m_tracker{m_clock};
};

TEST_F(RateLimitTrackerTest, Background_TakesAtMostHalfOfTheWindow_ThenWaitsForTheReset) {
    answer(60, 59);
    for (int i = 0; i < 30; ++i) {
        send(Priority::Background);
    }
    EXPECT_EQ(m_tracker.backgroundSent(kHost), 30);
    EXPECT_EQ(m_tracker.delayBeforeSend(kHost, Priority::Background), Millis(60'000));
    EXPECT_EQ(m_tracker.delayBeforeSend(kHost, Priority::User), Millis(0)) << "the user's half";
}

TEST_F(RateLimitTrackerTest, TheWindowsLastRequest_IsTheUsers) {
    answer(60, 1);
    EXPECT_EQ(m_tracker.delayBeforeSend(kHost, Priority::Background), Millis(60'000));
    EXPECT_EQ(m_tracker.delayBeforeSend(kHost, Priority::User), Millis(0));
    send(Priority::User);
    EXPECT_EQ(m_tracker.delayBeforeSend(kHost, Priority::User), Millis(60'000)) << "spent";
}

TEST_F(RateLimitTrackerTest, ANewWindow_GivesBackgroundItsShareAgain) {
    answer(10, 9);
    for (int i = 0; i < 5; ++i) {
        send(Priority::Background);
    }
    EXPECT_GT(m_tracker.delayBeforeSend(kHost, Priority::Background), Millis(0));
    m_clock.advance(Millis(60'000));
    m_reset += 60;
    EXPECT_EQ(m_tracker.delayBeforeSend(kHost, Priority::Background), Millis(0));
    m_tracker.noteSend(kHost, Priority::Background); // its answer opens the new window
    answer(10, 9);
    EXPECT_EQ(m_tracker.backgroundSent(kHost), 1) << "the request counts in the window it opened";
}

TEST_F(RateLimitTrackerTest, BeforeAnyWindowIsKnown_BackgroundGoesOneAtATime) {
    EXPECT_EQ(m_tracker.delayBeforeSend(kHost, Priority::Background), Millis(0));
    m_tracker.noteSend(kHost, Priority::Background);
    EXPECT_EQ(m_tracker.delayBeforeSend(kHost, Priority::Background),
              RateLimitTracker::kUnknownWindowRecheck);
    EXPECT_EQ(m_tracker.delayBeforeSend(kHost, Priority::User), Millis(0));
    // A server that sends no rate-limit headers: the answer lets the next one go.
    m_tracker.noteAnswered(kHost, Priority::Background);
    EXPECT_EQ(m_tracker.delayBeforeSend(kHost, Priority::Background), Millis(0));
}

TEST_F(RateLimitTrackerTest, BrokenResetHeaders_AreIgnored) {
    // Found by fuzzing (tests/fuzz/regressions/retry_after): a reset near -2^63 overflowed the
    // subtraction, and a reset of 0 left "-1 left" behind.
    for (const char *reset : {"-9223372036854775808", "9223372036854775807", "0", "-5"}) {
        RateLimitTracker t(m_clock);
        t.update(kHost,
                 {{"X-RateLimit-Limit", "60"},
                  {"X-RateLimit-Remaining", "1"},
                  {"X-RateLimit-Reset", reset}},
                 QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC));
        EXPECT_FALSE(t.remaining(kHost)) << reset;
        EXPECT_EQ(t.delayBeforeSend(kHost, Priority::User), Millis(0)) << reset;
    }
}

} // namespace

namespace {

// docs/bulk.md: a bulk run may use the window except the last twentieth, kept for the user's own
// actions; the user's requests still go until the window is spent.
TEST_F(RateLimitTrackerTest, Bulk_LeavesTheWindowsLastTwentiethToTheUser) {
    answer(60, 60);
    EXPECT_EQ(RateLimitTracker::bulkReserve(60), 3);
    for (int i = 0; i < 57; ++i) {
        send(Priority::Bulk);
    }
    EXPECT_EQ(m_tracker.remaining(kHost), 3);
    EXPECT_GT(m_tracker.delayBeforeSend(kHost, Priority::Bulk), Millis(0));
    EXPECT_LE(m_tracker.delayBeforeSend(kHost, Priority::Bulk), Millis(60000));
    for (int i = 0; i < 3; ++i) {
        send(Priority::User); // the user's actions do not queue behind the run
    }
    EXPECT_GT(m_tracker.delayBeforeSend(kHost, Priority::User), Millis(0));
}

TEST_F(RateLimitTrackerTest, Bulk_GoesWhileNoWindowIsKnown_AndDoesNotSpendBackgroundsShare) {
    EXPECT_EQ(m_tracker.delayBeforeSend(kHost, Priority::Bulk), Millis(0));
    answer(60, 40);
    send(Priority::Bulk);
    EXPECT_EQ(m_tracker.backgroundSent(kHost), 0);
    EXPECT_EQ(RateLimitTracker::bulkReserve(10), 1);
}

} // namespace
