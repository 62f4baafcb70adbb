#include "net/RateLimitTracker.h"

namespace rd::net {

namespace {
QByteArray find(const Headers &headers, const char *name) {
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0) {
            return v.trimmed();
        }
    }
    return {};
}
} // namespace

void RateLimitTracker::update(const QString &host, const Headers &headers,
                              const std::optional<QDateTime> &serverDate) {
    bool okRemaining = false;
    bool okReset = false;
    const int remaining = find(headers, "X-RateLimit-Remaining").toInt(&okRemaining);
    const qint64 reset = find(headers, "X-RateLimit-Reset").toLongLong(&okReset);
    if (!okRemaining || !okReset || remaining < 0) {
        return;
    }
    const Millis now = m_clock.monotonicNow();
    const qint64 serverNow =
        serverDate ? serverDate->toSecsSinceEpoch() : m_clock.utcNow().toSecsSinceEpoch();
    // Date is truncated to whole seconds, so (reset - serverNow) never underestimates the wait.
    const Millis resetAt = now + Millis(std::clamp<qint64>(reset - serverNow, 0, 24 * 3600) * 1000);
    Window &w = m_hosts[host];
    if (w.resetUnix == reset) {
        // Answers of one window can arrive out of order: the smallest remaining is the newest.
        w.remaining = std::min(w.remaining, remaining);
    } else if (reset > w.resetUnix) {
        w.remaining = remaining;
        w.resetUnix = reset;
        w.resetAt = resetAt;
    }
    w.limit = find(headers, "X-RateLimit-Limit").toInt();
}

Millis RateLimitTracker::delayBeforeSend(const QString &host) const {
    const auto it = m_hosts.constFind(host);
    if (it == m_hosts.cend() || it->remaining != 0) {
        return Millis(0);
    }
    return std::max(Millis(0), it->resetAt - m_clock.monotonicNow());
}

void RateLimitTracker::noteSend(const QString &host) {
    auto it = m_hosts.find(host);
    if (it == m_hosts.end()) {
        return;
    }
    if (it->resetAt <= m_clock.monotonicNow()) {
        // The window has reset; the next answer tells the new numbers.
        m_hosts.erase(it);
        return;
    }
    if (it->remaining > 0) {
        --it->remaining;
    }
}

std::optional<int> RateLimitTracker::remaining(const QString &host) const {
    const auto it = m_hosts.constFind(host);
    return it == m_hosts.cend() ? std::nullopt : std::optional<int>(it->remaining);
}

} // namespace rd::net
