#include "services/ValidationServiceRegistry.h"

#include "services/WatchList.h"

namespace rd {

ValidationServiceRegistry::ValidationServiceRegistry(Clock &clock, Random &jitter, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_jitter(jitter)
    , m_hosts(clock) {}

ValidationServiceRegistry::~ValidationServiceRegistry() {
    for (const QPointer<ValidationService> &s : std::as_const(m_services)) {
        delete s.data();
    }
}

ValidationService *ValidationServiceRegistry::serviceFor(const ServiceEndpoint &endpoint) {
    ValidationService *existing = find(endpoint.connectionId);
    if (existing && existing->endpoint().baseUrl == endpoint.baseUrl &&
        existing->endpoint().apiKey == endpoint.apiKey) {
        return existing;
    }
    remove(endpoint.connectionId);
    auto *service = new ValidationService(endpoint, m_clock, m_jitter, m_hosts, this);
    if (m_intervals) {
        service->setPollInterval(m_intervals->first);
        service->setFullRefreshInterval(m_intervals->second);
    }
    if (!m_outboxDirectory.isEmpty()) {
        service->openOutbox(m_outboxDirectory);
    }
    m_services.insert(endpoint.connectionId, service);
    if (m_watchSettings) {
        emit watchListCreated(new WatchList(*service, *m_watchSettings, service));
    }
    return service;
}

void ValidationServiceRegistry::setSyncIntervals(PollInterval poll, Millis fullRefresh) {
    m_intervals = {poll, fullRefresh};
    for (const QPointer<ValidationService> &s : std::as_const(m_services)) {
        if (s) {
            s->setPollInterval(poll);
            s->setFullRefreshInterval(fullRefresh);
        }
    }
}

WatchList *ValidationServiceRegistry::watchList(const QString &connectionId) const {
    const ValidationService *service = find(connectionId);
    return service ? service->findChild<WatchList *>(QString(), Qt::FindDirectChildrenOnly)
                   : nullptr;
}

ValidationService *ValidationServiceRegistry::find(const QString &connectionId) const {
    return m_services.value(connectionId).data();
}

void ValidationServiceRegistry::remove(const QString &connectionId) {
    if (QPointer<ValidationService> s = m_services.take(connectionId)) {
        s->deleteLater();
    }
}

} // namespace rd
