// Transport: the seam between an Operation and the wire — one HTTP exchange, abortable.
#pragma once

#include "net/Result.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace rd::net {

struct WireRequest {
    QByteArray method;
    QUrl url;        // carries ?apiKey= for the lists API: never log it unredacted
    Headers headers; // Authorization, Idempotency-Key, Content-Type, Accept
    QByteArray body; // serialised once per operation; every attempt sends these bytes
};

struct WireResponse {
    enum class Failure {
        None,      // a complete HTTP response (any status)
        Retryable, // reset, refused, closed mid-answer, truncated body
        Fatal,     // unknown host, TLS, unsupported protocol
    };
    Failure failure = Failure::None;
    int status = 0; // may be set with a Retryable failure (a truncated 200)
    Headers headers;
    QByteArray body;
    QString errorText; // the transport's words for a failure (redacted before use)
    NetworkCause cause = NetworkCause::None; // why a failure happened; None with an answer
};

// A call in flight. abort() stops it; the completion callback is not called afterwards.
class PendingCall {
public:
    virtual ~PendingCall() = default;
    virtual void abort() = 0;
};

// QtTransport is the real one; tests substitute a scripted transport on a FakeClock.
class Transport {
public:
    using Done = std::function<void(const WireResponse &)>;
    virtual ~Transport() = default;
    // Starts the exchange; done is called once, later (never synchronously), unless aborted.
    virtual std::unique_ptr<PendingCall> start(const WireRequest &request, Done done) = 0;
};

} // namespace rd::net
