// OutboxSql: what the Outbox's source files share — the connection lookup, the column lists, row
// mapping, time columns and a BEGIN IMMEDIATE transaction. Internal to retrydesk_outbox.
#pragma once

#include "outbox/Outbox.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace rd::outbox::detail {

// Column order of writeFrom(); "SELECT " + kWriteColumns + " FROM writes …".
inline constexpr char kWriteColumns[] =
    "id, run_id, idempotency_key, method, path, body, action, target, created_at, claimed_at, "
    "sends, state, result, http_status, code, request_id, message, finished_at";
// Column order of runFrom() (counts are read separately, runCounts()).
inline constexpr char kRunColumns[] =
    "id, action, description, spec, body, created_at, finished_at, state";

inline QSqlDatabase database(const QString &connectionName) {
    return QSqlDatabase::database(connectionName, false);
}

// Times are stored as UTC milliseconds since the epoch (INTEGER), NULL when absent.
QVariant msOf(const QDateTime &t);
QVariant msOf(const std::optional<QDateTime> &t);
QDateTime timeOf(const QVariant &ms);
std::optional<QDateTime> optionalTimeOf(const QVariant &ms);

WriteRecord writeFrom(const QSqlQuery &q);
RunRecord runFrom(const QSqlQuery &q);

// "file is not a database (SQLite 26)": the driver's text without Qt's "Unable to …" suffix.
QString describe(const QSqlError &e);
// The primary SQLite result code of an error (26 not a database, 11 corrupt, 5 busy…), 0: none.
int sqliteCode(const QSqlError &e);

// BEGIN IMMEDIATE … COMMIT: takes the write lock up front so a second process (the CLI) waits on
// busy_timeout instead of failing half-way; rolls back unless committed.
class Transaction {
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool begun() const { return m_begun; }
    bool commit();
    QSqlError error() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_begun = false;
    bool m_done = false;
    QSqlError m_error;
};

} // namespace rd::outbox::detail
