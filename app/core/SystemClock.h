// SystemClock: the real Clock (steady clock, system time, QTimer-backed timers).
#pragma once

#include "core/Clock.h"

#include <QHash>
#include <QPointer>
#include <QTimer>

namespace rd {

class SystemClock final : public Clock {
public:
    SystemClock();
    ~SystemClock() override;

    Millis monotonicNow() const override;
    QDateTime utcNow() const override;
    TimerId callAfter(Millis delay, QObject *context, std::function<void()> fn) override;
    void cancel(TimerId id) override;

    // A process-wide instance for production wiring (main.cpp); tests construct their own clocks.
    static SystemClock *instance();

private:
    QHash<TimerId, QPointer<QTimer>> m_timers;
    TimerId m_nextId = 1;
};

} // namespace rd
