// SandboxRequest / SandboxResponse: one HTTP exchange as the sandbox's handlers see it.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace rd::sandbox {

struct SandboxRequest {
    QByteArray method; // "GET", "PUT", "POST", …
    QString path;      // decoded path, no query
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray &lowerName) const;
    bool isWrite() const { return method != "GET" && method != "HEAD" && method != "OPTIONS"; }
};

struct SandboxResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // set by handlers; Date etc. are added on write
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
    void setHeader(const QByteArray &name, const QByteArray &value);
    // Status line, headers (plus Date, Content-Length, Content-Type, Connection) and body.
    // truncateBody sends a Content-Length larger than the bytes that follow (TruncatedBody fault).
    QByteArray serialize(const QByteArray &httpDate, bool truncateBody = false) const;

    static QByteArray reasonPhrase(int status);
};

// RFC 9110 IMF-fixdate, e.g. "Thu, 01 Jan 2026 12:00:00 GMT".
QByteArray httpDate(const QDateTime &utc);

} // namespace rd::sandbox
