// WebhookDispatcher: emits, signs, delivers and retries the sandbox's webhook events (seed 003's
// "Webhook retries (ours, not yours)").
#pragma once

#include "core/Clock.h"
#include "core/Random.h"
#include "sandbox/ValidationStore.h"
#include "sandbox/WebhookSubscription.h"

#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>

#include <functional>
#include <map>
#include <optional>

class QNetworkReply;

namespace rd::sandbox {

// One event per validation change goes to every subscription of the validation's owner that wants
// its type. Each (event, subscription) is a job that owns its delivery attempts: attempt 1 at once,
// then after each failure (non-2xx, 10 s timeout, connection failure) the next one on seed 003's
// schedule, measured from the previous attempt's start, up to 7. Every wait is on the server Clock,
// so --time-scale and FakeClock drive it. Deliveries are outgoing requests: the fault injector and
// the rate limiter, which sit in front of incoming ones, never see them.
class WebhookDispatcher {
public:
    // data.validation of an event: the validation as GET /v1/validations/{id} returns it.
    using Renderer = std::function<QJsonObject(const ValidationRecord &)>;

    static constexpr Millis kDeliveryTimeout{10'000};
    // Duplicates (seed 003: "the same event ID more than once in normal operation") follow a
    // success after 1–5 s.
    static constexpr Millis kDuplicateMinDelay{1'000};
    static constexpr Millis kDuplicateMaxDelay{5'000};
    // The delivery log keeps the newest entries only, so a long demo does not grow without bound.
    static constexpr int kMaxLoggedDeliveries = 20'000;

    WebhookDispatcher(Clock &serverClock, quint64 seed, Renderer render);
    ~WebhookDispatcher();
    WebhookDispatcher(const WebhookDispatcher &) = delete;
    WebhookDispatcher &operator=(const WebhookDispatcher &) = delete;

    // Adds s (id, secret, owner and created_at filled in when empty) and returns it as stored;
    // nullopt, with the reason in *error, when s->problem() says it is unusable.
    std::optional<WebhookSubscription> addSubscription(WebhookSubscription s,
                                                       QString *error = nullptr);
    // Removes it and drops its pending retries (an attempt already on the wire is still logged).
    bool removeSubscription(const QString &id);
    QList<WebhookSubscription> subscriptions() const;

    // The scheduler ran one attempt of r: validation.attempt_made, then validation.resolved or
    // validation.exhausted when the attempt ended the cycle.
    void validationAttempted(const ValidationRecord &r);
    // r's active cycle was just cancelled (cancel-retries, or a policy that disables it).
    void validationCancelled(const ValidationRecord &r);

    // Every delivery attempt, oldest first; only those of eventId when given.
    QList<WebhookDelivery> deliveries(const QString &eventId = {}) const;
    // Requests on the wire now (tests drive fake time only while this is 0).
    int inFlight() const { return int(m_sends.size()); }
    // Jobs with a retry or duplicate still to come, or on the wire.
    int pendingJobs() const { return int(m_jobs.size()); }

    // The server clock moved by deltaSeconds: logged times, planned retries, and pending events'
    // created_at and validation snapshot move with it (timers wait on the base clock: unchanged).
    void shiftTimes(qint64 deltaSeconds);

private:
    struct Job {
        WebhookSubscription subscription;
        QString eventId;
        QString eventType;
        QDateTime createdAt;
        ValidationRecord snapshot; // the validation when the event happened
        int attempt = 0;           // the latest regular attempt sent
        Clock::TimerId retryTimer = 0;
        Clock::TimerId duplicateTimer = 0;
        // Drawn when the event happens, not when its delivery is answered: answers to sends on
        // the wire at once arrive in any order, and the same seed must repeat the same duplicates.
        std::optional<Millis> duplicateAfter;
        int sending = 0;   // requests of this job on the wire
        bool done = false; // succeeded or gave up: no further regular attempt
    };
    struct Send {
        quint64 jobId = 0;
        qint64 logIndex = 0; // absolute index into the delivery log
        QNetworkReply *reply = nullptr;
        Clock::TimerId timeout = 0;
        Millis startedAt{0}; // monotonic
        bool timedOut = false;
        bool duplicate = false;
    };

    void emitEvent(const char *type, const ValidationRecord &r);
    void send(quint64 jobId, bool duplicate);
    void onFinished(quint64 sendId);
    void onTimeout(quint64 sendId);
    void finishJobIfIdle(quint64 jobId);
    QByteArray bodyOf(const Job &job) const;
    QString newId(const char *prefix, int bytes = 12);
    WebhookDelivery *logEntry(qint64 absoluteIndex);

    Clock &m_clock;
    SeededRandom m_random;
    Renderer m_render;
    QObject m_context; // timers and reply connections die with the dispatcher
    QNetworkAccessManager m_network;
    QList<WebhookSubscription> m_subscriptions;
    std::map<quint64, Job> m_jobs;
    std::map<quint64, Send> m_sends;
    quint64 m_nextJobId = 1;
    quint64 m_nextSendId = 1;
    QList<WebhookDelivery> m_log;
    qint64 m_logDropped = 0; // entries dropped from the front of m_log
};

} // namespace rd::sandbox
