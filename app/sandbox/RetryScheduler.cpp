#include "sandbox/RetryScheduler.h"

#include "domain/JsonUtil.h"

#include <QJsonObject>

#include <algorithm>

namespace rd::sandbox {

RetryScheduler::RetryScheduler(Clock &serverClock, ValidationStore &store, Random &random,
                               double resolveProbability, QObject *timerContext)
    : m_clock(serverClock)
    , m_store(store)
    , m_random(random)
    , m_resolveProbability(resolveProbability)
    , m_context(timerContext) {}

void RetryScheduler::schedule(ValidationRecord &r) {
    // The table learns the record's timer at once: arm() below reads it there, before the store
    // writes the rest of the record back.
    r.timer = 0; // any queued entry of the record is now stale
    m_store.setTimer(r.row, 0);
    const auto &rs = r.v.retryState;
    if (!rs || !rs->isActive() || !rs->nextAttemptAt) {
        return;
    }
    const qint64 delay = std::max<qint64>(0, m_clock.utcNow().msecsTo(*rs->nextAttemptAt));
    r.timer = m_nextSeq++;
    m_store.setTimer(r.row, r.timer);
    m_heap.push_back(Due{m_clock.monotonicNow().count() + delay, r.timer, r.row});
    std::push_heap(m_heap.begin(), m_heap.end());
    arm();
}

void RetryScheduler::arm() {
    if (m_running) {
        return; // runDue arms once it is done
    }
    // Stale entries at the top would only wake the timer for nothing.
    while (!m_heap.empty()) {
        if (isLive(m_heap.front())) {
            break;
        }
        std::pop_heap(m_heap.begin(), m_heap.end());
        m_heap.pop_back();
    }
    if (m_heap.empty()) {
        if (m_timer) {
            m_clock.cancel(m_timer);
            m_timer = 0;
        }
        return;
    }
    const qint64 at = m_heap.front().atMs;
    if (m_timer && m_timerAtMs == at) {
        return;
    }
    if (m_timer) {
        m_clock.cancel(m_timer);
    }
    m_timerAtMs = at;
    const qint64 delay = std::max<qint64>(0, at - m_clock.monotonicNow().count());
    m_timer = m_clock.callAfter(Millis(delay), m_context, [this] {
        m_timer = 0;
        runDue();
    });
}

void RetryScheduler::runDue() {
    m_running = true;
    while (!m_heap.empty() && m_heap.front().atMs <= m_clock.monotonicNow().count()) {
        std::pop_heap(m_heap.begin(), m_heap.end());
        const Due due = m_heap.back();
        m_heap.pop_back();
        if (isLive(due)) {
            attempt(due.row);
        }
    }
    m_running = false;
    arm();
}

Outcome RetryScheduler::drawOutcome(const RetryState &rs) {
    constexpr quint64 kScale = 1'000'000;
    const double draw = double(m_random.uniform(0, kScale - 1)) / double(kScale);
    if (draw < m_resolveProbability) {
        return Outcome::Valid;
    }
    // A failed retry comes back with one of the outcomes the policy retries on, so the cycle goes
    // on.
    const QList<Outcome> outs =
        rs.outcomes && !rs.outcomes->isEmpty() ? *rs.outcomes : kRetryableOutcomes;
    return outs.at(int(m_random.uniform(0, quint64(outs.size() - 1))));
}

void RetryScheduler::attempt(RowId row) {
    ValidationRecord r = m_store.table().record(row);
    r.timer = 0;
    auto &rs = r.v.retryState;
    if (!rs || !rs->isActive()) {
        m_store.commit(r);
        return;
    }
    const QDateTime now = m_clock.utcNow();
    const Outcome outcome = drawOutcome(*rs);
    ++rs->attemptsCompleted;
    r.v.outcome = outcome;
    r.v.updatedAt = now;
    r.history.append(RetryAttemptEntry{now.toMSecsSinceEpoch(), rs->attemptsCompleted, outcome});
    if (outcome == Outcome::Valid) {
        rs->terminalState = TerminalState::Resolved;
        rs->resolvedAt = now;
        rs->nextAttemptAt.reset();
    } else if (rs->attemptsCompleted >= rs->maxRetries.value_or(0)) {
        rs->terminalState = TerminalState::Exhausted;
        rs->exhaustedAt = now;
        rs->nextAttemptAt.reset();
    } else {
        rs->nextAttemptAt = now.addSecs(rs->intervalSeconds.value_or(300));
        schedule(r);
    }
    m_store.commit(r);
    if (m_onAttempt) {
        m_onAttempt(r);
    }
}

} // namespace rd::sandbox
