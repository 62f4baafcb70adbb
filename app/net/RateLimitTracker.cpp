#include "net/RateLimitTracker.h"

#include <algorithm>

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
    // A unix time after 1970 and before year 10000; anything else is a broken header (and the
    // subtraction below must not overflow: found by fuzzing, tests/fuzz/regressions).
    constexpr qint64 kLatestReset = 253402300799;
    if (!okRemaining || !okReset || remaining < 0 || reset <= 0 || reset > kLatestReset) {
        return;
    }
    const Millis now = m_clock.monotonicNow();
    const qint64 serverNow = std::clamp<qint64>(
        serverDate ? serverDate->toSecsSinceEpoch() : m_clock.utcNow().toSecsSinceEpoch(), 0,
        kLatestReset);
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
        w.backgroundSent = 0;
    } else {
        return; // an answer from an older window
    }
    w.backgroundSent += m_backgroundUnplaced.take(host);
    w.limit = find(headers, "X-RateLimit-Limit").toInt();
}

Millis RateLimitTracker::delayBeforeSend(const QString &host, Priority priority) const {
    const Millis now = m_clock.monotonicNow();
    const auto it = m_hosts.constFind(host);
    const bool known = it != m_hosts.cend() && it->resetAt > now;
    if (priority == Priority::Background) {
        if (!known) {
            // No window to count against: one background request finds out what it is.
            return m_backgroundUnplaced.value(host) > 0 ? kUnknownWindowRecheck : Millis(0);
        }
        const bool shareSpent =
            it->limit > 0 && it->backgroundSent >= backgroundShare(it->limit);
        if (shareSpent || it->remaining <= 1) { // the last request of a window is the user's
            return it->resetAt - now;
        }
        return Millis(0);
    }
    if (priority == Priority::Bulk && known && it->limit > 0 &&
        it->remaining <= bulkReserve(it->limit)) {
        return it->resetAt - now; // the window's last requests are the user's
    }
    if (!known || it->remaining != 0) {
        return Millis(0);
    }
    return it->resetAt - now;
}

void RateLimitTracker::noteSend(const QString &host, Priority priority) {
    auto it = m_hosts.find(host);
    if (it != m_hosts.end() && it->resetAt <= m_clock.monotonicNow()) {
        // The window has reset; the next answer tells the new numbers.
        m_hosts.erase(it);
        it = m_hosts.end();
    }
    if (it == m_hosts.end()) {
        if (priority == Priority::Background) {
            ++m_backgroundUnplaced[host];
        }
        return;
    }
    if (it->remaining > 0) {
        --it->remaining;
    }
    if (priority == Priority::Background) {
        ++it->backgroundSent;
    }
}

void RateLimitTracker::noteAnswered(const QString &host, Priority priority) {
    if (priority == Priority::Background) {
        auto it = m_backgroundUnplaced.find(host);
        if (it != m_backgroundUnplaced.end() && --*it <= 0) {
            m_backgroundUnplaced.erase(it); // no window came with it: the next one may go
        }
    }
}

std::optional<int> RateLimitTracker::limit(const QString &host) const {
    const auto it = m_hosts.constFind(host);
    return it == m_hosts.cend() || it->limit <= 0 ? std::nullopt : std::optional<int>(it->limit);
}

int RateLimitTracker::backgroundSent(const QString &host) const {
    const auto it = m_hosts.constFind(host);
    return it == m_hosts.cend() ? 0 : it->backgroundSent;
}

std::optional<int> RateLimitTracker::remaining(const QString &host) const {
    const auto it = m_hosts.constFind(host);
    return it == m_hosts.cend() ? std::nullopt : std::optional<int>(it->remaining);
}

} // namespace rd::net
