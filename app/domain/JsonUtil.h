// JsonUtil: the shared pieces of RetryDesk's JSON mapping (timestamps, nullable numbers, envelopes).
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace rd::json {

// RFC 3339 / ISO 8601 timestamp → UTC. Accepts "Z" or an offset, optional fractional seconds (any
// number of digits; kept to the millisecond) and RFC 3339's lower-case "t" / "z".
std::optional<QDateTime> parseTimestamp(const QString &s);
// UTC, "2026-01-01T12:00:00Z" (milliseconds appended only when non-zero).
QString formatTimestamp(const QDateTime &t);

// Nullable timestamp field. Returns false (and sets *error) for a present, non-null, unparsable
// value; absent and null both give nullopt.
bool readTimestamp(const QJsonObject &o, QLatin1StringView key, std::optional<QDateTime> &out,
                   QString *error);
QJsonValue toJson(const std::optional<QDateTime> &t);

// A scalar as text, for fields RetryDesk shows but the seeds do not define: a string as it is, a
// number in its shortest form (12345, 1250.5), true/false; null, arrays and objects give "".
QString textOf(const QJsonValue &v);

// Nullable integer field; rejects fractions and values outside int.
bool readInt(const QJsonObject &o, QLatin1StringView key, std::optional<int> &out, QString *error);
QJsonValue toJson(const std::optional<int> &v);

// Seed 003 success envelope {"data": …, "error": null, "meta": …}: returns data when the
// document is an envelope, the object itself otherwise.
QJsonValue unwrapData(const QJsonObject &document);

} // namespace rd::json
