// ListRetryBatch: a retry of several selected lists, one after another, with a result per list.
#pragma once

#include "services/ListRetryOutcome.h"

#include <QObject>

#include <functional>

namespace rd {

class ListService;

// Each list is a user action of its own (ListService::retry: its own Idempotency-Key, the local
// refusals, the server's answer). One at a time, in the order given, never in parallel: seed 000
// asks clients to go easy on retries, and the user reads each outcome in order. A list given
// twice is sent once.
class ListRetryBatch : public QObject {
    Q_OBJECT
public:
    using Progress = std::function<void(int done, int total, const ListRetryOutcome &)>;
    using Done = std::function<void(const QList<ListRetryOutcome> &)>;

    ListRetryBatch(ListService &service, const QStringList &listIds, Progress progress, Done done,
                   QObject *parent = nullptr);

    // Sends the first on the next event-loop turn.
    void start();
    // Sends no further list: the one being sent finishes (stopping a POST half-way would leave
    // its outcome unknown); the rest end as RefusedLocally / Cancelled.
    void cancel();

    int total() const { return int(m_ids.size()); }
    int done() const { return int(m_outcomes.size()); }
    bool isFinished() const { return m_finished; }
    const QList<ListRetryOutcome> &outcomes() const { return m_outcomes; }
    QStringList retryableIds() const { return ListRetryOutcome::retryableIds(m_outcomes); }

signals:
    void progress(int done, int total, const rd::ListRetryOutcome &outcome);
    void finished(const QList<rd::ListRetryOutcome> &outcomes);

private:
    void next();
    void record(const ListRetryOutcome &outcome);

    ListService &m_service;
    QStringList m_ids;
    Progress m_progress;
    Done m_done;
    QList<ListRetryOutcome> m_outcomes;
    bool m_cancelled = false;
    bool m_sending = false;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace rd
