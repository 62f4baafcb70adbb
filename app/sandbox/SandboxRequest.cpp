#include "sandbox/SandboxRequest.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace rd::sandbox {

QByteArray SandboxRequest::header(const QByteArray &lowerName) const {
    for (const auto &[name, value] : headers) {
        if (name == lowerName) {
            return value;
        }
    }
    return {};
}

QByteArray SandboxResponse::header(const QByteArray &name) const {
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0) {
            return v;
        }
    }
    return {};
}

void SandboxResponse::setHeader(const QByteArray &name, const QByteArray &value) {
    for (auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0) {
            v = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray SandboxResponse::reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QByteArray SandboxResponse::serialize(const QByteArray &date, bool truncateBody) const {
    QByteArray out;
    out.reserve(256 + body.size());
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Date: " + date + "\r\n";
    out += "Server: retrydesk-sandbox\r\n";
    if (header("Content-Type").isEmpty()) {
        out += "Content-Type: application/json\r\n";
    }
    for (const auto &[n, v] : headers) {
        out += n + ": " + v + "\r\n";
    }
    const qsizetype sent = truncateBody ? body.size() / 2 : body.size();
    // TruncatedBody: promise the whole body (plus a margin, so even an empty body is short).
    const qsizetype promised = truncateBody ? body.size() + 16 : body.size();
    out += "Content-Length: " + QByteArray::number(promised) + "\r\n";
    out += truncateBody ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    out += "\r\n";
    out += body.left(sent);
    return out;
}

QByteArray httpDate(const QDateTime &utc) {
    return QLocale::c()
        .toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

} // namespace rd::sandbox
