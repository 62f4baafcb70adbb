// ListService's retries (seed 000's POST …/bulk-emails/{listId}/retry): the local refusals with
// their reasons, one Idempotency-Key per user action, and each answer as a typed outcome.
#include "services/ListService.h"

#include "models/ListTableModel.h"
#include "net/ApiClient.h"
#include "services/ListRetryBatch.h"

namespace rd {

namespace {

bool processing(BulkList::Status s) {
    return s == BulkList::Status::Queued || s == BulkList::Status::InProgress;
}

QString clockTime(const QDateTime &utc) {
    return utc.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
}

} // namespace

bool ListService::isPlausibleListId(const QString &listId) {
    if (listId.isEmpty() || listId.size() > 255) {
        return false;
    }
    for (const QChar c : listId) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c == u'/' || c == u'?' ||
            c == u'#' || c == u'%') {
            return false;
        }
    }
    return true;
}

std::optional<ListRetryOutcome> ListService::refusalFor(const QString &typedId) const {
    const QString listId = typedId.trimmed();
    ListRetryOutcome o;
    o.listId = listId;
    o.kind = ListRetryOutcome::Kind::RefusedLocally;
    if (listId.isEmpty()) {
        o.message = tr("Type the id of the list to retry (for example list_12345).");
        return o;
    }
    if (!isPlausibleListId(listId)) {
        o.message = tr("\"%1\" is not a list id: list ids have no spaces, slashes, '?', '#' or "
                       "'%' (for example list_12345).")
                        .arg(listId.left(80));
        return o;
    }
    const QStringList chain = chainOf(listId);
    for (const QString &member : chain) {
        if (member != listId && m_inFlight.contains(member)) {
            o.reason = ListRetryOutcome::Reason::ChainBusy;
            o.blockingListId = member;
            o.message = tr("A retry of %1, in the same retry chain as %2, is being sent. Wait "
                           "for its answer: a chain runs one job at a time.")
                            .arg(member, listId);
            return o;
        }
    }
    for (const QString &member : chain) {
        const std::optional<BulkList> l = m_model->list(member);
        if (!l || !processing(l->status) || m_unpollable.contains(member)) {
            continue;
        }
        // seed 000: "Cannot retry validation job that is currently processing" — the server
        // says the same for the whole chain; saying it here saves a request and names the job.
        o.reason = ListRetryOutcome::Reason::Processing;
        o.blockingListId = member;
        o.message = member == listId
                        ? tr("%1 is still processing (%2). It can be retried once it has "
                             "finished; its status is checked automatically.")
                              .arg(listId, BulkList::toWire(l->status))
                        : tr("%1 cannot be retried while %2, a job of the same retry chain, is "
                             "still processing (%3). Retry once %2 has finished.")
                              .arg(listId, member, BulkList::toWire(l->status));
        return o;
    }
    const std::optional<QDateTime> allowed = nextRetryAllowedAt(listId);
    if (allowed && m_clock.utcNow() < *allowed) {
        o.reason = ListRetryOutcome::Reason::TooSoon;
        o.retryAllowedAt = allowed;
        o.message = tr("Wait at least 5 minutes between retries (the lists API asks it: big "
                       "lists take time). %1's retry chain was last retried at %2; it can be "
                       "retried again at %3.")
                        .arg(listId, clockTime(allowed->addMSecs(-kRetrySpacing.count())),
                             clockTime(*allowed));
        return o;
    }
    return std::nullopt;
}

QDateTime ListService::localFromServer(const QDateTime &serverTime) const {
    return serverTime.addMSecs(-m_skew.count());
}

std::optional<QDateTime> ListService::lastRetryOf(const QString &listId) const {
    std::optional<QDateTime> last;
    const auto later = [&last](const QDateTime &t) {
        if (!last || t > *last) {
            last = t;
        }
    };
    const Millis now = m_clock.monotonicNow();
    for (const QString &member : chainOf(listId)) {
        // Retries sent from here: on the monotonic clock, so a wall-clock change cannot shorten
        // the wait.
        if (const auto it = m_retriedAt.constFind(member); it != m_retriedAt.cend()) {
            later(m_clock.utcNow().addMSecs(-(now - *it).count()));
        }
        // Retries sent elsewhere (another window, the CLI, a colleague): a job that retries a
        // list was created by that retry.
        if (!m_model->chains().retryOf(member).isEmpty()) {
            const std::optional<BulkList> l = m_model->list(member);
            if (l && l->createdAt) {
                later(localFromServer(*l->createdAt));
            }
        }
    }
    return last;
}

std::optional<QDateTime> ListService::nextRetryAllowedAt(const QString &listId) const {
    const std::optional<QDateTime> last = lastRetryOf(listId);
    return last ? std::optional<QDateTime>(last->addMSecs(kRetrySpacing.count())) : std::nullopt;
}

void ListService::deliver(const RetryDone &done, const ListRetryOutcome &outcome) {
    if (done) {
        done(outcome);
    }
}

void ListService::retry(const QString &typedId, RetryDone done) {
    const QString listId = typedId.trimmed(); // pasted with a space around it: the same list
    if (auto it = m_inFlight.find(listId); it != m_inFlight.end()) {
        it->waiters.append(std::move(done)); // a double click: the same POST answers both
        return;
    }
    if (std::optional<ListRetryOutcome> refused = refusalFor(listId)) {
        // Never synchronously: callers may still be setting up (and batches never recurse).
        QMetaObject::invokeMethod(
            this,
            [this, done = std::move(done), outcome = *refused] {
                deliver(done, outcome);
                emit retryFinished(outcome);
            },
            Qt::QueuedConnection);
        return;
    }
    QString key;
    if (const auto it = m_unconfirmed.constFind(listId); it != m_unconfirmed.cend()) {
        // The last send of this list has no definitive answer: this retry completes that
        // operation (same key: the server replays or applies it once), never a second job.
        if (m_clock.monotonicNow() - it->at < kUnconfirmedKeyKept) {
            key = it->key;
        }
    }
    InFlight &f = m_inFlight[listId];
    f.waiters.append(std::move(done));
    emit retryStarted(listId);
    net::Operation *op =
        m_api->retry(listId, key, [this, listId](const api::Reply<BulkList> &reply) {
            finishRetry(listId, reply);
        });
    f.key = op->idempotencyKey();
}

void ListService::finishRetry(const QString &listId, const api::Reply<BulkList> &reply) {
    const net::Result &r = reply.result;
    observe(r);
    const InFlight f = m_inFlight.take(listId);
    ListRetryOutcome o;
    o.listId = listId;
    o.httpStatus = r.httpStatus;
    o.requestId = r.requestId;
    o.idempotencyKey = r.idempotencyKey.isEmpty() ? f.key : r.idempotencyKey;
    o.replayed = r.replayed;
    o.serverMessage = ListRetryOutcome::serverMessageOf(r.body);
    const std::optional<BulkList> old = m_model->list(listId);
    using Kind = ListRetryOutcome::Kind;
    using net::ErrorKind;
    if (reply.ok()) {
        BulkList created = *reply.value;
        if (created.retryOf.isEmpty()) {
            created.retryOf = listId; // seed 000's answer is {id, status}: the request says whose
        }
        if (created.name.isEmpty() && old) {
            created.name = old->name; // the same list, revalidated
        }
        o.kind = Kind::Started;
        o.newList = created;
        o.message = tr("%1 retried: new job %2 (%3).")
                        .arg(listId, created.id, ListTableModel::statusText(created));
        m_unconfirmed.remove(listId);
        m_retriedAt.insert(listId, m_clock.monotonicNow());
        m_model->addRetryLink(listId, created.id);
        if (!m_model->list(created.id)) { // a replay may name a job polled further already
            ingestList(created);
        }
        if (!old) {
            load(listId, {}, net::Priority::Background); // typed by the user: show it too
        }
    } else if (r.ok() && !o.serverMessage.isEmpty()) {
        // {"success":false,…} with a 2xx status: a refusal all the same.
        o.kind = Kind::Refused;
        o.message = o.serverMessage;
        o.advice = tr("The server did not start a new job. Request id: %1.").arg(r.requestId);
        m_unconfirmed.remove(listId);
    } else if (r.ok()) {
        // Accepted, but the answer does not say which job: keep the key so that sending again
        // replays this answer instead of starting a second job.
        o.kind = Kind::Unconfirmed;
        m_unconfirmed.insert(listId, {o.idempotencyKey, m_clock.monotonicNow()});
        o.message = tr("The server accepted the retry of %1 but its answer could not be read "
                       "(%2). Request id: %3.")
                        .arg(listId, reply.decodeError, r.requestId);
        o.advice = tr("Refresh to see the new job; retrying %1 resends the same request, so it "
                      "cannot start a second one.")
                       .arg(listId);
    } else if (r.errorKind == ErrorKind::Terminal || r.errorKind == ErrorKind::KeyReused) {
        o.kind = Kind::Refused;
        m_unconfirmed.remove(listId);
        o.message = o.serverMessage.isEmpty() ? r.userMessage : o.serverMessage;
        switch (r.httpStatus) {
        case 401:
            o.advice = tr("The API key was refused: check the connection's key.");
            break;
        case 403:
            o.advice = tr("This API key may not retry lists: use a key with write access.");
            break;
        case 404:
            o.advice =
                tr("Check the list id: the server has no list %1 for this API key.").arg(listId);
            break;
        case 422:
            o.advice = r.error.code == u"list_processing"
                           ? tr("Its job is still running: retry once it has finished (its "
                                "status is checked automatically).")
                           : r.userMessage;
            break;
        default:
            o.advice = r.userMessage;
        }
        if (r.httpStatus == 404 || r.httpStatus == 422) {
            load(listId, {}, net::Priority::Background); // what we showed was out of date
        }
    } else {
        // No definitive answer: it may have started. The next retry of this list reuses the key.
        o.kind = Kind::Unconfirmed;
        m_unconfirmed.insert(listId, {o.idempotencyKey, m_clock.monotonicNow()});
        o.message = o.serverMessage.isEmpty() ? r.userMessage : o.serverMessage;
        o.advice = r.userMessage + u' ' +
                   tr("Retrying %1 sends the same request again (same idempotency key), so "
                      "it starts at most one job.")
                       .arg(listId);
    }
    for (const RetryDone &done : f.waiters) {
        deliver(done, o);
    }
    emit retryFinished(o);
    if (!m_polling) {
        noteListsChanged();
    }
}

ListRetryBatch *ListService::retryMany(const QStringList &listIds, BatchProgress progress,
                                       BatchDone done) {
    auto *batch = new ListRetryBatch(*this, listIds, std::move(progress), std::move(done), this);
    connect(batch, &ListRetryBatch::finished, batch, &QObject::deleteLater);
    batch->start();
    return batch;
}

} // namespace rd
