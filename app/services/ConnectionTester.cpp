#include "services/ConnectionTester.h"

#include "core/Redaction.h"
#include "domain/ApiError.h"

#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
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
                   ? QObject::tr("The address answered but has no such API: check the base "
                                 "URL (without /v1). %1")
                         .arg(detail)
                   : QObject::tr("%1").arg(detail);
        break;
    }
    if (!requestId.isEmpty()) {
        text += u' ' + QObject::tr("Request id: %1.").arg(requestId);
    }
    return text.trimmed();
}

ConnectionTester::ConnectionTester(QNetworkAccessManager &network, Clock &clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock) {}

ConnectionTester::~ConnectionTester() {
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_clock.cancel(m_timer);
}

QUrl ConnectionTester::probeUrl(const ConnectionProfile &profile, const QString &key) {
    QUrl url = profile.baseUrl;
    QString path = url.path();
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    if (profile.kind == ApiKind::Validations) {
        url.setPath(path + QStringLiteral("/v1/account"));
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
    m_timedOut = false;
    m_tlsErrors.clear();
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
    QNetworkRequest request(probeUrl(profile, m_key));
    // A redirect could carry the key to another host; show it to the user instead.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setRawHeader("Accept", "application/json");
    if (profile.kind == ApiKind::Validations) {
        request.setRawHeader("Authorization", "Bearer " + m_key.toUtf8());
    }
    m_reply = m_network.get(request);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors) {
            texts << e.errorString();
        }
        m_tlsErrors = texts.join(QStringLiteral("; "));
    });
    connect(m_reply, &QNetworkReply::finished, this, &ConnectionTester::onFinished);
    m_timer = m_clock.callAfter(kTimeout, this, [this] {
        m_timer = 0;
        m_timedOut = true;
        if (m_reply) {
            m_reply->abort();
        }
    });
}

void ConnectionTester::abort() {
    m_clock.cancel(m_timer);
    m_timer = 0;
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void ConnectionTester::onFinished() {
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    m_clock.cancel(m_timer);
    m_timer = 0;
    reply->deleteLater();

    ConnectionTestResult result;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QNetworkReply::NetworkError error = reply->error();
    if (result.httpStatus != 0) {
        const ApiError apiError =
            ApiError::fromResponse(result.httpStatus, body, reply->rawHeader("X-Request-Id"));
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
                          .arg(redact::url(
                              reply->attribute(QNetworkRequest::RedirectionTargetAttribute)
                                  .toUrl()))
                    : apiError.describe();
        }
    } else if (m_timedOut) {
        result.verdict = ConnectionVerdict::Unreachable;
        result.detail = tr("no answer within %1 s").arg(kTimeout.count() / 1000);
    } else if (error == QNetworkReply::SslHandshakeFailedError || !m_tlsErrors.isEmpty()) {
        result.verdict = ConnectionVerdict::TlsError;
        result.detail = m_tlsErrors.isEmpty() ? reply->errorString() : m_tlsErrors;
    } else {
        result.verdict = ConnectionVerdict::Unreachable;
        result.detail = reply->errorString();
    }
    // Error strings may quote the URL, and the lists API's URL carries the key.
    result.detail =
        redact::scrub(result.detail.replace(reply->url().toString(), redact::url(reply->url())));
    finish(result);
}

void ConnectionTester::finish(ConnectionTestResult result) {
    emit finished(result);
}

} // namespace rd
