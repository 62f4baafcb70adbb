// Outbox's reads: the writes a query selects, single writes left unsettled, one write by key,
// and the activity log.
#include "outbox/Outbox.h"

#include "outbox/OutboxSql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rd::outbox {

using namespace detail;

QList<WriteRecord> Outbox::unsettledSingleWrites() const {
    return selectWrites(
        QStringLiteral("WHERE run_id IS NULL AND state IN ('queued', 'sending') ORDER BY id"), {});
}

QList<WriteRecord> Outbox::selectWrites(const QString &rest, const QVariantList &binds) const {
    const QSqlDatabase db = database(m_dbName);
    if (!db.isOpen()) {
        m_lastError = m_report.message;
        return {};
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM writes ").arg(QLatin1String(kWriteColumns)) + rest);
    for (const QVariant &v : binds) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        m_lastError = describe(q.lastError());
        return {};
    }
    QList<WriteRecord> out;
    while (q.next()) {
        out.append(writeFrom(q));
    }
    return out;
}

std::optional<WriteRecord> Outbox::write(const QString &idempotencyKey) const {
    const QList<WriteRecord> found =
        selectWrites(QStringLiteral("WHERE idempotency_key = ?"), {idempotencyKey});
    return found.isEmpty() ? std::nullopt : std::optional<WriteRecord>(found.first());
}

QList<WriteRecord> Outbox::activity(const ActivityQuery &query) const {
    QStringList where;
    QVariantList binds;
    const QString text = query.text.trimmed();
    if (!text.isEmpty()) {
        QString escaped = text;
        escaped.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        const QString pattern = u'%' + escaped + u'%';
        QStringList any;
        for (const char *column :
             {"action", "target", "idempotency_key", "code", "request_id", "message"}) {
            any << QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(QLatin1String(column));
            binds << pattern;
        }
        where << u'(' + any.join(u" OR ") + u')';
    }
    if (query.result) {
        if (*query.result == WriteResult::None) {
            where << QStringLiteral("state IN ('queued', 'sending')");
        } else {
            where << QStringLiteral("result = ?");
            binds << toString(*query.result);
        }
    }
    if (query.since) {
        where << QStringLiteral("created_at >= ?");
        binds << msOf(*query.since);
    }
    QString sql;
    if (!where.isEmpty()) {
        sql += QStringLiteral("WHERE ") + where.join(u" AND ");
    }
    sql += QStringLiteral(" ORDER BY created_at DESC, id DESC LIMIT ?");
    binds << (query.limit > 0 ? query.limit : -1);
    return selectWrites(sql, binds);
}

} // namespace rd::outbox
