// Result: how one logical operation of the API client ended — a payload or a typed error.
#pragma once

#include "core/Clock.h"
#include "domain/ApiError.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace rd::net {

// Why an operation did not deliver a payload. Each kind has its own sentence for the user.
enum class ErrorKind {
    None,             // success
    Terminal,         // seed 003 "do not retry": 400/401/403/404/409/422/501 and other 4xx
    GaveUp,           // retriable failures on every one of the allowed attempts
    BudgetExhausted,  // the per-host retry budget is empty: the client stopped retrying
    DeadlineExceeded, // the total timeout (seed 003: 5 min) ran out
    Cancelled,        // cancel() was called
    OutcomePending,   // 409 idempotency_key_in_progress to the end: not a failure (seed 001)
    KeyReused,        // 422 idempotency_key_reused, or the same key with another body locally
    RetryAfterBeyondDeadline, // the server asked for a wait that ends after the deadline
    Network, // a failure retrying cannot fix (unknown host, TLS, unsupported protocol)
};

// What kind of network failure ended the last attempt, when no HTTP answer arrived: lets a caller
// tell a TLS failure from an unreachable host (the "Test connection" verdict).
enum class NetworkCause { None, Tls, HostNotFound, Refused, Timeout, Other };

// Why the operation is waiting before its next attempt (request log "Why" column).
enum class WaitReason { None, Backoff, RetryAfter, RateLimit };

QString toString(ErrorKind kind); // "gave_up", … (stable, for logs and the CLI)
QString toString(WaitReason why); // "backoff", "Retry-After", "rate limit"

using Headers = QList<QPair<QByteArray, QByteArray>>;

struct Result {
    int httpStatus = 0; // last HTTP status received; 0 when none arrived
    Headers headers;    // of the last response
    QByteArray body;    // of the last response
    // The JSON answer: the seed 003 envelope's `data` when the body is an envelope, the whole
    // document otherwise (seed 000 {"success":true,"message":…}). Undefined on errors.
    QJsonValue payload;
    bool replayed = false; // seed 001 Idempotent-Replayed: true — an ordinary success
    // The server's Date header and how far the server's wall clock is ahead of ours when it
    // arrived (server − local). Countdowns to server timestamps correct by it.
    std::optional<QDateTime> serverDate;
    std::optional<Millis> clockSkew;
    QString requestId;      // meta.requestId / X-Request-Id of the last response
    QString idempotencyKey; // of writes; reuse it to reconcile an OutcomePending write
    int attempts = 0;
    Millis elapsed{0}; // monotonic, start to finish

    ErrorKind errorKind = ErrorKind::None;
    NetworkCause networkCause = NetworkCause::None; // of the last attempt; None after an answer
    ApiError error; // the server's error (code, message, field, requestId), or a local one
    // For RetryAfterBeyondDeadline (and rate-limit waits past the deadline): when the server
    // said the request may be retried, on our wall clock.
    std::optional<QDateTime> retryAt;
    // One or two sentences: what happened and what to do. Carries the requestId when known and
    // never a secret.
    QString userMessage;

    bool ok() const { return errorKind == ErrorKind::None; }
    QByteArray header(const QByteArray &name) const; // case-insensitive, first match
};

// The sentence for a result (used by Operation; public so the CLI and tests share the wording).
QString userMessageFor(const Result &r, int maxAttempts, Millis totalTimeout);

} // namespace rd::net
