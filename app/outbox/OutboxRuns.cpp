// The outbox's bulk runs: journaling a run's items, claiming batches, requeueing rejected items,
// cancelling, and reading a run with its counts.
#include "outbox/Outbox.h"

#include "core/Random.h"
#include "outbox/OutboxSql.h"

namespace rd::outbox {

using namespace detail;

namespace {

// Counts by state / result, one GROUP BY. A record requeueRejected() replaced is not counted: its
// newer record stands for the item.
bool readCounts(const QSqlDatabase &db, RunRecord &r, QSqlError *error) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT state, result, COUNT(*) FROM writes"
                             " WHERE run_id = ? AND replaced_by IS NULL GROUP BY state, result"));
    q.addBindValue(r.id);
    if (!q.exec()) {
        *error = q.lastError();
        return false;
    }
    while (q.next()) {
        const auto state = writeStateFromString(q.value(0).toString());
        const auto result = writeResultFromString(q.value(1).toString());
        const int n = q.value(2).toInt();
        r.total += n;
        if (!state) {
            continue;
        }
        switch (*state) {
        case WriteState::Queued:
            r.queued += n;
            break;
        case WriteState::Sending:
            // Sent, and the last attempt ended without a definitive answer: counted as failed
            // (still unsettled: it is resent with its key).
            (result == WriteResult::Failed ? r.failed : r.sending) += n;
            break;
        case WriteState::Done:
            if (result == WriteResult::Applied) {
                r.applied += n;
            } else if (result == WriteResult::Replayed) {
                r.replayed += n;
            } else {
                r.rejected += n;
            }
            break;
        case WriteState::Unknown:
            r.unknown += n;
            break;
        case WriteState::Dropped:
            r.dropped += n;
            break;
        case WriteState::Superseded:
            break;
        }
    }
    return true;
}

} // namespace

std::optional<qint64> Outbox::createRun(const QString &action, const QString &description,
                                        const QString &spec, const QByteArray &body) {
    if (!isOpen()) {
        m_lastError = m_report.message;
        return std::nullopt;
    }
    QSqlQuery q(database(m_dbName));
    q.prepare(QStringLiteral("INSERT INTO runs (action, description, spec, body, created_at, state)"
                             " VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(action);
    q.addBindValue(description);
    q.addBindValue(spec);
    q.addBindValue(body);
    q.addBindValue(msOf(m_clock.utcNow()));
    q.addBindValue(toString(RunState::Running));
    if (!q.exec()) {
        m_lastError = describe(q.lastError());
        return std::nullopt;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    emit changed();
    return id;
}

bool Outbox::addRunItems(qint64 runId, const QList<NewWrite> &items) {
    if (!isOpen()) {
        m_lastError = m_report.message;
        return false;
    }
    if (items.isEmpty()) {
        return true;
    }
    const QSqlDatabase db = database(m_dbName);
    Transaction tx(db);
    if (!tx.begun()) {
        m_lastError = describe(tx.error());
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO writes (run_id, idempotency_key, method, path, body, action, target,"
        " created_at, sends, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 'queued')"));
    const QVariant now = msOf(m_clock.utcNow());
    for (const NewWrite &item : items) {
        if (item.idempotencyKey.isEmpty()) {
            m_lastError = QStringLiteral("An item of run %1 (%2) has no Idempotency-Key; nothing "
                                         "of this batch was journaled.")
                              .arg(runId)
                              .arg(item.path);
            return false;
        }
        q.bindValue(0, runId);
        q.bindValue(1, item.idempotencyKey);
        q.bindValue(2, QString::fromLatin1(item.method));
        q.bindValue(3, item.path);
        q.bindValue(4, item.body);
        q.bindValue(5, actionOf(item.method, item.path));
        q.bindValue(6, targetOf(item.path));
        q.bindValue(7, now);
        if (!q.exec()) {
            m_lastError = QStringLiteral("Could not journal %1 of run %2: %3")
                              .arg(item.path)
                              .arg(runId)
                              .arg(describe(q.lastError()));
            return false; // the transaction rolls back: a batch is journaled whole or not at all
        }
    }
    if (!tx.commit()) {
        m_lastError = describe(tx.error());
        return false;
    }
    if (m_runDigests.size() < 1'000'000) { // beyond that, beginWrite's slow path does
        for (const NewWrite &item : items) {
            m_runDigests.insert(item.idempotencyKey,
                                digestOf(item.method, item.path, item.body));
        }
    }
    emit changed();
    return true;
}

bool Outbox::claim(const QStringList &idempotencyKeys) {
    if (!isOpen()) {
        m_lastError = m_report.message;
        return false;
    }
    if (idempotencyKeys.isEmpty()) {
        return true;
    }
    const QSqlDatabase db = database(m_dbName);
    Transaction tx(db);
    if (!tx.begun()) {
        m_lastError = describe(tx.error());
        return false;
    }
    // A resumed Sending write keeps its first claim: its 24 h started then.
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("UPDATE writes SET state = 'sending', claimed_at = COALESCE(claimed_at, ?)"
                       " WHERE idempotency_key = ? AND state IN ('queued', 'sending')"));
    const QVariant now = msOf(m_clock.utcNow());
    for (const QString &key : idempotencyKeys) {
        q.bindValue(0, now);
        q.bindValue(1, key);
        if (!q.exec()) {
            m_lastError = describe(q.lastError());
            return false;
        }
    }
    if (!tx.commit()) {
        m_lastError = describe(tx.error());
        return false;
    }
    for (const QString &key : idempotencyKeys) {
        if (const auto it = m_runDigests.constFind(key); it != m_runDigests.cend()) {
            m_claimedDigests.insert(key, *it);
        }
    }
    emit changed();
    return true;
}

QStringList Outbox::requeueRejected(qint64 runId, const QStringList &idempotencyKeys) {
    if (!isOpen()) {
        m_lastError = m_report.message;
        return {};
    }
    flush(); // the answers that rejected them may still be buffered
    const QSqlDatabase db = database(m_dbName);
    Transaction tx(db);
    if (!tx.begun()) {
        m_lastError = describe(tx.error());
        return {};
    }
    QSqlQuery find(db);
    find.prepare(QStringLiteral(
        "SELECT id, method, path, body, action, target FROM writes WHERE idempotency_key = ?"
        " AND run_id = ? AND state = 'done' AND result = 'rejected' AND replaced_by IS NULL"));
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO writes (run_id, idempotency_key, method, path, body, action, target,"
        " created_at, sends, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 'queued')"));
    QSqlQuery link(db);
    link.prepare(QStringLiteral("UPDATE writes SET replaced_by = ? WHERE id = ?"));
    const QVariant now = msOf(m_clock.utcNow());
    QStringList fresh;
    bool any = false;
    for (const QString &key : idempotencyKeys) {
        find.bindValue(0, key);
        find.bindValue(1, runId);
        if (!find.exec()) {
            m_lastError = describe(find.lastError());
            return {};
        }
        if (!find.next()) {
            fresh << QString();
            continue;
        }
        const qint64 oldId = find.value(0).toLongLong();
        // A 4xx is cached under the old key (seed 001): the retry is a new logical write.
        const QString newKey = uuidV4(*SystemRandom::instance());
        insert.bindValue(0, runId);
        insert.bindValue(1, newKey);
        for (int column = 1; column <= 5; ++column) {
            insert.bindValue(column + 1, find.value(column));
        }
        insert.bindValue(7, now);
        find.finish();
        if (!insert.exec()) {
            m_lastError = describe(insert.lastError());
            return {};
        }
        link.bindValue(0, insert.lastInsertId());
        link.bindValue(1, oldId);
        if (!link.exec()) {
            m_lastError = describe(link.lastError());
            return {};
        }
        fresh << newKey;
        any = true;
    }
    if (!tx.commit()) {
        m_lastError = describe(tx.error());
        return {};
    }
    if (any) {
        emit changed();
    }
    return fresh;
}

int Outbox::dropQueued(qint64 runId) {
    if (!isOpen()) {
        m_lastError = m_report.message;
        return 0;
    }
    QSqlQuery q(database(m_dbName));
    q.prepare(QStringLiteral(
        "UPDATE writes SET state = 'dropped', result = NULL, finished_at = ?, message = ?"
        " WHERE run_id = ? AND state = 'queued'"));
    q.addBindValue(msOf(m_clock.utcNow()));
    q.addBindValue(QStringLiteral("Cancelled before it was sent: nothing was applied."));
    q.addBindValue(runId);
    if (!q.exec()) {
        m_lastError = describe(q.lastError());
        return 0;
    }
    const int dropped = std::max(0, q.numRowsAffected());
    if (dropped > 0) {
        emit changed();
    }
    return dropped;
}

bool Outbox::setRunState(qint64 runId, RunState state) {
    if (!isOpen()) {
        m_lastError = m_report.message;
        return false;
    }
    const bool ended = state == RunState::Finished || state == RunState::Cancelled;
    QSqlQuery q(database(m_dbName));
    q.prepare(QStringLiteral("UPDATE runs SET state = ?, finished_at = ? WHERE id = ?"));
    q.addBindValue(toString(state));
    q.addBindValue(ended ? msOf(m_clock.utcNow()) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(runId);
    if (!q.exec()) {
        m_lastError = describe(q.lastError());
        return false;
    }
    if (q.numRowsAffected() <= 0) {
        m_lastError = QStringLiteral("There is no run %1 in this outbox.").arg(runId);
        return false;
    }
    emit changed();
    return true;
}

bool Outbox::setRunSettings(qint64 runId, const QString &settings) {
    if (!isOpen()) {
        m_lastError = m_report.message;
        return false;
    }
    QSqlQuery q(database(m_dbName));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    q.addBindValue(QStringLiteral("run-settings-%1").arg(runId));
    q.addBindValue(settings);
    if (!q.exec()) {
        m_lastError = describe(q.lastError());
        return false;
    }
    return true;
}

QString Outbox::runSettings(qint64 runId) const {
    const QSqlDatabase db = database(m_dbName);
    if (!db.isOpen()) {
        return {};
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(QStringLiteral("run-settings-%1").arg(runId));
    if (!q.exec() || !q.next()) {
        return {};
    }
    return q.value(0).toString();
}

std::optional<RunRecord> Outbox::run(qint64 runId) const {
    const QSqlDatabase db = database(m_dbName);
    if (!db.isOpen()) {
        m_lastError = m_report.message;
        return std::nullopt;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM runs WHERE id = ?").arg(QLatin1String(kRunColumns)));
    q.addBindValue(runId);
    if (!q.exec()) {
        m_lastError = describe(q.lastError());
        return std::nullopt;
    }
    if (!q.next()) {
        return std::nullopt;
    }
    RunRecord r = runFrom(q);
    QSqlError error;
    if (!readCounts(db, r, &error)) {
        m_lastError = describe(error);
        return std::nullopt;
    }
    return r;
}

namespace {

QList<RunRecord> runsWhere(const QSqlDatabase &db, const QString &where, const QVariantList &binds,
                           QString *lastError) {
    if (!db.isOpen()) {
        *lastError = QStringLiteral("The outbox is not open: nothing can be read from it.");
        return {};
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM runs %2 ORDER BY created_at DESC, id DESC LIMIT ?")
                  .arg(QLatin1String(kRunColumns), where));
    for (const QVariant &v : binds) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        *lastError = describe(q.lastError());
        return {};
    }
    QList<RunRecord> out;
    while (q.next()) {
        out.append(runFrom(q));
    }
    q.finish();
    for (RunRecord &r : out) {
        QSqlError error;
        if (!readCounts(db, r, &error)) {
            *lastError = describe(error);
            return {};
        }
    }
    return out;
}

} // namespace

QList<RunRecord> Outbox::runs(int limit) const {
    return runsWhere(database(m_dbName), {}, {limit > 0 ? limit : -1}, &m_lastError);
}

QList<RunRecord> Outbox::unfinishedRuns() const {
    return runsWhere(database(m_dbName), QStringLiteral("WHERE state IN ('running', 'paused')"),
                     {-1}, &m_lastError);
}

std::optional<RunRecord> Outbox::unfinishedRunWithSpec(const QString &spec) const {
    const QList<RunRecord> found = runsWhere(
        database(m_dbName), QStringLiteral("WHERE spec = ? AND state IN ('running', 'paused')"),
        {spec, 1}, &m_lastError);
    if (found.isEmpty()) {
        return std::nullopt;
    }
    return found.first();
}

QList<WriteRecord> Outbox::runWrites(qint64 runId) const {
    return selectWrites(QStringLiteral("WHERE run_id = ? ORDER BY id"), {runId});
}

} // namespace rd::outbox
