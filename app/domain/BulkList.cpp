#include "domain/BulkList.h"

#include "domain/JsonUtil.h"

#include <algorithm>
#include <limits>

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
                                                  {QLatin1String("processed"), processedKnown ? QJsonValue(processed) : QJsonValue(QJsonValue::Null)},
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
    // Seed 000 shows only id and status (the retry answer): everything else is read tolerantly,
    // an absent, null or retyped field leaving its default.
    BulkList l;
    l.id = json::textOf(o.value(QLatin1String("id")));
    if (l.id.isEmpty()) {
        if (error) {
            *error = QStringLiteral("id: missing");
        }
        return std::nullopt;
    }
    l.name = json::textOf(o.value(QLatin1String("name")));
    l.statusText = json::textOf(o.value(QLatin1String("status")));
    l.status = statusFromWire(l.statusText);
    const QJsonValue countsValue = o.value(QLatin1String("counts"));
    const QJsonObject c = countsValue.toObject();
    auto countOf = [](const QJsonValue &v) {
        bool ok = false;
        const qint64 n = json::textOf(v).toLongLong(&ok);
        return ok ? int(std::clamp<qint64>(n, 0, std::numeric_limits<int>::max())) : 0;
    };
    auto count = [&c, &countOf](const char *key) { return countOf(c.value(QLatin1String(key))); };
    // A server that reports only the total sends "counts" as that number.
    l.total = countsValue.isObject() ? count("total") : countOf(countsValue);
    l.processed = count("processed");
    {
        bool ok = false;
        json::textOf(c.value(QLatin1String("processed"))).toLongLong(&ok);
        l.processedKnown = ok;
    }
    l.valid = count("valid");
    l.invalid = count("invalid");
    l.unknown = count("unknown");
    auto timestamp = [&o](const char *key) -> std::optional<QDateTime> {
        const QJsonValue t = o.value(QLatin1String(key));
        return t.isString() ? json::parseTimestamp(t.toString()) : std::nullopt;
    };
    l.createdAt = timestamp("created_at");
    l.updatedAt = timestamp("updated_at");
    l.retryOf = json::textOf(o.value(QLatin1String("retry_of")));
    return l;
}

} // namespace rd
