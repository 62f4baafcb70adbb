#include "services/ConnectionTester.h"

#include "core/Redaction.h"
#include "domain/ApiError.h"

#include "net/ApiClient.h"
#include "net/Operation.h"
#include "net/Result.h"

#include <QMetaObject>
#include <QUrlQuery>

namespace rd {

QString ConnectionTestResult::title() const {
    switch (verdict) {
    case ConnectionVerdict::Ok:
        return QObject::tr("Connection works");
    case ConnectionVerdict::BadKey:
        return QObject::tr("The key was refused");
    case ConnectionVerdict::NoPermission:
        return QObject::tr("The key lacks permission");
    case ConnectionVerdict::Unreachable:
        return QObject::tr("The server cannot be reached");
    case ConnectionVerdict::TlsError:
        return QObject::tr("Secure connection failed");
    case ConnectionVerdict::InsecureRefused:
        return QObject::tr("Not sent: plain HTTP");
    case ConnectionVerdict::Unexpected:
        break;
    }
    return QObject::tr("Unexpected answer (HTTP %1)").arg(httpStatus);
}

QString ConnectionTestResult::advice() const {
    QString text;
    switch (verdict) {
    case ConnectionVerdict::Ok:
        text = QObject::tr("The server accepted the key.");
        break;
    case ConnectionVerdict::BadKey:
        text =
            QObject::tr("The server answered 401: the key is wrong, revoked or expired. Paste the "
                        "current key from your account and test again.");
        break;
    case ConnectionVerdict::NoPermission:
        text =
            QObject::tr("The server answered 403: the key is valid but its scopes do not allow "
                        "this API. Ask your administrator for a key with the right permissions.");
        break;
    case ConnectionVerdict::Unreachable:
        text = QObject::tr("Check the base URL, your network and any proxy or firewall (%1).")
                   .arg(detail);
        break;
    case ConnectionVerdict::TlsError:
        text = QObject::tr("The server's certificate could not be verified (%1). RetryDesk never "
                           "ignores this; fix the certificate or check that the URL is right.")
                   .arg(detail);
        break;
    case ConnectionVerdict::InsecureRefused:
        text = QObject::tr(
            "Plain http:// would send the key unencrypted. Use https://, or allow plain "
            "HTTP for this connection if you trust the network.");
        break;
    case ConnectionVerdict::Unexpected:
        text = httpStatus == 404
                   ? QObject::tr("The address answered but has no validations or lists API "
                                 "there: check the base URL (without /v1) and the API kind. %1")
                         .arg(detail)
                   : QObject::tr("%1").arg(detail);
        break;
    }
    if (!requestId.isEmpty()) {
        text += u' ' + QObject::tr("Request id: %1.").arg(requestId);
    }
    return text.trimmed();
}

ConnectionTester::ConnectionTester(Clock &clock, Random &jitter, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_jitter(jitter) {}

ConnectionTester::~ConnectionTester() {
    abort();
}

QUrl ConnectionTester::probeUrl(const ConnectionProfile &profile, const QString &key) {
    QUrl url = profile.baseUrl;
    QString path = url.path();
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    if (profile.kind == ApiKind::Validations) {
        // seed 002's listing, the cheapest call every server of the seeds has (GET /v1/account
        // is RetryDesk's assumption and optional: docs/api.md).
        url.setPath(path + QStringLiteral("/v1/validations"));
        url.setQuery(QStringLiteral("limit=1"));
    } else {
        // seed 000: the lists API takes the key in the query string.
        url.setPath(path + QStringLiteral("/v1/webhooks/email-validations/bulk-emails"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("apiKey"),
                           QString::fromLatin1(QUrl::toPercentEncoding(key)));
        url.setQuery(query);
    }
    return url;
}

void ConnectionTester::start(const ConnectionProfile &profile, const QString &key) {
    abort();
    m_key = key.trimmed();
    redact::registerSecret(m_key);
    for (const FieldError &e : profile.validate()) {
        if (e.field == QStringLiteral("base_url") && e.code == QStringLiteral("not_allowed")) {
            ConnectionTestResult result;
            result.verdict = ConnectionVerdict::InsecureRefused;
            QMetaObject::invokeMethod(
                this, [this, result] { emit finished(result); }, Qt::QueuedConnection);
            return;
        }
    }
    net::ClientConfig config;
    config.baseUrl = profile.baseUrl;
    QString basePath = config.baseUrl.path();
    while (basePath.endsWith(u'/')) {
        basePath.chop(1);
    }
    config.baseUrl.setPath(basePath);
    config.style =
        profile.kind == ApiKind::Validations ? net::ApiStyle::Bearer : net::ApiStyle::QueryApiKey;
    config.apiKey = m_key;
    // One attempt, never retried: a retry would hide exactly what the user asks about. seed 003:
    // 30 s request timeout, on the injected clock.
    config.retry.maxAttempts = 1;
    config.retry.attemptTimeout = kTimeout;
    m_client = new net::ApiClient(config, m_clock, m_jitter, this);
    const QUrl probe = probeUrl(profile, m_key);
    m_operation = profile.kind == ApiKind::Validations
                      ? m_client->get(QStringLiteral("/v1/validations"),
                                      QUrlQuery(QStringLiteral("limit=1")))
                      : m_client->get(QStringLiteral("/v1/webhooks/email-validations/bulk-emails"));
    connect(m_operation, &net::Operation::finished, this,
            [this, probe](const net::Result &r) { onFinished(r, probe); });
}

void ConnectionTester::abort() {
    if (m_operation) {
        net::Operation *op = m_operation;
        m_operation = nullptr;
        op->disconnect(this);
        op->cancel(); // aborts the attempt in flight; deletes itself later
    }
    if (m_client) {
        // Not deleted at once: abort() may run inside the operation's finished() emission.
        m_client->deleteLater();
        m_client = nullptr;
    }
}

void ConnectionTester::onFinished(const net::Result &r, const QUrl &probe) {
    m_operation = nullptr;

    ConnectionTestResult result;
    result.httpStatus = r.httpStatus;
    if (result.httpStatus != 0) {
        const ApiError apiError =
            ApiError::fromResponse(result.httpStatus, r.body, r.header("X-Request-Id"));
        result.requestId = apiError.requestId;
        if (result.httpStatus >= 200 && result.httpStatus < 300) {
            result.verdict = ConnectionVerdict::Ok;
        } else if (result.httpStatus == 401) {
            result.verdict = ConnectionVerdict::BadKey;
        } else if (result.httpStatus == 403) {
            result.verdict = ConnectionVerdict::NoPermission;
        } else {
            result.verdict = ConnectionVerdict::Unexpected;
            result.detail =
                result.httpStatus >= 300 && result.httpStatus < 400
                    ? tr("the server redirects to %1; use that address as the base URL")
                          .arg(redact::url(QUrl(QString::fromUtf8(r.header("Location")))))
                    : apiError.describe();
        }
    } else if (r.networkCause == net::NetworkCause::Timeout) {
        result.verdict = ConnectionVerdict::Unreachable;
        result.detail = tr("no answer within %1 s").arg(kTimeout.count() / 1000);
    } else if (r.networkCause == net::NetworkCause::Tls) {
        result.verdict = ConnectionVerdict::TlsError;
        result.detail = r.error.message;
    } else {
        result.verdict = ConnectionVerdict::Unreachable;
        result.detail = r.error.message;
    }
    // Error strings may quote the URL, and the lists API's URL carries the key.
    result.detail = redact::scrub(result.detail.replace(probe.toString(), redact::url(probe)));
    emit finished(result);
}

} // namespace rd
