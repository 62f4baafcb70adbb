#include "domain/JsonUtil.h"

#include <QLocale>
#include <QTimeZone>

#include <cmath>
#include <limits>

namespace rd::json {

std::optional<QDateTime> parseTimestamp(const QString &text)
{
    if (text.size() < 20) {
        return std::nullopt;
    }
    // RFC 3339 §5.6 allows "t" and "z" in lower case; servers also send more than three fraction
    // digits (microseconds). Normalise both to what Qt's ISO parser reads.
    QString s = text;
    if (s.at(10) == u't') {
        s[10] = u'T';
    }
    if (s.at(10) != u'T') {
        return std::nullopt;
    }
    if (s.back() == u'z') {
        s.back() = u'Z';
    }
    if (s.size() > 23 && s.at(19) == u'.') {
        qsizetype end = 20;
        while (end < s.size() && s.at(end).isDigit()) {
            ++end;
        }
        if (end > 23) {
            s.remove(23, end - 23); // keep milliseconds, as every timestamp here does
        }
    }
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime) {
        return std::nullopt; // no zone designator: ambiguous, refuse
    }
    const QDateTime utc = t.toUTC();
    if (utc.date().year() < 1 || utc.date().year() > 9999) {
        return std::nullopt; // 0001-01-01T00:00:00+14:00: no UTC time RFC 3339 can write back
    }
    return utc;
}

QString textOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9e15) {
            return QString::number(qint64(d));
        }
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
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
    // A lone {"data": …} is an envelope too (meta is RetryDesk's reading of seed 003, not a must).
    if (document.contains(QLatin1String("data")) &&
        (document.contains(QLatin1String("meta")) || document.contains(QLatin1String("error")) ||
         document.size() == 1)) {
        return document.value(QLatin1String("data"));
    }
    return document;
}

} // namespace rd::json
