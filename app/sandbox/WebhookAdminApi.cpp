#include "sandbox/WebhookAdminApi.h"

#include "sandbox/Envelope.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rd::sandbox {

namespace {

SandboxResponse invalid(const QString &message, const QString &field, const QString &requestId) {
    return envelope::error(422, QStringLiteral("invalid_webhook"), message, requestId, field);
}

SandboxResponse subscribe(SandboxState &s, const SandboxRequest &req, const QString &requestId) {
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(req.body, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject()) {
        return envelope::error(400, QStringLiteral("invalid_json"),
                               QStringLiteral("Send {\"url\": \"http://127.0.0.1:PORT/hook\", "
                                              "\"secret\": \"whsec_…\", \"events\": [\"*\"], "
                                              "\"duplicate_rate\": 0.1}."),
                               requestId);
    }
    const QJsonObject o = doc.object();
    WebhookSubscription sub;
    const QJsonValue url = o.value(QLatin1String("url"));
    if (!url.isString()) {
        return invalid(QStringLiteral("url is required: the receiver's http(s) address."),
                       QStringLiteral("url"), requestId);
    }
    sub.url = QUrl(url.toString(), QUrl::StrictMode);
    const QJsonValue secret = o.value(QLatin1String("secret"));
    if (!secret.isUndefined() && !secret.isNull()) {
        if (!secret.isString() || secret.toString().isEmpty()) {
            return invalid(QStringLiteral("secret must be a non-empty string, or left out to have "
                                          "one generated."),
                           QStringLiteral("secret"), requestId);
        }
        sub.secret = secret.toString().toUtf8();
    }
    const QJsonValue events = o.value(QLatin1String("events"));
    if (!events.isUndefined()) {
        if (!events.isArray()) {
            return invalid(QStringLiteral("events must be an array of event types, or [\"*\"]."),
                           QStringLiteral("events"), requestId);
        }
        sub.events.clear();
        for (const QJsonValue &e : events.toArray()) {
            sub.events.append(e.toString());
        }
    }
    const QJsonValue rate = o.value(QLatin1String("duplicate_rate"));
    if (!rate.isUndefined()) {
        sub.duplicateRate = rate.isDouble() ? rate.toDouble() : -1;
    }
    QString field;
    if (const QString why = sub.problem(&field); !why.isEmpty()) {
        return invalid(why, field, requestId);
    }
    // Admin-created subscriptions hear the demo user's validations (the keys the demo uses).
    sub.userId = QLatin1String(kDemoUserId);
    const auto added = s.webhooks.addSubscription(sub);
    return envelope::success(added ? added->toJson() : QJsonObject{}, requestId);
}

} // namespace

SandboxResponse WebhookAdminApi::handle(SandboxState &s, const SandboxRequest &req,
                                        const QString &requestId) {
    static const QString kBase = QStringLiteral("/_admin/webhooks");
    if (req.path == kBase && req.method == "POST") {
        return subscribe(s, req, requestId);
    }
    if (req.path == kBase && req.method == "GET") {
        QJsonArray subs;
        for (const WebhookSubscription &w : s.webhooks.subscriptions()) {
            subs.append(w.toJson());
        }
        return envelope::success(QJsonObject{{QLatin1String("subscriptions"), subs}}, requestId);
    }
    if (req.path == kBase + QLatin1String("/deliveries") && req.method == "GET") {
        QJsonArray out;
        const QString event = req.query.queryItemValue(QStringLiteral("event"), QUrl::FullyDecoded);
        for (const WebhookDelivery &d : s.webhooks.deliveries(event)) {
            out.append(d.toJson());
        }
        return envelope::success(QJsonObject{{QLatin1String("deliveries"), out}}, requestId);
    }
    const QString id = req.path.mid(kBase.size() + 1);
    if (req.method == "DELETE" && req.path.startsWith(kBase + u'/') && !id.contains(u'/')) {
        if (!s.webhooks.removeSubscription(id)) {
            return envelope::error(404, QStringLiteral("not_found"),
                                   QStringLiteral("No webhook subscription %1.").arg(id),
                                   requestId);
        }
        return envelope::success(
            QJsonObject{{QLatin1String("id"), id}, {QLatin1String("deleted"), true}}, requestId);
    }
    return envelope::error(
        404, QStringLiteral("not_found"),
        QStringLiteral("No admin endpoint %1 %2.").arg(QString::fromLatin1(req.method), req.path),
        requestId);
}

} // namespace rd::sandbox
