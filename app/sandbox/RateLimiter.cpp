#include "sandbox/RateLimiter.h"

namespace rd::sandbox {

RateLimiter::RateLimiter(Clock &serverClock, int limit, int windowSeconds)
    : m_clock(serverClock)
    , m_limit(std::max(0, limit))
    , m_window(std::max(1, windowSeconds)) {}

qint64 RateLimiter::windowStart() const {
    // Windows are aligned to the server's wall clock so X-RateLimit-Reset is a whole unix second.
    const qint64 since = m_clock.utcNow().toSecsSinceEpoch() - m_anchor;
    const qint64 into = ((since % m_window) + m_window) % m_window;
    return m_anchor + since - into;
}

int RateLimiter::secondsUntilReset() const {
    return int(windowStart() + m_window - m_clock.utcNow().toSecsSinceEpoch());
}

bool RateLimiter::tryCharge(const QString &key) {
    if (m_limit == 0) {
        return true;
    }
    Bucket &b = m_buckets[key];
    const qint64 w = windowStart();
    if (b.window != w) {
        b = Bucket{w, 0};
    }
    if (b.used >= m_limit) {
        return false;
    }
    ++b.used;
    return true;
}

void RateLimiter::addHeaders(const QString &key, SandboxResponse &r, bool limited) const {
    const qint64 w = windowStart();
    const Bucket b = m_buckets.value(key);
    const int used = b.window == w ? b.used : 0;
    const int limit = m_limit == 0 ? 1000000 : m_limit;
    r.setHeader("X-RateLimit-Limit", QByteArray::number(limit));
    r.setHeader("X-RateLimit-Remaining", QByteArray::number(std::max(0, limit - used)));
    r.setHeader("X-RateLimit-Reset", QByteArray::number(w + m_window));
    if (limited) {
        // seed 003: "Retry-After is in seconds (an integer)"; never 0, the window has not reset.
        r.setHeader("Retry-After", QByteArray::number(std::max(1, secondsUntilReset())));
    }
}

void RateLimiter::shiftTimes(qint64 deltaSeconds) {
    m_anchor += deltaSeconds;
    for (Bucket &b : m_buckets) {
        if (b.window >= 0) {
            b.window += deltaSeconds;
        }
    }
}

} // namespace rd::sandbox
