// ValidationService: everything the validations screen needs from one connection — the table
// model kept fresh by one shared poll, details, policy changes and cancels as operations with
// typed outcomes, the plan cap, connection health and the request log.
//
// Polite sync: background work is a guest in the key's rate limit (net::Priority::Background,
// at most half of each window). Between full refreshes (F5, and every fullRefreshInterval()) the
// poll reads only what the server changes on its own — GET /v1/validations?retry_state=pending
// (seed 002) — plus the newest page (new validations) and the rows the user wrote lately; a
// validation that left the pending listing is fetched once (GET /v1/validations/{id}). So a
// poll's cost follows the active cycles, not the size of the table.
#pragma once

#include "api/ValidationsApi.h"
#include "net/RateLimitTracker.h"
#include "services/ConnectionHealth.h"
#include "services/UnreadableReport.h"
#include "services/UuidSet.h"
#include "services/WriteOutcome.h"

#include <QObject>
#include <QHash>
#include <QSet>
#include <QUrl>
#include <functional>
#include <memory>

namespace rd::net {
class ApiClient;
class RequestLog;
} // namespace rd::net

namespace rd::outbox {
class Outbox;
}

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
    static constexpr int kPageSize = 1000;      // the most docs/api.md allows
    static constexpr int kNewestPageSize = 100; // the poll's look at new validations
    static constexpr Millis kDefaultFullRefresh{10 * 60 * 1000};
    static constexpr Millis kTouchedFor{10 * 60 * 1000}; // a written row is polled this long
    static constexpr Millis kBatchStatesEvery{200};     // a bulk run's answers → the table
    static constexpr Millis kSkewResolution{1000};      // a Date header's: whole seconds

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
    // Refresh waits while anyone edits (a form being edited is never refreshed
    // under the user); a poll due meanwhile runs on resume.
    void pauseRefresh(const QObject *who);
    void resumeRefresh(const QObject *who);
    bool isPaused() const { return !m_pausedBy.isEmpty(); }

    // A full refresh the user asked for (F5): every page, at the user's priority. Loads every
    // page into the model as it arrives; rows no page mentioned are removed at the end. A failure
    // half-way removes nothing (the next refresh starts over). No-op while one runs.
    void refresh();
    bool isRefreshing() const { return m_refreshing; }
    // The poll's light sync (background priority): pending listing, newest page, written rows,
    // and one GET for each validation that left the pending listing. No-op while one runs.
    void sync();
    // A sync, or the row fetches it queued, is under way.
    bool isSyncing() const { return m_syncing || m_rowInFlight || !m_rowQueue.isEmpty(); }
    // Full refreshes between polls, in the background; 0: only on F5.
    void setFullRefreshInterval(Millis interval);
    Millis fullRefreshInterval() const { return m_fullInterval; }
    // GET each id and update its row (background: one at a time, inside the share).
    void refreshRows(const QStringList &ids);
    // Ids whose next attempt just passed: a sync kDueRefreshDelay later (one request for all).
    void refreshWhenDue(const QStringList &ids);
    // Items of the listing that could not be read (last full refresh, and syncs since).
    const UnreadableReport &unreadable() const { return m_unreadable; }

    // GET /v1/account is RetryDesk's assumption (docs/api.md): loaded once; a server without it
    // (404, 405, 501) is remembered and not asked again.
    void loadAccount();
    // The plan's retry_max_retries; nullopt while not known (no account endpoint, or it has not
    // answered): forms then check only "at least 1" and show the server's 422 on the field.
    std::optional<int> planCap() const;
    std::optional<api::Account> account() const { return m_account; }
    bool accountUnavailable() const { return m_accountUnavailable; }
    bool isAccountLoading() const { return m_accountLoading; }

    net::Operation *loadDetail(const QString &id, api::Callback<api::ValidationDetail> done,
                               net::Priority priority = net::Priority::User);
    net::Operation *setPolicy(const QString &id, const RetryPolicy &policy,
                              std::function<void(const WriteOutcome &)> done);
    net::Operation *cancelRetries(const QString &id,
                                  std::function<void(const WriteOutcome &)> done);
    // How a write's answer changes the table: an applied state is shown at once; otherwise, when
    // refreshWhenDiffers, the row is fetched again. touch: poll the row for a while (a single
    // write); a bulk run's items are not (the pending listing covers their active cycles).
    WriteOutcome takeWriteAnswer(const QString &id, const api::Reply<api::RetryStateUpdate> &reply,
                                 bool refreshWhenDiffers = true, bool touch = true);

    // The connection's durable outbox (owned), opened in directory: from then on every write of
    // this service is journaled there before its first byte (ApiClient::setJournal). Null until
    // opened. See outbox::Outbox::report() for how opening went.
    outbox::Outbox *openOutbox(const QString &directory);
    outbox::Outbox *outbox() const { return m_outbox.get(); }

    // The user wrote this validation from this app within kTouchedFor (its cycle's end may be
    // the user's own doing: a watchlist does not notify it as news).
    bool wroteLately(const QString &id) const;

    const ConnectionHealth &health() const { return m_health; }
    Millis clockSkew() const;

signals:
    void refreshStarted();
    void refreshFinished(bool ok, const QString &message);
    void syncFinished(bool ok, const QString &message);
    void unreadableChanged(const rd::UnreadableReport &report);
    void healthChanged(const rd::ConnectionHealth &health);
    void accountChanged();
    void pollIntervalChanged(rd::PollInterval interval);
    void pausedChanged(bool paused);
    // A write changed a validation (detail panels reload it).
    void validationChanged(const QString &id);
    // The service (and its client and outbox) is being destroyed: whoever holds a reference to it
    // (a bulk run) lets go now. Emitted first thing in the destructor.
    void closing();
    // Any GET /v1/validations/{id} answered (a panel showing it updates; requestId to cite).
    void detailLoaded(const rd::api::ValidationDetail &detail, const QString &requestId);

private:
    void startRefresh(net::Priority priority);
    // Refresh and sync start alike: not while a form is open (they run on resume), and the
    // poll timer waits for them. False when the work must wait.
    bool beginPolledWork();
    void fetchPage(const QString &cursor, net::Priority priority);
    void finishRefresh(bool ok, const QString &message);
    // sync(): the pending listing page by page, then the newest page, then written rows.
    void syncPendingPage(const QString &cursor);
    void syncNewest();
    void finishSync(bool ok, const QString &message);
    void nextQueuedRow();
    // Reads a listing page into the model: the cursor of the next page ("" on the last), or
    // nullopt (and the message) when it was not readable. ids: the rows' ids, when wanted.
    enum class Pages { FullRefresh, Poll };
    std::optional<QString> ingest(const net::Result &r, Pages pages,
                                  std::vector<WireParse::Uuid> *ids, QString *message);
    void noteState(const QString &id, const std::optional<RetryState> &state);
    void observe(const net::Result &r);
    void applyState(const QString &id, const RetryState &state);
    // States into the table in one pass; a validation it does not hold is fetched when
    // fetchWhenMissing (a single write), else left out (a bulk run's, the CLI's empty table).
    void applyStates(const QHash<QString, RetryState> &states, bool fetchWhenMissing);
    // A bulk run's applied states reach the table in batches (kBatchStatesEvery): thousands of
    // answers a second must not each re-sort and repaint the table.
    void queueState(const QString &id, const RetryState &state);
    void applyQueuedStates();
    void schedulePoll();
    void onPollDue();

    ServiceEndpoint m_endpoint;
    Clock &m_clock;
    std::unique_ptr<outbox::Outbox> m_outbox; // outlives the client, whose journal it is
    std::unique_ptr<net::RequestLog> m_log;
    std::unique_ptr<net::ApiClient> m_client;
    std::unique_ptr<api::ValidationsApi> m_api;
    std::unique_ptr<ValidationTableModel> m_model;
    PollInterval m_interval = PollInterval::FifteenSeconds;
    QSet<const QObject *> m_watchers;
    QSet<const QObject *> m_pausedBy;
    quint64 m_pollTimer = 0;
    quint64 m_dueTimer = 0;
    bool m_pollWaiting = false; // a poll came due while paused
    bool m_refreshing = false;
    bool m_syncing = false;
    bool m_syncAgain = false; // rows came due during a sync
    Millis m_fullInterval = kDefaultFullRefresh;
    std::optional<Millis> m_lastFull; // monotonic, of the last full refresh that completed
    UuidSet m_pending;                // ids whose cycle was pending when last seen
    UuidSet m_pendingNext;            // of the full refresh under way, page by page
    // The ids the sync under way read in the pending listing.
    std::vector<WireParse::Uuid> m_syncPendingIds;
    QHash<QString, Millis> m_touched; // ids the user wrote → when (monotonic)
    QStringList m_rowQueue;           // background GETs, one at a time
    QSet<QString> m_queued;
    bool m_rowInFlight = false;
    UnreadableReport m_unreadable;
    UnreadableReport m_unreadableNext; // of the full refresh under way
    std::optional<api::Account> m_account;
    bool m_accountUnavailable = false; // the server has no GET /v1/account
    bool m_accountLoading = false;
    ConnectionHealth m_health;
    QHash<QString, RetryState> m_queuedStates;
    quint64 m_statesTimer = 0;
};

} // namespace rd
