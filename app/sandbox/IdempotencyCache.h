// IdempotencyCache: seed 001's Idempotency-Key rules — scope, 24 h TTL, replay, reuse, in-flight.
#pragma once

#include "core/Clock.h"
#include "sandbox/SandboxRequest.h"

#include <QHash>

namespace rd::sandbox {

class IdempotencyCache {
public:
    // seed 001: "exactly once within a 24-hour TTL".
    static constexpr Millis kTtl = std::chrono::hours(24);

    explicit IdempotencyCache(Clock &clock)
        : m_clock(clock) {}

    // seed 001: "Format: 1–255 characters, alphanumeric + `_` + `-`".
    static bool isValidKey(const QByteArray &key);
    // The fingerprint of a body: compact JSON when it parses (key order and spacing do not make a
    // "different body"), the raw bytes otherwise.
    static QByteArray fingerprint(const QByteArray &body);

    enum class Lookup { Fresh, Replay, InProgress, Reused };
    struct Entry {
        QByteArray fingerprint;
        bool inFlight = true;
        SandboxResponse response;
        Millis storedAt{0};
    };

    // scope is (user_id, endpoint, key) per seed 001. Replay fills *cached.
    Lookup lookup(const QString &scope, const QByteArray &fingerprint, SandboxResponse *cached);
    // Marks the scope in flight (seed 001: a second request meanwhile gets 409).
    void reserve(const QString &scope, const QByteArray &fingerprint);
    // Stores the answer; 5xx are never cached (seed 001), the reservation is dropped instead.
    void complete(const QString &scope, const SandboxResponse &response);
    void release(const QString &scope) { m_entries.remove(scope); }
    int size() const { return int(m_entries.size()); }

private:
    Clock &m_clock;
    QHash<QString, Entry> m_entries;
};

} // namespace rd::sandbox
