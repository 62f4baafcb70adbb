#include "sandbox/ScaledClock.h"

#include <cmath>

namespace rd::sandbox {

ScaledClock::ScaledClock(Clock &base, double scale)
    : m_base(base)
    , m_scale(scale > 0 ? scale : 1.0)
    , m_startMonotonic(base.monotonicNow())
    , m_startUtc(base.utcNow()) {}

Millis ScaledClock::scaledElapsed() const {
    return Millis(qint64(double((m_base.monotonicNow() - m_startMonotonic).count()) * m_scale));
}

Millis ScaledClock::monotonicNow() const {
    return m_startMonotonic + scaledElapsed();
}

QDateTime ScaledClock::utcNow() const {
    return m_startUtc.addMSecs(scaledElapsed().count());
}

Clock::TimerId ScaledClock::callAfter(Millis delay, QObject *context, std::function<void()> fn) {
    const auto real = Millis(qint64(std::ceil(double(delay.count()) / m_scale)));
    return m_base.callAfter(real, context, std::move(fn));
}

} // namespace rd::sandbox
