#include "webhooks/WebhookEvent.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace rd::webhooks {

namespace {

std::optional<WebhookEvent> fail(QString *error, const QString &why) {
    if (error) {
        *error = why;
    }
    return std::nullopt;
}

} // namespace

QStringList eventTypes() {
    return {QString::fromLatin1(EventType::AttemptMade), QString::fromLatin1(EventType::Resolved),
            QString::fromLatin1(EventType::Exhausted), QString::fromLatin1(EventType::Cancelled)};
}

QByteArray serialize(const WebhookEvent &e) {
    QJsonObject o;
    o.insert(QStringLiteral("id"), e.id);
    o.insert(QStringLiteral("type"), e.type);
    o.insert(QStringLiteral("created_at"), e.createdAt.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("data"), e.data);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<WebhookEvent> parseEvent(const QByteArray &body, QString *error) {
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        return fail(error, QStringLiteral("body is not JSON: %1").arg(pe.errorString()));
    }
    if (!doc.isObject()) {
        return fail(error, QStringLiteral("body is not a JSON object"));
    }
    const QJsonObject o = doc.object();
    static const QRegularExpression idPattern(QStringLiteral("^evt_[0-9a-f]{24}$"));
    WebhookEvent e;
    e.id = o.value(QStringLiteral("id")).toString();
    if (!idPattern.match(e.id).hasMatch()) {
        return fail(error, QStringLiteral("id is not evt_ followed by 24 hex digits"));
    }
    e.type = o.value(QStringLiteral("type")).toString();
    if (!eventTypes().contains(e.type)) {
        return fail(error, QStringLiteral("unknown event type \"%1\"").arg(e.type));
    }
    const QString created = o.value(QStringLiteral("created_at")).toString();
    e.createdAt = QDateTime::fromString(created, Qt::ISODateWithMs);
    if (created.isEmpty() || !e.createdAt.isValid()) {
        return fail(error, QStringLiteral("created_at is not an ISO 8601 time"));
    }
    e.createdAt = e.createdAt.toUTC();
    const QJsonValue data = o.value(QStringLiteral("data"));
    if (!data.isObject()) {
        return fail(error, QStringLiteral("data is not an object"));
    }
    e.data = data.toObject();
    const QJsonValue validation = e.data.value(QStringLiteral("validation"));
    if (!validation.isObject() || !validation.toObject().value(QStringLiteral("id")).isString()) {
        return fail(error, QStringLiteral("data.validation is not a validation object with an id"));
    }
    e.validationId = validation.toObject().value(QStringLiteral("id")).toString();
    return e;
}

} // namespace rd::webhooks
