#include "core/FakeClock.h"

namespace rd {

FakeClock::FakeClock(QDateTime utcStart)
    : m_utcStart(std::move(utcStart))
{
}

Clock::TimerId FakeClock::callAfter(Millis delay, QObject *context, std::function<void()> fn)
{
    const TimerId id = m_nextId++;
    const Millis due = m_monotonic + std::max(Millis(0), delay);
    m_timers.emplace(std::pair{due, id}, Entry{id, context, context != nullptr, std::move(fn)});
    return id;
}

void FakeClock::cancel(TimerId id)
{
    for (auto it = m_timers.begin(); it != m_timers.end(); ++it) {
        if (it->second.id == id) {
            m_timers.erase(it);
            return;
        }
    }
}

void FakeClock::advance(Millis d)
{
    const Millis target = m_monotonic + std::max(Millis(0), d);
    while (!m_timers.empty() && m_timers.begin()->first.first <= target) {
        auto node = m_timers.extract(m_timers.begin());
        m_monotonic = std::max(m_monotonic, node.key().first);
        Entry &entry = node.mapped();
        if (entry.hadContext && entry.context.isNull()) {
            continue; // the owner is gone, as a QTimer child would be
        }
        entry.fn();
    }
    m_monotonic = target;
}

Millis FakeClock::nextDue() const
{
    return m_timers.empty() ? Millis(-1) : m_timers.begin()->first.first;
}

bool FakeClock::fireNext()
{
    if (m_timers.empty()) {
        return false;
    }
    advance(nextDue() - m_monotonic);
    return true;
}

} // namespace rd
