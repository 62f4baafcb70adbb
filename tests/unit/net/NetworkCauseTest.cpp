// NetworkCause: why an attempt got no answer — set by QtTransport from Qt's error (a TLS failure
// and a refused connection over real loopback differ), carried by Operation into the Result, and
// Timeout when the per-attempt timer fires.
#include "ClientFixture.h"
#include "support/PlainHttpBehindTls.h"

#include "net/QtTransport.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>

#include <optional>

namespace rd::net::test {
namespace {

WireResponse exchange(const QUrl &url) {
    QtTransport transport;
    std::optional<WireResponse> out;
    WireRequest request;
    request.method = "GET";
    request.url = url;
    auto call = transport.start(request, [&out](const WireResponse &r) { out = r; });
    while (!out) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return *out;
}

TEST(NetworkCauseTest, RefusedConnection_IsRefused) {
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    const WireResponse r = exchange(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)));
    EXPECT_NE(r.failure, WireResponse::Failure::None);
    EXPECT_EQ(r.cause, NetworkCause::Refused) << qPrintable(r.errorText);
}

TEST(NetworkCauseTest, PlainHttpBehindHttpsUrl_IsTlsNotRefused) {
    rd::test::PlainHttpBehindTls plain;
    ASSERT_TRUE(plain.isListening());
    const WireResponse r = exchange(plain.httpsUrl(QStringLiteral("/")));
    EXPECT_EQ(r.failure, WireResponse::Failure::Fatal);
    EXPECT_EQ(r.cause, NetworkCause::Tls) << qPrintable(r.errorText);
}

class NetworkCauseOperationTest : public ClientFixture {};

TEST_F(NetworkCauseOperationTest, TransportCause_ReachesTheResult) {
    FakeReply tls;
    tls.response.failure = WireResponse::Failure::Fatal;
    tls.response.cause = NetworkCause::Tls;
    tls.response.errorText = QStringLiteral("SSL handshake failed");
    script({tls});
    const Result r = run(m_client->get(QStringLiteral("/v1/account")));
    EXPECT_EQ(r.errorKind, ErrorKind::Network);
    EXPECT_EQ(r.networkCause, NetworkCause::Tls);
}

TEST_F(NetworkCauseOperationTest, AttemptTimerFiring_IsTimeout) {
    RetryConfig once;
    once.maxAttempts = 1;
    makeClient(ApiStyle::Bearer, once);
    script({FakeTransport::stall()});
    const Result r = run(m_client->get(QStringLiteral("/v1/account")));
    EXPECT_EQ(r.attempts, 1);
    EXPECT_EQ(r.networkCause, NetworkCause::Timeout);
}

TEST_F(NetworkCauseOperationTest, AnAnswerAfterAFailure_ClearsTheCause) {
    script({FakeTransport::reset(), ok()});
    const Result r = run(m_client->get(QStringLiteral("/v1/account")));
    EXPECT_TRUE(r.ok());
    EXPECT_EQ(r.networkCause, NetworkCause::None);
}

} // namespace
} // namespace rd::net::test
