#include "instance/InstanceProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rd::instance {

namespace {
const QString kApp = QStringLiteral("retrydesk");

QByteArray line(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<QJsonObject> object(const QByteArray &line, QString *error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (!doc.isObject()) {
        *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                              : QStringLiteral("not an object");
        return std::nullopt;
    }
    return doc.object();
}
} // namespace

QByteArray InstanceProtocol::encode(const Request &request) {
    return line({{QStringLiteral("app"), kApp},
                 {QStringLiteral("version"), request.version},
                 {QStringLiteral("arguments"), QJsonArray::fromStringList(request.arguments)}});
}

QByteArray InstanceProtocol::encode(const Reply &reply) {
    QJsonObject o{{QStringLiteral("version"), reply.version},
                  {QStringLiteral("handled"), reply.handled}};
    if (!reply.error.isEmpty()) {
        o.insert(QStringLiteral("error"), reply.error);
    }
    return line(o);
}

std::optional<InstanceProtocol::Request> InstanceProtocol::decodeRequest(const QByteArray &line,
                                                                         QString *error) {
    const auto o = object(line, error);
    if (!o) {
        return std::nullopt;
    }
    if (o->value(QStringLiteral("app")).toString() != kApp ||
        !o->value(QStringLiteral("version")).isDouble()) {
        *error = QStringLiteral("not a RetryDesk launch");
        return std::nullopt;
    }
    Request r;
    r.version = o->value(QStringLiteral("version")).toInt();
    const QJsonValue arguments = o->value(QStringLiteral("arguments"));
    if (r.version == kVersion && !arguments.isArray()) {
        *error = QStringLiteral("no arguments");
        return std::nullopt;
    }
    for (const QJsonValue &a : arguments.toArray()) {
        r.arguments << a.toString();
    }
    return r;
}

std::optional<InstanceProtocol::Reply> InstanceProtocol::decodeReply(const QByteArray &line,
                                                                     QString *error) {
    const auto o = object(line, error);
    if (!o) {
        return std::nullopt;
    }
    if (!o->value(QStringLiteral("version")).isDouble() ||
        !o->value(QStringLiteral("handled")).isBool()) {
        *error = QStringLiteral("not a RetryDesk answer");
        return std::nullopt;
    }
    Reply r;
    r.version = o->value(QStringLiteral("version")).toInt();
    r.handled = o->value(QStringLiteral("handled")).toBool();
    r.error = o->value(QStringLiteral("error")).toString();
    return r;
}

std::optional<QByteArray> InstanceProtocol::takeLine(QByteArray &buffer, bool *tooLong) {
    const qsizetype end = buffer.indexOf('\n');
    *tooLong = end < 0 && buffer.size() >= kMaxLine;
    if (end < 0 || end > kMaxLine) {
        *tooLong = *tooLong || end > kMaxLine;
        return std::nullopt;
    }
    QByteArray taken = buffer.left(end);
    buffer.remove(0, end + 1);
    return taken;
}

} // namespace rd::instance
