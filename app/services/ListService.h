// ListService: everything the lists screen needs from one bulk-lists connection (seed 000) — the
// table model with each list's retry chain, retries with seed 000's rules, status polling with
// exponential backoff, connection health and the request log.
//
// Seed 000's advice, as rules:
//  - a list whose chain still processes is not retried (refused locally with the reason; the
//    server answers 422 "Cannot retry validation job that is currently processing" anyway);
//  - "Wait at least 5 minutes between retries": per chain, nextRetryAllowedAt() for a countdown;
//  - "Implement exponential backoff for status checking": Queued / In Progress lists are polled
//    after 5 s, then 10, 20, … at most every 5 minutes, back to 5 s when one changed; nothing is
//    polled while nothing processes. Polls are background work (net::Priority::Background: at
//    most half of each rate-limit window, never ahead of the user).
#pragma once

#include "api/ListsApi.h"
#include "services/ConnectionHealth.h"
#include "services/ListRetryOutcome.h"
#include "services/UnreadableReport.h"
#include "services/ValidationService.h" // ServiceEndpoint

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

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
class ListRetryBatch;
class ListTableModel;
class Random;

class ListService : public QObject {
    Q_OBJECT
public:
    static constexpr Millis kRetrySpacing{5 * 60 * 1000}; // seed 000: 5 minutes between retries
    static constexpr Millis kFirstPollDelay{5'000};       // the backoff starts here…
    static constexpr Millis kMaxPollDelay{5 * 60 * 1000}; // …and doubles up to this
    // From this many lists in progress a poll reads the listing (one request) instead of one
    // GET …/{listId} each: a poll's cost is counted in requests against the rate limit, and past
    // a few lists one listing is cheaper than a GET each, however long the listing is.
    static constexpr int kListingPollFrom = 4;
    // A retry without a definitive answer keeps its Idempotency-Key this long for the next retry
    // of the same list (seed 001: the server remembers a key for 24 h).
    static constexpr Millis kUnconfirmedKeyKept{24 * 3600 * 1000};

    enum class ListingState {
        NotLoaded,
        Loading,
        Loaded,
        // GET …/bulk-emails answered 404: the listing is RetryDesk's assumption (docs/api.md)
        // and this server has none. Lists can still be looked up and retried by id.
        Unavailable,
        Failed, // the last load failed; listingMessage() says why and what to do
    };
    Q_ENUM(ListingState)

    using RetryDone = std::function<void(const ListRetryOutcome &)>;
    using BatchProgress = std::function<void(int done, int total, const ListRetryOutcome &)>;
    using BatchDone = std::function<void(const QList<ListRetryOutcome> &)>;

    ListService(ServiceEndpoint endpoint, Clock &clock, Random &jitter, HostResources &hosts,
                QObject *parent = nullptr);
    ~ListService() override;

    const ServiceEndpoint &endpoint() const { return m_endpoint; }
    ListTableModel &model() const { return *m_model; }
    net::RequestLog &requestLog() const { return *m_log; }
    net::ApiClient &client() const { return *m_client; }
    // The connection's durable outbox (owned): every retry is journaled there before its first
    // byte (ApiClient::setJournal). Null until opened.
    outbox::Outbox *openOutbox(const QString &directory);
    outbox::Outbox *outbox() const { return m_outbox.get(); }
    Clock &clock() const { return m_clock; }

    // GET …/bulk-emails at the user's priority (F5, opening the screen). Rows the listing does
    // not hold go, except lists learned from retry answers or looked up by id that it has not
    // shown yet. No-op while one runs.
    void refresh();
    bool isRefreshing() const { return m_refreshing; }
    ListingState listingState() const { return m_listingState; }
    // The sentence for the status line while the listing is not Loaded (empty when it is).
    QString listingMessage() const { return m_listingMessage; }
    // Items of the last listing that could not be read, each with its reason and JSON.
    const UnreadableReport &unreadable() const { return m_unreadable; }

    // GET …/bulk-emails/{listId}: a list the user typed or opened. Upserts its row. A 404
    // removes the row when the server has a listing; without one, the status GET may be what
    // the server lacks: the row stays, is no longer polled, and statusProblem() says why.
    // done may be empty.
    net::Operation *load(const QString &listId, api::Callback<BulkList> done = {},
                         net::Priority priority = net::Priority::User);

    // A list id that can go into a request path as it is: 1–255 characters, none of them
    // whitespace, '/', '?', '#' or '%' (seed 000 says only "string"; its ids look like list_12345).
    // For the field where a user types an id; retry() refuses others locally.
    static bool isPlausibleListId(const QString &listId);

    // The list's retry chain, the root first ({listId} when it is in none).
    QStringList chainOf(const QString &listId) const;

    // Why retry(listId) would be refused without a request (RefusedLocally, with reason and
    // message), or nullopt when it would be sent. Lists RetryDesk does not know are sent: the
    // server decides.
    std::optional<ListRetryOutcome> refusalFor(const QString &listId) const;
    // seed 000: the chain's last retry + 5 minutes (UTC, local clock), for a countdown; nullopt
    // when the chain has no retry RetryDesk knows of. The last retry is the later of the retries
    // sent from here and the created_at of the chain's newest retried job, when the server gives
    // it.
    std::optional<QDateTime> nextRetryAllowedAt(const QString &listId) const;

    // One user action: POST …/{listId}/retry with a fresh Idempotency-Key (or, after an
    // Unconfirmed outcome, that send's key). A second call for the same list while the first is
    // in flight joins it: one POST, done called for both. A network retry of the POST reuses its
    // key (net::Operation). Spaces around the id are ignored. done is called once, never
    // synchronously.
    void retry(const QString &listId, RetryDone done = {});
    bool isRetrying(const QString &listId) const { return m_inFlight.contains(listId); }
    // Several lists, one after another, each an action of its own (refusals included), with a
    // result per list. The batch is owned by the service and deleted after it finished.
    ListRetryBatch *retryMany(const QStringList &listIds, BatchProgress progress = {},
                              BatchDone done = {});

    // Status polling (automatic while any list is Queued / In Progress).
    bool isPolling() const { return m_polling; }
    bool isPollScheduled() const { return m_pollTimer != 0; }
    Millis pollDelay() const { return m_pollDelay; } // of the scheduled (or next) poll
    // The backoff's start and ceiling (defaults kFirstPollDelay, kMaxPollDelay; Settings keeps
    // them within seed 000's 5 s … 5 min). A scheduled poll is rescheduled within them.
    void setPollBackoff(Millis first, Millis max);
    Millis firstPollDelay() const { return m_firstPollDelay; }
    Millis maxPollDelay() const { return m_maxPollDelay; }
    QStringList inProgressIds() const;
    // Lists whose status GET answered 404 while the server has no listing: kept, not polled.
    QString statusProblem(const QString &listId) const { return m_unpollable.value(listId); }

    const ConnectionHealth &health() const { return m_health; }
    Millis clockSkew() const { return m_skew; }

signals:
    void refreshStarted();
    void refreshFinished(bool ok, const QString &message);
    void listingStateChanged(rd::ListService::ListingState state, const QString &message);
    void unreadableChanged(const rd::UnreadableReport &report);
    void healthChanged(const rd::ConnectionHealth &health);
    void retryStarted(const QString &listId); // the POST is about to be sent
    void retryFinished(const rd::ListRetryOutcome &outcome);
    // A list's row changed from an answer (detail panels refresh).
    void listChanged(const QString &listId);
    void pollScheduled(qint64 delayMs);
    void pollFinished(bool changed);

private:
    struct InFlight {
        QString key;
        QList<RetryDone> waiters;
    };
    struct UnconfirmedKey {
        QString key;
        Millis at;
    };
    void setListingState(ListingState state, const QString &message);
    void fetchListing(net::Priority priority, bool asPoll);
    // Reads a listing answer into the model; false (and why) when it could not be used.
    bool ingestListing(const api::Reply<api::Page<BulkList>> &reply, QString *message);
    void ingestList(const BulkList &l);
    void finishRetry(const QString &listId, const api::Reply<BulkList> &reply);
    void deliver(const RetryDone &done, const ListRetryOutcome &outcome);
    std::optional<QDateTime> lastRetryOf(const QString &listId) const;
    QDateTime localFromServer(const QDateTime &serverTime) const;
    void observe(const net::Result &r);
    // Polling (ListServicePolling.cpp).
    QHash<QString, BulkList::Status> inProgress() const;
    void noteListsChanged();
    void schedulePoll();
    void startPoll();
    void pollNext();
    void finishPoll();

    ServiceEndpoint m_endpoint;
    Clock &m_clock;
    std::unique_ptr<outbox::Outbox> m_outbox; // outlives the client, whose journal it is
    std::unique_ptr<net::RequestLog> m_log;
    std::unique_ptr<net::ApiClient> m_client;
    std::unique_ptr<api::ListsApi> m_api;
    std::unique_ptr<ListTableModel> m_model;

    bool m_refreshing = false;
    ListingState m_listingState = ListingState::NotLoaded;
    QString m_listingMessage;
    UnreadableReport m_unreadable;
    QSet<QString> m_listed; // ids the last listing held
    QSet<QString> m_pinned; // learned outside the listing and not yet seen in one

    QHash<QString, InFlight> m_inFlight;          // list id → the retry being sent
    QHash<QString, UnconfirmedKey> m_unconfirmed; // list id → key of a send without an answer
    QHash<QString, Millis> m_retriedAt;           // list id → when a retry of it started a job

    QHash<QString, BulkList::Status> m_pollSnapshot; // in progress when last looked
    Millis m_firstPollDelay = kFirstPollDelay;
    Millis m_maxPollDelay = kMaxPollDelay;
    Millis m_pollDelay = kFirstPollDelay;
    quint64 m_pollTimer = 0;
    bool m_polling = false;
    QStringList m_pollQueue;
    QHash<QString, QString> m_unpollable;

    ConnectionHealth m_health;
    Millis m_skew{0};
};

} // namespace rd
