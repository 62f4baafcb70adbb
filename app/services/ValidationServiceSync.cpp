// ValidationService's light sync: what the poll reads between full refreshes, at background
// priority (net::Priority::Background: at most half of each rate-limit window, never ahead of the
// user). Its cost follows the active cycles, not the size of the table.
#include "services/ValidationService.h"

#include "api/ValidationQuery.h"
#include "models/ValidationTableModel.h"
#include "net/ApiClient.h"

namespace rd {

void ValidationService::sync() {
    if (m_syncing || m_refreshing) {
        m_syncAgain = m_syncing; // rows came due meanwhile: look once more when done
        return;
    }
    if (!beginPolledWork()) {
        return;
    }
    m_syncing = true;
    m_syncAgain = false;
    m_syncPendingIds.clear();
    syncPendingPage({});
}

// seed 002: GET /v1/validations?retry_state=pending — the only validations the server changes
// on its own.
void ValidationService::syncPendingPage(const QString &cursor) {
    api::ValidationQuery query;
    query.retryState = api::ValidationQuery::RetryFilter::Pending;
    query.limit = kPageSize;
    query.cursor = cursor;
    net::Operation *op = m_client->get(QStringLiteral("/v1/validations"), query.toQuery());
    op->setBodyOnly(true); // ingest() decodes the page (simdjson)
    op->setPriority(net::Priority::Background);
    connect(op, &net::Operation::finished, this, [this](const net::Result &r) {
        observe(r);
        QString message = r.userMessage;
        const std::optional<QString> next =
            r.ok() ? ingest(r, Pages::Poll, &m_syncPendingIds, &message) : std::nullopt;
        if (!next) {
            finishSync(false, message);
            return;
        }
        if (!next->isEmpty()) {
            syncPendingPage(*next);
            return;
        }
        // A cycle that left the listing ended (resolved, exhausted, cancelled elsewhere) or the
        // validation is gone: one GET each says which.
        UuidSet now;
        now.reserve(m_syncPendingIds.size());
        for (const WireParse::Uuid &id : m_syncPendingIds) {
            now.insert(id);
        }
        std::vector<WireParse::Uuid>().swap(m_syncPendingIds);
        QStringList left;
        m_pending.forEach([&](WireParse::Uuid id) {
            if (!now.contains(id)) {
                left.append(WireParse::uuidText(id.hi, id.lo));
            }
        });
        m_pending = std::move(now);
        refreshRows(left);
        syncNewest();
    });
}

// The newest page (docs/api.md: the listing is newest first), for validations created since.
void ValidationService::syncNewest() {
    api::ValidationQuery query;
    query.limit = kNewestPageSize;
    net::Operation *op = m_client->get(QStringLiteral("/v1/validations"), query.toQuery());
    op->setBodyOnly(true); // ingest() decodes the page (simdjson)
    op->setPriority(net::Priority::Background);
    connect(op, &net::Operation::finished, this, [this](const net::Result &r) {
        observe(r);
        QString message = r.userMessage;
        if (!r.ok() || !ingest(r, Pages::Poll, nullptr, &message)) {
            finishSync(false, message);
            return;
        }
        // Rows the user wrote lately: another client may change them too.
        const Millis now = m_clock.monotonicNow();
        QStringList touched;
        for (auto it = m_touched.begin(); it != m_touched.end();) {
            if (now - it.value() > kTouchedFor) {
                it = m_touched.erase(it);
            } else {
                if (!m_pending.contains(it.key())) { // pending ones were just read
                    touched.append(it.key());
                }
                ++it;
            }
        }
        refreshRows(touched);
        m_health.lastRefresh = m_clock.utcNow();
        emit healthChanged(m_health);
        finishSync(true, {});
    });
}

void ValidationService::finishSync(bool ok, const QString &message) {
    m_syncing = false;
    emit syncFinished(ok, message);
    if (m_syncAgain && ok) {
        m_syncAgain = false;
        sync();
        return;
    }
    schedulePoll();
}

void ValidationService::refreshRows(const QStringList &ids) {
    for (const QString &id : ids) {
        if (!m_queued.contains(id)) {
            m_queued.insert(id);
            m_rowQueue.append(id);
        }
    }
    nextQueuedRow();
}

// One background GET at a time: a burst of ended cycles never crowds the connection, and each
// waits for its share of the rate limit in turn.
void ValidationService::nextQueuedRow() {
    if (m_rowInFlight || m_rowQueue.isEmpty()) {
        return;
    }
    const QString id = m_rowQueue.takeFirst();
    m_queued.remove(id);
    m_rowInFlight = true;
    loadDetail(
        id,
        [this](const api::Reply<api::ValidationDetail> &) {
            m_rowInFlight = false;
            nextQueuedRow();
        },
        net::Priority::Background);
}

void ValidationService::refreshWhenDue(const QStringList &ids) {
    if (m_dueTimer != 0 || ids.isEmpty()) {
        return;
    }
    // The due rows are pending, so the pending listing has them all: one request, however many.
    m_dueTimer = m_clock.callAfter(kDueRefreshDelay, this, [this] {
        m_dueTimer = 0;
        sync();
    });
}

} // namespace rd
