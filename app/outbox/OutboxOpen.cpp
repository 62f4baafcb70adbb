// Opening a connection's outbox: checking that the file is one this build can trust, moving a
// damaged one aside (never a crash, never a silent reset) and creating the schema.
#include "outbox/Outbox.h"
#include "outbox/OutboxSql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace rd::outbox {

using namespace detail;

namespace {

enum class Health {
    Fresh,    // no file, an empty file, or an SQLite database without tables: make the schema
    Good,     // an outbox with a schema this build knows
    Damaged,  // not a readable outbox: keep a copy aside and start a fresh one
    Unusable, // cannot be used now (permissions, locked, I/O error): neither trust it nor move it
};

struct Inspection {
    Health health;
    QString why; // "it is not an SQLite database", …
};

// Only answers that say the bytes are wrong justify moving a file aside; a busy, locked or
// unreadable file is left where it is.
Inspection failedWith(const QSqlError &e) {
    switch (sqliteCode(e)) {
    case 26: // SQLITE_NOTADB
        return {Health::Damaged, QStringLiteral("it is not an SQLite database")};
    case 11: // SQLITE_CORRUPT
        return {Health::Damaged,
                QStringLiteral("SQLite reports it damaged (%1)").arg(e.databaseText())};
    default:
        return {Health::Unusable, describe(e)};
    }
}

bool execute(QSqlDatabase &db, const QString &sql, QSqlError *error) {
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        *error = q.lastError();
        return false;
    }
    return true;
}

Inspection inspect(QSqlDatabase &db, const QString &path, const QString &connectionId) {
    const QFileInfo info(path);
    const bool existed = info.exists();
    if (existed && !info.isFile()) {
        return {Health::Unusable, QStringLiteral("it is not a regular file")};
    }
    if (!db.open()) {
        return {Health::Unusable, describe(db.lastError())};
    }
    QSqlError error;
    if (!execute(db, QStringLiteral("PRAGMA busy_timeout=5000"), &error)) {
        return failedWith(error);
    }
    if (!existed) {
        return {Health::Fresh, {}};
    }
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
            return failedWith(q.lastError());
        }
        QStringList problems;
        while (q.next() && problems.size() < 3) {
            problems << q.value(0).toString();
        }
        if (problems != QStringList{QStringLiteral("ok")}) {
            return {Health::Damaged, QStringLiteral("its integrity check failed (%1)")
                                         .arg(problems.isEmpty() ? QStringLiteral("no answer")
                                                                 : problems.join(u"; "))};
        }
    }
    QSet<QString> tables;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
            return failedWith(q.lastError());
        }
        while (q.next()) {
            tables.insert(q.value(0).toString());
        }
    }
    if (tables.isEmpty()) {
        return {Health::Fresh, {}}; // a zero-length file is an empty database
    }
    const QStringList required{QStringLiteral("meta"), QStringLiteral("runs"),
                               QStringLiteral("writes")};
    QStringList missing;
    for (const QString &t : required) {
        if (!tables.contains(t)) {
            missing << t;
        }
    }
    if (missing.size() == required.size()) {
        return {Health::Damaged,
                QStringLiteral("it is an SQLite database without any of the outbox's tables")};
    }
    if (!missing.isEmpty()) {
        return {Health::Damaged,
                missing.size() == 1
                    ? QStringLiteral("its table %1 is missing").arg(missing.first())
                    : QStringLiteral("its tables %1 are missing").arg(missing.join(u", "))};
    }
    QString version;
    QString owner;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT key, value FROM meta"))) {
            return failedWith(q.lastError());
        }
        while (q.next()) {
            if (q.value(0).toString() == u"schema_version") {
                version = q.value(1).toString();
            } else if (q.value(0).toString() == u"connection_id") {
                owner = q.value(1).toString();
            }
        }
    }
    bool parsed = false;
    const int schema = version.trimmed().toInt(&parsed);
    if (!parsed || schema < 1) {
        return {Health::Damaged,
                QStringLiteral("its schema version \"%1\" cannot be read").arg(version)};
    }
    if (schema > Outbox::kSchemaVersion) {
        return {Health::Damaged, QStringLiteral("it was written by a newer RetryDesk (schema "
                                                "version %1; this version reads up to %2)")
                                     .arg(schema)
                                     .arg(Outbox::kSchemaVersion)};
    }
    for (const QString &sql :
         {QStringLiteral("SELECT %1, replaced_by FROM writes LIMIT 0").arg(kWriteColumns),
          QStringLiteral("SELECT %1 FROM runs LIMIT 0").arg(kRunColumns)}) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            const Inspection failed = failedWith(q.lastError());
            if (failed.health == Health::Unusable && sqliteCode(q.lastError()) != 1) {
                return failed;
            }
            return {Health::Damaged, QStringLiteral("its tables lack columns this version "
                                                    "needs (%1)")
                                         .arg(describe(q.lastError()))};
        }
    }
    if (!owner.isEmpty() && owner != connectionId) {
        // Resending another connection's writes would send them to the wrong server or key.
        return {Health::Damaged,
                QStringLiteral("it belongs to another connection (\"%1\")").arg(owner)};
    }
    return {Health::Good, {}};
}

// WAL: readers never block the writer and a killed app loses nothing committed; NORMAL is durable
// against an app crash in WAL mode (only an OS crash can lose the last commits).
bool configure(QSqlDatabase &db, QSqlError *error) {
    return execute(db, QStringLiteral("PRAGMA busy_timeout=5000"), error) &&
           execute(db, QStringLiteral("PRAGMA journal_mode=WAL"), error) &&
           execute(db, QStringLiteral("PRAGMA synchronous=NORMAL"), error) &&
           // Checkpoints (and their fsync) run on OutboxCheckpointer's thread, never here.
           execute(db, QStringLiteral("PRAGMA wal_autocheckpoint=0"), error) &&
           execute(db, QStringLiteral("PRAGMA foreign_keys=ON"), error);
}

const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY NOT NULL, value TEXT)",
    "CREATE TABLE IF NOT EXISTS runs ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT, action TEXT NOT NULL, description TEXT, spec TEXT,"
    " body BLOB, created_at INTEGER NOT NULL, finished_at INTEGER, state TEXT NOT NULL)",
    // result: NULL for WriteResult::None. replaced_by: the record requeueRejected() made to retry
    // this one under a new key (the run's counts skip replaced records).
    "CREATE TABLE IF NOT EXISTS writes ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " run_id INTEGER REFERENCES runs(id) ON DELETE CASCADE,"
    " idempotency_key TEXT NOT NULL UNIQUE, method TEXT NOT NULL, path TEXT NOT NULL, body BLOB,"
    " action TEXT NOT NULL, target TEXT, created_at INTEGER NOT NULL, claimed_at INTEGER,"
    " sends INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL, result TEXT,"
    " http_status INTEGER NOT NULL DEFAULT 0, code TEXT, request_id TEXT, message TEXT,"
    " finished_at INTEGER, replaced_by INTEGER REFERENCES writes(id))",
    "CREATE INDEX IF NOT EXISTS writes_by_state ON writes(state, claimed_at)",
    "CREATE INDEX IF NOT EXISTS writes_by_run ON writes(run_id, id)",
    "CREATE INDEX IF NOT EXISTS writes_by_target ON writes(method, path, state)",
    "CREATE INDEX IF NOT EXISTS writes_by_created ON writes(created_at, id)",
    "CREATE INDEX IF NOT EXISTS runs_by_state ON runs(state, spec)",
};

QString cannotWrite(const QString &path, const QString &why) {
    return QStringLiteral(
               "RetryDesk cannot write its outbox %1: %2. No write will be sent until it can, "
               "because a write that is not journaled could be lost or sent twice after a "
               "crash. Check that the folder exists and is writable (and that no other program "
               "holds the file), then restart RetryDesk.")
        .arg(QDir::toNativeSeparators(path), why);
}

} // namespace

void Outbox::open(const QString &directory) {
    if (!QDir().mkpath(directory)) {
        m_report.message = cannotWrite(m_path, QStringLiteral("its folder %1 cannot be created")
                                                   .arg(QDir::toNativeSeparators(directory)));
        return;
    }
    QSqlDatabase db = database(m_dbName);
    db.setDatabaseName(m_path);
    const Inspection found = inspect(db, m_path, m_connectionId);
    switch (found.health) {
    case Health::Fresh:
        m_report.ok = createSchema();
        if (!m_report.ok) {
            m_report.message = cannotWrite(m_path, m_lastError);
        }
        return;
    case Health::Good: {
        QSqlError error;
        m_report.ok = configure(db, &error);
        if (!m_report.ok) {
            m_report.message = cannotWrite(m_path, describe(error));
        }
        return;
    }
    case Health::Damaged:
        moveAside(found.why);
        return;
    case Health::Unusable:
        m_report.message = cannotWrite(m_path, found.why);
        return;
    }
}

bool Outbox::createSchema() {
    QSqlDatabase db = database(m_dbName);
    QSqlError error;
    if (!configure(db, &error)) {
        m_lastError = describe(error);
        return false;
    }
    Transaction tx(db);
    if (!tx.begun()) {
        m_lastError = describe(tx.error());
        return false;
    }
    for (const char *sql : kSchema) {
        if (!execute(db, QString::fromLatin1(sql), &error)) {
            m_lastError = describe(error);
            return false;
        }
    }
    QSqlQuery meta(db);
    meta.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    const QList<QPair<QString, QString>> values{
        {QStringLiteral("schema_version"), QString::number(kSchemaVersion)},
        {QStringLiteral("connection_id"), m_connectionId},
        {QStringLiteral("created_at"), m_clock.utcNow().toString(Qt::ISODateWithMs)},
    };
    for (const auto &[key, value] : values) {
        meta.bindValue(0, key);
        meta.bindValue(1, value);
        if (!meta.exec()) {
            m_lastError = describe(meta.lastError());
            return false;
        }
    }
    if (!tx.commit()) {
        m_lastError = describe(tx.error());
        return false;
    }
    return true;
}

bool Outbox::moveAside(const QString &why) {
    database(m_dbName).close();
    const QString native = QDir::toNativeSeparators(m_path);
    const QString base =
        m_path + QStringLiteral(".corrupt-") + m_clock.utcNow().toString(u"yyyyMMdd-HHmmss");
    QString kept = base;
    const auto taken = [](const QString &p) {
        return QFileInfo::exists(p) || QFileInfo::exists(p + QStringLiteral("-wal")) ||
               QFileInfo::exists(p + QStringLiteral("-shm"));
    };
    for (int n = 2; taken(kept); ++n) {
        kept = base + u'-' + QString::number(n);
    }
    const QString keptNative = QDir::toNativeSeparators(kept);
    QFile file(m_path);
    if (!file.rename(kept)) {
        m_report.message =
            QStringLiteral(
                "RetryDesk cannot read its outbox %1, because %2, and could not move "
                "it aside to %3 (%4). No write will be sent until this is fixed: move the file "
                "elsewhere yourself, then restart RetryDesk.")
                .arg(native, why, keptNative, file.errorString());
        return false;
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString sibling = m_path + suffix;
        // A stale journal next to the fresh file would be replayed into it: move it or delete it.
        if (QFileInfo::exists(sibling) && !QFile::rename(sibling, kept + suffix) &&
            !QFile::remove(sibling)) {
            m_report.message =
                QStringLiteral(
                    "RetryDesk cannot read its outbox %1, because %2. It was kept at %3, but "
                    "its journal file %4 could not be moved. No write will be sent "
                    "until this is fixed: move %4 elsewhere, then restart RetryDesk.")
                    .arg(native, why, keptNative, QDir::toNativeSeparators(sibling));
            m_report.keptCopy = kept;
            return false;
        }
    }
    m_report.recovered = true;
    m_report.keptCopy = kept;
    QSqlDatabase db = database(m_dbName);
    if (!db.open() || !createSchema()) {
        const QString reason = db.isOpen() ? m_lastError : describe(db.lastError());
        m_report.message =
            QStringLiteral(
                "RetryDesk could not read its outbox %1, because %2; it was kept at %3. A "
                "fresh outbox could not be created in its place (%4), so no write "
                "will be sent until the folder is writable; then restart RetryDesk.")
                .arg(native, why, keptNative, reason);
        return false;
    }
    m_report.ok = true;
    m_report.message =
        QStringLiteral(
            "RetryDesk could not read its outbox %1, because %2. The file was kept at %3. The "
            "writes it "
            "held cannot be resumed automatically: to check them, open each validation you "
            "changed recently in RetryDesk and look at its retry_state. New writes are journaled "
            "in a fresh outbox.")
            .arg(native, why, keptNative);
    return true;
}

} // namespace rd::outbox
