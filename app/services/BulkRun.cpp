#include "services/BulkRun.h"

#include "api/PayloadMapping.h"
#include "core/Random.h"
#include "net/ApiClient.h"
#include "net/Operation.h"
#include "net/RateLimitTracker.h"
#include "net/WriteJournal.h"
#include "services/ValidationService.h"

#include <algorithm>

namespace rd {

namespace {

constexpr Millis kProgressEvery{100};
constexpr Millis kRateWindow{5000};

} // namespace

QString toString(BulkItem::Status s) {
    switch (s) {
    case BulkItem::Status::Queued:
        return QStringLiteral("queued");
    case BulkItem::Status::Sending:
        return QStringLiteral("sending");
    case BulkItem::Status::Applied:
        return QStringLiteral("applied");
    case BulkItem::Status::Replayed:
        return QStringLiteral("replayed");
    case BulkItem::Status::Skipped:
        return QStringLiteral("skipped");
    case BulkItem::Status::Failed:
        return QStringLiteral("failed");
    case BulkItem::Status::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

BulkRun::BulkRun(ValidationService &service, outbox::Outbox &outbox, const BulkAction &action,
                 const DryRun &plan, const QString &description, const QString &spec,
                 BulkOptions options, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_outbox(outbox)
    , m_action(action)
    , m_method(action.method())
    , m_body(action.body())
    , m_description(description)
    , m_spec(spec)
    , m_options(options) {
    m_items.reserve(plan.eligible.size() + plan.skipped.size());
    for (const QString &id : plan.eligible) {
        BulkItem item;
        item.validationId = id;
        m_toJournal.append(int(m_items.size()));
        m_items.append(item);
    }
    for (const BulkSkip &s : plan.skipped) {
        BulkItem item;
        item.validationId = s.id;
        item.status = BulkItem::Status::Skipped;
        item.definitive = true;
        item.code = codeFor(s.reason);
        item.message = tr("Not sent: %1.").arg(describe(s.reason));
        m_items.append(item);
    }
    m_claimed.resize(m_items.size());
    connect(&m_service, &ValidationService::closing, this, &BulkRun::detach);
    QMetaObject::invokeMethod(this, &BulkRun::prepareNext, Qt::QueuedConnection);
}

BulkRun::BulkRun(ValidationService &service, outbox::Outbox &outbox, qint64 runId,
                 BulkOptions options, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_outbox(outbox)
    , m_options(options)
    , m_runId(runId) {
    connect(&m_service, &ValidationService::closing, this, &BulkRun::detach);
    QMetaObject::invokeMethod(this, &BulkRun::loadFromOutbox, Qt::QueuedConnection);
}

BulkRun::~BulkRun() {
    if (!m_detached) {
        m_service.clock().cancel(m_wakeTimer);
        m_service.clock().cancel(m_progressTimer);
        m_outbox.flush();
    }
}

bool BulkRun::isActive() const {
    return m_state == State::Preparing || m_state == State::Running || m_state == State::Paused ||
           m_state == State::Cancelling;
}

BulkProgress BulkRun::progress() const {
    BulkProgress p;
    p.total = int(m_items.size());
    for (const BulkItem &i : m_items) {
        switch (i.status) {
        case BulkItem::Status::Queued:
            ++p.queued;
            break;
        case BulkItem::Status::Sending:
            ++p.sending;
            break;
        case BulkItem::Status::Applied:
            ++p.applied;
            break;
        case BulkItem::Status::Replayed:
            ++p.replayed;
            break;
        case BulkItem::Status::Skipped:
            ++p.skipped;
            break;
        case BulkItem::Status::Failed:
            ++p.failed;
            break;
        case BulkItem::Status::Unknown:
            ++p.unknown;
            break;
        }
    }
    p.journaled = m_prepared;
    if (m_doneTimes.size() >= 2) {
        const Millis span = m_doneTimes.back().first - m_doneTimes.front().first;
        const int n = m_doneTimes.back().second - m_doneTimes.front().second;
        if (span.count() > 0) {
            p.perSecond = n * 1000.0 / double(span.count());
        }
    }
    const int left = p.queued + p.sending;
    if (p.perSecond > 0 && left > 0) {
        p.eta = Millis(qint64(left * 1000.0 / p.perSecond));
    } else if (left == 0) {
        p.eta = Millis(0);
    }
    return p;
}

void BulkRun::setState(State s) {
    if (m_state == s) {
        return;
    }
    m_state = s;
    if (m_runId > 0) {
        switch (s) {
        case State::Running:
            m_outbox.setRunState(m_runId, outbox::RunState::Running);
            break;
        case State::Paused:
            m_outbox.setRunState(m_runId, outbox::RunState::Paused);
            break;
        case State::Finished: {
            // Items without a definitive answer are unsettled: the run stays resumable (Paused)
            // until they are answered, so the next start offers them again with their keys.
            const bool unsettled =
                std::any_of(m_items.cbegin(), m_items.cend(), [](const BulkItem &i) {
                    return i.status == BulkItem::Status::Failed && !i.definitive;
                });
            m_outbox.setRunState(m_runId,
                                 unsettled ? outbox::RunState::Paused : outbox::RunState::Finished);
            break;
        }
        case State::Cancelled:
            m_outbox.setRunState(m_runId, outbox::RunState::Cancelled);
            break;
        default:
            break;
        }
    }
    emit stateChanged(s);
    if (s == State::Finished || s == State::Cancelled || s == State::Failed) {
        m_outbox.flush();
        emit progressChanged();
        emit finished();
    }
}

void BulkRun::fail(const QString &message) {
    m_message = message;
    m_queue.clear();
    setState(State::Failed);
}

void BulkRun::prepareNext() {
    if (m_detached) {
        return;
    }
    if (m_state != State::Preparing) {
        return;
    }
    if (!m_outbox.isOpen()) {
        fail(m_outbox.report().message);
        return;
    }
    if (m_runId == 0) {
        const std::optional<qint64> id =
            m_outbox.createRun(m_action.name(), m_description, m_spec, m_body);
        if (!id) {
            fail(tr("The run could not be recorded in the outbox (%1), so nothing was sent.")
                     .arg(m_outbox.lastError()));
            return;
        }
        m_runId = *id;
        saveSettings();
    }
    // Journal one chunk per event-loop turn: the window stays responsive while thousands are
    // written, and nothing is sent before every item has its key and bytes on disk.
    const int n = std::min<int>(m_options.journalChunk, int(m_toJournal.size()) - m_prepared);
    QList<outbox::NewWrite> chunk;
    chunk.reserve(n);
    for (int k = 0; k < n; ++k) {
        BulkItem &item = m_items[m_toJournal[m_prepared + k]];
        item.idempotencyKey = uuidV4(*SystemRandom::instance());
        chunk.append({item.idempotencyKey, m_method, m_action.pathFor(item.validationId), m_body});
    }
    if (!chunk.isEmpty() && !m_outbox.addRunItems(m_runId, chunk)) {
        fail(tr("The run could not be recorded in the outbox (%1), so nothing was sent.")
                 .arg(m_outbox.lastError()));
        return;
    }
    for (int k = 0; k < n; ++k) {
        const int index = m_toJournal[m_prepared + k];
        m_queue.push_back(index);
    }
    m_prepared += n;
    noteProgress();
    if (m_prepared < m_toJournal.size()) {
        QMetaObject::invokeMethod(this, &BulkRun::prepareNext, Qt::QueuedConnection);
        return;
    }
    m_toJournal.clear();
    startSending();
}

void BulkRun::startSending() {
    setState(State::Running);
    noteProgress();
    pump();
    maybeFinish();
}

Millis BulkRun::speedDelay() const {
    if (m_options.speedLimitPerMinute <= 0 || !m_lastSend) {
        return Millis(0);
    }
    const Millis spacing(60000 / m_options.speedLimitPerMinute);
    const Millis next = *m_lastSend + spacing;
    return std::max(Millis(0), next - m_service.clock().monotonicNow());
}

void BulkRun::scheduleWake(Millis delay) {
    if (m_wakeTimer != 0) {
        return;
    }
    m_wakeTimer = m_service.clock().callAfter(delay, this, [this] {
        m_wakeTimer = 0;
        pump();
    });
}

void BulkRun::pump() {
    if (m_detached) {
        return;
    }
    while (m_state == State::Running && m_inFlight < std::max(1, m_options.concurrency) &&
           !m_queue.empty()) {
        const net::ApiClient &client = m_service.client();
        const Millis wait =
            std::max(speedDelay(),
                     client.rateLimits().delayBeforeSend(client.hostKey(), net::Priority::Bulk));
        if (wait.count() > 0) {
            scheduleWake(wait); // the key's window is spent (but for the user's reserve)
            return;
        }
        const int index = m_queue.front();
        if (!m_claimed[index]) {
            // Mark the next batch Sending in one transaction before any of its bytes go out.
            QStringList keys;
            QList<int> indexes;
            for (auto it = m_queue.begin();
                 it != m_queue.end() && keys.size() < std::max(1, m_options.claimBatch); ++it) {
                if (!m_claimed[*it]) {
                    keys << m_items[*it].idempotencyKey;
                    indexes << *it;
                }
            }
            if (!m_outbox.claim(keys)) {
                fail(tr("The outbox could not be written (%1): the run stopped so that no write "
                        "goes out unrecorded. Free disk space, then retry the failed items.")
                         .arg(m_outbox.lastError()));
                return;
            }
            for (int i : indexes) {
                m_claimed[i] = true;
            }
        }
        m_queue.pop_front();
        sendItem(index);
    }
}

void BulkRun::sendItem(int index) {
    BulkItem &item = m_items[index];
    item.status = BulkItem::Status::Sending;
    ++item.sends;
    ++m_inFlight;
    m_lastSend = m_service.clock().monotonicNow();
    net::Operation *op = m_service.client().send(m_method, m_action.pathFor(item.validationId), {},
                                                 m_body, item.idempotencyKey);
    op->setPriority(net::Priority::Bulk);
    ++m_operations;
    // A slot is an attempt on the wire: an operation waiting out a backoff or a Retry-After
    // gives its slot to the next item (else a few 5xx would idle the whole run for seconds).
    connect(op, &net::Operation::waiting, this, [this, index](qint64, net::WaitReason why) {
        // Not for a rate-limit wait: then nothing else may go either (pump() checks).
        if (why != net::WaitReason::RateLimit && !m_waiting.contains(index)) {
            m_waiting.insert(index);
            --m_inFlight;
            pump();
        }
    });
    connect(op, &net::Operation::attemptStarted, this, [this, index](int) {
        if (m_waiting.remove(index)) {
            ++m_inFlight;
        }
    });
    connect(op, &net::Operation::finished, this,
            [this, index](const net::Result &r) { onAnswer(index, r); });
    emit itemChanged(index);
}

void BulkRun::onAnswer(int index, const net::Result &r) {
    if (m_detached) {
        return; // the closing service's operations: the outbox resends them on resume
    }
    if (!m_waiting.remove(index)) {
        --m_inFlight;
    }
    --m_operations;
    BulkItem &item = m_items[index];
    api::Reply<api::RetryStateUpdate> reply;
    reply.result = r;
    if (r.ok()) {
        reply.value = api::mapping::retryStateUpdate(r, &reply.decodeError);
    }
    // No refetch per item (thousands of GETs): the result list holds the answer, and the pending
    // listing of the next sync covers the cycles that changed.
    const WriteOutcome outcome = m_service.takeWriteAnswer(item.validationId, reply, false, false);
    item.httpStatus = r.httpStatus;
    item.requestId = outcome.requestId;
    item.code = r.error.code;
    item.message.clear();
    item.definitive = net::WriteJournal::isDefinitive(r);
    if (r.ok()) {
        item.status = r.replayed ? BulkItem::Status::Replayed : BulkItem::Status::Applied;
        if (!reply.ok()) {
            item.message = outcome.message; // applied, but the answer could not be read
        }
    } else if (outcome.kind == WriteOutcome::Kind::AlreadyEnded) {
        item.status = BulkItem::Status::Skipped;
        item.message = outcome.message;
    } else {
        item.status = BulkItem::Status::Failed;
        if (item.code.isEmpty()) {
            item.code = net::toString(r.errorKind);
        }
        item.message = outcome.message.isEmpty() ? r.userMessage : outcome.message;
    }
    const Millis now = m_service.clock().monotonicNow();
    const int endedBefore = m_doneTimes.empty() ? 0 : m_doneTimes.back().second;
    m_doneTimes.emplace_back(now, endedBefore + 1);
    while (m_doneTimes.size() > 2 && now - m_doneTimes.front().first > kRateWindow) {
        m_doneTimes.pop_front();
    }
    emit itemChanged(index);
    noteProgress();
    if (m_state == State::Cancelling && m_operations == 0) {
        setState(State::Cancelled);
        return;
    }
    pump();
    maybeFinish();
}

void BulkRun::maybeFinish() {
    if (m_state == State::Running && m_queue.empty() && m_operations == 0) {
        setState(State::Finished);
    }
}

void BulkRun::noteProgress() {
    if (m_detached) {
        return;
    }
    m_progressDirty = true;
    if (m_progressTimer != 0) {
        return;
    }
    m_progressTimer = m_service.clock().callAfter(kProgressEvery, this, [this] {
        m_progressTimer = 0;
        if (m_progressDirty) {
            m_progressDirty = false;
            emit progressChanged();
        }
    });
}

} // namespace rd
