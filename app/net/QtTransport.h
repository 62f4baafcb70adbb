// QtTransport: Transport on QNetworkAccessManager, set up so that nothing on the wire surprises
// the retry logic (no redirects, no cache, no cookies, HTTP/1.1).
#pragma once

#include "net/Transport.h"

#include <QNetworkAccessManager>

namespace rd::net {

class QtTransport final : public Transport {
public:
    explicit QtTransport(QObject *parent = nullptr);
    std::unique_ptr<PendingCall> start(const WireRequest &request, Done done) override;

    QNetworkAccessManager &manager() { return m_nam; }

private:
    QNetworkAccessManager m_nam;
};

} // namespace rd::net
