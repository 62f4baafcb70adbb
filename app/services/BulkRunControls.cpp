// BulkRun's controls: pause, resume, cancel, speed and concurrency, and sending failures again.
#include "services/BulkRun.h"

#include "outbox/Outbox.h"
#include "services/ValidationService.h"

#include <algorithm>

namespace rd {

void BulkRun::pause() {
    if (m_detached) {
        return;
    }
    if (m_state == State::Running) {
        setState(State::Paused);
        noteProgress();
    }
}

void BulkRun::resume() {
    if (m_detached) {
        return;
    }
    if (m_state == State::Paused) {
        setState(State::Running);
        pump();
        maybeFinish();
    }
}

void BulkRun::cancel() {
    if (m_detached) {
        return;
    }
    if (m_state == State::Preparing) {
        // Nothing was sent: items already journaled are dropped with the rest.
        for (int i = m_prepared; i < m_toJournal.size(); ++i) {
            m_queue.push_back(m_toJournal[i]);
        }
        m_toJournal.clear();
    } else if (m_state != State::Running && m_state != State::Paused) {
        return;
    }
    if (m_runId > 0) {
        m_outbox.dropQueued(m_runId);
    }
    for (int index : m_queue) {
        BulkItem &item = m_items[index];
        if (m_claimed[index] && !item.idempotencyKey.isEmpty()) {
            m_outbox.drop(item.idempotencyKey); // claimed, but its bytes never left
        }
        item.status = BulkItem::Status::Skipped;
        item.message = tr("Not sent: the run was cancelled before this item.");
        emit itemChanged(index);
    }
    m_queue.clear();
    noteProgress();
    setState(m_operations == 0 ? State::Cancelled : State::Cancelling);
}

void BulkRun::setSpeedLimit(int perMinute) {
    m_options.speedLimitPerMinute = std::max(0, perMinute);
    if (m_detached) {
        return;
    }
    saveSettings();
    pump();
}

void BulkRun::setConcurrency(int n) {
    m_options.concurrency = std::max(1, n);
    if (m_detached) {
        return;
    }
    saveSettings();
    pump();
}

void BulkRun::retryFailed() {
    if (m_detached) {
        return;
    }
    if (m_state != State::Finished && m_state != State::Cancelled && m_state != State::Failed) {
        return;
    }
    if (m_runId == 0) {
        return;
    }
    QStringList rejectedKeys;
    QList<int> rejected;
    for (int i = 0; i < m_items.size(); ++i) {
        const BulkItem &item = m_items[i];
        if (item.status != BulkItem::Status::Failed) {
            continue;
        }
        if (item.definitive) {
            // A 4xx is cached under its key: a new attempt is a new logical write, new key.
            rejectedKeys << item.idempotencyKey;
            rejected << i;
        } else {
            // The server may have applied it: the same key and bytes (a replay tells).
            m_items[i].status = BulkItem::Status::Queued;
            m_queue.push_back(i);
        }
    }
    if (!rejectedKeys.isEmpty()) {
        const QStringList fresh = m_outbox.requeueRejected(m_runId, rejectedKeys);
        for (int k = 0; k < rejected.size(); ++k) {
            if (k >= fresh.size() || fresh[k].isEmpty()) {
                continue;
            }
            BulkItem &item = m_items[rejected[k]];
            item.idempotencyKey = fresh[k];
            item.status = BulkItem::Status::Queued;
            item.definitive = false;
            m_claimed[rejected[k]] = false;
            m_queue.push_back(rejected[k]);
        }
    }
    if (m_queue.empty()) {
        return;
    }
    std::sort(m_queue.begin(), m_queue.end());
    for (int i : m_queue) {
        emit itemChanged(i);
    }
    m_message.clear();
    m_state = State::Preparing; // setState(Running) then records it in the outbox
    startSending();
}

} // namespace rd
