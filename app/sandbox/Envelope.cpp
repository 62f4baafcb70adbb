#include "sandbox/Envelope.h"

#include <QJsonDocument>

namespace rd::sandbox::envelope {

namespace {

QJsonObject meta(const QString &requestId, WireMode wire, const QJsonObject &extra = {}) {
    // seed 003 writes meta.requestId, seeds 001/002 meta.request_id: the full wire writes both, so
    // either client works; seeds-only follows seed 003's envelope, the one the seeds spell out.
    QJsonObject m = extra;
    m.insert(QLatin1String("requestId"), requestId);
    if (wire == WireMode::Full) {
        m.insert(QLatin1String("request_id"), requestId);
    }
    m.insert(QLatin1String("version"), QLatin1String(kApiVersion));
    return m;
}

SandboxResponse json(int status, const QJsonObject &body) {
    SandboxResponse r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.setHeader("Content-Type", "application/json");
    return r;
}

} // namespace

SandboxResponse success(const QJsonValue &data, const QString &requestId,
                        const QJsonObject &extraMeta, int status, WireMode wire) {
    return json(status, QJsonObject{{QLatin1String("data"), data},
                                    {QLatin1String("error"), QJsonValue::Null},
                                    {QLatin1String("meta"), meta(requestId, wire, extraMeta)}});
}

SandboxResponse successRaw(const QByteArray &dataJson, const QString &requestId,
                           const QJsonObject &extraMeta, int status, WireMode wire) {
    // The keys in QJsonDocument's (sorted) order, as success() writes them.
    SandboxResponse r;
    r.status = status;
    const QByteArray metaJson =
        QJsonDocument(meta(requestId, wire, extraMeta)).toJson(QJsonDocument::Compact);
    r.body.reserve(dataJson.size() + metaJson.size() + 32);
    r.body.append("{\"data\":").append(dataJson).append(",\"error\":null,\"meta\":");
    r.body.append(metaJson).append('}');
    r.setHeader("Content-Type", "application/json");
    return r;
}

SandboxResponse error(int status, const QString &code, const QString &message,
                      const QString &requestId, const QString &field, WireMode wire) {
    const QJsonObject err{{QLatin1String("code"), code},
                          {QLatin1String("message"), message},
                          {QLatin1String("field"),
                           field.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(field)},
                          {QLatin1String("docs"), QLatin1String(kDocsBase) + code}};
    return json(status, QJsonObject{{QLatin1String("data"), QJsonValue::Null},
                                    {QLatin1String("error"), err},
                                    {QLatin1String("meta"), meta(requestId, wire)}});
}

SandboxResponse lists(int status, bool ok, const QJsonValue &message) {
    return json(status,
                QJsonObject{{QLatin1String("success"), ok}, {QLatin1String("message"), message}});
}

} // namespace rd::sandbox::envelope
