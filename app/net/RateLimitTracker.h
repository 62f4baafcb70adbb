// RateLimitTracker: what the X-RateLimit-* headers say is left, per host, so requests wait for
// the window to reset instead of provoking a 429 (seed 003 rate-limit headers).
#pragma once

#include "core/Clock.h"
#include "net/Result.h"

#include <QHash>
#include <QString>

#include <optional>

namespace rd::net {

class RateLimitTracker {
public:
    explicit RateLimitTracker(Clock &clock)
        : m_clock(clock) {}

    // Reads X-RateLimit-Limit / Remaining / Reset from a response of `host` ("host:port").
    // Reset is a unix time on the server's clock; it is turned into a monotonic instant using
    // the response's Date header, so a skewed client clock waits the right amount.
    void update(const QString &host, const Headers &headers,
                const std::optional<QDateTime> &serverDate);
    // How long a new request to host must wait (0 when it may go now).
    Millis delayBeforeSend(const QString &host) const;
    // A request is going out: one fewer left in this window (so concurrent operations do not all
    // spend the last one).
    void noteSend(const QString &host);

    std::optional<int> remaining(const QString &host) const;

private:
    struct Window {
        int limit = -1;
        int remaining = -1;
        qint64 resetUnix = 0; // the server's value, identifies the window
        Millis resetAt{0};    // monotonic
    };
    Clock &m_clock;
    QHash<QString, Window> m_hosts;
};

} // namespace rd::net
