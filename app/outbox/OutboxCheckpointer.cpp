#include "outbox/OutboxCheckpointer.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>

#include <atomic>

namespace rd::outbox {

OutboxCheckpointer::OutboxCheckpointer(QString path, int intervalMs)
    : m_path(std::move(path))
    , m_intervalMs(intervalMs) {
    setObjectName(QStringLiteral("outbox-checkpoint"));
}

OutboxCheckpointer::~OutboxCheckpointer() {
    quit();
    wait();
}

void OutboxCheckpointer::run() {
    static std::atomic<quint64> counter{0};
    const QString name = QStringLiteral("outbox-checkpoint-%1").arg(++counter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        if (db.open()) {
            QSqlQuery(db).exec(QStringLiteral("PRAGMA busy_timeout=1000"));
            QTimer timer;
            QObject::connect(&timer, &QTimer::timeout, [&db] {
                // PASSIVE: copies what no reader needs, never blocks the writer.
                QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
            });
            timer.start(m_intervalMs);
            exec();
            timer.stop();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace rd::outbox
