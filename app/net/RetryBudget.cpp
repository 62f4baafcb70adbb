#include "net/RetryBudget.h"

#include <algorithm>

namespace rd::net {

RetryBudget::RetryBudget(Clock &clock, Config config)
    : m_clock(clock)
    , m_config(config)
    , m_tokens(std::max(0, config.capacity))
    , m_lastRefill(clock.monotonicNow()) {}

void RetryBudget::refill() const {
    const Millis now = m_clock.monotonicNow();
    const double elapsed = double(std::max<qint64>(0, (now - m_lastRefill).count())) / 1000.0;
    m_lastRefill = now;
    m_tokens = std::min(double(m_config.capacity), m_tokens + elapsed * m_config.refillPerSecond);
}

bool RetryBudget::tryAcquire(int cost) {
    refill();
    if (m_tokens < cost) {
        return false;
    }
    m_tokens -= cost;
    return true;
}

void RetryBudget::onSuccess(int spentOnThisOperation) {
    refill();
    const int refund = spentOnThisOperation > 0 ? spentOnThisOperation : m_config.successRefund;
    m_tokens = std::min(double(m_config.capacity), m_tokens + refund);
}

double RetryBudget::tokens() const {
    refill();
    return m_tokens;
}

} // namespace rd::net
