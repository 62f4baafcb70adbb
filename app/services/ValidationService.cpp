#include "services/ValidationService.h"

#include "api/ValidationQuery.h"
#include "models/ValidationTableModel.h"
#include "net/ApiClient.h"
#include "net/RateLimitTracker.h"
#include "net/RequestLog.h"
#include "net/RetryBudget.h"
#include "outbox/Outbox.h"
#include "services/HealthObserver.h"
#include "services/HostResources.h"

#include <utility>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace rd {

namespace {
// While the server is down and polling is off, still look every so often, so the outage banner
// clears by itself once the server is back.
constexpr Millis kRecoveryProbe{15'000};
} // namespace

ValidationService::ValidationService(ServiceEndpoint endpoint, Clock &clock, Random &jitter,
                                     HostResources &hosts, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_clock(clock)
    , m_log(std::make_unique<net::RequestLog>())
    , m_client(hosts.makeClient(
          {m_endpoint.baseUrl, net::ApiStyle::Bearer, m_endpoint.apiKey, {}}, clock, jitter,
          m_log.get()))
    , m_api(std::make_unique<api::ValidationsApi>(*m_client))
    , m_model(std::make_unique<ValidationTableModel>(&clock)) {}

ValidationService::~ValidationService() {
    emit closing();
    m_clock.cancel(m_pollTimer);
    m_clock.cancel(m_dueTimer);
    m_clock.cancel(m_statesTimer);
}

void ValidationService::noteState(const QString &id, const std::optional<RetryState> &state) {
    const bool pending = state && state->isActive();
    for (UuidSet *set : {&m_pending, &m_pendingNext}) {
        if (set == &m_pendingNext && !m_refreshing) {
            break;
        }
        if (pending) {
            set->insert(id);
        } else {
            set->remove(id);
        }
    }
}

void ValidationService::watch(const QObject *viewer) {
    const bool first = m_watchers.isEmpty();
    m_watchers.insert(viewer);
    if (first) {
        if (m_model->totalCount() == 0) {
            refresh();
        } else {
            schedulePoll();
        }
    }
}

void ValidationService::unwatch(const QObject *viewer) {
    m_watchers.remove(viewer);
    m_pausedBy.remove(viewer);
    if (m_watchers.isEmpty()) {
        m_clock.cancel(m_pollTimer);
        m_pollTimer = 0;
    }
}

void ValidationService::setPollInterval(PollInterval interval) {
    if (interval == m_interval) {
        return;
    }
    m_interval = interval;
    schedulePoll();
    emit pollIntervalChanged(interval);
}

void ValidationService::pauseRefresh(const QObject *who) {
    const bool was = isPaused();
    m_pausedBy.insert(who);
    if (!was) {
        emit pausedChanged(true);
    }
}

void ValidationService::resumeRefresh(const QObject *who) {
    if (!m_pausedBy.remove(who) || isPaused()) {
        return;
    }
    emit pausedChanged(false);
    if (m_pollWaiting) {
        m_pollWaiting = false;
        refresh();
    }
}

void ValidationService::schedulePoll() {
    m_clock.cancel(m_pollTimer);
    m_pollTimer = 0;
    if (m_watchers.isEmpty() || m_refreshing) {
        return;
    }
    Millis delay{qint64(m_interval) * 1000};
    if (!m_health.healthy() && (m_interval == PollInterval::Off || delay > kRecoveryProbe)) {
        delay = kRecoveryProbe;
    }
    if (delay.count() == 0) {
        return;
    }
    m_pollTimer = m_clock.callAfter(delay, this, [this] {
        m_pollTimer = 0;
        onPollDue();
    });
}

void ValidationService::onPollDue() {
    if (isPaused()) {
        m_pollWaiting = true;
        return;
    }
    const bool fullDue = !m_lastFull || (m_fullInterval.count() > 0 &&
                                         m_clock.monotonicNow() - *m_lastFull >= m_fullInterval);
    if (fullDue || !m_health.healthy()) {
        startRefresh(net::Priority::Background); // also the probe that clears an outage
    } else {
        sync();
    }
}

bool ValidationService::beginPolledWork() {
    if (isPaused()) {
        m_pollWaiting = true; // runs on resume
        return false;
    }
    m_clock.cancel(m_pollTimer); // the poll reschedules when the work ends
    m_pollTimer = 0;
    return true;
}

void ValidationService::setFullRefreshInterval(Millis interval) {
    m_fullInterval = std::max(Millis(0), interval);
}

void ValidationService::refresh() {
    startRefresh(net::Priority::User);
}

void ValidationService::startRefresh(net::Priority priority) {
    if (m_refreshing) {
        return;
    }
    if (!beginPolledWork()) {
        return;
    }
    m_refreshing = true;
    m_unreadableNext = UnreadableReport();
    m_pendingNext.clear();
    m_model->beginRefresh();
    emit refreshStarted();
    if (!m_account && !m_accountUnavailable) {
        loadAccount();
    }
    fetchPage({}, priority);
}

std::optional<QString> ValidationService::ingest(const net::Result &r, Pages pages,
                                                 std::vector<WireParse::Uuid> *ids,
                                                 QString *message) {
    // A full refresh notes its pending cycles page by page: a scan of a million rows at its end,
    // into a set of QStrings, held the GUI thread ~40 ms (bench_app).
    const bool full = pages == Pages::FullRefresh;
    std::vector<WireParse::Uuid> pending;
    const ValidationTableModel::PageResult page =
        m_model->ingestPage(r.body, ids, full ? &pending : nullptr);
    for (const WireParse::Uuid &id : pending) {
        m_pendingNext.insert(id);
    }
    if (!page.ok()) {
        *message = tr("The server's list could not be read (%1). Request id: %2.")
                       .arg(page.error, r.requestId);
        return std::nullopt;
    }
    if (page.rejected > 0) {
        // Nothing is dropped silently: counted, kept with the JSON, shown in the status line. A
        // full refresh's report replaces the last one when it completes; a poll's adds to it.
        (full ? m_unreadableNext : m_unreadable)
            .merge(page.rejected, page.unreadable, r.requestId);
        if (!full) {
            emit unreadableChanged(m_unreadable);
        }
    }
    return page.hasMore ? page.nextCursor : QString();
}

void ValidationService::fetchPage(const QString &cursor, net::Priority priority) {
    api::ValidationQuery query;
    query.limit = kPageSize;
    query.cursor = cursor;
    net::Operation *op = m_client->get(QStringLiteral("/v1/validations"), query.toQuery());
    op->setBodyOnly(true); // ingest() decodes the page (simdjson)
    op->setPriority(priority);
    connect(op, &net::Operation::finished, this, [this, priority](const net::Result &r) {
        observe(r);
        QString message = r.userMessage;
        const std::optional<QString> next =
            r.ok() ? ingest(r, Pages::FullRefresh, nullptr, &message) : std::nullopt;
        if (!next) {
            m_model->abortRefresh(); // removes nothing; the next refresh starts over
            m_pendingNext.clear();
            finishRefresh(false, message);
            return;
        }
        if (!next->isEmpty()) {
            fetchPage(*next, priority);
            return;
        }
        m_model->endRefresh();
        m_lastFull = m_clock.monotonicNow();
        m_pending = std::exchange(m_pendingNext, {});
        m_unreadable = m_unreadableNext;
        emit unreadableChanged(m_unreadable);
        m_health.lastRefresh = m_clock.utcNow();
        emit healthChanged(m_health);
        finishRefresh(true, {});
    });
}

void ValidationService::finishRefresh(bool ok, const QString &message) {
    m_refreshing = false;
#if defined(__GLIBC__)
    // A full refresh read every page (up to a million rows, ~90 MB of JSON) through transient
    // buffers; glibc keeps such freed heap pages. Hand them back, so the window's resident memory
    // is its model, not the high-water mark of the load.
    malloc_trim(0);
#endif
    schedulePoll();
    emit refreshFinished(ok, message);
}

void ValidationService::loadAccount() {
    if (m_accountLoading) {
        return;
    }
    m_accountLoading = true;
    m_api->account([this](const api::Reply<api::Account> &reply) {
        m_accountLoading = false;
        // Not observe()d: an optional endpoint's absence says nothing about the connection.
        if (reply.ok()) {
            m_account = reply.value;
            emit accountChanged();
        } else if (reply.result.httpStatus == 404 || reply.result.httpStatus == 405 ||
                   reply.result.httpStatus == 501) {
            m_accountUnavailable = true;
            emit accountChanged();
        }
    });
}

std::optional<int> ValidationService::planCap() const {
    return m_account ? m_account->retryMaxRetries : std::nullopt;
}

net::Operation *ValidationService::loadDetail(const QString &id,
                                              api::Callback<api::ValidationDetail> done,
                                              net::Priority priority) {
    net::Operation *op =
        m_api->get(id, [this, id, done](const api::Reply<api::ValidationDetail> &reply) {
            observe(reply.result);
            if (reply.ok()) {
                m_model->upsert(reply.value->validation);
                noteState(id, reply.value->validation.retryState);
                emit detailLoaded(*reply.value, reply.result.requestId);
            } else if (reply.result.httpStatus == 404) {
                m_model->remove(id);
                m_pending.remove(id);
            }
            if (done) {
                done(reply);
            }
        });
    op->setPriority(priority);
    return op;
}

net::Operation *ValidationService::setPolicy(const QString &id, const RetryPolicy &policy,
                                             std::function<void(const WriteOutcome &)> done) {
    return m_api->setRetryPolicy(
        id, policy, {}, [this, id, done](const api::Reply<api::RetryStateUpdate> &reply) {
            const WriteOutcome outcome = takeWriteAnswer(id, reply);
            if (done) {
                done(outcome);
            }
        });
}

net::Operation *ValidationService::cancelRetries(const QString &id,
                                                 std::function<void(const WriteOutcome &)> done) {
    return m_api->cancelRetries(
        id, {}, [this, id, done](const api::Reply<api::RetryStateUpdate> &reply) {
            const WriteOutcome outcome = takeWriteAnswer(id, reply);
            if (done) {
                done(outcome);
            }
        });
}

WriteOutcome ValidationService::takeWriteAnswer(const QString &id,
                                                const api::Reply<api::RetryStateUpdate> &reply,
                                                bool refreshWhenDiffers, bool touch) {
    observe(reply.result);
    if (touch) {
        m_touched.insert(id, m_clock.monotonicNow());
    }
    const WriteOutcome outcome = WriteOutcome::from(reply);
    if (outcome.applied() && touch) {
        applyState(id, *outcome.state);
    } else if (outcome.applied()) {
        queueState(id, *outcome.state);
    } else if (refreshWhenDiffers && outcome.kind != WriteOutcome::Kind::Failed) {
        // The server's state differs from what the table shows ("already ended", a 422…).
        refreshRows({id});
    }
    return outcome;
}

outbox::Outbox *ValidationService::openOutbox(const QString &directory) {
    m_client->setJournal(nullptr);
    m_outbox = std::make_unique<outbox::Outbox>(directory, m_endpoint.connectionId, m_clock);
    m_client->setJournal(m_outbox.get());
    return m_outbox.get();
}

void ValidationService::applyState(const QString &id, const RetryState &state) {
    applyStates({{id, state}}, true);
}

bool ValidationService::wroteLately(const QString &id) const {
    const auto it = m_touched.constFind(id);
    return it != m_touched.cend() && m_clock.monotonicNow() - *it <= kTouchedFor;
}

void ValidationService::queueState(const QString &id, const RetryState &state) {
    m_queuedStates.insert(id, state);
    if (m_statesTimer == 0) {
        m_statesTimer = m_clock.callAfter(kBatchStatesEvery, this, [this] {
            m_statesTimer = 0;
            applyQueuedStates();
        });
    }
}

void ValidationService::applyQueuedStates() {
    const QHash<QString, RetryState> states = std::exchange(m_queuedStates, {});
    applyStates(states, false);
}

void ValidationService::applyStates(const QHash<QString, RetryState> &states,
                                    bool fetchWhenMissing) {
    const QDateTime updated = m_clock.utcNow().addMSecs(clockSkew().count());
    QList<Validation> rows;
    rows.reserve(states.size());
    QStringList missing;
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        std::optional<Validation> v = m_model->validationById(it.key());
        if (!v) {
            missing << it.key(); // not in the table (the CLI's, or removed meanwhile)
            continue;
        }
        v->retryState = it.value();
        v->updatedAt = updated;
        rows.append(*v);
    }
    m_model->upsert(rows); // one pass, one dataChanged per contiguous range
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        if (fetchWhenMissing && missing.contains(it.key())) {
            continue; // read again below; that answer notes it
        }
        noteState(it.key(), it.value());
        emit validationChanged(it.key());
    }
    if (fetchWhenMissing && !missing.isEmpty()) {
        refreshRows(missing);
    }
}

Millis ValidationService::clockSkew() const {
    return m_model->serverTime().skew();
}

void ValidationService::observe(const net::Result &r) {
    // A Date header has whole seconds, so one server's measured skew wanders within a second
    // from answer to answer; redrawing every countdown for that (hundreds of times a second in
    // a bulk run) changes nothing a person can see. Only a change beyond that resolution counts.
    if (r.clockSkew && std::chrono::abs(*r.clockSkew - m_model->serverTime().skew()) >
                           kSkewResolution) {
        m_model->setServerSkew(*r.clockSkew);
    }
    const ConnectionHealth h =
        healthAfter(m_health, r, m_client->rateLimits().remaining(m_client->hostKey()));
    if (!(h == m_health)) {
        const bool recovered = h.healthy() && !m_health.healthy();
        const bool broke = !h.healthy() && m_health.healthy();
        m_health = h;
        emit healthChanged(m_health);
        if (broke || recovered) {
            schedulePoll(); // probe for recovery even with polling off
        }
    }
}

} // namespace rd
