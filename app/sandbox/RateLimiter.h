// RateLimiter: seed 003's per-key fixed-window quota and its X-RateLimit-* headers.
#pragma once

#include "core/Clock.h"
#include "sandbox/SandboxRequest.h"

#include <QHash>

namespace rd::sandbox {

class RateLimiter {
public:
    // limit 0 switches limiting off (headers still report the window).
    RateLimiter(Clock &serverClock, int limit, int windowSeconds);

    // Charges one request to key; false when the window's quota is spent.
    bool tryCharge(const QString &key);
    // X-RateLimit-Limit / Remaining / Reset (unix seconds, seed 003) for key, without charging;
    // plus Retry-After when `limited`.
    void addHeaders(const QString &key, SandboxResponse &r, bool limited) const;
    int secondsUntilReset() const;
    // The server's clock moved by deltaSeconds: the windows move with it, so the current window
    // ends at the same moment as before and keeps what it has counted.
    void shiftTimes(qint64 deltaSeconds);

private:
    qint64 windowStart() const;

    Clock &m_clock;
    int m_limit;
    int m_window;
    qint64 m_anchor = 0; // windows start at m_anchor + k·window (server unix seconds)
    struct Bucket {
        qint64 window = -1;
        int used = 0;
    };
    QHash<QString, Bucket> m_buckets;
};

} // namespace rd::sandbox
