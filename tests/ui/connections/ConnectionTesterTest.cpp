// ConnectionTester over real loopback TCP: the embedded sandbox for the HTTP verdicts, raw
// sockets for TLS failure, refusal and silence (timeout on the fake clock).
#include "services/ConnectionTester.h"
#include "core/FakeClock.h"
#include "core/Random.h"
#include "sandbox/SandboxServer.h"
#include "support/PlainHttpBehindTls.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>

#include <gtest/gtest.h>

using namespace rd;

namespace {

class ConnectionTesterTest : public ::testing::Test {
protected:
    ConnectionTestResult run(const ConnectionProfile &profile, const QString &key) {
        ConnectionTester tester(m_clock, m_random);
        std::optional<ConnectionTestResult> result;
        QObject::connect(&tester, &ConnectionTester::finished,
                         [&](const ConnectionTestResult &r) { result = r; });
        tester.start(profile, key);
        while (!result) {
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        }
        return *result;
    }
    ConnectionProfile profile(ApiKind kind, QUrl url) {
        ConnectionProfile p;
        p.name = QStringLiteral("t");
        p.kind = kind;
        p.baseUrl = url;
        return p;
    }
    ConnectionProfile sandboxProfile(ApiKind kind) {
        if (!m_sandbox) {
            sandbox::SandboxOptions options;
            options.datasetSize = 5;
            options.wire = sandbox::wireModeFromEnvironment();
            m_sandbox = std::make_unique<sandbox::SandboxServer>(m_clock, options);
            EXPECT_TRUE(m_sandbox->listen());
        }
        return profile(kind, m_sandbox->baseUrl());
    }
    FakeClock m_clock;
    SeededRandom m_random{1};
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
};

TEST_F(ConnectionTesterTest, ValidKey_IsOk) {
    EXPECT_EQ(
        run(sandboxProfile(ApiKind::Validations), QLatin1String(sandbox::kDemoUpdateKey)).verdict,
        ConnectionVerdict::Ok);
}

TEST_F(ConnectionTesterTest, ValidListsKeyInTheQueryString_IsOk) {
    EXPECT_EQ(
        run(sandboxProfile(ApiKind::BulkLists), QLatin1String(sandbox::kDemoListsKey)).verdict,
        ConnectionVerdict::Ok);
}

TEST_F(ConnectionTesterTest, UnknownKey_IsBadKeyWithTheRequestId) {
    const auto r = run(sandboxProfile(ApiKind::Validations), QStringLiteral("mxcep_wrong"));
    EXPECT_EQ(r.verdict, ConnectionVerdict::BadKey);
    EXPECT_EQ(r.httpStatus, 401);
    EXPECT_FALSE(r.requestId.isEmpty());
    EXPECT_TRUE(r.advice().contains(r.requestId));
}

TEST_F(ConnectionTesterTest, KeyWithoutValidationsScope_IsNoPermission) {
    EXPECT_EQ(
        run(sandboxProfile(ApiKind::Validations), QLatin1String(sandbox::kDemoListsKey)).verdict,
        ConnectionVerdict::NoPermission);
}

TEST_F(ConnectionTesterTest, ClosedPort_IsUnreachable) {
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    const auto r =
        run(profile(ApiKind::Validations, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))),
            QStringLiteral("k"));
    EXPECT_EQ(r.verdict, ConnectionVerdict::Unreachable);
}

TEST_F(ConnectionTesterTest, PlainHttpServerBehindHttpsUrl_IsATlsError) {
    rd::test::PlainHttpBehindTls plain;
    ASSERT_TRUE(plain.isListening());
    const auto r = run(profile(ApiKind::Validations, plain.httpsUrl()), QStringLiteral("k"));
    EXPECT_EQ(r.verdict, ConnectionVerdict::TlsError) << qPrintable(r.detail);
}

TEST_F(ConnectionTesterTest, SilentServer_IsUnreachableAfterThirtySecondsOnTheClock) {
    QTcpServer silent;
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost));
    ConnectionTester tester(m_clock, m_random);
    std::optional<ConnectionTestResult> result;
    QObject::connect(&tester, &ConnectionTester::finished,
                     [&](const ConnectionTestResult &r) { result = r; });
    tester.start(profile(ApiKind::Validations,
                         QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()))),
                 QStringLiteral("k"));
    while (!silent.hasPendingConnections()) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    m_clock.advance(ConnectionTester::kTimeout - Millis(1));
    QCoreApplication::processEvents();
    EXPECT_FALSE(result);
    m_clock.advance(Millis(1));
    while (!result) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    EXPECT_EQ(result->verdict, ConnectionVerdict::Unreachable);
    EXPECT_TRUE(result->detail.contains(QStringLiteral("30 s")));
}

TEST_F(ConnectionTesterTest, ServiceUnavailable_IsReportedAfterOneAttemptWithoutRetrying) {
    QTcpServer busy; // 503 is retriable for every other request; a connection test sends one
    ASSERT_TRUE(busy.listen(QHostAddress::LocalHost));
    int requests = 0;
    QObject::connect(&busy, &QTcpServer::newConnection, [&] {
        QTcpSocket *s = busy.nextPendingConnection();
        QObject::connect(s, &QTcpSocket::readyRead, s, [s, &requests] {
            ++requests;
            s->write("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 0\r\nContent-Length: 0"
                     "\r\nConnection: close\r\n\r\n");
            s->disconnectFromHost();
        });
    });
    ConnectionTester tester(m_clock, m_random);
    std::optional<ConnectionTestResult> result;
    QObject::connect(&tester, &ConnectionTester::finished,
                     [&](const ConnectionTestResult &r) { result = r; });
    tester.start(profile(ApiKind::Validations,
                         QUrl(QStringLiteral("http://127.0.0.1:%1").arg(busy.serverPort()))),
                 QStringLiteral("k"));
    // A retry would wait for its backoff (at most 2 s) on the fake clock: let that time pass.
    while (!result && requests < 2) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        if (requests == 1 && !result) {
            m_clock.advance(Millis(2'500));
        }
    }
    EXPECT_EQ(requests, 1);
    ASSERT_TRUE(result);
    EXPECT_EQ(result->verdict, ConnectionVerdict::Unexpected);
    EXPECT_EQ(result->httpStatus, 503);
}

TEST_F(ConnectionTesterTest, PlainHttpToARemoteHost_IsRefusedWithoutSendingAnything) {
    const auto r =
        run(profile(ApiKind::Validations, QUrl(QStringLiteral("http://api.example.com"))),
            QStringLiteral("k"));
    EXPECT_EQ(r.verdict, ConnectionVerdict::InsecureRefused);
}

TEST_F(ConnectionTesterTest, ListsKey_NeverAppearsInTheVerdictText) {
    QTcpServer notFound;
    ASSERT_TRUE(notFound.listen(QHostAddress::LocalHost));
    QObject::connect(&notFound, &QTcpServer::newConnection, [&] {
        QTcpSocket *s = notFound.nextPendingConnection();
        QObject::connect(s, &QTcpSocket::readyRead, s, [s] {
            s->write("HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\nConnection: close\r\n\r\nnot "
                     "found");
            s->disconnectFromHost();
        });
    });
    const auto r =
        run(profile(ApiKind::BulkLists,
                    QUrl(QStringLiteral("http://127.0.0.1:%1").arg(notFound.serverPort()))),
            QStringLiteral("cliova_very_secret"));
    EXPECT_EQ(r.verdict, ConnectionVerdict::Unexpected);
    EXPECT_FALSE(
        (r.title() + r.advice() + r.detail).contains(QStringLiteral("cliova_very_secret")));
}

} // namespace
