#include "services/ListServiceRegistry.h"

namespace rd {

ListServiceRegistry::ListServiceRegistry(Clock &clock, Random &jitter, HostResources &hosts,
                                         QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_jitter(jitter)
    , m_hosts(hosts) {}

ListServiceRegistry::~ListServiceRegistry() {
    for (const QPointer<ListService> &s : std::as_const(m_services)) {
        delete s.data();
    }
}

ListService *ListServiceRegistry::serviceFor(const ServiceEndpoint &endpoint) {
    ListService *existing = find(endpoint.connectionId);
    if (existing && existing->endpoint().baseUrl == endpoint.baseUrl &&
        existing->endpoint().apiKey == endpoint.apiKey) {
        return existing;
    }
    remove(endpoint.connectionId);
    auto *service = new ListService(endpoint, m_clock, m_jitter, m_hosts, this);
    if (m_backoff) {
        service->setPollBackoff(m_backoff->first, m_backoff->second);
    }
    if (!m_outboxDirectory.isEmpty()) {
        service->openOutbox(m_outboxDirectory);
    }
    m_services.insert(endpoint.connectionId, service);
    return service;
}

void ListServiceRegistry::setPollBackoff(Millis first, Millis max) {
    m_backoff = {first, max};
    for (const QPointer<ListService> &s : std::as_const(m_services)) {
        if (s) {
            s->setPollBackoff(first, max);
        }
    }
}

ListService *ListServiceRegistry::find(const QString &connectionId) const {
    return m_services.value(connectionId).data();
}

void ListServiceRegistry::remove(const QString &connectionId) {
    if (QPointer<ListService> s = m_services.take(connectionId)) {
        s->deleteLater();
    }
}

} // namespace rd
