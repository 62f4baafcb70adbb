#include "core/Redaction.h"

#include <QList>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QUrlQuery>

#include <map>

namespace rd::redact {

namespace {
bool isSecretQueryName(const QString &name) {
    const QString n = name.toLower();
    return n == u"apikey" || n == u"api_key" || n == u"key" || n == u"token" ||
           n == u"access_token" || n == u"secret";
}

// The forms a registered secret may take in text. Exact and percent-encoded forms are matched
// in any letter case (a lower-cased log line, %2f vs %2F); base64 fragments are case-sensitive.
struct Forms {
    QStringList anyCase;
    QStringList exact;
};

// The part of base64(prefix + secret) that depends only on the secret's bytes, for each of the
// three alignments the secret can have inside a longer base64 run ("user:key" in Basic
// credentials, a JSON blob encoded whole): characters touched by the prefix or by what follows
// are dropped, so the fragment is found wherever the secret's bytes were encoded.
QStringList base64Fragments(const QByteArray &secret, QByteArray::Base64Options options) {
    QStringList out;
    for (int offset = 0; offset < 3; ++offset) {
        const QByteArray encoded =
            (QByteArray(offset, '\0') + secret).toBase64(options | QByteArray::OmitTrailingEquals);
        const qsizetype first = offset == 0 ? 0 : offset + 1; // 1 prefix byte: 2 chars; 2: 3 chars
        const qsizetype last = ((offset + secret.size()) / 3) * 4; // whole groups only
        if (last - first >= 8) { // shorter fragments would mangle unrelated base64
            out << QString::fromLatin1(encoded.mid(first, last - first));
        }
    }
    return out;
}

Forms formsOf(const QString &secret) {
    Forms f;
    f.anyCase << secret;
    const QString percent = QString::fromLatin1(QUrl::toPercentEncoding(secret));
    if (percent != secret) {
        f.anyCase << percent;
    }
    if (secret.contains(u'/')) { // JSON writers may escape the solidus
        f.anyCase << QString(secret).replace(u'/', QStringLiteral("\\/"));
    }
    const QByteArray utf8 = secret.toUtf8();
    f.exact << base64Fragments(utf8, QByteArray::Base64Encoding);
    for (const QString &s : base64Fragments(utf8, QByteArray::Base64UrlEncoding)) {
        if (!f.exact.contains(s)) {
            f.exact << s;
        }
    }
    return f;
}

// Longest secrets first: when one secret contains another, the longer one must go whole.
struct LongestFirst {
    bool operator()(const QString &a, const QString &b) const {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    }
};

struct Registry {
    QMutex mutex;
    std::map<QString, Forms, LongestFirst> secrets;
};
Registry &registry() {
    static Registry r;
    return r;
}

// Names whose values are secrets, as a regular-expression alternative (case-insensitive).
constexpr auto kNames = "(?:x-)?api[_-]?key|access[_-]?token|refresh[_-]?token|id[_-]?token|"
                        "auth[_-]?token|client[_-]?secret|private[_-]?key|session[_-]?(?:id|token)|"
                        "secret|password|passwd|token";

struct Patterns {
    QRegularExpression header;
    QRegularExpression bearer;
    QRegularExpression query;
    QRegularExpression json;
    QRegularExpression colon;
    QRegularExpression keyShape;
    QRegularExpression jwt;
};

// One set per thread: log lines are redacted on whichever thread wrote them.
const Patterns &patterns() {
    thread_local const Patterns p = [] {
        const auto ci = QRegularExpression::CaseInsensitiveOption;
        const QString names = QString::fromLatin1(kNames);
        Patterns r;
        // "Authorization: Bearer …" and other credential headers: everything after the name.
        r.header = QRegularExpression(
            QStringLiteral("\\b(proxy-authorization|authorization|x-api-key|api-key|set-cookie|"
                           "cookie)(\\\\?\"?\\s*[:=]\\s*)[^\\r\\n]*"),
            ci);
        r.bearer = QRegularExpression(QStringLiteral("\\b(bearer)\\s+[A-Za-z0-9._~+/=-]+"), ci);
        // apiKey=… in a query string or form body (not idempotency_key=, hence the look-behind).
        r.query = QRegularExpression(
            QStringLiteral("(?<![\\w-])(%1|key)=[^&\\s\"',;<>]+").arg(names), ci);
        // "api_key": "…" in JSON, also when the JSON itself sits escaped inside a quoted string.
        r.json = QRegularExpression(
            QStringLiteral("(\\\\?\")(%1)(\\\\?\"\\s*:\\s*\\\\?\")[^\"\\\\]*").arg(names), ci);
        // api_key: … in YAML-like or header-like text.
        r.colon = QRegularExpression(
            QStringLiteral("(?<![\\w-])(%1)(\\s*:\\s+)[^\\s,;\"']+").arg(names), ci);
        // API keys by their shape: the seeds' mxcep_ / cliova_ / ic_live_ and the common sk_/pk_.
        r.keyShape = QRegularExpression(
            QStringLiteral("\\b(?:mxcep|cliova|ic|sk|pk|rk)_[A-Za-z0-9][A-Za-z0-9_-]{5,}"), ci);
        r.jwt = QRegularExpression(
            QStringLiteral("\\beyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]*"));
        return r;
    }();
    return p;
}
} // namespace

QString url(const QUrl &in) {
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

bool isSensitiveHeader(const QByteArray &name) {
    const QByteArray n = name.toLower();
    return n == "authorization" || n == "proxy-authorization" || n == "cookie" ||
           n == "set-cookie" || n == "x-api-key" || n == "apikey";
}

bool isSensitiveName(QStringView name) {
    thread_local const QRegularExpression re(
        QStringLiteral("(^|[^a-z])(%1|key|credential|authorization|cookie)s?($|[^a-z])")
            .arg(QString::fromLatin1(kNames)),
        QRegularExpression::CaseInsensitiveOption);
    // camelCase names ("apiKey", "clientSecret") split into words first.
    QString words;
    words.reserve(name.size() + 4);
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (i > 0 && name[i].isUpper() && name[i - 1].isLower()) {
            words += u'_';
        }
        words += name[i];
    }
    return re.match(words).hasMatch() || re.match(name.toString()).hasMatch();
}

QByteArray headerValue(const QByteArray &name, const QByteArray &value) {
    if (isSensitiveHeader(name)) {
        return QByteArray(kMask);
    }
    return scrub(QString::fromLatin1(value)).toLatin1();
}

void registerSecret(const QString &secret) {
    if (secret.size() < 4) {
        return; // too short to scrub without mangling ordinary text
    }
    Forms forms = formsOf(secret);
    QMutexLocker lock(&registry().mutex);
    registry().secrets.insert_or_assign(secret, std::move(forms));
}

void forgetSecret(const QString &secret) {
    QMutexLocker lock(&registry().mutex);
    registry().secrets.erase(secret);
}

QString scrub(const QString &text) {
    QMutexLocker lock(&registry().mutex);
    if (registry().secrets.empty()) {
        return text;
    }
    QString out = text;
    const QLatin1String mask(kMask);
    for (const auto &[secret, forms] : registry().secrets) {
        for (const QString &f : forms.anyCase) {
            out.replace(f, mask, Qt::CaseInsensitive);
        }
        for (const QString &f : forms.exact) {
            out.replace(f, mask, Qt::CaseSensitive);
        }
    }
    return out;
}

QString text(const QString &in) {
    QString out = scrub(in);
    const Patterns &p = patterns();
    out.replace(p.header, QStringLiteral("\\1\\2***"));
    out.replace(p.bearer, QStringLiteral("\\1 ***"));
    out.replace(p.json, QStringLiteral("\\1\\2\\3***"));
    out.replace(p.query, QStringLiteral("\\1=***"));
    out.replace(p.colon, QStringLiteral("\\1\\2***"));
    out.replace(p.jwt, QStringLiteral("***"));
    out.replace(p.keyShape, QStringLiteral("***"));
    return out;
}

} // namespace rd::redact
