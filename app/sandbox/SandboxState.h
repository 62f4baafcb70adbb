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
#include "sandbox/SeedsOnlyWire.h"
#include "sandbox/ValidationStore.h"
#include "sandbox/WebhookDispatcher.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace rd::sandbox {

class SandboxState {
public:
    SandboxState(Clock &clock, SandboxOptions opts, QObject *timerContext);
    SandboxState(const SandboxState &) = delete;
    SandboxState &operator=(const SandboxState &) = delete;

    // "req_" + 24 hex digits, seeded (seed 003: the id a user cites in a support ticket).
    QString newRequestId();
    const ApiKey *findKey(const QString &key) const;
    bool seedsOnly() const { return options.wire == WireMode::SeedsOnly; }
    // One JSON value from its bytes (any value, not only an object or array); nullopt when the
    // bytes are not exactly one valid JSON value.
    static std::optional<QJsonValue> parseJsonValue(const QByteArray &bytes);
    // Sets the server clock's offset from the base clock and moves the whole world with it: every
    // stored timestamp and every scheduled attempt shifts by the change, so each stays as far from
    // the server's now as it was, and a client that reads the Date header sees the same
    // countdowns before and after (only the wall-clock readings move).
    void setClockOffset(qint64 offsetSeconds);
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
    const SeedsOnlyWire seedsOnlyWire; // renders answers when options.wire is SeedsOnly
    WebhookDispatcher webhooks;        // the sandbox's own webhooks (docs/api.md)

    // Rows no client can read, appended to the first page of GET /v1/validations (user → values),
    // so clients can be tested on them (SandboxServer::injectRawValidations).
    QHash<QString, QJsonArray> rawValidations;
    void addRawValidations(const QString &userId, const QJsonArray &values) {
        QJsonArray &rows = rawValidations[userId];
        for (const QJsonValue &v : values) {
            rows.append(v);
        }
    }

    QHash<QString, int> appliedByKey;     // Idempotency-Key → writes applied
    QHash<QString, int> writesByResource; // validation / list id → writes applied
    int requestsReceived = 0;
    // Faults played, by kind (scripted and random): what the fault lab's live line reports.
    QHash<FaultKind, int> faultsInjected;
    // seed 001 from the client's side: a key names one request, so it must never travel with two
    // bodies. The first body fingerprint of each (user, Idempotency-Key), kept for the server's
    // life (not the cache's 24 h), and the (user, key) pairs later seen with another body.
    QHash<QString, QByteArray> firstBodyByKey;
    QSet<QString> keysWithTwoBodies;

private:
    QHash<QString, ApiKey> m_keys;
};

} // namespace rd::sandbox
