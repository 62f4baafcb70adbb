#include "sandbox/IdempotencyCache.h"

#include <QJsonDocument>

namespace rd::sandbox {

bool IdempotencyCache::isValidKey(const QByteArray &key) {
    if (key.isEmpty() || key.size() > 255) {
        return false;
    }
    for (char c : key) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') || c == '_' || c == '-';
        if (!ok) {
            return false;
        }
    }
    return true;
}

QByteArray IdempotencyCache::fingerprint(const QByteArray &body) {
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error == QJsonParseError::NoError && !doc.isNull()) {
        return doc.toJson(QJsonDocument::Compact);
    }
    return body.trimmed();
}

IdempotencyCache::Lookup IdempotencyCache::lookup(const QString &scope,
                                                  const QByteArray &fingerprint,
                                                  SandboxResponse *cached) {
    auto it = m_entries.find(scope);
    if (it == m_entries.end()) {
        return Lookup::Fresh;
    }
    if (m_clock.monotonicNow() - it->storedAt >= kTtl) {
        m_entries.erase(it); // seed 001: after 24 h the key is fresh again
        return Lookup::Fresh;
    }
    if (it->fingerprint != fingerprint) {
        return Lookup::Reused;
    }
    if (it->inFlight) {
        return Lookup::InProgress;
    }
    if (cached) {
        *cached = it->response;
    }
    return Lookup::Replay;
}

void IdempotencyCache::reserve(const QString &scope, const QByteArray &fingerprint) {
    m_entries.insert(scope, Entry{fingerprint, true, {}, m_clock.monotonicNow()});
}

void IdempotencyCache::complete(const QString &scope, const SandboxResponse &response) {
    auto it = m_entries.find(scope);
    if (it == m_entries.end()) {
        return;
    }
    if (response.status >= 500) {
        m_entries.erase(it); // seed 001: "5xx responses are not cached"
        return;
    }
    it->inFlight = false;
    it->response = response;
    it->storedAt = m_clock.monotonicNow();
}

} // namespace rd::sandbox
