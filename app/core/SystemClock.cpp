#include "core/SystemClock.h"

namespace rd {

SystemClock::SystemClock() = default;

SystemClock::~SystemClock()
{
    for (auto &timer : m_timers) {
        delete timer.data();
    }
}

Millis SystemClock::monotonicNow() const
{
    return std::chrono::duration_cast<Millis>(
        std::chrono::steady_clock::now().time_since_epoch());
}

QDateTime SystemClock::utcNow() const
{
    return QDateTime::currentDateTimeUtc();
}

Clock::TimerId SystemClock::callAfter(Millis delay, QObject *context, std::function<void()> fn)
{
    const TimerId id = m_nextId++;
    auto *timer = new QTimer(context);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer);
    QObject::connect(timer, &QTimer::timeout, timer, [this, id, timer, fn = std::move(fn)] {
        m_timers.remove(id);
        timer->deleteLater();
        fn();
    });
    m_timers.insert(id, timer);
    timer->start(std::max<qint64>(0, delay.count()));
    return id;
}

void SystemClock::cancel(TimerId id)
{
    if (auto timer = m_timers.take(id)) {
        timer->stop();
        timer->deleteLater();
    }
}

SystemClock *SystemClock::instance()
{
    static SystemClock clock;
    return &clock;
}

} // namespace rd
