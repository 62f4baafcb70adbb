// ListServiceRegistry: one ListService per bulk-lists connection, shared by every view of it (one
// poll and one set of in-flight retries per connection, however many windows show it).
#pragma once

#include "services/ListService.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace rd {

class ListServiceRegistry : public QObject {
    Q_OBJECT
public:
    // hosts: the app's one HostResources (ValidationServiceRegistry::hosts()), so lists and
    // validations on one host share its retry budget and rate-limit tracker.
    ListServiceRegistry(Clock &clock, Random &jitter, HostResources &hosts,
                        QObject *parent = nullptr);
    ~ListServiceRegistry() override;

    // The connection's service, created on first use. A changed base URL or key replaces it.
    ListService *serviceFor(const ServiceEndpoint &endpoint);
    ListService *find(const QString &connectionId) const;
    void remove(const QString &connectionId);
    // Where services created from now on open their connection's outbox (empty: none).
    void setOutboxDirectory(const QString &directory) { m_outboxDirectory = directory; }
    QString outboxDirectory() const { return m_outboxDirectory; }
    // The status-check backoff (Settings) of every service, now and made later.
    void setPollBackoff(Millis first, Millis max);

private:
    Clock &m_clock;
    Random &m_jitter;
    HostResources &m_hosts;
    QHash<QString, QPointer<ListService>> m_services;
    QString m_outboxDirectory;
    std::optional<std::pair<Millis, Millis>> m_backoff;
};

} // namespace rd
