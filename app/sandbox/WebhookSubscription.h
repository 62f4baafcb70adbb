// WebhookSubscription: one receiver of the sandbox's webhooks, and one recorded delivery attempt.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace rd::sandbox {

// RetryDesk's sandbox's own design (docs/api.md, "Webhooks"); seed 003 defines only the schedule
// and the duplicates.
struct WebhookSubscription {
    QString id;        // "wh_" + 24 hex; assigned when added
    QUrl url;          // http(s) receiver; deliveries are POSTed here
    QByteArray secret; // HMAC key of RetryDesk-Signature; generated ("whsec_…") when empty
    QStringList events{QStringLiteral("*")}; // event types, or "*" for every type
    double duplicateRate = 0;                // chance a successful delivery is sent again once
    QString userId;                          // whose validations it hears about; empty: demo user
    QDateTime createdAt;                     // server time; set when added

    bool wants(const QString &eventType) const {
        return events.contains(QLatin1String("*")) || events.contains(eventType);
    }
    // Empty when usable; otherwise one sentence saying what to fix, and the field in *field.
    QString problem(QString *field = nullptr) const;
    QJsonObject toJson() const; // the secret included: the admin API is local and --admin only
};

// One HTTP delivery attempt, as GET /_admin/webhooks/deliveries lists it.
struct WebhookDelivery {
    enum class Result { InFlight, Http, Timeout, ConnectionFailed };

    QString subscriptionId;
    QString eventId;
    QString eventType;
    QString validationId;
    QString deliveryId;
    int attempt = 1; // 1..7; a duplicate carries the attempt it duplicates
    QDateTime at;    // server time the request was sent
    bool duplicate = false;
    Result result = Result::InFlight;
    int httpStatus = 0;                     // when result is Http
    std::optional<QDateTime> nextAttemptAt; // a failed attempt's retry (server time), if any

    bool succeeded() const {
        return result == Result::Http && httpStatus >= 200 && httpStatus < 300;
    }
    QJsonObject toJson() const;
};

} // namespace rd::sandbox
