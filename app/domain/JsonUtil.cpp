#include "domain/JsonUtil.h"

#include <QTimeZone>

#include <cmath>
#include <limits>

namespace rd::json {

std::optional<QDateTime> parseTimestamp(const QString &s)
{
    if (s.size() < 20 || s.at(10) != u'T') {
        return std::nullopt;
    }
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime) {
        return std::nullopt; // no zone designator: ambiguous, refuse
    }
    return t.toUTC();
}

QString formatTimestamp(const QDateTime &t)
{
    const QDateTime u = t.toUTC();
    return u.time().msec() ? u.toString(Qt::ISODateWithMs) : u.toString(Qt::ISODate);
}

bool readTimestamp(const QJsonObject &o, QLatin1StringView key, std::optional<QDateTime> &out,
                   QString *error)
{
    out.reset();
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        return true;
    }
    if (v.isString()) {
        if (auto t = parseTimestamp(v.toString())) {
            out = *t;
            return true;
        }
    }
    if (error) {
        *error = QStringLiteral("%1: not an RFC 3339 timestamp").arg(key);
    }
    return false;
}

QJsonValue toJson(const std::optional<QDateTime> &t)
{
    return t ? QJsonValue(formatTimestamp(*t)) : QJsonValue(QJsonValue::Null);
}

bool readInt(const QJsonObject &o, QLatin1StringView key, std::optional<int> &out, QString *error)
{
    out.reset();
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        return true;
    }
    const double d = v.toDouble(std::nan(""));
    if (v.isDouble() && std::isfinite(d) && d == std::floor(d) &&
        d >= double(std::numeric_limits<int>::min()) && d <= double(std::numeric_limits<int>::max())) {
        out = int(d);
        return true;
    }
    if (error) {
        *error = QStringLiteral("%1: not an integer").arg(key);
    }
    return false;
}

QJsonValue toJson(const std::optional<int> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue unwrapData(const QJsonObject &document)
{
    if (document.contains(QLatin1String("data")) &&
        (document.contains(QLatin1String("meta")) || document.contains(QLatin1String("error")))) {
        return document.value(QLatin1String("data"));
    }
    return document;
}

} // namespace rd::json
