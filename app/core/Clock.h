// Clock: the one source of time and of timers for everything that waits or schedules.
#pragma once

#include <QDateTime>
#include <QObject>

#include <chrono>
#include <functional>

namespace rd {

using Millis = std::chrono::milliseconds;

// Injected wherever code measures durations, reads wall time or waits. SystemClock is the real
// one; FakeClock lets tests move time by hand, so retries and countdowns never sleep in tests.
class Clock {
public:
    using TimerId = quint64;

    virtual ~Clock();

    // Monotonic time since an arbitrary epoch; never jumps when the wall clock is changed.
    virtual Millis monotonicNow() const = 0;
    // Wall-clock time, UTC.
    virtual QDateTime utcNow() const = 0;

    // Calls fn once, after delay, on context's thread, unless cancelled first or context is
    // destroyed. Returns an id for cancel(). A delay <= 0 fires on the next event-loop turn
    // (SystemClock) or on the next advance() (FakeClock), never synchronously.
    virtual TimerId callAfter(Millis delay, QObject *context, std::function<void()> fn) = 0;
    virtual void cancel(TimerId id) = 0;
};

} // namespace rd
