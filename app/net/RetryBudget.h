// RetryBudget: a per-host token bucket that caps retries so many failing operations cannot
// become a retry storm (AWS retry quota, gRPC retry throttling), and that refills by itself.
#pragma once

#include "core/Clock.h"

namespace rd::net {

// Shared by every operation to one host (pass the same instance to every ApiClient of a host).
// First attempts never cost tokens; only retries do, so a drained budget degrades the client to
// "one attempt per operation" — never to "retry without waiting" (the AWS SDK's failure mode)
// and never to "no requests at all". Unlike AWS's quota it also refills with time, so a client
// that only ever met failures is not starved forever once the server recovers.
class RetryBudget {
public:
    struct Config {
        int capacity = 500;           // tokens when full
        int successRefund = 1;        // a success on the first attempt gives back 1
        double refillPerSecond = 1.0; // the time-based refill (a full bucket in ~8 min)
    };

    RetryBudget(Clock &clock, Config config);
    explicit RetryBudget(Clock &clock)
        : RetryBudget(clock, Config{}) {}

    // Takes cost tokens for one retry; false (nothing taken) when fewer are left.
    bool tryAcquire(int cost);
    // A success: refunds the retry cost it spent (AWS), or successRefund when it needed none.
    void onSuccess(int spentOnThisOperation);

    double tokens() const; // after time refill
    const Config &config() const { return m_config; }

private:
    void refill() const;

    Clock &m_clock;
    Config m_config;
    mutable double m_tokens;
    mutable Millis m_lastRefill;
};

} // namespace rd::net
