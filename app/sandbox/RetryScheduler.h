// RetryScheduler: runs active retry cycles on the sandbox Clock (seed 001/002 retry_state).
#pragma once

#include "core/Clock.h"
#include "core/Random.h"
#include "sandbox/ValidationStore.h"

#include <QObject>

#include <functional>

namespace rd::sandbox {

// Every active cycle re-runs its validation at next_attempt_at with a seeded random outcome,
// counts attempts_completed, and ends resolved (outcome valid), exhausted (max_retries used) or —
// through the API — cancelled, setting the matching timestamp and clearing next_attempt_at.
class RetryScheduler {
public:
    RetryScheduler(Clock &serverClock, ValidationStore &store, Random &random,
                   double resolveProbability, QObject *timerContext);

    // (Re)arms or disarms the record's timer from its retry_state. Store hook.
    void schedule(ValidationRecord &r);
    // Called by the store's writers through counters; one attempt of one record.
    void attempt(const QString &id);
    // Told after every attempt, with the record as the attempt left it (webhook events).
    void setAttemptHook(std::function<void(const ValidationRecord &)> hook) {
        m_onAttempt = std::move(hook);
    }

private:
    Outcome drawOutcome(const RetryState &rs);

    Clock &m_clock;
    ValidationStore &m_store;
    Random &m_random;
    double m_resolveProbability;
    QObject *m_context;
    std::function<void(const ValidationRecord &)> m_onAttempt;
};

} // namespace rd::sandbox
