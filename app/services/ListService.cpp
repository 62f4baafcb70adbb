#include "services/ListService.h"

#include "models/ListTableModel.h"
#include "net/ApiClient.h"
#include "outbox/Outbox.h"
#include "net/RateLimitTracker.h"
#include "net/RequestLog.h"
#include "services/HealthObserver.h"
#include "services/HostResources.h"

namespace rd {

ListService::ListService(ServiceEndpoint endpoint, Clock &clock, Random &jitter,
                         HostResources &hosts, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_clock(clock)
    , m_log(std::make_unique<net::RequestLog>())
    , m_client(hosts.makeClient(
          {m_endpoint.baseUrl, net::ApiStyle::QueryApiKey, m_endpoint.apiKey, {}}, clock, jitter,
          m_log.get()))
    , m_api(std::make_unique<api::ListsApi>(*m_client))
    , m_model(std::make_unique<ListTableModel>()) {}

outbox::Outbox *ListService::openOutbox(const QString &directory) {
    m_client->setJournal(nullptr);
    m_outbox = std::make_unique<outbox::Outbox>(directory, m_endpoint.connectionId, m_clock);
    m_client->setJournal(m_outbox.get());
    return m_outbox.get();
}

ListService::~ListService() {
    m_clock.cancel(m_pollTimer);
}

void ListService::setListingState(ListingState state, const QString &message) {
    if (state == m_listingState && message == m_listingMessage) {
        return;
    }
    m_listingState = state;
    m_listingMessage = message;
    emit listingStateChanged(state, message);
}

void ListService::refresh() {
    if (m_refreshing) {
        return;
    }
    fetchListing(net::Priority::User, false);
}

void ListService::fetchListing(net::Priority priority, bool asPoll) {
    m_refreshing = true;
    if (m_listingState == ListingState::NotLoaded) {
        setListingState(ListingState::Loading, {});
    }
    emit refreshStarted();
    net::Operation *op =
        m_api->listPage([this, asPoll](const api::Reply<api::Page<BulkList>> &reply) {
            observe(reply.result);
            m_refreshing = false;
            QString message;
            const bool ok = ingestListing(reply, &message);
            emit refreshFinished(ok, message);
            if (asPoll) {
                finishPoll();
            } else {
                noteListsChanged();
            }
        });
    op->setPriority(priority);
}

bool ListService::ingestListing(const api::Reply<api::Page<BulkList>> &reply, QString *message) {
    const net::Result &r = reply.result;
    if (reply.ok()) {
        const api::Page<BulkList> &page = *reply.value;
        m_model->applyListing(page.items, m_pinned);
        m_listed.clear();
        for (const BulkList &l : page.items) {
            m_listed.insert(l.id);
            m_pinned.remove(l.id); // the listing shows it: from now on the listing is its truth
            m_unpollable.remove(l.id);
        }
        // Nothing is dropped silently: counted, kept with the JSON, shown in the status line.
        UnreadableReport report;
        report.merge(page.unreadableCount, page.unreadable, r.requestId);
        if (!(report == m_unreadable)) {
            m_unreadable = report;
            emit unreadableChanged(m_unreadable);
        }
        setListingState(ListingState::Loaded, {});
        return true;
    }
    if (r.httpStatus == 404) {
        // The listing is RetryDesk's assumption (docs/api.md); seed 000 names only the retry.
        *message =
            tr("This server has no lists listing (GET %1 answered 404%2). Type a list id "
               "to check its status or retry it.")
                .arg(api::ListsApi::listsPath(),
                     r.requestId.isEmpty() ? QString() : tr(", request %1").arg(r.requestId));
        setListingState(ListingState::Unavailable, *message);
        return false;
    }
    *message = r.ok() ? tr("The server's lists could not be read (%1). Request id: %2.")
                            .arg(reply.decodeError, r.requestId)
                      : r.userMessage;
    setListingState(ListingState::Failed, *message);
    return false;
}

void ListService::ingestList(const BulkList &l) {
    if (m_model->upsert(l)) {
        emit listChanged(l.id);
    }
    if (!m_listed.contains(l.id)) {
        m_pinned.insert(l.id); // until a listing shows it, no listing removes it
    }
}

net::Operation *ListService::load(const QString &listId, api::Callback<BulkList> done,
                                  net::Priority priority) {
    net::Operation *op =
        m_api->get(listId, [this, listId, done](const api::Reply<BulkList> &reply) {
            observe(reply.result);
            if (reply.ok()) {
                m_unpollable.remove(listId);
                ingestList(*reply.value);
            } else if (reply.result.httpStatus == 404) {
                if (m_listingState == ListingState::Loaded) {
                    // The server has a listing, and no such list: it is gone (or never was).
                    m_pinned.remove(listId);
                    m_listed.remove(listId);
                    if (m_model->remove(listId)) {
                        emit listChanged(listId);
                    }
                } else if (m_model->list(listId)) {
                    // No listing either: the status GET (RetryDesk's assumption) may be what
                    // this server lacks. Keep the row, stop asking; a retry lets the server say.
                    m_unpollable.insert(
                        listId,
                        tr("The server answered 404 to the status check of %1%2.")
                            .arg(listId, reply.result.requestId.isEmpty()
                                             ? QString()
                                             : tr(" (request %1)").arg(reply.result.requestId)));
                }
            }
            if (!m_polling) {
                noteListsChanged();
            }
            if (done) {
                done(reply);
            }
        });
    op->setPriority(priority);
    return op;
}

QStringList ListService::chainOf(const QString &listId) const {
    return m_model->chains().chainOf(listId);
}

void ListService::observe(const net::Result &r) {
    if (r.clockSkew) {
        // Date has whole seconds (as ServerTime reads it): within ±1 s is no skew, so the
        // 5-minute countdown does not jitter from one answer to the next.
        m_skew = std::chrono::abs(*r.clockSkew) <= Millis(1000) ? Millis(0) : *r.clockSkew;
    }
    const ConnectionHealth h =
        healthAfter(m_health, r, m_client->rateLimits().remaining(m_client->hostKey()));
    if (!(h == m_health)) {
        m_health = h;
        emit healthChanged(m_health);
    }
}

} // namespace rd
