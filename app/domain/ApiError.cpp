#include "domain/ApiError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace rd {

namespace {

// RetryDesk's own words: the window translates them; the command-line tool installs no
// translator and stays English.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rd::ApiError)
};

} // namespace

namespace {
QString defaultMessage(int status)
{
    switch (status) {
    case 400: return Text::tr("The server could not read the request.");
    case 401: return Text::tr("The API key is missing or invalid.");
    case 403: return Text::tr("The API key lacks the permission this action needs.");
    case 404: return Text::tr("Not found.");
    case 409: return Text::tr("Conflict.");
    case 422: return Text::tr("The server rejected the request.");
    case 429: return Text::tr("Rate limit exceeded.");
    case 500: return Text::tr("The server had an internal error.");
    case 501: return Text::tr("The server does not implement this endpoint.");
    case 502: return Text::tr("Bad gateway.");
    case 503: return Text::tr("The service is unavailable.");
    case 504: return Text::tr("Gateway timeout.");
    default: return Text::tr("HTTP %1.").arg(status);
    }
}
} // namespace

ApiError ApiError::fromResponse(int httpStatus, const QByteArray &body, const QByteArray &requestIdHeader)
{
    ApiError e;
    e.httpStatus = httpStatus;
    e.requestId = QString::fromLatin1(requestIdHeader);
    const QJsonObject doc = QJsonDocument::fromJson(body).object();
    const QJsonValue error = doc.value(QLatin1String("error"));
    if (error.isObject()) {
        const QJsonObject err = error.toObject();
        e.code = err.value(QLatin1String("code")).toString();
        e.message = err.value(QLatin1String("message")).toString();
        e.field = err.value(QLatin1String("field")).toString();
        e.docs = err.value(QLatin1String("docs")).toString();
    } else if (doc.value(QLatin1String("success")) == QJsonValue(false)) {
        // seed 000 has no codes; name the one documented failure, keep the rest generic
        const QJsonValue msg = doc.value(QLatin1String("message"));
        e.message = msg.isString() ? msg.toString()
                                   : msg.toObject().value(QLatin1String("message")).toString();
        e.code = e.message.contains(QLatin1String("currently processing"), Qt::CaseInsensitive)
                     ? QStringLiteral("list_processing")
                     : QStringLiteral("request_failed");
    }
    const QJsonObject meta = doc.value(QLatin1String("meta")).toObject();
    for (const char *key : {"requestId", "request_id"}) {
        const QString id = meta.value(QLatin1String(key)).toString();
        if (!id.isEmpty()) {
            e.requestId = id;
            break;
        }
    }
    if (e.code.isEmpty()) {
        e.code = QStringLiteral("http_%1").arg(httpStatus);
    }
    if (e.message.isEmpty()) {
        e.message = defaultMessage(httpStatus);
    }
    return e;
}

QString ApiError::describe() const
{
    QStringList parts{code};
    if (httpStatus > 0) {
        parts << QStringLiteral("HTTP %1").arg(httpStatus);
    }
    if (!requestId.isEmpty()) {
        parts << QStringLiteral("request %1").arg(requestId);
    }
    return QStringLiteral("%1 (%2)").arg(message, parts.join(QStringLiteral(", ")));
}

} // namespace rd
