// OutboxCheckpointer: moves an outbox's WAL into its database file from a thread of its own, so
// the thread that journals writes (the GUI's) never waits for the checkpoint's fsync. The outbox's
// own connection has wal_autocheckpoint off; SQLite still checkpoints when the last connection
// closes.
#pragma once

#include <QString>
#include <QThread>

namespace rd::outbox {

class OutboxCheckpointer : public QThread {
public:
    // Every intervalMs, PRAGMA wal_checkpoint(PASSIVE) on a connection of this thread.
    explicit OutboxCheckpointer(QString path, int intervalMs = 1000);
    ~OutboxCheckpointer() override; // stops and joins

protected:
    void run() override;

private:
    QString m_path;
    int m_intervalMs;
};

} // namespace rd::outbox
