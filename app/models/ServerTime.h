// ServerTime: "now" as the server sees it — the local Clock plus a skew learned from Date headers.
#pragma once

#include "core/Clock.h"

#include <QByteArray>

#include <optional>

namespace rd {

// Countdowns must stay right when the server's clock differs from ours (a server
// 90 s ahead must not show wrong countdowns). next_attempt_at is server time, so it is compared
// with utcNow() + skew, never with utcNow() alone.
class ServerTime {
public:
    explicit ServerTime(const Clock *clock = nullptr)
        : m_clock(clock) {}

    void setClock(const Clock *clock) { m_clock = clock; }
    const Clock *clock() const { return m_clock; }
    // server − local; positive when the server is ahead.
    void setSkew(Millis skew) { m_skew = skew; }
    Millis skew() const { return m_skew; }
    qint64 nowMs() const;

    // Skew from an HTTP Date header (RFC 9110 IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT")
    // received at localReceivedMs. Date has whole seconds, so skews within ±1 s read as 0.
    static std::optional<Millis> skewFromDateHeader(const QByteArray &date, qint64 localReceivedMs);

private:
    const Clock *m_clock;
    Millis m_skew{0};
};

} // namespace rd
