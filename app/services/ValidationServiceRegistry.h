// ValidationServiceRegistry: one ValidationService per connection, shared by every view of it (so
// there is one poll per connection however many views are open), and one HostResources per app.
#pragma once

#include "services/HostResources.h"
#include "services/ValidationService.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace rd {

class ValidationServiceRegistry : public QObject {
    Q_OBJECT
public:
    ValidationServiceRegistry(Clock &clock, Random &jitter, QObject *parent = nullptr);
    ~ValidationServiceRegistry() override;

    // The connection's service, created on first use. A changed base URL or key replaces it.
    ValidationService *serviceFor(const ServiceEndpoint &endpoint);
    ValidationService *find(const QString &connectionId) const;
    void remove(const QString &connectionId);
    // Where services created from now on open their connection's outbox (empty: none).
    void setOutboxDirectory(const QString &directory) { m_outboxDirectory = directory; }
    QString outboxDirectory() const { return m_outboxDirectory; }
    HostResources &hosts() { return m_hosts; }

private:
    Clock &m_clock;
    Random &m_jitter;
    HostResources m_hosts;
    QHash<QString, QPointer<ValidationService>> m_services;
    QString m_outboxDirectory;
};

} // namespace rd
