#include "outbox/OutboxSql.h"

namespace rd::outbox::detail {

QVariant msOf(const QDateTime &t) {
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant msOf(const std::optional<QDateTime> &t) {
    return t ? msOf(*t) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime timeOf(const QVariant &ms) {
    return ms.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

std::optional<QDateTime> optionalTimeOf(const QVariant &ms) {
    if (ms.isNull()) {
        return std::nullopt;
    }
    return timeOf(ms);
}

WriteRecord writeFrom(const QSqlQuery &q) {
    WriteRecord w;
    w.id = q.value(0).toLongLong();
    if (!q.value(1).isNull()) {
        w.runId = q.value(1).toLongLong();
    }
    w.idempotencyKey = q.value(2).toString();
    w.method = q.value(3).toString().toLatin1();
    w.path = q.value(4).toString();
    w.body = q.value(5).toByteArray();
    w.action = q.value(6).toString();
    w.target = q.value(7).toString();
    w.createdAt = timeOf(q.value(8));
    w.claimedAt = optionalTimeOf(q.value(9));
    w.sends = q.value(10).toInt();
    w.state = writeStateFromString(q.value(11).toString()).value_or(WriteState::Unknown);
    w.result = writeResultFromString(q.value(12).toString()).value_or(WriteResult::None);
    w.httpStatus = q.value(13).toInt();
    w.code = q.value(14).toString();
    w.requestId = q.value(15).toString();
    w.message = q.value(16).toString();
    w.finishedAt = optionalTimeOf(q.value(17));
    return w;
}

RunRecord runFrom(const QSqlQuery &q) {
    RunRecord r;
    r.id = q.value(0).toLongLong();
    r.action = q.value(1).toString();
    r.description = q.value(2).toString();
    r.spec = q.value(3).toString();
    r.body = q.value(4).toByteArray();
    r.createdAt = timeOf(q.value(5));
    r.finishedAt = optionalTimeOf(q.value(6));
    r.state = runStateFromString(q.value(7).toString()).value_or(RunState::Paused);
    return r;
}

QString describe(const QSqlError &e) {
    QString text = e.databaseText();
    if (text.isEmpty()) {
        text = e.driverText();
    }
    if (text.isEmpty()) {
        text = QStringLiteral("unknown database error");
    }
    if (!e.nativeErrorCode().isEmpty()) {
        text += QStringLiteral(" (SQLite %1)").arg(e.nativeErrorCode());
    }
    return text;
}

int sqliteCode(const QSqlError &e) {
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 0;
}

Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db) {
    QSqlQuery q(m_db);
    m_begun = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_begun) {
        m_error = q.lastError();
    }
}

Transaction::~Transaction() {
    if (m_begun && !m_done) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

bool Transaction::commit() {
    if (!m_begun || m_done) {
        return false;
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        m_error = q.lastError();
        return false; // the destructor rolls back
    }
    m_done = true;
    return true;
}

} // namespace rd::outbox::detail
