// OutboxFixture: a temporary folder, a FakeClock and shorthands for the outbox suites.
#pragma once

#include "core/FakeClock.h"
#include "outbox/Outbox.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace rd::outbox::testing {

inline net::JournalWrite policyWrite(const QString &validationId, const QString &key,
                                     const QByteArray &body = R"({"retry_policy":{"max":3}})") {
    return {"PUT", QStringLiteral("/v1/validations/%1/retry-policy").arg(validationId), body, key};
}

inline net::JournalWrite cancelWrite(const QString &validationId, const QString &key) {
    return {"POST", QStringLiteral("/v1/validations/%1/cancel-retries").arg(validationId), {}, key};
}

inline NewWrite runItem(const QString &validationId, const QString &key,
                        const QByteArray &body = R"({"retry_policy":{"max":3}})") {
    return {key, "PUT", QStringLiteral("/v1/validations/%1/retry-policy").arg(validationId), body};
}

inline net::Result answer(int status, const QString &code = {}, bool replayed = false) {
    net::Result r;
    r.httpStatus = status;
    r.replayed = replayed;
    r.requestId = status ? QStringLiteral("req_%1").arg(status) : QString();
    r.error.code = code;
    if (status >= 200 && status < 300) {
        r.errorKind = net::ErrorKind::None;
    } else if (status == 0 || status >= 500) {
        r.errorKind = net::ErrorKind::GaveUp;
        r.userMessage = QStringLiteral("The server did not answer; nothing was lost.");
    } else {
        r.errorKind = net::ErrorKind::Terminal;
        r.userMessage = QStringLiteral("The server refused it (%1).").arg(code);
    }
    return r;
}

// A plain QtSql connection to any file, removed when it goes out of scope.
class RawDb {
public:
    explicit RawDb(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(++counter())) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawDb() {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    // Runs sql and returns the first column of the first row (empty when none or on error).
    QString value(const QString &sql) const {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql) || !q.next()) {
            return {};
        }
        return q.value(0).toString();
    }
    bool exec(const QString &sql) const {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql);
    }

private:
    static int &counter() {
        static int n = 0;
        return n;
    }
    QString m_name;
};

class OutboxFixture : public ::testing::Test {
protected:
    std::unique_ptr<Outbox> open(const QString &connectionId = QStringLiteral("conn-1")) {
        return std::make_unique<Outbox>(m_dir.path(), connectionId, m_clock);
    }
    QString path(const QString &connectionId = QStringLiteral("conn-1")) const {
        return m_dir.filePath(Outbox::fileNameFor(connectionId));
    }
    static void writeFile(const QString &path, const QByteArray &bytes) {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ASSERT_EQ(f.write(bytes), bytes.size());
    }
    static QByteArray readFile(const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
    FakeClock m_clock; // 2026-01-01 12:00 UTC
};

} // namespace rd::outbox::testing
