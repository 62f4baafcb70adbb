#include "services/ListRetryOutcome.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rd {

QStringList ListRetryOutcome::retryableIds(const QList<ListRetryOutcome> &outcomes) {
    QStringList ids;
    for (const ListRetryOutcome &o : outcomes) {
        if (o.retryable() && !ids.contains(o.listId)) {
            ids.append(o.listId);
        }
    }
    return ids;
}

QString ListRetryOutcome::serverMessageOf(const QByteArray &body) {
    const QJsonObject doc = QJsonDocument::fromJson(body).object();
    if (doc.value(QLatin1String("success")) != QJsonValue(false)) {
        return {};
    }
    const QJsonValue m = doc.value(QLatin1String("message"));
    if (m.isString()) {
        return m.toString();
    }
    if (m.isObject()) {
        for (const char *key : {"message", "error"}) {
            const QJsonValue v = m.toObject().value(QLatin1String(key));
            if (v.isString()) {
                return v.toString();
            }
        }
        return QString::fromUtf8(QJsonDocument(m.toObject()).toJson(QJsonDocument::Compact));
    }
    if (m.isArray()) {
        return QString::fromUtf8(QJsonDocument(m.toArray()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace rd
