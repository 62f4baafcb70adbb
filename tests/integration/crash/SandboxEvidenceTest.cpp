// The sandbox evidence the crash tests rely on can say "no": a key resent with other bytes is
// counted in keys_with_two_bodies, and an injected 429 without a rate limit claims no window.
#include "core/FakeClock.h"
#include "sandbox/DemoData.h"
#include "sandbox/SandboxServer.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>

using namespace rd;

namespace {

struct Answer {
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    bool has(const QByteArray &name) const {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                return true;
            }
        }
        return false;
    }
};

class SandboxEvidence : public ::testing::Test {
protected:
    void start(int rateLimit) {
        sandbox::SandboxOptions options;
        options.rateLimit = rateLimit;
        options.adminEnabled = true;
        m_server = std::make_unique<sandbox::SandboxServer>(m_clock, options);
        ASSERT_TRUE(m_server->listen());
    }

    Answer send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                const QByteArray &key = {}) {
        QNetworkRequest req(m_server->baseUrl().resolved(QUrl(path)));
        req.setRawHeader("Authorization", QByteArray("Bearer ") + sandbox::kDemoUpdateKey);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!key.isEmpty()) {
            req.setRawHeader("Idempotency-Key", key);
        }
        QNetworkReply *reply = m_nam.sendCustomRequest(req, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10'000, &loop, &QEventLoop::quit); // a safety net, not a wait
        loop.exec();
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        a.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return a;
    }

    int adminKeysWithTwoBodies() {
        const Answer a = send("GET", QStringLiteral("/_admin/applied"));
        return QJsonDocument::fromJson(a.body)
            .object()
            .value(QLatin1String("data"))
            .toObject()
            .value(QLatin1String("keys_with_two_bodies"))
            .toInt(-1);
    }

    FakeClock m_clock;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    QNetworkAccessManager m_nam;
};

const QString kPolicyPath = QStringLiteral("/v1/validations/%1/retry-policy")
                                .arg(QLatin1String(sandbox::demo::kEligibleId));
const QByteArray kBodyA =
    R"({"retry_policy":{"enabled":true,"max_retries":3,"interval_seconds":600,"outcomes":["not_found"]}})";
const QByteArray kBodyB =
    R"({"retry_policy":{"enabled":true,"max_retries":2,"interval_seconds":600,"outcomes":["not_found"]}})";

} // namespace

TEST_F(SandboxEvidence, KeysWithTwoBodies_SameBytesAgainIsNot_OtherBytesIsCountedOncePerKey) {
    start(0);
    EXPECT_EQ(send("PUT", kPolicyPath, kBodyA, "key-1").status, 200);
    EXPECT_EQ(send("PUT", kPolicyPath, kBodyA, "key-1").status, 200); // a replay
    EXPECT_EQ(m_server->keysWithTwoBodies(), 0);

    EXPECT_EQ(send("PUT", kPolicyPath, kBodyB, "key-1").status, 422); // idempotency_key_reused
    EXPECT_EQ(m_server->keysWithTwoBodies(), 1);
    send("PUT", kPolicyPath, R"({"retry_policy":{"enabled":false}})", "key-1");
    EXPECT_EQ(m_server->keysWithTwoBodies(), 1) << "counted per key, not per send";
    EXPECT_EQ(adminKeysWithTwoBodies(), 1);
}

TEST_F(SandboxEvidence, Injected429_RateLimitOff_CarriesRetryAfterOnly) {
    start(0);
    m_server->enqueueFault(sandbox::FaultKind::Http429, 1, QStringLiteral("/v1/validations"));
    const Answer a = send("GET", QStringLiteral("/v1/validations"));
    EXPECT_EQ(a.status, 429);
    EXPECT_TRUE(a.has("Retry-After"));
    EXPECT_FALSE(a.has("X-RateLimit-Limit")) << "no window to describe: no limit of 1";
    EXPECT_FALSE(a.has("X-RateLimit-Remaining"));
}

TEST_F(SandboxEvidence, Injected429_WithARateLimit_DescribesTheWindow) {
    start(600);
    m_server->enqueueFault(sandbox::FaultKind::Http429, 1, QStringLiteral("/v1/validations"));
    const Answer a = send("GET", QStringLiteral("/v1/validations"));
    EXPECT_EQ(a.status, 429);
    EXPECT_TRUE(a.has("Retry-After"));
    EXPECT_TRUE(a.has("X-RateLimit-Limit"));
    EXPECT_TRUE(a.has("X-RateLimit-Remaining"));
}
