// Operation: one logical API call (a Nextcloud-style network job). It owns its attempts, its
// Idempotency-Key, its serialised body and its deadline, reports progress by signals and can be
// cancelled. The only retry loop in RetryDesk.
#pragma once

#include "net/RateLimitTracker.h"
#include "net/Result.h"
#include "net/RetryRules.h"
#include "net/Transport.h"

#include <QObject>

#include <memory>

namespace rd {
class Clock;
class Random;
} // namespace rd

namespace rd::net {

class RetryBudget;
class RateLimitTracker;
class RequestLog;

class Operation final : public QObject {
    Q_OBJECT
public:
    enum class State {
        NotStarted,
        Sending, // an attempt is in flight
        Waiting, // between attempts (backoff, Retry-After or rate limit)
        Finished
    };

    // What an operation needs from its client; ApiClient fills it in.
    struct Context {
        Clock *clock = nullptr;
        Random *jitter = nullptr;
        Transport *transport = nullptr;
        RetryBudget *budget = nullptr;
        RateLimitTracker *rateLimits = nullptr;
        RequestLog *log = nullptr; // optional
        RetryConfig config;
        QString host; // "host:port": the budget and rate-limit scope
    };

    Operation(Context context, WireRequest request, QString idempotencyKey,
              QObject *parent = nullptr);
    ~Operation() override;

    // Starts the first attempt (ApiClient queues this call, so connect signals right away).
    // Calling it again does nothing.
    void start();
    // Stops at once: a pending wait is dropped, an attempt in flight is aborted. finished() is
    // emitted with ErrorKind::Cancelled (unless the operation had finished already).
    void cancel();
    // Default true: deleteLater() after finished() (Nextcloud jobs do the same).
    void setAutoDelete(bool on) { m_autoDelete = on; }
    // Background work takes at most half of each rate-limit window (RateLimitTracker); set it
    // before the operation starts (it starts on the next event-loop turn).
    void setPriority(Priority priority) { m_priority = priority; }
    Priority priority() const { return m_priority; }
    // The caller decodes Result::body itself (the pages of a million-row listing): no JSON tree
    // of the body is built and Result::payload stays null. Set it before the operation starts.
    // The request id is the X-Request-Id header when there is one (else the envelope's); errors
    // and every other field of the Result are as usual.
    void setBodyOnly(bool on) { m_bodyOnly = on; }

    State state() const { return m_state; }
    const Result &result() const { return m_result; }
    QByteArray method() const { return m_request.method; }
    QString idempotencyKey() const { return m_key; }
    int attempts() const { return m_attempt; }
    Millis deadline() const { return m_deadline; } // monotonic; valid once started

signals:
    void attemptStarted(int attempt);
    void attemptFinished(int attempt, int httpStatus); // httpStatus 0: no answer
    // Waiting waitMs before the next attempt, because of `reason`.
    void waiting(qint64 waitMs, rd::net::WaitReason reason);
    void finished(const rd::net::Result &result);

private:
    friend class ApiClient;
    // Ends without touching the network (a local idempotency-key mistake).
    void rejectBeforeStart(ErrorKind kind, const ApiError &error);
    void beginAttempt();
    void onResponse(const WireResponse &response);
    void onAttemptTimeout();
    void handle(const AttemptOutcome &outcome);
    void waitThen(Millis wait, WaitReason reason);
    void finish(ErrorKind kind);
    void cancelTimer();
    void absorb(const WireResponse &response);

    Context m_ctx;
    RetryRules m_rules;
    WireRequest m_request;
    QString m_key;
    State m_state = State::NotStarted;
    bool m_autoDelete = true;
    bool m_bodyOnly = false;
    bool m_successFalse = false; // the last answer's envelope said {"success":false}
    Priority m_priority = Priority::User;
    bool m_begun = false;
    int m_attempt = 0;
    int m_tokensSpent = 0;
    Millis m_started{0};
    Millis m_deadline{0};
    Millis m_attemptStarted{0};
    bool m_attemptLimitedByDeadline = false;
    quint64 m_timer = 0;
    quint64 m_logRow = 0;
    std::unique_ptr<PendingCall> m_call;
    Result m_result;
};

} // namespace rd::net
