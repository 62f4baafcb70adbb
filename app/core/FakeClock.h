// FakeClock: a Clock that only moves when a test says so.
#pragma once

#include "core/Clock.h"

#include <QPointer>
#include <QTimeZone>

#include <map>

namespace rd {

class FakeClock final : public Clock {
public:
    explicit FakeClock(QDateTime utcStart = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC));

    Millis monotonicNow() const override { return m_monotonic; }
    QDateTime utcNow() const override { return m_utcStart.addMSecs(m_monotonic.count() + m_wallShift.count()); }
    TimerId callAfter(Millis delay, QObject *context, std::function<void()> fn) override;
    void cancel(TimerId id) override;

    // Moves time forward by d, firing every timer that falls due, in due order, with now set to
    // each timer's due time while it runs (timers it schedules fire too if they fall within d).
    void advance(Millis d);
    // Fires due timers (those with delay <= 0) without moving time.
    void runDue() { advance(Millis(0)); }
    // Moves only the wall clock (as a user or NTP would); monotonic time and timers are untouched.
    void shiftWallClock(Millis d) { m_wallShift += d; }

    int pendingTimers() const { return int(m_timers.size()); }
    // Monotonic time at which the earliest pending timer fires, or -1 ms when none is pending.
    Millis nextDue() const;
    // Advances straight to the next pending timer and fires it; false when none is pending.
    bool fireNext();

private:
    struct Entry {
        TimerId id;
        QPointer<QObject> context;
        bool hadContext;
        std::function<void()> fn;
    };
    QDateTime m_utcStart;
    Millis m_monotonic{0};
    Millis m_wallShift{0};
    TimerId m_nextId = 1;
    std::multimap<std::pair<Millis, TimerId>, Entry> m_timers;
};

} // namespace rd
