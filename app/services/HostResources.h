// HostResources: the one RetryBudget and RateLimitTracker of each host, shared by every client and
// service that talks to it ("per host", docs/retries.md), so two connections to one server cannot
// each spend a full budget on it.
#pragma once

#include "core/Clock.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>
#include <memory>
#include <optional>

namespace rd {
class Random;
}

namespace rd::net {
class ApiClient;
struct ClientConfig;
class RequestLog;
class RateLimitTracker;
class RetryBudget;
} // namespace rd::net

namespace rd {

class HostResources {
public:
    explicit HostResources(Clock &clock);
    ~HostResources();

    std::shared_ptr<net::RetryBudget> budget(const QString &host);
    std::shared_ptr<net::RateLimitTracker> rateLimits(const QString &host);
    // Gives client the budget and tracker of its host.
    void attach(net::ApiClient &client);
    // A connection's client: attached to its host's budget and tracker, logging to log.
    std::unique_ptr<net::ApiClient> makeClient(net::ClientConfig config, Clock &clock,
                                               Random &jitter, net::RequestLog *log);
    // The request timeout and the total time of one logical operation (seed 003's "request vs
    // total"; Settings), for every client made here, now and later: new requests use them.
    void setTimeouts(Millis attempt, Millis total);

private:
    Clock &m_clock;
    std::optional<std::pair<Millis, Millis>> m_timeouts;
    QList<QPointer<net::ApiClient>> m_clients;
    QHash<QString, std::shared_ptr<net::RetryBudget>> m_budgets;
    QHash<QString, std::shared_ptr<net::RateLimitTracker>> m_rateLimits;
};

} // namespace rd
