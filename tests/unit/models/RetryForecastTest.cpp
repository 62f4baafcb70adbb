// The retry forecast: attempts due per minute over the next hour and per hour over the next day,
// for a fixed fake time and a known set of cycles; the sliced job agrees with the whole pass.
#include "models/RetryForecast.h"
#include "core/FakeClock.h"
#include "models/ValidationFilter.h"
#include "models/ValidationRowStore.h"
#include "models/WireParse.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace rd;

namespace {

// 2026-01-01 12:00:30 UTC: the buckets start at 12:00:00.
const qint64 kNow = 1767268830000;
const qint64 kOrigin = 1767268800000;
constexpr qint64 kMin = 60'000;
constexpr qint64 kHour = 60 * kMin;

ValidationRow pending(quint64 n, qint64 nextMs, int intervalSeconds, int maxRetries,
                      int attemptsDone) {
    ValidationRow r;
    r.idHi = 0x0000000a00004000ULL;
    r.idLo = 0x8000000000000000ULL + n;
    r.flags = ValidationRow::HasRetryState | ValidationRow::Enabled;
    r.terminal = 1; // pending
    r.nextAttemptMs = nextMs;
    r.intervalSeconds = intervalSeconds;
    r.maxRetries = qint16(maxRetries);
    r.attemptsCompleted = quint16(attemptsDone);
    return r;
}

ValidationRowStore knownSet() {
    ValidationRowStore store;
    // 3 attempts 10 minutes apart: minutes 5, 15, 25.
    store.append(pending(1, kOrigin + 5 * kMin + 10'000, 600, 3, 0), "A");
    // 3 left, hourly: minute 59 of hour 0, then hours 1 and 2.
    store.append(pending(2, kOrigin + 59 * kMin + 59'000, 3600, 5, 2), "B");
    // Overdue, no interval: one attempt, now (minute 0).
    store.append(pending(3, kOrigin - 10 * kMin, -1, -1, 0), "C");
    // At the end of the day: only the first of its attempts falls inside it.
    store.append(pending(4, kOrigin + 23 * kHour + 59 * kMin, 300, 10, 0), "D");
    // Not counted: no next attempt; a resolved cycle; beyond the day.
    store.append(pending(5, ValidationRow::kNullTime, 600, 3, 0), "E");
    ValidationRow resolved = pending(6, kOrigin + 2 * kMin, 600, 3, 1);
    resolved.terminal = 2;
    store.append(resolved, "F");
    store.append(pending(7, kOrigin + 25 * kHour, 600, 3, 0), "G");
    return store;
}

TEST(RetryForecast, KnownSet_AttemptsPerMinuteAndPerHour) {
    const ValidationRowStore store = knownSet();
    const ForecastBuckets b = forecast(store, kNow);
    EXPECT_EQ(b.originMs, kOrigin);
    std::array<int, 60> minutes{};
    minutes[0] = 1;  // C, overdue
    minutes[5] = 1;  // A
    minutes[15] = 1; // A
    minutes[25] = 1; // A
    minutes[59] = 1; // B
    EXPECT_EQ(b.perMinute, minutes);
    std::array<int, 24> hours{};
    hours[0] = 5;  // A ×3, B, C
    hours[1] = 1;  // B
    hours[2] = 1;  // B
    hours[23] = 1; // D's first; its next is past the day
    EXPECT_EQ(b.perHour, hours);
    EXPECT_EQ(b.cycles, 4);
    EXPECT_EQ(b.overdue, 1);
    EXPECT_EQ(b.peakMinute(), 0);
}

TEST(RetryForecast, SlicedJob_AgreesWithTheWholePass) {
    const ValidationRowStore store = knownSet();
    FakeClock clock;
    RetryForecastJob job(store, clock);
    job.setSliceRows(2);
    QSignalSpy done(&job, &RetryForecastJob::finished);
    job.start(kNow);
    int turns = 0;
    while (job.isRunning() && turns < 100) {
        clock.advance(Millis(0));
        ++turns;
    }
    ASSERT_EQ(done.count(), 1);
    EXPECT_FALSE(job.isRunning());
    EXPECT_TRUE(job.result() == forecast(store, kNow));
}

TEST(RetryForecast, RestartedJob_AbandonsTheRunUnderWay) {
    const ValidationRowStore store = knownSet();
    FakeClock clock;
    RetryForecastJob job(store, clock);
    job.setSliceRows(1);
    QSignalSpy done(&job, &RetryForecastJob::finished);
    job.start(kNow);
    job.start(kNow + kHour); // the buckets moved before the first slice ran: start over
    while (job.isRunning()) {
        clock.advance(Millis(0));
    }
    ASSERT_EQ(done.count(), 1);
    EXPECT_EQ(job.result().originMs, ForecastBuckets::floorToMinute(kNow + kHour));
    EXPECT_TRUE(job.result() == forecast(store, kNow + kHour));
}

// Clicking a bar filters the table to its cycles: for every bucket, the rows the due-window filter
// passes are exactly those with an attempt the forecast counted in that bucket.
TEST(RetryForecast, BucketFilter_SelectsTheCyclesCountedInTheBar) {
    const ValidationRowStore store = knownSet();
    const auto rowsIn = [&](qint64 from, qint64 to) {
        ValidationFilter f;
        f.dueOriginMs = kOrigin;
        f.dueFromMs = from;
        f.dueToMs = to;
        EXPECT_FALSE(f.isEmpty());
        std::vector<quint64> ns;
        for (quint32 slot : ValidationFilterMatcher(f, store, kNow).selectAll()) {
            ns.push_back(store.row(slot).idLo - 0x8000000000000000ULL);
        }
        return ns;
    };
    using V = std::vector<quint64>;
    EXPECT_EQ(rowsIn(kOrigin, kOrigin + kMin), V({3}));                  // C, overdue
    EXPECT_EQ(rowsIn(kOrigin + 15 * kMin, kOrigin + 16 * kMin), V({1})); // A's second
    EXPECT_EQ(rowsIn(kOrigin + 16 * kMin, kOrigin + 25 * kMin), V{});    // between A's attempts
    EXPECT_EQ(rowsIn(kOrigin + 59 * kMin, kOrigin + kHour), V({2}));
    EXPECT_EQ(rowsIn(kOrigin, kOrigin + kHour), V({1, 2, 3}));
    EXPECT_EQ(rowsIn(kOrigin + kHour, kOrigin + 2 * kHour), V({2}));  // B's 2nd
    EXPECT_EQ(rowsIn(kOrigin + 3 * kHour, kOrigin + 4 * kHour), V{}); // B has no 4th attempt
    EXPECT_EQ(rowsIn(kOrigin + 23 * kHour, kOrigin + 24 * kHour), V({4}));

    // Each bar's rows agree with its count when each cycle has one attempt in it.
    const ForecastBuckets b = forecast(store, kNow);
    for (int m = 0; m < ForecastBuckets::kMinutes; ++m) {
        EXPECT_EQ(int(rowsIn(kOrigin + m * kMin, kOrigin + (m + 1) * kMin).size()),
                  b.perMinute[std::size_t(m)])
            << "minute " << m;
    }
}

TEST(RetryForecast, WatchedFilter_PassesOnlyTheWatchedIds) {
    const ValidationRowStore store = knownSet();
    ValidationFilter f;
    f.watchedOnly = true;
    f.watchedIds = {WireParse::uuidText(0x0000000a00004000ULL, 0x8000000000000002ULL),
                    WireParse::uuidText(0x0000000a00004000ULL, 0x8000000000000006ULL).toUpper(),
                    QStringLiteral("not-a-uuid")};
    std::vector<quint32> picked = ValidationFilterMatcher(f, store, kNow).selectAll();
    ASSERT_EQ(picked.size(), 2u);
    EXPECT_EQ(store.row(picked[0]).idLo, 0x8000000000000002ULL);
    EXPECT_EQ(store.row(picked[1]).idLo, 0x8000000000000006ULL);
    ValidationFilter none;
    none.watchedOnly = true; // nothing watched: nothing shown
    EXPECT_TRUE(ValidationFilterMatcher(none, store, kNow).selectAll().empty());
    EXPECT_TRUE(f.narrows(ValidationFilter{}));
    EXPECT_FALSE(ValidationFilter{}.narrows(f));
}

} // namespace
