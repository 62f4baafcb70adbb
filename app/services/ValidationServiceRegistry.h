// ValidationServiceRegistry: one ValidationService per connection, shared by every view of it (so
// there is one poll per connection however many views are open), and one HostResources per app.
#pragma once

#include "services/HostResources.h"
#include "services/ValidationService.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QSettings;

namespace rd {

class WatchList;

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
    // The poll and full-refresh intervals (Settings) of every service, now and made later.
    void setSyncIntervals(PollInterval poll, Millis fullRefresh);
    // Where the watchlists are kept: from then on each service made gets its connection's
    // WatchList (a child of the service: it lives as long as the connection, not a screen).
    // Not owned; null (the default): no watchlists.
    void setWatchListSettings(QSettings *settings) { m_watchSettings = settings; }
    // The connection's watchlist, or null (no service, or no settings when it was made).
    WatchList *watchList(const QString &connectionId) const;

signals:
    // A service's watchlist was made (whoever notifies about watched cycles follows it).
    void watchListCreated(rd::WatchList *list);

private:
    Clock &m_clock;
    Random &m_jitter;
    HostResources m_hosts;
    QHash<QString, QPointer<ValidationService>> m_services;
    QString m_outboxDirectory;
    QSettings *m_watchSettings = nullptr;
    std::optional<std::pair<PollInterval, Millis>> m_intervals;
};

} // namespace rd
