// WebhookSchedule: when the sandbox delivers a webhook event again after failed deliveries (seed
// 003).
#pragma once

#include <chrono>

namespace rd::webhooks {

// Seed 003, "Webhook retries (ours, not yours)": give up after 7 failures.
inline constexpr int kMaxDeliveries = 7;

// Delay before delivery attempt n (1-based): 0, 30 s, 5 min, 30 min, 3 h, 12 h, 24 h, each
// measured from the previous attempt. Out-of-range attempts (< 1 or > kMaxDeliveries) give -1 ms.
std::chrono::milliseconds delayBeforeAttempt(int attempt);

// Offset of attempt n from the first delivery when every attempt fails at once (cumulative):
// 0, 30 s, 5 min 30 s, 35 min 30 s, 3 h 35 min 30 s, … Out-of-range attempts give -1 ms.
std::chrono::milliseconds plannedOffset(int attempt);

} // namespace rd::webhooks
