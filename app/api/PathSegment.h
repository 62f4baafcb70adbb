// pathSegment: an id as one segment of a request path. Ids come from servers, links and pasted
// text; a "/" or a lone ".." in one must never turn GET /v1/validations/<id> into another
// endpoint (ApiClient hands the path to QUrl in tolerant mode, which keeps "%2F" encoded).
#pragma once

#include <QString>
#include <QUrl>

namespace rd::api {

inline QString pathSegment(const QString &id) {
    if (id == u"." || id == u"..") {
        return QString(id).replace(u'.', QStringLiteral("%2E"));
    }
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

} // namespace rd::api
