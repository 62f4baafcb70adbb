// WebhookDelivery: one HTTP request the receiver took in, what it made of it and what it answered,
// plus what the user's own endpoint answered when the request was forwarded there.
#pragma once

#include "webhooks/HttpRequestReader.h"
#include "webhooks/WebhookEvent.h"
#include "webhooks/WebhookSignature.h"

#include <QDateTime>
#include <QString>

#include <chrono>
#include <optional>

namespace rd::webhooks {

// What the delivery meant to the receiver. Only Accepted is an effect: the first 2xx-answered,
// correctly signed delivery of an event id (receivers dedupe on event.id, seed 003).
enum class DeliveryOutcome {
    Pending,   // answer not given yet (waiting for the forwarded endpoint's status)
    Accepted,  // answered 2xx, the event's one effect
    Duplicate, // answered 2xx, but the event already had its effect
    Failed,    // answered non-2xx on purpose (the tester's answer mode, or the endpoint's status)
    TimedOut,  // never answered: the connection was held until the sender gave up
    Rejected,  // signature missing / wrong / replayed, or a body that is not an event: 4xx
    Malformed, // not a readable HTTP request (or too large, or too slow): 4xx/5xx, no event
};

enum class SignatureVerdict { NotVerified, Valid, Invalid, Replayed, FromTheFuture };

struct ForwardResult {
    enum class State { None, Pending, Answered, Failed };
    State state = State::None;
    int status = 0; // the endpoint's HTTP status when Answered
    std::chrono::milliseconds latency{0};
    QByteArray firstBytes; // the answer's first bytes (kForwardPreviewBytes)
    QString error;         // when Failed: connection refused, timeout, …
};

struct WebhookDelivery {
    int index = -1;       // position in the receiver's list
    QDateTime receivedAt; // the receiver's clock, UTC
    std::chrono::milliseconds receivedMono{0};
    QString remote; // "127.0.0.1:54321"
    QByteArray method;
    QByteArray target;
    HeaderList headers;
    QByteArray body;

    QString eventId;    // from the body, else the RetryDesk-Event-Id header
    QString deliveryId; // RetryDesk-Delivery-Id
    int attempt = 0;    // RetryDesk-Delivery-Attempt, 0 when absent
    std::optional<WebhookEvent> event;
    QString problem; // why it was rejected / malformed, for the UI

    SignatureCheck signature = SignatureCheck::Missing;
    SignatureVerdict verdict = SignatureVerdict::NotVerified;
    DeliveryOutcome outcome = DeliveryOutcome::Pending;
    int answeredStatus = 0; // 0 while pending or held
    // A retry: an attempt number above every earlier delivery of the event. A duplicate of an
    // attempt: the same attempt number again (the sender's duplicate carries it).
    bool sameAttemptAgain = false;
    ForwardResult forward;

    QByteArray header(const QByteArray &name) const;
};

SignatureVerdict verdictFor(SignatureCheck check);
QString outcomeWord(DeliveryOutcome o);  // "accepted", "duplicate", … (translated)
QString verdictWord(SignatureVerdict v); // "valid", "not verified", … (translated)

} // namespace rd::webhooks
