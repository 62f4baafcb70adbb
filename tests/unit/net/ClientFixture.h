// ClientFixture: an ApiClient on a FakeClock whose transport is scripted (FakeTransport).
#pragma once

#include "FakeTransport.h"

#include "core/FakeClock.h"
#include "core/Random.h"
#include "net/ApiClient.h"
#include "net/RequestLog.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

namespace rd::net::test {

inline constexpr auto kSecretKey = "mxcep_unit_secret_key_4f9a";

class ClientFixture : public ::testing::Test {
public:
    void SetUp() override { makeClient(ApiStyle::Bearer); }

    void makeClient(ApiStyle style, RetryConfig retry = {}) {
        ClientConfig c;
        c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        c.style = style;
        c.apiKey = QLatin1String(kSecretKey);
        c.retry = retry;
        m_client = std::make_unique<ApiClient>(c, m_clock, m_jitter);
        auto t = std::make_unique<FakeTransport>(
            m_clock, [this](const WireRequest &r, int i) { return m_responder(r, i); });
        m_transport = t.get();
        m_client->setTransport(std::move(t));
        m_client->setRequestLog(&m_log);
    }

    // Runs op to its end on the fake clock and returns its result.
    Result run(Operation *op) {
        op->setAutoDelete(false);
        Result out;
        QObject::connect(op, &Operation::finished, op, [&out](const Result &r) { out = r; });
        runToEnd(m_clock, op);
        EXPECT_EQ(op->state(), Operation::State::Finished);
        return out;
    }

    // Replies by call index; the last one repeats.
    void script(QList<FakeReply> replies) {
        m_responder = [replies](const WireRequest &, int i) {
            return replies.at(std::min<qsizetype>(i, replies.size() - 1));
        };
    }

    static FakeReply ok(const QByteArray &data = R"({"id":"v1"})") {
        return FakeTransport::status(200, R"({"data":)" + data +
                                              R"(,"error":null,"meta":{"requestId":"req_ok"}})");
    }
    static FakeReply error(int status, const char *code, Headers headers = {}) {
        return FakeTransport::status(status,
                                     QByteArray(R"({"data":null,"error":{"code":")") + code +
                                         R"(","message":"Server says )" + code +
                                         R"("},"meta":{"requestId":"req_)" +
                                         QByteArray::number(status) + R"("}})",
                                     std::move(headers));
    }
    static Headers retryAfter(const QByteArray &v) { return {{QByteArray("Retry-After"), v}}; }

    FakeClock m_clock;
    SeededRandom m_jitter{7};
    RequestLog m_log;
    std::unique_ptr<ApiClient> m_client;
    FakeTransport *m_transport = nullptr;
    FakeTransport::Responder m_responder = [](const WireRequest &, int) { return ok(); };
};

} // namespace rd::net::test
