#include "net/Operation.h"

#include "core/Clock.h"
#include "core/Random.h"
#include "core/Redaction.h"
#include "domain/JsonUtil.h"
#include "net/EnvelopeMeta.h"
#include "net/HttpDate.h"
#include "net/RateLimitTracker.h"
#include "net/RequestLog.h"
#include "net/RetryBudget.h"

#include <QJsonArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace rd::net {

namespace {

// RetryDesk's own words: the window translates them; the command-line tool installs no
// translator and stays English.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rd::net::Operation)
};

} // namespace

namespace {
QByteArray headerOf(const Headers &headers, const char *name) {
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0) {
            return v;
        }
    }
    return {};
}
} // namespace

Operation::Operation(Context context, WireRequest request, QString idempotencyKey, QObject *parent)
    : QObject(parent)
    , m_ctx(std::move(context))
    , m_rules(m_ctx.config)
    , m_request(std::move(request))
    , m_key(std::move(idempotencyKey)) {
    m_result.idempotencyKey = m_key;
}

Operation::~Operation() {
    cancelTimer();
    m_call.reset(); // aborts an attempt in flight
}

void Operation::start() {
    if (m_state != State::NotStarted || m_begun) {
        return;
    }
    m_begun = true;
    m_started = m_ctx.clock->monotonicNow();
    m_deadline = m_started + m_ctx.config.totalTimeout;
    beginAttempt();
}

void Operation::cancel() {
    if (m_state == State::Finished) {
        return;
    }
    m_result.error = ApiError{};
    m_result.error.code = QStringLiteral("cancelled");
    m_result.error.message = Text::tr("Cancelled by the user.");
    finish(ErrorKind::Cancelled);
}

void Operation::rejectBeforeStart(ErrorKind kind, const ApiError &error) {
    m_result.error = error;
    finish(kind);
}

void Operation::beginAttempt() {
    const Millis now = m_ctx.clock->monotonicNow();
    const Millis left = m_deadline - now;
    if (left <= Millis(0)) {
        finish(ErrorKind::DeadlineExceeded);
        return;
    }
    // seed 003 rate-limit headers: when the window is spent, wait for its reset rather than
    // provoke a 429 — unless the reset comes after the deadline.
    const Millis rateWait = m_ctx.rateLimits->delayBeforeSend(m_ctx.host, m_priority);
    if (rateWait > Millis(0)) {
        if (rateWait >= left) {
            m_result.retryAt = m_ctx.clock->utcNow().addMSecs(rateWait.count());
            if (m_result.error.code.isEmpty()) {
                m_result.error.code = QStringLiteral("rate_limited");
                m_result.error.message = QStringLiteral("The rate limit for this API key is used "
                                                        "up until the window resets.");
            }
            finish(ErrorKind::RetryAfterBeyondDeadline);
            return;
        }
        waitThen(rateWait, WaitReason::RateLimit);
        return;
    }
    m_ctx.rateLimits->noteSend(m_ctx.host, m_priority);

    ++m_attempt;
    m_state = State::Sending;
    m_attemptStarted = now;
    if (m_ctx.log) {
        m_logRow = m_ctx.log->attemptStarted(m_ctx.clock->utcNow(), m_request.method, m_request.url,
                                             m_attempt, m_key);
    }
    emit attemptStarted(m_attempt);
    // seed 003: request timeout 30 s, but never past the total deadline.
    m_attemptLimitedByDeadline = left <= m_ctx.config.attemptTimeout;
    const Millis limit = std::min(m_ctx.config.attemptTimeout, left);
    m_timer = m_ctx.clock->callAfter(limit, this, [this] {
        m_timer = 0;
        onAttemptTimeout();
    });
    m_call = m_ctx.transport->start(m_request, [this](const WireResponse &r) { onResponse(r); });
}

void Operation::absorb(const WireResponse &r) {
    m_result.httpStatus = r.status;
    m_result.headers = r.headers;
    m_result.body = r.body;
    m_result.replayed =
        headerOf(r.headers, "Idempotent-Replayed").trimmed().compare("true", Qt::CaseInsensitive) ==
        0;
    m_result.serverDate = parseHttpDate(headerOf(r.headers, "Date"));
    if (m_result.serverDate) {
        m_result.clockSkew = Millis(m_ctx.clock->utcNow().msecsTo(*m_result.serverDate));
    }
    // The envelope is read without a QJsonDocument of the whole body: a page of a thousand
    // validations is parsed once, by whoever needs its data (finish(), or the caller itself). A
    // caller that decodes the body itself gets the X-Request-Id header as the request id when the
    // server sends one: reading the envelope of a 400 KB page kept a parser of its size resident.
    const QByteArray headerId = headerOf(r.headers, "X-Request-Id");
    m_successFalse = false;
    QString id;
    if (m_bodyOnly && !headerId.isEmpty()) {
        id = QString::fromLatin1(headerId);
    } else {
        const EnvelopeMeta envelope = readEnvelopeMeta(r.body);
        m_successFalse = envelope.successFalse;
        id = envelope.requestId.isEmpty() ? QString::fromLatin1(headerId) : envelope.requestId;
    }
    m_result.requestId = id;
    if (r.status >= 400) {
        m_result.error =
            ApiError::fromResponse(r.status, r.body, headerOf(r.headers, "X-Request-Id"));
    }
}

void Operation::onResponse(const WireResponse &r) {
    cancelTimer();
    std::unique_ptr<PendingCall> done = std::move(m_call); // finished: nothing left to abort
    Q_UNUSED(done);
    AttemptOutcome o;
    QString outcomeText;
    m_result.networkCause = r.failure == WireResponse::Failure::None ? NetworkCause::None
                            : r.cause == NetworkCause::None          ? NetworkCause::Other
                                                                     : r.cause;
    if (r.failure == WireResponse::Failure::None) {
        absorb(r);
        m_ctx.rateLimits->update(m_ctx.host, r.headers, m_result.serverDate);
        o.kind = AttemptOutcome::Kind::Response;
        o.status = r.status;
        o.errorCode = m_result.error.code;
        o.retryAfter = headerOf(r.headers, "Retry-After"); // null when absent
        o.serverDate = m_result.serverDate;
        outcomeText = r.status >= 200 && r.status <= 299
                          ? QStringLiteral("ok")
                          : QStringLiteral("HTTP %1 %2").arg(r.status).arg(m_result.error.code);
    } else {
        o.kind = r.failure == WireResponse::Failure::Fatal ? AttemptOutcome::Kind::FatalError
                                                           : AttemptOutcome::Kind::RetryableError;
        m_result.error = ApiError{};
        m_result.error.httpStatus = 0;
        m_result.error.code = QStringLiteral("network_error");
        m_result.error.message = redact::scrub(
            r.errorText.isEmpty() ? Text::tr("the connection failed") : r.errorText);
        outcomeText = QStringLiteral("network: %1").arg(m_result.error.message);
    }
    m_ctx.rateLimits->noteAnswered(m_ctx.host, m_priority);
    const Millis took = m_ctx.clock->monotonicNow() - m_attemptStarted;
    if (m_ctx.log) {
        m_ctx.log->attemptFinished(m_logRow, r.status, m_result.requestId, m_result.replayed, took,
                                   outcomeText);
    }
    emit attemptFinished(m_attempt, r.status);
    if (m_state == State::Finished) {
        return; // a slot cancelled us
    }
    // Seed 000 answers errors as {"success":false,…}; should one come with a 2xx status it is
    // still an error, and not one that retrying fixes.
    if (o.kind == AttemptOutcome::Kind::Response && r.status >= 200 && r.status <= 299 &&
        m_successFalse) {
        m_result.error =
            ApiError::fromResponse(r.status, r.body, headerOf(r.headers, "X-Request-Id"));
        finish(ErrorKind::Terminal);
        return;
    }
    handle(o);
}

void Operation::onAttemptTimeout() {
    m_call.reset(); // abort: seed 003 "request timeout"
    m_ctx.rateLimits->noteAnswered(m_ctx.host, m_priority);
    m_result.networkCause = NetworkCause::Timeout;
    m_result.error = ApiError{};
    m_result.error.code = QStringLiteral("timeout");
    m_result.error.message =
        Text::tr("the server did not answer within %1 s")
            .arg((m_ctx.clock->monotonicNow() - m_attemptStarted).count() / 1000);
    if (m_ctx.log) {
        m_ctx.log->attemptFinished(m_logRow, 0, {}, false,
                                   m_ctx.clock->monotonicNow() - m_attemptStarted,
                                   QStringLiteral("timeout"));
    }
    emit attemptFinished(m_attempt, 0);
    if (m_state == State::Finished) {
        return;
    }
    if (m_attemptLimitedByDeadline) {
        finish(ErrorKind::DeadlineExceeded);
        return;
    }
    AttemptOutcome o;
    o.kind = AttemptOutcome::Kind::Timeout;
    handle(o);
}

void Operation::handle(const AttemptOutcome &o) {
    const Decision d = m_rules.decide(o, m_attempt, m_ctx.clock->monotonicNow(), m_deadline,
                                      m_ctx.clock->utcNow(), *m_ctx.jitter);
    switch (d.action) {
    case Decision::Action::Succeed:
        m_ctx.budget->onSuccess(m_tokensSpent);
        finish(ErrorKind::None);
        return;
    case Decision::Action::Fail:
        if (d.retryAfter) {
            m_result.retryAt = m_ctx.clock->utcNow().addMSecs(d.retryAfter->count());
        }
        finish(d.error);
        return;
    case Decision::Action::Retry:
        // The budget is asked after the backoff is computed and never shortens it: either the
        // full wait happens, or no retry at all (the AWS SDK skips backoff; we do not).
        if (!m_ctx.budget->tryAcquire(d.budgetCost)) {
            finish(ErrorKind::BudgetExhausted);
            return;
        }
        m_tokensSpent += d.budgetCost;
        if (m_ctx.log) {
            m_ctx.log->waitScheduled(m_logRow, d.wait, d.reason);
        }
        waitThen(d.wait, d.reason);
        return;
    }
}

void Operation::waitThen(Millis wait, WaitReason reason) {
    m_state = State::Waiting;
    emit waiting(wait.count(), reason);
    if (m_state == State::Finished) {
        return; // cancelled from a slot
    }
    m_timer = m_ctx.clock->callAfter(wait, this, [this] {
        m_timer = 0;
        beginAttempt();
    });
}

void Operation::cancelTimer() {
    if (m_timer != 0) {
        m_ctx.clock->cancel(m_timer);
        m_timer = 0;
    }
}

void Operation::finish(ErrorKind kind) {
    if (m_state == State::Finished) {
        return;
    }
    cancelTimer();
    if (m_call) {
        m_call.reset(); // cancel/deadline: stop the attempt in flight at once
        m_ctx.rateLimits->noteAnswered(m_ctx.host, m_priority);
        if (m_ctx.log) {
            m_ctx.log->attemptFinished(m_logRow, 0, {}, false,
                                       m_ctx.clock->monotonicNow() - m_attemptStarted,
                                       QStringLiteral("aborted: %1").arg(toString(kind)));
        }
    }
    m_state = State::Finished;
    m_result.errorKind = kind;
    m_result.attempts = m_attempt;
    m_result.elapsed = m_begun ? m_ctx.clock->monotonicNow() - m_started : Millis(0);
    if (kind == ErrorKind::None && m_bodyOnly) {
        m_result.error = ApiError{}; // the caller decodes m_result.body itself
    } else if (kind == ErrorKind::None) {
        m_result.error = ApiError{};
        const QJsonDocument doc = QJsonDocument::fromJson(m_result.body);
        m_result.payload = doc.isObject()  ? json::unwrapData(doc.object())
                           : doc.isArray() ? QJsonValue(doc.array())
                                           : QJsonValue();
    } else {
        if (m_result.error.code.isEmpty()) {
            m_result.error.code = toString(kind);
        }
        if (m_result.error.message.isEmpty()) {
            m_result.error.message = Text::tr("No answer from the server.");
        }
        // Servers echo what they were sent; every field a user or a log may see is scrubbed.
        for (QString *field : {&m_result.error.code, &m_result.error.message, &m_result.error.field,
                               &m_result.error.docs, &m_result.error.requestId}) {
            *field = redact::scrub(*field);
        }
        m_result.userMessage =
            userMessageFor(m_result, m_ctx.config.maxAttempts, m_ctx.config.totalTimeout);
    }
    emit finished(m_result);
    if (m_autoDelete) {
        deleteLater();
    }
}

} // namespace rd::net
