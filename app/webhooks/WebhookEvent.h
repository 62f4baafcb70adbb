// WebhookEvent: one webhook event as it travels in a delivery's body, and its JSON mapping.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace rd::webhooks {

namespace EventType {
inline constexpr char AttemptMade[] = "validation.attempt_made";
inline constexpr char Resolved[] = "validation.resolved";
inline constexpr char Exhausted[] = "validation.exhausted";
inline constexpr char Cancelled[] = "validation.cancelled";
} // namespace EventType

// Every event type the sandbox emits, in a stable order (subscriptions, filters, docs).
QStringList eventTypes();

// Wire body: {"id":"evt_<24 hex>","type":"validation.…","created_at":"<ISO 8601 UTC, ms>",
//             "data":{"validation":{…as GET /v1/validations/{id} returns it…}}}
// validationId is not on the wire of its own: it is data.validation.id, lifted out on parse.
struct WebhookEvent {
    QString id;
    QString type;
    QDateTime createdAt;
    QString validationId;
    QJsonObject data;
};

// Compact JSON. data is written as given; validationId is not written separately.
QByteArray serialize(const WebhookEvent &e);

// nullopt (and a one-line reason in *error, when given) for a body that is not an event: not a
// JSON object, id not "evt_<24 hex>", unknown type, unreadable created_at, data without a
// validation object carrying a string id.
std::optional<WebhookEvent> parseEvent(const QByteArray &body, QString *error);

} // namespace rd::webhooks
