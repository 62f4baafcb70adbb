#include "webhooks/WebhookForwarder.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

#include <memory>

namespace rd::webhooks {

WebhookForwarder::WebhookForwarder(Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_nam(new QNetworkAccessManager(this)) {}

void WebhookForwarder::forward(const QUrl &endpoint, const WebhookDelivery &delivery,
                               std::function<void(const ForwardResult &)> done) {
    QNetworkRequest request(endpoint);
    // A redirect is the endpoint's answer, shown as such, not followed.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : delivery.headers) {
        if (name.startsWith("RetryDesk-") || name.startsWith("retrydesk-")) {
            request.setRawHeader(name, value);
        }
    }
    const Millis started = m_clock.monotonicNow();
    QNetworkReply *reply = m_nam->post(request, delivery.body);
    auto timedOut = std::make_shared<bool>(false);
    const Clock::TimerId timer = m_clock.callAfter(m_timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, started, timer, timedOut, done = std::move(done)] {
                m_clock.cancel(timer);
                reply->deleteLater();
                ForwardResult r;
                r.latency = m_clock.monotonicNow() - started;
                const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
                if (status.isValid() && !*timedOut) {
                    r.state = ForwardResult::State::Answered;
                    r.status = status.toInt();
                    r.firstBytes = reply->read(kForwardPreviewBytes);
                } else {
                    r.state = ForwardResult::State::Failed;
                    r.error =
                        *timedOut
                            ? tr("no answer within %1 s").arg(double(m_timeout.count()) / 1000.0)
                            : reply->errorString();
                }
                done(r);
            });
}

} // namespace rd::webhooks
