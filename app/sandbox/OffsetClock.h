// OffsetClock: the sandbox's own wall clock, N seconds ahead of or behind the injected Clock.
#pragma once

#include "core/Clock.h"

namespace rd::sandbox {

// The "server clock offset" fault: the Date header and every timestamp the server writes move by
// the offset, while timers keep the base clock's pace, so clients must correct for skew.
class OffsetClock final : public Clock {
public:
    explicit OffsetClock(Clock &base)
        : m_base(base) {}
    void setOffsetSeconds(qint64 s) { m_offsetSeconds = s; }
    qint64 offsetSeconds() const { return m_offsetSeconds; }

    Millis monotonicNow() const override { return m_base.monotonicNow(); }
    QDateTime utcNow() const override { return m_base.utcNow().addSecs(m_offsetSeconds); }
    TimerId callAfter(Millis delay, QObject *context, std::function<void()> fn) override {
        return m_base.callAfter(delay, context, std::move(fn));
    }
    void cancel(TimerId id) override { m_base.cancel(id); }

private:
    Clock &m_base;
    qint64 m_offsetSeconds = 0;
};

} // namespace rd::sandbox
