// OutboxResume: what a connection's outbox holds that did not finish when RetryDesk (or the CLI)
// last stopped, and resending its single writes with their journaled keys and exact bytes.
#pragma once

#include "outbox/Outbox.h"

#include <QList>
#include <QObject>

#include <functional>

namespace rd::net {
class ApiClient;
}

namespace rd {

struct PendingWork {
    QList<outbox::RunRecord> runs;      // bulk runs left Running or Paused
    QList<outbox::WriteRecord> singles; // single writes still Queued or Sending
    int expiredNow = 0;                 // writes that just became Unknown (claimed > 24 h ago)
    bool any() const { return !runs.isEmpty() || !singles.isEmpty() || expiredNow > 0; }
    // "1 bulk run (640 of 1,000 done) and 2 single writes did not finish when RetryDesk last
    // stopped." — empty when there is nothing.
    QString summary() const;
};

// Marks writes claimed over 24 h ago Unknown (Outbox::expireOldSends), then lists what is left.
PendingWork pendingWork(outbox::Outbox &outbox);

// Resends single writes with their own keys and bytes through client (whose journal records the
// answers). done(applied, notApplied) once every one has answered; ids: the targets, for a refresh.
class SingleWriteResume : public QObject {
    Q_OBJECT
public:
    SingleWriteResume(net::ApiClient &client, const QList<outbox::WriteRecord> &writes,
                      QObject *parent = nullptr);
    int total() const { return m_total; }

signals:
    // applied counts replays (the server had applied an earlier send); targets: the ids written.
    void finished(int applied, int notApplied, const QStringList &targets);

private:
    int m_total = 0;
    int m_answered = 0;
    int m_applied = 0;
    QStringList m_targets;
};

} // namespace rd
