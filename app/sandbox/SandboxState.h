// SandboxState: everything a sandbox server knows, shared by its router, handlers and transport.
#pragma once

#include "core/Random.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/IdempotencyCache.h"
#include "sandbox/ListStore.h"
#include "sandbox/OffsetClock.h"
#include "sandbox/RateLimiter.h"
#include "sandbox/RetryScheduler.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/ValidationStore.h"

#include <QHash>

namespace rd::sandbox {

class SandboxState {
public:
    SandboxState(Clock &clock, SandboxOptions opts, QObject *timerContext);
    SandboxState(const SandboxState &) = delete;
    SandboxState &operator=(const SandboxState &) = delete;

    // "req_" + 24 hex digits, seeded (seed 003: the id a user cites in a support ticket).
    QString newRequestId();
    const ApiKey *findKey(const QString &key) const;
    int pendingCapFor(const ApiKey &key) const {
        return key.maxPendingRetries >= 0 ? key.maxPendingRetries : options.maxPendingPerUser;
    }

    const SandboxOptions options;
    Clock &baseClock;
    OffsetClock clock; // the server's wall clock (offset fault) and timers
    SeededRandom dataRandom;
    SeededRandom requestIdRandom;
    ValidationStore validations;
    RetryScheduler scheduler;
    ListStore lists;
    IdempotencyCache idempotency;
    RateLimiter rateLimiter;
    FaultInjector faults;

    QHash<QString, int> appliedByKey;     // Idempotency-Key → writes applied
    QHash<QString, int> writesByResource; // validation / list id → writes applied
    int requestsReceived = 0;

private:
    QHash<QString, ApiKey> m_keys;
};

} // namespace rd::sandbox
