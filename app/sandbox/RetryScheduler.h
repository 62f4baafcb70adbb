// RetryScheduler: runs active retry cycles on the sandbox Clock (seed 001/002 retry_state).
#pragma once

#include "core/Clock.h"
#include "core/Random.h"
#include "sandbox/ValidationStore.h"

#include <QObject>

#include <functional>
#include <vector>

namespace rd::sandbox {

// Every active cycle re-runs its validation at next_attempt_at with a seeded random outcome,
// counts attempts_completed, and ends resolved (outcome valid), exhausted (max_retries used) or —
// through the API — cancelled, setting the matching timestamp and clearing next_attempt_at.
// One Clock timer serves every cycle: a Qt timer per pending record made a large dataset quadratic
// to load (QTimerInfoList keeps its timers in a sorted list: 60 % of the time at 400k records).
// Due attempts wait in a min-heap keyed on the base clock's monotonic time, which a clock offset
// does not move (shiftTimes moves next_attempt_at and now alike, so the wait is unchanged).
class RetryScheduler {
public:
    RetryScheduler(Clock &serverClock, ValidationStore &store, Random &random,
                   double resolveProbability, QObject *timerContext);

    // (Re)arms or disarms the record's timer from its retry_state. Store hook.
    void schedule(ValidationRecord &r);
    // One attempt of one validation (its timer fired).
    void attempt(RowId row);
    // Told after every attempt, with the record as the attempt left it (webhook events).
    void setAttemptHook(std::function<void(const ValidationRecord &)> hook) {
        m_onAttempt = std::move(hook);
    }

private:
    Outcome drawOutcome(const RetryState &rs);
    // Arms the one timer for the earliest due attempt (none when nothing is due).
    void arm();
    // The timer fired: runs every attempt now due, in due order (then scheduling order).
    void runDue();

    // A waiting attempt. A record names its live entry by seq (ValidationRecord::timer); an entry
    // whose seq the record no longer holds was re-armed or disarmed and is dropped when popped.
    struct Due {
        qint64 atMs; // monotonic
        Clock::TimerId seq;
        RowId row;
        // std::push_heap keeps the greatest first: the earliest due must compare greatest.
        bool operator<(const Due &o) const { return atMs != o.atMs ? atMs > o.atMs : seq > o.seq; }
    };
    bool isLive(const Due &d) const { return m_store.table().timer(d.row) == d.seq; }
    std::vector<Due> m_heap;
    Clock::TimerId m_nextSeq = 1;
    Clock::TimerId m_timer = 0;
    qint64 m_timerAtMs = 0;
    bool m_running = false;

    Clock &m_clock;
    ValidationStore &m_store;
    Random &m_random;
    double m_resolveProbability;
    QObject *m_context;
    std::function<void(const ValidationRecord &)> m_onAttempt;
};

} // namespace rd::sandbox
