#include "services/HostResources.h"

#include "net/ApiClient.h"
#include "net/RateLimitTracker.h"
#include "net/RetryBudget.h"

namespace rd {

HostResources::HostResources(Clock &clock)
    : m_clock(clock) {}

HostResources::~HostResources() = default;

std::shared_ptr<net::RetryBudget> HostResources::budget(const QString &host) {
    auto &slot = m_budgets[host];
    if (!slot) {
        slot = std::make_shared<net::RetryBudget>(m_clock);
    }
    return slot;
}

std::shared_ptr<net::RateLimitTracker> HostResources::rateLimits(const QString &host) {
    auto &slot = m_rateLimits[host];
    if (!slot) {
        slot = std::make_shared<net::RateLimitTracker>(m_clock);
    }
    return slot;
}

void HostResources::attach(net::ApiClient &client) {
    client.setRetryBudget(budget(client.hostKey()));
    client.setRateLimits(rateLimits(client.hostKey()));
}

std::unique_ptr<net::ApiClient> HostResources::makeClient(net::ClientConfig config, Clock &clock,
                                                         Random &jitter, net::RequestLog *log) {
    if (m_timeouts) {
        config.retry.attemptTimeout = m_timeouts->first;
        config.retry.totalTimeout = m_timeouts->second;
    }
    auto client = std::make_unique<net::ApiClient>(std::move(config), clock, jitter);
    attach(*client);
    client->setRequestLog(log);
    m_clients.removeAll(nullptr);
    m_clients.append(client.get());
    return client;
}

void HostResources::setTimeouts(Millis attempt, Millis total) {
    m_timeouts = {attempt, total};
    m_clients.removeAll(nullptr);
    for (const QPointer<net::ApiClient> &client : std::as_const(m_clients)) {
        net::RetryConfig retry = client->config().retry;
        retry.attemptTimeout = attempt;
        retry.totalTimeout = total;
        client->setRetryConfig(retry);
    }
}

} // namespace rd
