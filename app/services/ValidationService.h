// ValidationService: everything the validations screen needs from one connection — the table
// model kept fresh by one shared poll, details, policy changes and cancels as operations with
// typed outcomes, the plan cap, connection health and the request log.
#pragma once

#include "api/ValidationsApi.h"
#include "services/ConnectionHealth.h"
#include "services/WriteOutcome.h"

#include <QObject>
#include <QSet>
#include <QUrl>
#include <functional>
#include <memory>

namespace rd::net {
class ApiClient;
class RequestLog;
} // namespace rd::net

namespace rd {

class Clock;
class HostResources;
class Random;
class ValidationTableModel;

struct ServiceEndpoint {
    QString connectionId;
    QUrl baseUrl;
    QString apiKey;
};

class ValidationService : public QObject {
    Q_OBJECT
public:
    // Rows whose next_attempt_at passed are fetched again this long after (the server's scheduler
    // needs a moment to record the attempt).
    static constexpr Millis kDueRefreshDelay{3000};
    static constexpr int kPageSize = 500;

    ValidationService(ServiceEndpoint endpoint, Clock &clock, Random &jitter, HostResources &hosts,
                      QObject *parent = nullptr);
    ~ValidationService() override;

    const ServiceEndpoint &endpoint() const { return m_endpoint; }
    ValidationTableModel &model() const { return *m_model; }
    net::RequestLog &requestLog() const { return *m_log; }
    net::ApiClient &client() const { return *m_client; }
    Clock &clock() const { return m_clock; }

    // One poll however many views observe: it runs while at least one watcher is registered.
    void watch(const QObject *viewer);
    void unwatch(const QObject *viewer);
    void setPollInterval(PollInterval interval);
    PollInterval pollInterval() const { return m_interval; }
    // Refresh waits while anyone edits (issue [7]: a form being edited is never refreshed
    // under the user); a poll due meanwhile runs on resume.
    void pauseRefresh(const QObject *who);
    void resumeRefresh(const QObject *who);
    bool isPaused() const { return !m_pausedBy.isEmpty(); }

    // Loads every page into the model as it arrives; rows no page mentioned are removed at the
    // end. A failure half-way removes nothing (the next refresh starts over). No-op while one
    // runs.
    void refresh();
    bool isRefreshing() const { return m_refreshing; }
    // GET each id and update its row.
    void refreshRows(const QStringList &ids);
    // Ids whose next attempt just passed: refreshed kDueRefreshDelay later.
    void refreshWhenDue(const QStringList &ids);

    // GET /v1/account is RetryDesk's assumption (docs/api.md): loaded once; a server without it
    // (404, 405, 501) is remembered and not asked again.
    void loadAccount();
    // The plan's retry_max_retries; nullopt while not known (no account endpoint, or it has not
    // answered): forms then check only "at least 1" and show the server's 422 on the field.
    std::optional<int> planCap() const;
    std::optional<api::Account> account() const { return m_account; }
    bool accountUnavailable() const { return m_accountUnavailable; }

    net::Operation *loadDetail(const QString &id, api::Callback<api::ValidationDetail> done);
    net::Operation *setPolicy(const QString &id, const RetryPolicy &policy,
                              std::function<void(const WriteOutcome &)> done);
    net::Operation *cancelRetries(const QString &id,
                                  std::function<void(const WriteOutcome &)> done);

    const ConnectionHealth &health() const { return m_health; }
    Millis clockSkew() const;

signals:
    void refreshStarted();
    void refreshFinished(bool ok, const QString &message);
    void healthChanged(const rd::ConnectionHealth &health);
    void accountChanged();
    void pollIntervalChanged(rd::PollInterval interval);
    void pausedChanged(bool paused);
    // A write changed a validation (detail panels reload it).
    void validationChanged(const QString &id);
    // Any GET /v1/validations/{id} answered (a panel showing it updates; requestId to cite).
    void detailLoaded(const rd::api::ValidationDetail &detail, const QString &requestId);

private:
    void fetchPage(const QString &cursor);
    void finishRefresh(bool ok, const QString &message);
    void observe(const net::Result &r);
    void applyState(const QString &id, const RetryState &state);
    void schedulePoll();
    void onPollDue();

    ServiceEndpoint m_endpoint;
    Clock &m_clock;
    std::unique_ptr<net::RequestLog> m_log;
    std::unique_ptr<net::ApiClient> m_client;
    std::unique_ptr<api::ValidationsApi> m_api;
    std::unique_ptr<ValidationTableModel> m_model;
    PollInterval m_interval = PollInterval::FifteenSeconds;
    QSet<const QObject *> m_watchers;
    QSet<const QObject *> m_pausedBy;
    quint64 m_pollTimer = 0;
    quint64 m_dueTimer = 0;
    QSet<QString> m_dueIds;
    bool m_pollWaiting = false; // a poll came due while paused
    bool m_refreshing = false;
    std::optional<api::Account> m_account;
    bool m_accountUnavailable = false; // the server has no GET /v1/account
    bool m_accountLoading = false;
    ConnectionHealth m_health;
};

} // namespace rd
