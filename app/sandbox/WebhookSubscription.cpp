#include "sandbox/WebhookSubscription.h"

#include "domain/JsonUtil.h"
#include "webhooks/WebhookEvent.h"

#include <QJsonArray>

namespace rd::sandbox {

QString WebhookSubscription::problem(QString *field) const {
    auto fail = [field](const char *name, const QString &why) {
        if (field) {
            *field = QLatin1String(name);
        }
        return why;
    };
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != u"http" && url.scheme() != u"https")) {
        return fail("url", QStringLiteral("url must be an absolute http or https URL, e.g. "
                                          "http://127.0.0.1:8788/hook."));
    }
    if (secret.isEmpty() && !id.isEmpty()) {
        return fail("secret", QStringLiteral("secret must not be empty."));
    }
    if (!(duplicateRate >= 0 && duplicateRate <= 1)) {
        return fail("duplicate_rate",
                    QStringLiteral("duplicate_rate must be a number from 0 to 1."));
    }
    if (events.isEmpty()) {
        return fail("events",
                    QStringLiteral("events must name at least one event type, or \"*\"."));
    }
    const QStringList known = webhooks::eventTypes();
    for (const QString &e : events) {
        if (e != u"*" && !known.contains(e)) {
            return fail("events", QStringLiteral("Unknown event type '%1'; use \"*\" or one of %2.")
                                      .arg(e, known.join(QLatin1String(", "))));
        }
    }
    return {};
}

QJsonObject WebhookSubscription::toJson() const {
    return {{QLatin1String("id"), id},
            {QLatin1String("url"), url.toString()},
            {QLatin1String("secret"), QString::fromUtf8(secret)},
            {QLatin1String("events"), QJsonArray::fromStringList(events)},
            {QLatin1String("duplicate_rate"), duplicateRate},
            {QLatin1String("user_id"), userId},
            {QLatin1String("created_at"), json::formatTimestamp(createdAt)}};
}

QJsonObject WebhookDelivery::toJson() const {
    QJsonValue status;
    switch (result) {
    case Result::InFlight:
        status = QStringLiteral("in_flight");
        break;
    case Result::Http:
        status = httpStatus;
        break;
    case Result::Timeout:
        status = QStringLiteral("timeout");
        break;
    case Result::ConnectionFailed:
        status = QStringLiteral("connection_failed");
        break;
    }
    QJsonObject o{{QLatin1String("subscription_id"), subscriptionId},
                  {QLatin1String("event_id"), eventId},
                  {QLatin1String("event_type"), eventType},
                  {QLatin1String("validation_id"), validationId},
                  {QLatin1String("delivery_id"), deliveryId},
                  {QLatin1String("attempt"), attempt},
                  {QLatin1String("at"), json::formatTimestamp(at)},
                  {QLatin1String("status"), status},
                  {QLatin1String("duplicate"), duplicate}};
    o.insert(QLatin1String("next_attempt_at"),
             nextAttemptAt ? QJsonValue(json::formatTimestamp(*nextAttemptAt)) : QJsonValue());
    return o;
}

} // namespace rd::sandbox
