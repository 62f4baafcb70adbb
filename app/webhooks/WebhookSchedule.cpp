#include "webhooks/WebhookSchedule.h"

#include <array>

namespace rd::webhooks {

using namespace std::chrono_literals;

namespace {

// Seed 003's table, verbatim: "Attempt 2: 30s later … Attempt 7: 24 hours later".
constexpr std::array<std::chrono::milliseconds, kMaxDeliveries> kDelays = {0ms, 30s, 5min, 30min,
                                                                           3h,  12h, 24h};

} // namespace

std::chrono::milliseconds delayBeforeAttempt(int attempt) {
    if (attempt < 1 || attempt > kMaxDeliveries) {
        return -1ms;
    }
    return kDelays[static_cast<std::size_t>(attempt - 1)];
}

std::chrono::milliseconds plannedOffset(int attempt) {
    if (attempt < 1 || attempt > kMaxDeliveries) {
        return -1ms;
    }
    std::chrono::milliseconds total{0};
    for (int n = 1; n <= attempt; ++n) {
        total += delayBeforeAttempt(n);
    }
    return total;
}

} // namespace rd::webhooks
