// ScaledClock: a Clock on which N seconds pass per real second (the tool's --time-scale N).
#pragma once

#include "core/Clock.h"

namespace rd::sandbox {

// Lets a demo watch retry cycles with 5-minute intervals in seconds. Time starts at the base
// clock's now and runs `scale` times faster; timers wait delay / scale on the base clock.
class ScaledClock final : public Clock {
public:
    ScaledClock(Clock &base, double scale);

    Millis monotonicNow() const override;
    QDateTime utcNow() const override;
    TimerId callAfter(Millis delay, QObject *context, std::function<void()> fn) override;
    void cancel(TimerId id) override { m_base.cancel(id); }
    double scale() const { return m_scale; }

private:
    Millis scaledElapsed() const;

    Clock &m_base;
    double m_scale;
    Millis m_startMonotonic;
    QDateTime m_startUtc;
};

} // namespace rd::sandbox
