#include "sandbox/ListStore.h"

namespace rd::sandbox {

ListStore::ListStore(Clock &serverClock, Random &random, int itemsPerSecond)
    : m_clock(serverClock)
    , m_random(random)
    , m_rate(std::max(1, itemsPerSecond)) {}

void ListStore::insert(const BulkList &l, const QString &userId, bool willFail) {
    Record r;
    r.list = l;
    r.userId = userId;
    r.startedAt = m_clock.utcNow();
    r.baseProcessed = l.processed;
    r.queuedSeconds = l.status == BulkList::Status::Queued ? kQueuedSeconds : 0;
    if (l.total > 0 && l.processed > 0) {
        r.validPermille = int(qint64(l.valid) * 1000 / l.processed);
        r.invalidPermille = int(qint64(l.invalid) * 1000 / l.processed);
    }
    if (willFail && l.total > 0) {
        r.failAt = std::max(l.processed,
                            int(m_random.uniform(quint64(l.processed), quint64(l.total - 1))));
    }
    if (!m_records.contains(l.id)) {
        m_order.append(l.id);
    }
    m_records.insert(l.id, r);
}

void ListStore::materialise(Record &r) const {
    BulkList &l = r.list;
    if (l.status != BulkList::Status::Queued && l.status != BulkList::Status::InProgress) {
        return;
    }
    const QDateTime now = m_clock.utcNow();
    const qint64 elapsed = r.startedAt.secsTo(now);
    if (l.status == BulkList::Status::Queued) {
        if (elapsed < kQueuedSeconds) {
            return;
        }
        l.status = BulkList::Status::InProgress;
        l.updatedAt = r.startedAt.addSecs(kQueuedSeconds);
    }
    const qint64 running = std::max<qint64>(0, r.startedAt.secsTo(now) - r.queuedSeconds);
    qint64 processed = std::min<qint64>(l.total, r.baseProcessed + running * m_rate);
    if (r.failAt >= 0 && processed >= r.failAt) {
        processed = r.failAt;
        l.status = BulkList::Status::Failed;
    } else if (processed >= l.total) {
        l.status = BulkList::Status::Completed;
    }
    l.processed = int(processed);
    l.valid = int(processed * r.validPermille / 1000);
    l.invalid = int(processed * r.invalidPermille / 1000);
    l.unknown = l.processed - l.valid - l.invalid;
    if (l.status == BulkList::Status::InProgress) {
        l.updatedAt = now;
    } else {
        // Finished: the moment the last item (or the failing one) was processed.
        l.updatedAt = r.startedAt.addSecs(r.queuedSeconds +
                                          (processed - r.baseProcessed + m_rate - 1) / m_rate);
    }
}

std::optional<BulkList> ListStore::get(const QString &id) {
    auto it = m_records.find(id);
    if (it == m_records.end()) {
        return std::nullopt;
    }
    materialise(*it);
    return it->list;
}

QList<BulkList> ListStore::listFor(const QString &userId) {
    QList<BulkList> out;
    for (const QString &id : m_order) {
        Record &r = m_records[id];
        if (r.userId == userId) {
            materialise(r);
            out.append(r.list);
        }
    }
    return out;
}

QStringList ListStore::ids() const {
    return m_order;
}

ListStore::RetryResult ListStore::retry(const QString &id, const QString &userId,
                                        BulkList *created) {
    auto it = m_records.find(id);
    if (it == m_records.end() || it->userId != userId) {
        return RetryResult::NotFound;
    }
    materialise(*it);
    if (!it->list.canRetry()) {
        return RetryResult::Processing; // seed 000: "Cannot retry … currently processing"
    }
    for (const QString &member : chainOf(id)) {
        Record &r = m_records[member];
        materialise(r);
        if (r.list.status == BulkList::Status::Queued ||
            r.list.status == BulkList::Status::InProgress) {
            return RetryResult::Processing; // another job of this chain still runs
        }
    }
    const BulkList old = it->list; // insert() below may rehash m_records
    BulkList l;
    l.id = QStringLiteral("list_%1").arg(m_nextId++);
    while (m_records.contains(l.id)) {
        l.id = QStringLiteral("list_%1").arg(m_nextId++);
    }
    l.name = old.name;
    l.status = BulkList::Status::InProgress;
    l.total = old.total;
    l.createdAt = m_clock.utcNow();
    l.updatedAt = l.createdAt;
    l.retryOf = old.id;
    // A retry usually gets further: one in five fails again.
    insert(l, userId, m_random.uniform(0, 4) == 0);
    ++m_retriesStarted[id];
    *created = l;
    return RetryResult::Started;
}

QString ListStore::chainRoot(const QString &id) const {
    QString root = id;
    // Bounded walk: stored data could hold a retry_of loop; a chain is never longer than the store.
    for (qsizetype steps = 0; steps <= m_order.size(); ++steps) {
        const auto it = m_records.constFind(root);
        if (it == m_records.cend() || it->list.retryOf.isEmpty() ||
            !m_records.contains(it->list.retryOf)) {
            break;
        }
        root = it->list.retryOf;
    }
    return root;
}

QStringList ListStore::chainOf(const QString &id) const {
    if (!m_records.contains(id)) {
        return {};
    }
    const QString root = chainRoot(id);
    QStringList chain{root};
    for (const QString &other : m_order) {
        if (other != root && chainRoot(other) == root) {
            chain.append(other);
        }
    }
    return chain;
}

int ListStore::chainRetriesStarted(const QString &id) const {
    int n = 0;
    for (const QString &member : chainOf(id)) {
        n += m_retriesStarted.value(member);
    }
    return n;
}

void ListStore::shiftTimes(qint64 deltaSeconds) {
    const auto shift = [deltaSeconds](std::optional<QDateTime> &t) {
        if (t) {
            *t = t->addSecs(deltaSeconds);
        }
    };
    for (Record &r : m_records) {
        r.startedAt = r.startedAt.addSecs(deltaSeconds);
        shift(r.list.createdAt);
        shift(r.list.updatedAt);
    }
}

} // namespace rd::sandbox
