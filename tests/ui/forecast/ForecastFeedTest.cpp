// ForecastFeed keeps the forecast of a table current: a recompute after the rows change (a burst
// coalesced into one, at most one a second), after the server's minute rolls over, never with
// the result of a pass the rows changed under; stop() pauses it, start() recomputes.
#include "models/ForecastFeed.h"
#include "core/FakeClock.h"
#include "models/ValidationTableModel.h"
#include "unit/models/ValidationFixtures.h"

#include <QPointer>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <map>
#include <vector>

using namespace rd;
using rd::test::kT0;
using rd::test::makeValidation;
using rd::test::pendingState;

namespace {

constexpr qint64 kMin = 60'000;
const QDateTime kStart = kT0.addSecs(30); // 12:00:30 UTC: the buckets start at 12:00
const qint64 kOrigin = kT0.toMSecsSinceEpoch();

// n's cycle: 3 attempts left, 5 minutes apart, the next at 12:00 + minute + 10 s.
Validation pendingAt(int n, int minute) {
    Validation v = makeValidation(n);
    v.retryState = pendingState(0, 3, kT0.addSecs(minute * 60 + 10));
    return v;
}

// A Clock whose event loop is run one turn at a time: turn() fires the timers due now that were
// scheduled before it began (FakeClock::advance also fires the ones they schedule).
class TurnClock final : public Clock {
public:
    Millis monotonicNow() const override { return m_now; }
    QDateTime utcNow() const override { return kStart.addMSecs(m_now.count()); }
    TimerId callAfter(Millis delay, QObject *context, std::function<void()> fn) override {
        const TimerId id = m_next++;
        m_timers.emplace(id, Entry{m_now + std::max(Millis(0), delay), context, std::move(fn)});
        return id;
    }
    void cancel(TimerId id) override { m_timers.erase(id); }
    void advance(Millis d) { m_now += d; }
    // One event-loop turn: fires the timers due now, not the ones they schedule.
    int turn() {
        std::vector<TimerId> due;
        for (const auto &[id, e] : m_timers) {
            if (e.due <= m_now) {
                due.push_back(id);
            }
        }
        int fired = 0;
        for (TimerId id : due) {
            const auto it = m_timers.find(id);
            if (it == m_timers.end()) {
                continue; // cancelled by an earlier one
            }
            Entry e = std::move(it->second);
            m_timers.erase(it);
            if (e.context) {
                e.fn();
                ++fired;
            }
        }
        return fired;
    }

private:
    struct Entry {
        Millis due;
        QPointer<QObject> context;
        std::function<void()> fn;
    };
    Millis m_now{0};
    TimerId m_next = 1;
    std::map<TimerId, Entry> m_timers;
};

class ForecastFeedTest : public ::testing::Test {
protected:
    FakeClock clock{kStart};
    ValidationTableModel model{&clock};
};

TEST_F(ForecastFeedTest, Start_ComputesTheForecastOfTheRows) {
    model.upsert(pendingAt(1, 5));
    ForecastFeed feed(model, clock);
    QSignalSpy updated(&feed, &ForecastFeed::updated);
    EXPECT_FALSE(feed.hasResult());
    feed.start();
    EXPECT_TRUE(feed.isComputing());
    clock.runDue();
    ASSERT_EQ(updated.count(), 1);
    EXPECT_FALSE(feed.isComputing());
    EXPECT_TRUE(feed.hasResult());
    EXPECT_EQ(feed.current().originMs, kOrigin);
    EXPECT_EQ(feed.current().perMinute[5], 1);
    EXPECT_EQ(feed.current().perMinute[10], 1);
    EXPECT_EQ(feed.current().perMinute[15], 1);
    EXPECT_TRUE(feed.current() == forecast(model.store(), model.serverNowMs()));
    EXPECT_TRUE(updated.at(0).at(0).value<ForecastBuckets>() == feed.current());
}

TEST_F(ForecastFeedTest, ModelChange_Recomputes_NoSoonerThanASecondAfterTheLastStart) {
    model.upsert(pendingAt(1, 5));
    ForecastFeed feed(model, clock);
    QSignalSpy updated(&feed, &ForecastFeed::updated);
    feed.start();
    clock.runDue();
    ASSERT_EQ(updated.count(), 1);

    model.upsert(pendingAt(2, 20)); // a new pending cycle, 200 ms after the first pass began
    clock.advance(Millis(200));
    clock.advance(Millis(799));
    EXPECT_EQ(updated.count(), 1) << "within a second of the last start";
    clock.advance(Millis(1));
    ASSERT_EQ(updated.count(), 2);
    EXPECT_EQ(feed.recomputeCount(), 2);
    EXPECT_EQ(feed.current().perMinute[20], 1);

    // After a quiet second, a change is taken at once (next turn).
    clock.advance(Millis(5'000));
    Validation v = pendingAt(2, 20);
    v.retryState->nextAttemptAt = kT0.addSecs(42 * 60);
    model.upsert(v);
    clock.runDue();
    ASSERT_EQ(updated.count(), 3);
    EXPECT_EQ(feed.current().perMinute[20], 0);
    EXPECT_EQ(feed.current().perMinute[42], 1);
}

TEST_F(ForecastFeedTest, MinuteRollover_Recomputes_WithTheNewOrigin) {
    model.upsert(pendingAt(1, 5));
    ForecastFeed feed(model, clock);
    QSignalSpy updated(&feed, &ForecastFeed::updated);
    feed.start();
    clock.runDue();
    ASSERT_EQ(updated.count(), 1);
    clock.advance(Millis(29'999)); // 12:00:59.999
    EXPECT_EQ(updated.count(), 1);
    clock.advance(Millis(1)); // 12:01:00
    ASSERT_EQ(updated.count(), 2);
    EXPECT_EQ(feed.current().originMs, kOrigin + kMin);
    EXPECT_EQ(feed.current().perMinute[4], 1); // 12:05:10 is now the 5th minute
    clock.advance(Millis(60'000));             // and every minute after
    ASSERT_EQ(updated.count(), 3);
    EXPECT_EQ(feed.current().originMs, kOrigin + 2 * kMin);
    EXPECT_EQ(feed.recomputeCount(), 3);
}

TEST_F(ForecastFeedTest, MinuteRollover_FollowsTheServersClock) {
    model.setServerSkew(Millis(20'000)); // the server is 20 s ahead: its minute ends at 12:00:40
    ForecastFeed feed(model, clock);
    feed.start();
    clock.runDue();
    EXPECT_EQ(feed.current().originMs, kOrigin);
    clock.advance(Millis(9'999));
    EXPECT_EQ(feed.current().originMs, kOrigin);
    clock.advance(Millis(1));
    EXPECT_EQ(feed.current().originMs, kOrigin + kMin);
}

TEST_F(ForecastFeedTest, BurstOfChanges_IsOneRecompute) {
    ForecastFeed feed(model, clock);
    QSignalSpy updated(&feed, &ForecastFeed::updated);
    feed.start();
    clock.runDue();
    clock.advance(Millis(5'000));
    const int before = feed.recomputeCount();

    for (int n = 1; n <= 200; ++n) { // 200 upserts, each its own rowsInserted
        model.upsert(pendingAt(n, n % 50));
    }
    clock.advance(Millis(10'000));
    EXPECT_EQ(feed.recomputeCount(), before + 1);
    EXPECT_EQ(updated.count(), 2);
    EXPECT_EQ(feed.current().cycles, 200);

    // Changes every 100 ms for 3 s: at most one start a second.
    const int spreadBefore = feed.recomputeCount();
    for (int k = 0; k < 30; ++k) {
        Validation v = pendingAt(1 + k, 3);
        model.upsert(v);
        clock.advance(Millis(100));
    }
    clock.advance(Millis(2'000));
    EXPECT_LE(feed.recomputeCount() - spreadBefore, 4);
    EXPECT_GE(feed.recomputeCount() - spreadBefore, 3);
    EXPECT_TRUE(feed.current() == forecast(model.store(), model.serverNowMs()));
}

TEST_F(ForecastFeedTest, Stop_PausesEverything_StartRecomputes) {
    model.upsert(pendingAt(1, 5));
    ForecastFeed feed(model, clock);
    QSignalSpy updated(&feed, &ForecastFeed::updated);
    feed.start();
    clock.runDue();
    ASSERT_EQ(updated.count(), 1);
    feed.stop();
    EXPECT_FALSE(feed.isActive());
    EXPECT_EQ(clock.pendingTimers(), 0);
    model.upsert(pendingAt(2, 7));
    clock.advance(Millis(180'000)); // changes and minutes pass unseen
    EXPECT_EQ(updated.count(), 1);
    EXPECT_EQ(feed.current().originMs, kOrigin);

    feed.start();
    clock.runDue();
    ASSERT_EQ(updated.count(), 2);
    EXPECT_EQ(feed.current().originMs, kOrigin + 3 * kMin);
    EXPECT_TRUE(feed.current() == forecast(model.store(), model.serverNowMs()));
}

// The job reads the store between event-loop turns: rows that change under it (here removed, so
// the store compacts and later rows move to other slots) void the pass; the restart is the one
// whose result is published.
TEST(ForecastFeedTurns, RowsChangedDuringAPass_RestartsIt) {
    TurnClock clock;
    ValidationTableModel model(&clock);
    for (int n = 1; n <= 40; ++n) {
        model.upsert(pendingAt(n, n % 60));
    }
    ForecastFeed feed(model, clock);
    feed.setSliceRows(5); // 8 turns for 40 rows
    QSignalSpy updated(&feed, &ForecastFeed::updated);
    QSignalSpy computing(&feed, &ForecastFeed::computingChanged);
    feed.start();
    clock.turn();
    clock.turn();
    clock.turn(); // 15 rows read
    for (int n = 1; n <= 12; ++n) {
        model.remove(makeValidation(n).id); // a quarter: compacted
    }
    ASSERT_LT(model.store().size(), 40u); // compacted: rows moved to other slots
    ASSERT_EQ(model.store().liveCount(), 28u);
    for (int i = 0; i < 20; ++i) {
        clock.turn();
    }
    EXPECT_EQ(updated.count(), 0) << "the pass under way is void";
    EXPECT_TRUE(feed.isComputing());
    clock.advance(Millis(1'000)); // the restart waits a second from the last start
    for (int i = 0; i < 20; ++i) {
        clock.turn();
    }
    ASSERT_EQ(updated.count(), 1);
    EXPECT_EQ(feed.recomputeCount(), 2);
    EXPECT_EQ(feed.current().cycles, 28);
    EXPECT_TRUE(feed.current() == forecast(model.store(), model.serverNowMs()));
    EXPECT_FALSE(feed.isComputing());
    EXPECT_EQ(computing.count(), 2); // on once, off once
}

TEST(ForecastFeedTurns, ModelDestroyed_StopsThePass) {
    TurnClock clock;
    auto model = std::make_unique<ValidationTableModel>(&clock);
    for (int n = 1; n <= 20; ++n) {
        model->upsert(pendingAt(n, 1));
    }
    ForecastFeed feed(*model, clock);
    feed.setSliceRows(5);
    feed.start();
    clock.turn();
    model.reset();
    for (int i = 0; i < 10; ++i) {
        clock.turn(); // no read of the freed store (ASan would say)
    }
    EXPECT_FALSE(feed.isActive());
    EXPECT_FALSE(feed.hasResult());
}

} // namespace
