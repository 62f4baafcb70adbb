// HealthObserver: what one finished request says about a connection's health (the outage banner).
#pragma once

#include "net/Result.h"
#include "services/ConnectionHealth.h"

#include <optional>

namespace rd {

// The rule ValidationService applies: no HTTP answer (or 5xx) after the client gave up, ran out
// of time or hit a network failure is an outage; an empty retry budget is one too; any answer
// clears them. A cancelled request says nothing.
ConnectionHealth healthAfter(const ConnectionHealth &before, const net::Result &r,
                             std::optional<int> rateLimitRemaining);

} // namespace rd
