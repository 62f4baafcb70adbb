#include "core/FakeClock.h"

#include <gtest/gtest.h>

using namespace rd;
using namespace std::chrono_literals;

TEST(FakeClock, TimersFireInDueOrder_WithNowAtTheirDueTime)
{
    FakeClock clock;
    QObject ctx;
    std::vector<std::pair<int, qint64>> fired;
    clock.callAfter(300ms, &ctx, [&] { fired.push_back({3, clock.monotonicNow().count()}); });
    clock.callAfter(100ms, &ctx, [&] { fired.push_back({1, clock.monotonicNow().count()}); });
    clock.callAfter(200ms, &ctx, [&] { fired.push_back({2, clock.monotonicNow().count()}); });
    clock.advance(250ms);
    ASSERT_EQ(fired.size(), 2u);
    EXPECT_EQ(fired[0], (std::pair<int, qint64>{1, 100}));
    EXPECT_EQ(fired[1], (std::pair<int, qint64>{2, 200}));
    EXPECT_EQ(clock.monotonicNow(), 250ms);
    clock.advance(50ms);
    EXPECT_EQ(fired.size(), 3u);
}

TEST(FakeClock, TimerScheduledByATimer_FiresWithinTheSameAdvance)
{
    FakeClock clock;
    QObject ctx;
    int count = 0;
    clock.callAfter(10ms, &ctx, [&] {
        ++count;
        clock.callAfter(10ms, &ctx, [&] { ++count; });
    });
    clock.advance(25ms);
    EXPECT_EQ(count, 2);
}

TEST(FakeClock, CancelledTimer_DoesNotFire)
{
    FakeClock clock;
    QObject ctx;
    bool fired = false;
    const auto id = clock.callAfter(10ms, &ctx, [&] { fired = true; });
    clock.cancel(id);
    clock.advance(1s);
    EXPECT_FALSE(fired);
}

TEST(FakeClock, DestroyedContext_DropsItsTimers)
{
    FakeClock clock;
    bool fired = false;
    {
        QObject ctx;
        clock.callAfter(10ms, &ctx, [&] { fired = true; });
    }
    clock.advance(1s);
    EXPECT_FALSE(fired);
}

TEST(FakeClock, ShiftingTheWallClock_LeavesMonotonicTimeAndTimersAlone)
{
    FakeClock clock;
    QObject ctx;
    bool fired = false;
    clock.callAfter(1s, &ctx, [&] { fired = true; });
    const QDateTime wall = clock.utcNow();
    clock.shiftWallClock(-1h);
    EXPECT_EQ(clock.utcNow(), wall.addSecs(-3600));
    EXPECT_EQ(clock.monotonicNow(), 0ms);
    EXPECT_FALSE(fired);
    clock.advance(1s);
    EXPECT_TRUE(fired);
}

TEST(FakeClock, FireNext_JumpsToTheEarliestTimer)
{
    FakeClock clock;
    QObject ctx;
    clock.callAfter(5s, &ctx, [] {});
    EXPECT_EQ(clock.nextDue(), 5s);
    EXPECT_TRUE(clock.fireNext());
    EXPECT_EQ(clock.monotonicNow(), 5s);
    EXPECT_FALSE(clock.fireNext());
}
