#include "sandbox/WebhookDispatcher.h"

#include "sandbox/SandboxOptions.h"
#include "webhooks/WebhookEvent.h"
#include "webhooks/WebhookSchedule.h"
#include "webhooks/WebhookSignature.h"

#include <QNetworkReply>
#include <QNetworkRequest>

namespace rd::sandbox {

WebhookDispatcher::WebhookDispatcher(Clock &serverClock, quint64 seed, Renderer render)
    : m_clock(serverClock)
    , m_random(seed ^ 0x3eb400c5ULL) // its own stream: webhooks never change the data's draws
    , m_render(std::move(render)) {}

WebhookDispatcher::~WebhookDispatcher() {
    for (auto &[id, job] : m_jobs) {
        m_clock.cancel(job.retryTimer);
        m_clock.cancel(job.duplicateTimer);
    }
    for (auto &[id, s] : m_sends) {
        m_clock.cancel(s.timeout);
        QObject::disconnect(s.reply, nullptr, &m_context, nullptr);
        s.reply->abort();
    }
}

std::optional<WebhookSubscription> WebhookDispatcher::addSubscription(WebhookSubscription s,
                                                                      QString *error) {
    if (const QString why = s.problem(); !why.isEmpty()) {
        if (error) {
            *error = why;
        }
        return std::nullopt;
    }
    s.id = newId("wh_");
    if (s.secret.isEmpty()) {
        // Not from the seeded stream: a generated secret should not be guessable from --seed.
        s.secret = "whsec_" + SystemRandom::instance()->bytes(16).toHex();
    }
    if (s.userId.isEmpty()) {
        s.userId = QLatin1String(kDemoUserId);
    }
    s.createdAt = m_clock.utcNow();
    m_subscriptions.append(s);
    return s;
}

bool WebhookDispatcher::removeSubscription(const QString &id) {
    const auto removed =
        m_subscriptions.removeIf([&id](const WebhookSubscription &s) { return s.id == id; });
    if (removed == 0) {
        return false;
    }
    for (auto it = m_jobs.begin(); it != m_jobs.end();) {
        if (it->second.subscription.id == id) {
            m_clock.cancel(it->second.retryTimer);
            m_clock.cancel(it->second.duplicateTimer);
            it = m_jobs.erase(it); // a send still on the wire finds no job: logged, not retried
        } else {
            ++it;
        }
    }
    return true;
}

QList<WebhookSubscription> WebhookDispatcher::subscriptions() const {
    return m_subscriptions;
}

void WebhookDispatcher::validationAttempted(const ValidationRecord &r) {
    emitEvent(webhooks::EventType::AttemptMade, r);
    const auto &rs = r.v.retryState;
    if (rs && rs->terminalState == TerminalState::Resolved) {
        emitEvent(webhooks::EventType::Resolved, r);
    } else if (rs && rs->terminalState == TerminalState::Exhausted) {
        emitEvent(webhooks::EventType::Exhausted, r);
    }
}

void WebhookDispatcher::validationCancelled(const ValidationRecord &r) {
    emitEvent(webhooks::EventType::Cancelled, r);
}

void WebhookDispatcher::emitEvent(const char *type, const ValidationRecord &r) {
    const QString eventType = QLatin1String(type);
    QString eventId; // one event, one id, however many subscriptions hear it
    for (const WebhookSubscription &sub : std::as_const(m_subscriptions)) {
        if (sub.userId != r.userId || !sub.wants(eventType)) {
            continue;
        }
        if (eventId.isEmpty()) {
            eventId = newId("evt_");
        }
        Job job;
        job.subscription = sub;
        job.eventId = eventId;
        job.eventType = eventType;
        job.createdAt = m_clock.utcNow();
        job.snapshot = r;
        job.snapshot.timer = 0;
        job.attempt = 1;
        const double rate = sub.duplicateRate;
        constexpr quint64 kScale = 1'000'000;
        if (rate > 0 && double(m_random.uniform(0, kScale - 1)) / double(kScale) < rate) {
            job.duplicateAfter = Millis(qint64(m_random.uniform(
                quint64(kDuplicateMinDelay.count()), quint64(kDuplicateMaxDelay.count()))));
        }
        const quint64 jobId = m_nextJobId++;
        m_jobs.emplace(jobId, std::move(job));
        send(jobId, false); // seed 003: "Attempt 1: immediate"
    }
}

QByteArray WebhookDispatcher::bodyOf(const Job &job) const {
    webhooks::WebhookEvent e;
    e.id = job.eventId;
    e.type = job.eventType;
    e.createdAt = job.createdAt;
    e.validationId = job.snapshot.v.id;
    e.data.insert(QLatin1String("validation"), m_render(job.snapshot));
    return webhooks::serialize(e);
}

void WebhookDispatcher::send(quint64 jobId, bool duplicate) {
    const auto jit = m_jobs.find(jobId);
    if (jit == m_jobs.end()) {
        return;
    }
    Job &job = jit->second;
    const QDateTime now = m_clock.utcNow();
    const QByteArray body = bodyOf(job);
    const QString deliveryId = newId("dlv_");

    QNetworkRequest request(job.subscription.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("RetryDesk-Sandbox"));
    request.setRawHeader("RetryDesk-Event-Id", job.eventId.toLatin1());
    request.setRawHeader("RetryDesk-Delivery-Id", deliveryId.toLatin1());
    request.setRawHeader("RetryDesk-Delivery-Attempt", QByteArray::number(job.attempt));
    request.setRawHeader(
        webhooks::kSignatureHeaderName,
        webhooks::signatureHeader(job.subscription.secret, now.toSecsSinceEpoch(), body));
    // A redirect is not a 2xx: it counts as a failure, as it would at any webhook sender.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // The 10 s timeout is on the server Clock below, not Qt's wall-clock transfer timeout.
    request.setTransferTimeout(0);

    WebhookDelivery d;
    d.subscriptionId = job.subscription.id;
    d.eventId = job.eventId;
    d.eventType = job.eventType;
    d.validationId = job.snapshot.v.id;
    d.deliveryId = deliveryId;
    d.attempt = job.attempt;
    d.at = now;
    d.duplicate = duplicate;
    m_log.append(d);
    if (m_log.size() > kMaxLoggedDeliveries) {
        m_log.removeFirst();
        ++m_logDropped;
    }

    Send s;
    s.jobId = jobId;
    s.logIndex = m_logDropped + m_log.size() - 1;
    s.startedAt = m_clock.monotonicNow();
    s.duplicate = duplicate;
    s.reply = m_network.post(request, body);
    const quint64 sendId = m_nextSendId++;
    s.timeout =
        m_clock.callAfter(kDeliveryTimeout, &m_context, [this, sendId] { onTimeout(sendId); });
    QObject::connect(s.reply, &QNetworkReply::finished, &m_context,
                     [this, sendId] { onFinished(sendId); });
    if (s.reply->isFinished()) {
        // Finished inside post() (e.g. an unsupported URL): answer on the next loop turn, once
        // the send is registered below.
        QMetaObject::invokeMethod(
            &m_context, [this, sendId] { onFinished(sendId); }, Qt::QueuedConnection);
    }
    m_sends.emplace(sendId, s);
    ++job.sending;
}

void WebhookDispatcher::onTimeout(quint64 sendId) {
    const auto it = m_sends.find(sendId);
    if (it == m_sends.end()) {
        return;
    }
    it->second.timeout = 0;
    it->second.timedOut = true;
    QNetworkReply *reply = it->second.reply;
    reply->abort(); // finished() follows (perhaps at once), and onFinished records the timeout
}

void WebhookDispatcher::onFinished(quint64 sendId) {
    const auto it = m_sends.find(sendId);
    if (it == m_sends.end()) {
        return;
    }
    const Send s = it->second;
    m_sends.erase(it);
    m_clock.cancel(s.timeout);
    s.reply->deleteLater();

    const int httpStatus = s.reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    WebhookDelivery *entry = logEntry(s.logIndex);
    WebhookDelivery result;
    if (s.timedOut) {
        result.result = WebhookDelivery::Result::Timeout;
    } else if (httpStatus > 0) {
        result.result = WebhookDelivery::Result::Http;
        result.httpStatus = httpStatus;
    } else {
        result.result = WebhookDelivery::Result::ConnectionFailed;
    }
    if (entry) {
        entry->result = result.result;
        entry->httpStatus = result.httpStatus;
    }

    const auto jit = m_jobs.find(s.jobId);
    if (jit == m_jobs.end()) {
        return; // its subscription was removed meanwhile
    }
    Job &job = jit->second;
    --job.sending;
    if (s.duplicate) {
        finishJobIfIdle(s.jobId); // a duplicate's failure is not retried: the original succeeded
        return;
    }
    const quint64 jobId = s.jobId;
    if (result.succeeded()) {
        job.done = true;
        if (job.duplicateAfter) {
            job.duplicateTimer = m_clock.callAfter(*job.duplicateAfter, &m_context, [this, jobId] {
                if (const auto j = m_jobs.find(jobId); j != m_jobs.end()) {
                    j->second.duplicateTimer = 0;
                    send(jobId, true);
                }
            });
        }
    } else if (job.attempt < webhooks::kMaxDeliveries) {
        // seed 003: each delay runs from the previous attempt, so a timed-out attempt's 10 s count.
        const int next = job.attempt + 1;
        const Millis delay = webhooks::delayBeforeAttempt(next);
        const Millis elapsed = m_clock.monotonicNow() - s.startedAt;
        if (entry) {
            entry->nextAttemptAt = entry->at.addMSecs(delay.count());
        }
        job.retryTimer = m_clock.callAfter(
            std::max(Millis(0), delay - elapsed), &m_context, [this, jobId, next] {
                if (const auto j = m_jobs.find(jobId); j != m_jobs.end()) {
                    j->second.retryTimer = 0;
                    j->second.attempt = next;
                    send(jobId, false);
                }
            });
    } else {
        job.done = true; // seed 003: "Give up: after 7 failures"
    }
    finishJobIfIdle(jobId);
}

void WebhookDispatcher::finishJobIfIdle(quint64 jobId) {
    const auto it = m_jobs.find(jobId);
    if (it != m_jobs.end() && it->second.done && it->second.sending == 0 &&
        it->second.duplicateTimer == 0 && it->second.retryTimer == 0) {
        m_jobs.erase(it);
    }
}

QList<WebhookDelivery> WebhookDispatcher::deliveries(const QString &eventId) const {
    if (eventId.isEmpty()) {
        return m_log;
    }
    QList<WebhookDelivery> out;
    for (const WebhookDelivery &d : m_log) {
        if (d.eventId == eventId) {
            out.append(d);
        }
    }
    return out;
}

void WebhookDispatcher::shiftTimes(qint64 deltaSeconds) {
    if (deltaSeconds == 0) {
        return;
    }
    for (WebhookDelivery &d : m_log) {
        d.at = d.at.addSecs(deltaSeconds);
        if (d.nextAttemptAt) {
            d.nextAttemptAt = d.nextAttemptAt->addSecs(deltaSeconds);
        }
    }
    for (auto &[id, job] : m_jobs) {
        job.createdAt = job.createdAt.addSecs(deltaSeconds);
        ValidationStore::shiftRecord(job.snapshot, deltaSeconds);
    }
}

QString WebhookDispatcher::newId(const char *prefix, int bytes) {
    return QLatin1String(prefix) + QString::fromLatin1(m_random.bytes(bytes).toHex());
}

WebhookDelivery *WebhookDispatcher::logEntry(qint64 absoluteIndex) {
    const qint64 i = absoluteIndex - m_logDropped;
    return i >= 0 && i < m_log.size() ? &m_log[i] : nullptr;
}

} // namespace rd::sandbox
