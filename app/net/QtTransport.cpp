#include "net/QtTransport.h"

#include <QNetworkReply>
#include <QPointer>

#include <memory>

namespace rd::net {

namespace {

// QNetworkReply reports HTTP error statuses as errors too; only these mean "no usable answer".
WireResponse::Failure classify(QNetworkReply::NetworkError e) {
    switch (e) {
    case QNetworkReply::NoError:
        return WireResponse::Failure::None;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProtocolFailure: // a garbled or truncated answer
        return WireResponse::Failure::Retryable;
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
        return WireResponse::Failure::Fatal;
    default:
        return WireResponse::Failure::None; // an HTTP status error: the status says it all
    }
}

// Why no usable answer arrived; TLS wins whenever the handshake reported certificate errors.
NetworkCause causeOf(QNetworkReply::NetworkError e, bool sslErrorsSeen) {
    if (sslErrorsSeen || e == QNetworkReply::SslHandshakeFailedError) {
        return NetworkCause::Tls;
    }
    switch (e) {
    case QNetworkReply::NoError:
        return NetworkCause::None;
    case QNetworkReply::HostNotFoundError:
        return NetworkCause::HostNotFound;
    case QNetworkReply::ConnectionRefusedError:
        return NetworkCause::Refused;
    case QNetworkReply::TimeoutError:
        return NetworkCause::Timeout;
    default:
        return NetworkCause::Other;
    }
}

class QtCall final : public PendingCall {
public:
    explicit QtCall(QNetworkReply *reply)
        : m_reply(reply) {}
    ~QtCall() override { abort(); }
    void abort() override {
        if (m_reply) {
            QNetworkReply *r = m_reply;
            m_reply = nullptr;
            if (r->isFinished()) {
                return; // its finished handler owns it (deleteLater) and has run
            }
            QObject::disconnect(r, nullptr, nullptr, nullptr); // no callback after abort
            r->abort();
            r->deleteLater();
        }
    }
    QPointer<QNetworkReply> m_reply;
};

} // namespace

QtTransport::QtTransport(QObject *parent)
    : m_nam(parent) {
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_nam.setCookieJar(nullptr);
}

std::unique_ptr<PendingCall> QtTransport::start(const WireRequest &request, Done done) {
    QNetworkRequest req(request.url);
    // Every header — the Idempotency-Key above all — is on the request before the first byte:
    // Qt's HTTP stack silently resends a request whose keep-alive connection dropped, and that
    // resend must carry the key too.
    for (const auto &[name, value] : request.headers) {
        req.setRawHeader(name, value);
    }
    // A redirect could turn into a second write the retry logic never saw; HTTP/1.1 keeps the
    // exchanges one per connection and deterministic; no cache or cookies between attempts.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    // Timeouts are the Operation's, on rd::Clock (testable with a FakeClock), not Qt's.
    req.setTransferTimeout(0);

    QNetworkReply *reply = request.method == "GET"
                               ? m_nam.get(req)
                               : m_nam.sendCustomRequest(req, request.method, request.body);
    auto call = std::make_unique<QtCall>(reply);
    auto sslErrorsSeen = std::make_shared<bool>(false); // certificate errors: a TLS failure
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [sslErrorsSeen] { *sslErrorsSeen = true; });
    QObject::connect(reply, &QNetworkReply::finished, reply, [=, done = std::move(done)] {
        WireResponse r;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        r.status = status.isValid() ? status.toInt() : 0;
        r.failure = classify(reply->error());
        if (r.failure == WireResponse::Failure::Fatal && r.status > 0) {
            // Qt reports some statuses as protocol errors (400 → ProtocolInvalidOperationError);
            // a status line arrived, so it is the server's answer, not a broken connection.
            r.failure = WireResponse::Failure::None;
        }
        if (r.failure == WireResponse::Failure::None && r.status == 0) {
            r.failure = WireResponse::Failure::Retryable; // finished without any status line
        }
        for (const auto &[n, v] : reply->rawHeaderPairs()) {
            r.headers.append({n, v});
        }
        r.body = reply->readAll();
        if (r.failure != WireResponse::Failure::None) {
            r.errorText = reply->errorString();
            r.cause = causeOf(reply->error(), *sslErrorsSeen);
        }
        reply->disconnect();
        reply->deleteLater();
        done(r);
    });
    return call;
}

} // namespace rd::net
