#include "outbox/Outbox.h"

#include "outbox/OutboxCheckpointer.h"
#include "outbox/OutboxSql.h"

#include <QCryptographicHash>
#include <QDir>
#include <QCoreApplication>

#include <atomic>

namespace rd::outbox {

namespace {

// RetryDesk's own words: the window translates them; the command-line tool installs no
// translator and stays English.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rd::outbox::Outbox)
};

} // namespace

using namespace detail;

namespace {

QVariant resultValue(WriteResult r) {
    return r == WriteResult::None ? QVariant(QMetaType(QMetaType::QString)) : QVariant(toString(r));
}

// How an answer ends a write: seed 003's definitive answers settle it; anything else leaves it
// Sending, to be resent with the same key and bytes.
struct Outcome {
    bool definitive = false;
    WriteResult result = WriteResult::Failed;
    QString code;
};

Outcome outcomeOf(const net::Result &r) {
    const int status = r.httpStatus;
    const bool success = status >= 200 && status < 300;
    Outcome o;
    o.code = r.error.code;
    if (o.code.isEmpty() && !success) {
        if (status == 0) {
            o.code = r.errorKind == net::ErrorKind::None ? QStringLiteral("no_answer")
                                                         : net::toString(r.errorKind);
        } else {
            o.code = QStringLiteral("http_%1").arg(status);
        }
    }
    o.definitive = net::WriteJournal::isDefinitive(r);
    if (!o.definitive) {
        o.result = WriteResult::Failed;
    } else if (success) {
        o.result = r.replayed ? WriteResult::Replayed : WriteResult::Applied;
    } else {
        o.result = WriteResult::Rejected;
    }
    return o;
}

QString stamp(const QDateTime &t) {
    return t.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'");
}

// Where a person can see whether a write of uncertain outcome was applied.
QString howToCheck(const QString &action, const QString &target, const QByteArray &method,
                   const QString &path) {
    if (target.isEmpty()) {
        return Text::tr("Check on the server whether %1 %2 was applied.")
            .arg(QString::fromLatin1(method), path);
    }
    if (action == u"list-retry") {
        return Text::tr("Open list %1 and check whether the retry started.").arg(target);
    }
    return Text::tr("Open validation %1 and check its retry_state to see whether it was "
                          "applied.")
        .arg(target);
}

} // namespace

Outbox::Outbox(const QString &directory, const QString &connectionId, Clock &clock, QObject *parent)
    : QObject(parent)
    , m_connectionId(connectionId)
    , m_path(QDir(directory).absoluteFilePath(fileNameFor(connectionId)))
    , m_clock(clock) {
    static std::atomic<quint64> counter{0};
    // Several Outbox objects may share one file (each service opens its own): one connection each.
    m_dbName = QStringLiteral("outbox-%1-%2").arg(++counter).arg(fileNameFor(connectionId));
    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_dbName);
    open(directory);
    if (!m_report.ok) {
        m_lastError = m_report.message;
    } else {
        m_checkpointer = std::make_unique<OutboxCheckpointer>(m_path);
        m_checkpointer->start(QThread::LowPriority);
    }
}

Outbox::~Outbox() {
    m_flushTimer = 0; // its timer dies with this object (context)
    commitAnswers();
    m_checkpointer.reset(); // joined before the last connection closes (and checkpoints)
    database(m_dbName).close();
    QSqlDatabase::removeDatabase(m_dbName);
}

bool Outbox::beginWrite(const net::JournalWrite &write, QString *error) {
    const auto refuse = [&](const QString &why) {
        m_lastError = why;
        if (error) {
            *error = why;
        }
        return false;
    };
    if (!isOpen()) {
        return refuse(m_report.message);
    }
    if (write.idempotencyKey.isEmpty()) {
        return refuse(QStringLiteral("This write has no Idempotency-Key, so it was not journaled "
                                     "and not sent."));
    }
    // A run item this outbox journaled and claimed (Sending, committed) needs no transaction of
    // its own: its bytes are checked against the digest kept at journaling, and its send is
    // counted with the next flush. A bulk run then costs one commit per batch, not per item.
    if (const auto it = m_claimedDigests.constFind(write.idempotencyKey);
        it != m_claimedDigests.cend()) {
        if (*it != digestOf(write.method, write.path, write.body)) {
            return refuse(QStringLiteral("Idempotency-Key %1 was already journaled with other "
                                         "content, so this write was not sent. Start it again to "
                                         "give it a new key.")
                              .arg(write.idempotencyKey));
        }
        ++m_pendingSends[write.idempotencyKey];
        scheduleFlush();
        return true;
    }
    const auto failed = [&](const QSqlError &e) {
        return refuse(QStringLiteral("RetryDesk could not journal this write in its outbox %1 "
                                     "(%2), so it was not sent. Try again; if it keeps failing, "
                                     "check the disk.")
                          .arg(QDir::toNativeSeparators(m_path), describe(e)));
    };
    const QSqlDatabase db = database(m_dbName);
    const QVariant now = msOf(m_clock.utcNow());
    Transaction tx(db);
    if (!tx.begun()) {
        return failed(tx.error());
    }
    QSqlQuery find(db);
    find.prepare(
        QStringLiteral("SELECT id, method, path, body FROM writes WHERE idempotency_key = ?"));
    find.addBindValue(write.idempotencyKey);
    if (!find.exec()) {
        return failed(find.lastError());
    }
    QSqlQuery q(db);
    if (find.next()) {
        const qint64 id = find.value(0).toLongLong();
        const QByteArray method = find.value(1).toString().toLatin1();
        const QString path = find.value(2).toString();
        const bool same = method == write.method && path == write.path &&
                          find.value(3).toByteArray() == write.body;
        find.finish();
        if (!same) {
            // Seed 001: one key is one logical write; other bytes under it would be refused by
            // the server (422 idempotency_key_reused) or, worse, mistaken for the earlier write.
            return refuse(QStringLiteral("Idempotency-Key %1 was already journaled for %2 %3 with "
                                         "other content, so this write was not sent. Start it "
                                         "again to give it a new key.")
                              .arg(write.idempotencyKey, QString::fromLatin1(method), path));
        }
        q.prepare(QStringLiteral(
            "UPDATE writes SET sends = sends + 1, claimed_at = COALESCE(claimed_at, ?),"
            " state = CASE WHEN state IN ('queued', 'sending') THEN 'sending' ELSE state END"
            " WHERE id = ?"));
        q.addBindValue(now);
        q.addBindValue(id);
        if (!q.exec()) {
            return failed(q.lastError());
        }
    } else {
        find.finish();
        q.prepare(QStringLiteral(
            "INSERT INTO writes (run_id, idempotency_key, method, path, body, action, target,"
            " created_at, claimed_at, sends, state) VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, 1,"
            " 'sending')"));
        const QString action = actionOf(write.method, write.path);
        const QString target = targetOf(write.path);
        q.addBindValue(write.idempotencyKey);
        q.addBindValue(QString::fromLatin1(write.method));
        q.addBindValue(write.path);
        q.addBindValue(write.body);
        q.addBindValue(action);
        q.addBindValue(target);
        q.addBindValue(now);
        q.addBindValue(now);
        if (!q.exec()) {
            return failed(q.lastError());
        }
        const QVariant id = q.lastInsertId();
        // The user's newer write to the same resource wins: the older one is never resent.
        QSqlQuery older(db);
        older.prepare(QStringLiteral(
            "UPDATE writes SET state = 'superseded', result = NULL, finished_at = ?, message = ?"
            " WHERE run_id IS NULL AND method = ? AND path = ? AND id <> ?"
            " AND state IN ('queued', 'sending')"));
        older.addBindValue(now);
        older.addBindValue(QStringLiteral("Replaced by a later write (Idempotency-Key %1) to the "
                                          "same %2 before it settled, so it will not be sent "
                                          "again.")
                               .arg(write.idempotencyKey, target.isEmpty() ? write.path : target));
        older.addBindValue(QString::fromLatin1(write.method));
        older.addBindValue(write.path);
        older.addBindValue(id);
        if (!older.exec()) {
            return failed(older.lastError());
        }
    }
    if (!tx.commit()) {
        return failed(tx.error());
    }
    emit changed();
    return true;
}

void Outbox::endWrite(const QString &idempotencyKey, const net::Result &result) {
    if (!isOpen()) {
        return;
    }
    if (m_claimedDigests.contains(idempotencyKey)) {
        // A run item journaled and claimed here: no lookup, answered with the next batch.
        m_answers.append({idempotencyKey, result, m_clock.utcNow()});
        scheduleFlush();
        return;
    }
    QSqlQuery q(database(m_dbName));
    q.prepare(QStringLiteral("SELECT run_id FROM writes WHERE idempotency_key = ?"));
    q.addBindValue(idempotencyKey);
    if (!q.exec()) {
        // The write stays Sending: it is resent with its key, and the server replays it.
        m_lastError = describe(q.lastError());
        return;
    }
    if (!q.next()) {
        return; // not journaled here
    }
    const bool single = q.value(0).isNull();
    q.finish();
    m_answers.append({idempotencyKey, result, m_clock.utcNow()});
    if (single) {
        flush();
    } else {
        scheduleFlush();
    }
}

QByteArray Outbox::digestOf(const QByteArray &method, const QString &path, const QByteArray &body) {
    QCryptographicHash h(QCryptographicHash::Sha1);
    h.addData(method);
    h.addData(QByteArrayView("\n"));
    h.addData(path.toUtf8());
    h.addData(QByteArrayView("\n"));
    h.addData(body);
    return h.result();
}

void Outbox::scheduleFlush() {
    if (m_flushTimer == 0) {
        m_flushTimer = m_clock.callAfter(kFlushDelay, this, [this] {
            m_flushTimer = 0;
            flush();
        });
    }
}

void Outbox::flush() {
    if (m_flushTimer != 0) {
        m_clock.cancel(m_flushTimer);
        m_flushTimer = 0;
    }
    if (commitAnswers()) {
        emit changed();
    }
}

bool Outbox::commitAnswers() {
    if ((m_answers.isEmpty() && m_pendingSends.isEmpty()) || !isOpen()) {
        return false;
    }
    const QSqlDatabase db = database(m_dbName);
    Transaction tx(db);
    if (!tx.begun()) {
        m_lastError = describe(tx.error()); // the answers stay buffered for the next flush
        return false;
    }
    if (!m_pendingSends.isEmpty()) {
        QSqlQuery sends(db);
        sends.prepare(
            QStringLiteral("UPDATE writes SET sends = sends + ? WHERE idempotency_key = ?"));
        for (auto it = m_pendingSends.cbegin(); it != m_pendingSends.cend(); ++it) {
            sends.bindValue(0, it.value());
            sends.bindValue(1, it.key());
            if (!sends.exec()) {
                m_lastError = describe(sends.lastError());
                return false;
            }
        }
    }
    // A Done write is never moved back; a later non-definitive answer only updates unsettled ones.
    QSqlQuery done(db);
    done.prepare(QStringLiteral(
        "UPDATE writes SET state = 'done', result = ?, http_status = ?, code = ?, request_id = ?,"
        " message = ?, finished_at = ? WHERE idempotency_key = ? AND state <> 'done'"));
    QSqlQuery open(db);
    open.prepare(
        QStringLiteral("UPDATE writes SET state = 'sending', result = ?, http_status = ?, code = ?,"
                       " request_id = ?, message = ?, claimed_at = COALESCE(claimed_at, ?)"
                       " WHERE idempotency_key = ? AND state IN ('queued', 'sending')"));
    int changedRows = 0;
    for (const Answer &a : std::as_const(m_answers)) {
        const Outcome o = outcomeOf(a.result);
        QSqlQuery &q = o.definitive ? done : open;
        q.bindValue(0, resultValue(o.result));
        q.bindValue(1, a.result.httpStatus);
        q.bindValue(2, o.code);
        q.bindValue(3,
                    a.result.requestId.isEmpty() ? a.result.error.requestId : a.result.requestId);
        q.bindValue(4, a.result.userMessage);
        q.bindValue(5, msOf(a.at));
        q.bindValue(6, a.key);
        if (!q.exec()) {
            m_lastError = describe(q.lastError());
            return false;
        }
        changedRows += std::max(0, q.numRowsAffected());
    }
    if (!tx.commit()) {
        m_lastError = describe(tx.error());
        return false;
    }
    m_answers.clear();
    m_pendingSends.clear();
    return changedRows > 0;
}

bool Outbox::drop(const QString &idempotencyKey) {
    if (!isOpen()) {
        m_lastError = m_report.message;
        return false;
    }
    flush(); // an answer that arrived settles it instead
    m_claimedDigests.remove(idempotencyKey);
    const std::optional<WriteRecord> w = write(idempotencyKey);
    if (!w || !w->unsettled()) {
        m_lastError = w ? QStringLiteral("Write %1 is not waiting to be sent (it is %2).")
                              .arg(idempotencyKey, toString(w->state))
                        : QStringLiteral("Write %1 is not in the outbox.").arg(idempotencyKey);
        return false;
    }
    const QString message =
        w->sends == 0
            ? QStringLiteral("Cancelled before it was sent: nothing was applied.")
            : QStringLiteral("Not sent again at your request. It was sent before without a "
                             "definitive answer: %1")
                  .arg(howToCheck(w->action, w->target, w->method, w->path));
    QSqlQuery q(database(m_dbName));
    q.prepare(QStringLiteral(
        "UPDATE writes SET state = 'dropped', result = NULL, finished_at = ?, message = ?"
        " WHERE id = ? AND state IN ('queued', 'sending')"));
    q.addBindValue(msOf(m_clock.utcNow()));
    q.addBindValue(message);
    q.addBindValue(w->id);
    if (!q.exec()) {
        m_lastError = describe(q.lastError());
        return false;
    }
    const bool dropped = q.numRowsAffected() > 0;
    if (dropped) {
        emit changed();
    }
    return dropped;
}

int Outbox::expireOldSends() {
    if (!isOpen()) {
        m_lastError = m_report.message;
        return 0;
    }
    flush(); // answers that arrived settle their writes first
    const QSqlDatabase db = database(m_dbName);
    const QDateTime now = m_clock.utcNow();
    Transaction tx(db);
    if (!tx.begun()) {
        m_lastError = describe(tx.error());
        return 0;
    }
    struct Expired {
        qint64 id;
        QString message;
    };
    QList<Expired> expired;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "SELECT id, idempotency_key, method, path, action, target, claimed_at FROM writes"
            " WHERE state = 'sending' AND claimed_at IS NOT NULL AND claimed_at < ?"));
        q.addBindValue(now.toMSecsSinceEpoch() - kKeyWindow.count());
        if (!q.exec()) {
            m_lastError = describe(q.lastError());
            return 0;
        }
        while (q.next()) {
            const QDateTime claimed = timeOf(q.value(6));
            const QString hint =
                howToCheck(q.value(4).toString(), q.value(5).toString(),
                           q.value(2).toString().toLatin1(), q.value(3).toString());
            // Seed 001: the server forgets a key after 24 h, so a resend could apply it twice.
            expired.append(
                {q.value(0).toLongLong(),
                 QStringLiteral("Sent on %1 with Idempotency-Key %2 and no definitive answer "
                                "came; the key expired on %3 (24 h later), so RetryDesk will "
                                "not send it again. %4")
                     .arg(stamp(claimed), q.value(1).toString(),
                          stamp(claimed.addMSecs(kKeyWindow.count())), hint)});
        }
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral(
        "UPDATE writes SET state = 'unknown', result = NULL, code = 'outcome_unknown',"
        " message = ?, finished_at = ? WHERE id = ?"));
    for (const Expired &e : std::as_const(expired)) {
        update.bindValue(0, e.message);
        update.bindValue(1, msOf(now));
        update.bindValue(2, e.id);
        if (!update.exec()) {
            m_lastError = describe(update.lastError());
            return 0;
        }
    }
    if (!tx.commit()) {
        m_lastError = describe(tx.error());
        return 0;
    }
    if (!expired.isEmpty()) {
        emit changed();
    }
    return int(expired.size());
}

} // namespace rd::outbox
