// ListStore: the bulk email-validation lists of seed 000, whose status progresses over time.
#pragma once

#include "core/Clock.h"
#include "core/Random.h"
#include "domain/BulkList.h"

#include <QHash>

namespace rd::sandbox {

// A list's progress is a pure function of the server clock (no timers): Queued for the first
// few seconds, then In Progress at itemsPerSecond, ending Completed — or Failed part-way when its
// seeded fate says so. Reading a list materialises its state at "now".
class ListStore {
public:
    static constexpr int kQueuedSeconds = 5;

    ListStore(Clock &serverClock, Random &random, int itemsPerSecond);

    // Inserts as given; a Queued / In Progress list starts processing from its counts now.
    void insert(const BulkList &l, const QString &userId, bool willFail = false);
    std::optional<BulkList> get(const QString &id);
    QString owner(const QString &id) const { return m_records.value(id).userId; }
    QList<BulkList> listFor(const QString &userId);
    QStringList ids() const;

    enum class RetryResult { Started, NotFound, Processing };
    // seed 000: a failed or completed list is retried as a NEW list ("list_…", In Progress).
    // A list cannot be retried while any job of its retry chain (the lists linked to it by
    // retry_of, either way) is Queued or In Progress: seed 000's "currently processing" holds
    // for the chain, so retrying an old list never starts a second job beside a running retry.
    RetryResult retry(const QString &id, const QString &userId, BulkList *created);

    // Exactly-once evidence: jobs started by retrying this very list, and by retrying any list
    // of its chain. Refused retries and idempotent replays start nothing and count nothing.
    int retriesStarted(const QString &id) const { return m_retriesStarted.value(id); }
    int chainRetriesStarted(const QString &id) const;
    // Every list a retry started from → jobs started (the admin endpoint's "list_retries").
    const QHash<QString, int> &retriesStartedByList() const { return m_retriesStarted; }
    // The first list of id's chain (following retry_of back); id itself when it retries nothing.
    QString chainRoot(const QString &id) const;
    // Every list of id's chain, the root first, then in the order the lists were stored.
    QStringList chainOf(const QString &id) const;

    // The server's clock moved by deltaSeconds: created / updated times and each job's start
    // move with it, so progress (a function of the time since the start) goes on unchanged.
    void shiftTimes(qint64 deltaSeconds);

private:
    struct Record {
        BulkList list;
        QString userId;
        QDateTime startedAt; // when processing (re)started, with list.processed as the base
        int baseProcessed = 0;
        int queuedSeconds = 0; // Queued lists start processing this long after startedAt
        int failAt = -1;       // processed count at which the job fails; -1 never
        int validPermille = 700;
        int invalidPermille = 200;
    };
    void materialise(Record &r) const;

    Clock &m_clock;
    Random &m_random;
    int m_rate;
    int m_nextId = 67890; // seed 000's example answer is list_67890
    QHash<QString, Record> m_records;
    QStringList m_order;
    QHash<QString, int> m_retriesStarted; // list retried → new jobs started from it
};

} // namespace rd::sandbox
