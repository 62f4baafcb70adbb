#include "domain/BulkList.h"

#include "domain/JsonUtil.h"

namespace rd {

BulkList::Status BulkList::statusFromWire(const QString &s)
{
    const QString n = s.trimmed().toLower();
    if (n == u"queued") return Status::Queued;
    if (n == u"in progress" || n == u"processing") return Status::InProgress;
    if (n == u"completed") return Status::Completed;
    if (n == u"failed") return Status::Failed;
    return Status::Unknown;
}

QString BulkList::toWire(Status s)
{
    switch (s) {
    case Status::Queued: return QStringLiteral("Queued");
    case Status::InProgress: return QStringLiteral("In Progress");
    case Status::Completed: return QStringLiteral("Completed");
    case Status::Failed: return QStringLiteral("Failed");
    case Status::Unknown: break;
    }
    return QStringLiteral("Unknown");
}

QJsonObject BulkList::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("id"), id);
    o.insert(QLatin1String("name"), name);
    o.insert(QLatin1String("status"), status == Status::Unknown ? statusText : toWire(status));
    o.insert(QLatin1String("counts"), QJsonObject{{QLatin1String("total"), total},
                                                  {QLatin1String("processed"), processed},
                                                  {QLatin1String("valid"), valid},
                                                  {QLatin1String("invalid"), invalid},
                                                  {QLatin1String("unknown"), unknown}});
    o.insert(QLatin1String("created_at"), json::toJson(createdAt));
    o.insert(QLatin1String("updated_at"), json::toJson(updatedAt));
    o.insert(QLatin1String("retry_of"), retryOf.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(retryOf));
    return o;
}

std::optional<BulkList> BulkList::fromJson(const QJsonObject &o, QString *error)
{
    BulkList l;
    l.id = o.value(QLatin1String("id")).toString();
    if (l.id.isEmpty()) {
        if (error) {
            *error = QStringLiteral("id: missing");
        }
        return std::nullopt;
    }
    l.name = o.value(QLatin1String("name")).toString();
    l.statusText = o.value(QLatin1String("status")).toString();
    l.status = statusFromWire(l.statusText);
    const QJsonObject c = o.value(QLatin1String("counts")).toObject();
    l.total = c.value(QLatin1String("total")).toInt();
    l.processed = c.value(QLatin1String("processed")).toInt();
    l.valid = c.value(QLatin1String("valid")).toInt();
    l.invalid = c.value(QLatin1String("invalid")).toInt();
    l.unknown = c.value(QLatin1String("unknown")).toInt();
    QString why;
    if (!json::readTimestamp(o, QLatin1String("created_at"), l.createdAt, &why) ||
        !json::readTimestamp(o, QLatin1String("updated_at"), l.updatedAt, &why)) {
        if (error) {
            *error = why;
        }
        return std::nullopt;
    }
    l.retryOf = o.value(QLatin1String("retry_of")).toString();
    return l;
}

} // namespace rd
