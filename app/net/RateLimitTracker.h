// RateLimitTracker: what the X-RateLimit-* headers say is left, per host, so requests wait for
// the window to reset instead of provoking a 429 (seed 003 rate-limit headers).
#pragma once

#include "core/Clock.h"
#include "net/Result.h"

#include <QHash>
#include <QString>

#include <optional>

namespace rd::net {

// Who a request is for. Background work (auto-refresh, due-row refetches, status polling) is a
// guest in the user's rate limit: it takes at most half of X-RateLimit-Limit per window and always
// leaves the last request of a window to the user, so a user's action never queues behind it.
// Bulk work (a bulk run's items) may use the window except the last reserveFor(limit) requests,
// which stay for the user's own actions; background's half still applies to background alone.
enum class Priority { User, Background, Bulk };

class RateLimitTracker {
public:
    // Until the first answer tells the window, background requests go one at a time; a second one
    // looks again this much later.
    static constexpr Millis kUnknownWindowRecheck{1000};

    explicit RateLimitTracker(Clock &clock)
        : m_clock(clock) {}

    // Reads X-RateLimit-Limit / Remaining / Reset from a response of `host` ("host:port").
    // Reset is a unix time on the server's clock; it is turned into a monotonic instant using
    // the response's Date header, so a skewed client clock waits the right amount.
    void update(const QString &host, const Headers &headers,
                const std::optional<QDateTime> &serverDate);
    // How long a new request to host must wait (0 when it may go now). User requests wait only
    // when the window is spent; background ones also when they have had their share of it.
    Millis delayBeforeSend(const QString &host, Priority priority = Priority::User) const;
    // A request is going out: one fewer left in this window (so concurrent operations do not all
    // spend the last one).
    void noteSend(const QString &host, Priority priority = Priority::User);
    // An attempt ended (after update() when it had an answer). A background request whose answer
    // named no window no longer holds back the next one.
    void noteAnswered(const QString &host, Priority priority);

    std::optional<int> remaining(const QString &host) const;
    std::optional<int> limit(const QString &host) const;
    // Background requests sent in the current window (tests and the status line).
    int backgroundSent(const QString &host) const;
    // The most background requests one window of this host may carry: half the limit.
    static int backgroundShare(int limit) { return std::max(1, limit / 2); }
    // The requests of each window a bulk run leaves to the user: a twentieth, at least one.
    static int bulkReserve(int limit) { return std::max(1, limit / 20); }

private:
    struct Window {
        int limit = -1;
        int remaining = -1;
        qint64 resetUnix = 0; // the server's value, identifies the window
        Millis resetAt{0};    // monotonic
        int backgroundSent = 0;
    };
    Clock &m_clock;
    QHash<QString, Window> m_hosts;
    // Background requests sent while no window was known (none yet, or the last one ended): they
    // count against the next window the server reports.
    QHash<QString, int> m_backgroundUnplaced;
};

} // namespace rd::net
