#include "services/ListRetryBatch.h"

#include "services/ListService.h"

#include <QPointer>

namespace rd {

ListRetryBatch::ListRetryBatch(ListService &service, const QStringList &listIds, Progress progress,
                               Done done, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_progress(std::move(progress))
    , m_done(std::move(done)) {
    for (const QString &id : listIds) {
        const QString trimmed = id.trimmed();
        if (!trimmed.isEmpty() && !m_ids.contains(trimmed)) {
            m_ids.append(trimmed);
        }
    }
}

void ListRetryBatch::start() {
    if (m_started) {
        return;
    }
    m_started = true;
    QMetaObject::invokeMethod(this, &ListRetryBatch::next, Qt::QueuedConnection);
}

void ListRetryBatch::cancel() {
    m_cancelled = true;
    if (!m_sending && m_started && !m_finished) {
        QMetaObject::invokeMethod(this, &ListRetryBatch::next, Qt::QueuedConnection);
    }
}

void ListRetryBatch::record(const ListRetryOutcome &outcome) {
    m_outcomes.append(outcome);
    if (m_progress) {
        m_progress(done(), total(), outcome);
    }
    emit progress(done(), total(), outcome);
}

void ListRetryBatch::next() {
    if (m_finished || m_sending) {
        return;
    }
    while (m_cancelled && done() < total()) {
        ListRetryOutcome o;
        o.listId = m_ids.at(done());
        o.kind = ListRetryOutcome::Kind::RefusedLocally;
        o.reason = ListRetryOutcome::Reason::Cancelled;
        o.message =
            tr("Not sent: the retry of the selected lists was stopped before %1.").arg(o.listId);
        record(o);
    }
    if (done() >= total()) {
        m_finished = true;
        if (m_done) {
            m_done(m_outcomes);
        }
        emit finished(m_outcomes);
        return;
    }
    m_sending = true;
    QPointer<ListRetryBatch> self(this);
    m_service.retry(m_ids.at(done()), [self](const ListRetryOutcome &outcome) {
        if (!self) {
            return;
        }
        self->m_sending = false;
        self->record(outcome);
        self->next();
    });
}

} // namespace rd
