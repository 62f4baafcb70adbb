// ConnectionHealth: what the outage banner and the status bar show about one connection.
#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace rd {

struct ConnectionHealth {
    bool reachable = true;    // the last request got an HTTP answer (or nothing was sent yet)
    bool budgetEmpty = false; // the host's retry budget stopped retries (docs/retries.md)
    QString problem;          // the sentence for the banner; empty when healthy
    QString requestId;        // of the request that failed, when it got one
    std::optional<int> rateLimitRemaining; // X-RateLimit-Remaining, when known
    std::optional<QDateTime> lastRefresh;  // UTC, local clock
    bool healthy() const { return reachable && !budgetEmpty; }
    friend bool operator==(const ConnectionHealth &, const ConnectionHealth &) = default;
};

// seed 003 intervals a person picks between; "off" polls never.
enum class PollInterval { Off = 0, FiveSeconds = 5, FifteenSeconds = 15, OneMinute = 60 };

} // namespace rd
