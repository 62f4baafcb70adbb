#include "core/Redaction.h"

#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QUrlQuery>

namespace rd::redact {

namespace {
bool isSecretQueryName(const QString &name)
{
    const QString n = name.toLower();
    return n == u"apikey" || n == u"api_key" || n == u"key" || n == u"token" ||
           n == u"access_token" || n == u"secret";
}

struct Registry {
    QMutex mutex;
    QSet<QString> secrets;
};
Registry &registry()
{
    static Registry r;
    return r;
}
} // namespace

QString url(const QUrl &in)
{
    QUrl u = in;
    u.setPassword({});
    if (u.hasQuery()) {
        QUrlQuery q(u);
        auto items = q.queryItems(QUrl::FullyEncoded);
        for (auto &item : items) {
            if (isSecretQueryName(item.first)) {
                item.second = QString::fromLatin1(kMask);
            }
        }
        q.setQueryItems(items);
        u.setQuery(q);
    }
    // PrettyDecoded: what Qt falls back to (with a warning per call) when asked for FullyDecoded.
    return scrub(u.toString(QUrl::PrettyDecoded));
}

bool isSensitiveHeader(const QByteArray &name)
{
    const QByteArray n = name.toLower();
    return n == "authorization" || n == "proxy-authorization" || n == "cookie" ||
           n == "set-cookie" || n == "x-api-key" || n == "apikey";
}

QByteArray headerValue(const QByteArray &name, const QByteArray &value)
{
    if (isSensitiveHeader(name)) {
        return QByteArray(kMask);
    }
    return scrub(QString::fromLatin1(value)).toLatin1();
}

void registerSecret(const QString &secret)
{
    if (secret.size() < 4) {
        return; // too short to scrub without mangling ordinary text
    }
    QMutexLocker lock(&registry().mutex);
    registry().secrets.insert(secret);
}

void forgetSecret(const QString &secret)
{
    QMutexLocker lock(&registry().mutex);
    registry().secrets.remove(secret);
}

QString scrub(const QString &text)
{
    QMutexLocker lock(&registry().mutex);
    if (registry().secrets.isEmpty()) {
        return text;
    }
    QString out = text;
    for (const QString &s : std::as_const(registry().secrets)) {
        out.replace(s, QLatin1String(kMask));
        // also its percent-encoded form, as it would appear in a query string
        const QString enc = QString::fromLatin1(QUrl::toPercentEncoding(s));
        if (enc != s) {
            out.replace(enc, QLatin1String(kMask));
        }
    }
    return out;
}

} // namespace rd::redact
