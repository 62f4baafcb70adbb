// BulkRun's side of the outbox: a run read back from its records (a resume), its settings kept
// with it, and letting go of a service that is being destroyed.
#include "services/BulkRun.h"

#include "services/ValidationService.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace rd {

namespace {

BulkAction actionFromRecord(const outbox::RunRecord &run) {
    if (run.action == u"cancel") {
        return BulkAction::cancelRetries();
    }
    BulkAction a;
    const QJsonObject body = QJsonDocument::fromJson(run.body).object();
    if (auto p = RetryPolicy::fromJson(body.value(QLatin1String("retry_policy")).toObject())) {
        a.policy = *p;
    }
    return a;
}

BulkItem itemFromRecord(const outbox::WriteRecord &w) {
    BulkItem item;
    item.validationId = w.target;
    item.idempotencyKey = w.idempotencyKey;
    item.httpStatus = w.httpStatus;
    item.code = w.code;
    item.message = w.message;
    item.requestId = w.requestId;
    item.sends = w.sends;
    using S = outbox::WriteState;
    using R = outbox::WriteResult;
    switch (w.state) {
    case S::Queued:
        item.status = BulkItem::Status::Queued;
        break;
    case S::Sending: // may have been sent: resent with the same key and bytes
        item.status = BulkItem::Status::Queued;
        break;
    case S::Done:
        if (w.result == R::Applied) {
            item.status = BulkItem::Status::Applied;
        } else if (w.result == R::Replayed) {
            item.status = BulkItem::Status::Replayed;
        } else {
            item.status = BulkItem::Status::Failed;
            item.definitive = true;
            if (w.code == u"retry_not_active") {
                item.status = BulkItem::Status::Skipped; // the cycle ended before the cancel
            }
        }
        break;
    case S::Unknown:
        item.status = BulkItem::Status::Unknown;
        break;
    case S::Superseded:
    case S::Dropped:
        item.status = BulkItem::Status::Skipped;
        if (item.message.isEmpty()) {
            item.message =
                w.state == S::Dropped
                    ? BulkRun::tr("Not sent: the run was cancelled before this item.")
                    : BulkRun::tr("Not sent: a later change to this validation replaced it.");
        }
        break;
    }
    return item;
}

} // namespace

void BulkRun::loadFromOutbox() {
    if (m_detached) {
        return;
    }
    m_outbox.expireOldSends(); // sent over 24 h ago: Unknown, never resent
    const std::optional<outbox::RunRecord> run = m_outbox.run(m_runId);
    if (!run) {
        fail(tr("Run %1 is not in the outbox any more.").arg(m_runId));
        return;
    }
    m_action = actionFromRecord(*run);
    // The concurrency and speed limit the user chose when starting it (older runs: defaults).
    for (const QString &pair : m_outbox.runSettings(m_runId).split(u';', Qt::SkipEmptyParts)) {
        const QString key = pair.section(u'=', 0, 0);
        const int value = pair.section(u'=', 1).toInt();
        if (key == u"concurrency" && value > 0) {
            m_options.concurrency = value;
        } else if (key == u"speed" && value >= 0) {
            m_options.speedLimitPerMinute = value;
        }
    }
    m_method = m_action.method();
    m_body = run->body;
    m_description = run->description;
    m_spec = run->spec;
    // One read of the run's records; a retried item's newer record replaces the older one.
    QHash<QString, int> byTarget;
    for (const outbox::WriteRecord &w : m_outbox.runWrites(m_runId)) {
        const auto it = byTarget.constFind(w.target);
        const int index = it != byTarget.cend() ? *it : int(m_items.size());
        if (it == byTarget.cend()) {
            byTarget.insert(w.target, index);
            m_items.append(BulkItem{});
            m_claimed.push_back(0);
        }
        m_items[index] = itemFromRecord(w);
        m_claimed[std::size_t(index)] = w.state == outbox::WriteState::Sending;
    }
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items[i].status == BulkItem::Status::Queued) {
            m_queue.push_back(i);
        }
    }
    m_prepared = int(m_items.size());
    startSending();
}

void BulkRun::saveSettings() {
    if (m_runId > 0) {
        m_outbox.setRunSettings(m_runId, QStringLiteral("concurrency=%1;speed=%2")
                                             .arg(m_options.concurrency)
                                             .arg(m_options.speedLimitPerMinute));
    }
}

void BulkRun::detach() {
    if (m_detached) {
        return;
    }
    m_service.clock().cancel(m_wakeTimer);
    m_service.clock().cancel(m_progressTimer);
    m_wakeTimer = m_progressTimer = 0;
    if (isActive() && m_runId > 0) {
        m_outbox.setRunState(m_runId, outbox::RunState::Paused); // resumable next time
    }
    m_outbox.flush();
    m_detached = true;
    m_queue.clear();
    m_operations = 0; // they die with the service's client, unanswered: resent on resume
    m_waiting.clear();
    m_inFlight = 0;
    m_message = tr("The connection closed while the run was under way; it can be resumed.");
    m_state = State::Failed; // silently: listeners may not reach into the closing service
}

} // namespace rd
