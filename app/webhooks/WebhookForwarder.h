// WebhookForwarder: POSTs a received delivery, byte for byte with its RetryDesk-* headers, to the
// user's own endpoint and reports its status, latency and first bytes, so the user sees how their
// endpoint behaves when the same event arrives twice.
#pragma once

#include "core/Clock.h"
#include "webhooks/WebhookDelivery.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace rd::webhooks {

inline constexpr int kForwardPreviewBytes = 200;

class WebhookForwarder : public QObject {
    Q_OBJECT
public:
    explicit WebhookForwarder(Clock &clock, QObject *parent = nullptr);

    void setTimeout(Millis timeout) { m_timeout = timeout; }
    // done runs once, on this object's thread; never if the forwarder is destroyed first.
    void forward(const QUrl &endpoint, const WebhookDelivery &delivery,
                 std::function<void(const ForwardResult &)> done);

private:
    Clock &m_clock;
    QNetworkAccessManager *m_nam;
    Millis m_timeout{10'000};
};

} // namespace rd::webhooks
