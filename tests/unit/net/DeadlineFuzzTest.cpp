// 10,000 random fault sequences through the real retry loop (scripted transport, fake clock):
// the total deadline is never crossed, no operation is left unfinished, Retry-After is never cut
// short, and there are never more than five attempts.
#include "ClientFixture.h"

#include "net/HttpDate.h"
#include "net/RateLimitTracker.h"
#include "net/RetryBudget.h"

using namespace rd;
using namespace rd::net;
using namespace rd::net::test;

namespace {

FakeReply randomReply(SeededRandom &rnd, FakeClock &clock) {
    const auto pick = rnd.uniform(0, 99);
    FakeReply r;
    const Millis latency(qint64(rnd.uniform(0, 3)) == 0 ? qint64(rnd.uniform(0, 45000))
                                                        : qint64(rnd.uniform(0, 500)));
    const auto retryAfterValue = [&]() -> QByteArray {
        switch (rnd.uniform(0, 5)) {
        case 0:
            return QByteArray::number(quint64(rnd.uniform(0, 400)));
        case 1:
            return QByteArray::number(quint64(rnd.uniform(0, 5)));
        case 2:
            return formatHttpDate(clock.utcNow().addSecs(qint64(rnd.uniform(0, 400)) - 60));
        case 3:
            return "2.5";
        case 4:
            return "-1";
        default:
            return {};
        }
    };
    if (pick < 30) {
        r = ClientFixture::ok();
    } else if (pick < 45) {
        r = ClientFixture::error(int(500 + 2 * rnd.uniform(0, 2)), "server_error");
    } else if (pick < 60) {
        const QByteArray v = retryAfterValue();
        r = ClientFixture::error(rnd.uniform(0, 1) ? 429 : 503, "wait",
                                 v.isNull() ? Headers{} : ClientFixture::retryAfter(v));
    } else if (pick < 70) {
        r = FakeTransport::reset();
    } else if (pick < 78) {
        r = FakeTransport::stall();
    } else if (pick < 85) {
        r = ClientFixture::error(409, "idempotency_key_in_progress");
    } else if (pick < 90) {
        r = ClientFixture::error(int(rnd.uniform(0, 1) ? 422 : 404), "terminal");
    } else {
        // a success that spends the rate-limit window, reset up to 10 min away
        r = ClientFixture::ok();
        const qint64 reset = clock.utcNow().toSecsSinceEpoch() + qint64(rnd.uniform(0, 600));
        r.response.headers = {{QByteArray("X-RateLimit-Remaining"), QByteArray("0")},
                              {QByteArray("X-RateLimit-Reset"), QByteArray::number(reset)}};
    }
    r.latency = latency;
    return r;
}

} // namespace

using DeadlineFuzz = ClientFixture;

TEST_F(DeadlineFuzz, TenThousandRandomFaultSequences_NeverCrossTheDeadline) {
    SeededRandom rnd(20260101);
    const RetryConfig config;
    int outcomes[10] = {};
    for (int seq = 0; seq < 10000; ++seq) {
        // Each sequence: a fresh budget and tracker, so one sequence's state cannot mask another.
        m_client->setRetryBudget(std::make_shared<RetryBudget>(m_clock));
        m_client->setRateLimits(std::make_shared<RateLimitTracker>(m_clock));
        m_responder = [&](const WireRequest &, int) {
            if (rnd.uniform(0, 19) == 0) {
                m_clock.shiftWallClock(Millis(qint64(rnd.uniform(0, 7200000)) - 3600000));
            }
            return randomReply(rnd, m_clock);
        };
        Operation *op = seq % 2 ? m_client->get(QStringLiteral("/v1/validations"))
                                : m_client->put(QStringLiteral("/v1/validations/x/retry-policy"),
                                                QJsonObject{{QStringLiteral("n"), seq}});
        op->setAutoDelete(false);
        std::vector<std::pair<qint64, WaitReason>> waits;
        QObject::connect(op, &Operation::waiting, op,
                         [&waits](qint64 ms, WaitReason why) { waits.emplace_back(ms, why); });
        const Millis start = m_clock.monotonicNow();
        const Result r = run(op);
        ASSERT_EQ(op->state(), Operation::State::Finished) << "sequence " << seq;
        ASSERT_LE(r.elapsed, config.totalTimeout) << "sequence " << seq;
        ASSERT_LE(m_clock.monotonicNow() - start, config.totalTimeout) << "sequence " << seq;
        ASSERT_LE(r.attempts, config.maxAttempts) << "sequence " << seq;
        for (const auto &[ms, why] : waits) {
            ASSERT_GE(ms, 0);
            ASSERT_LT(ms, config.totalTimeout.count());
        }
        ASSERT_EQ(m_clock.pendingTimers(), 0) << "sequence " << seq << " left a timer behind";
        ++outcomes[int(r.errorKind)];
        delete op;
    }
    // Every kind of ending happened, so the sequences exercised every exit of the loop.
    for (ErrorKind k : {ErrorKind::None, ErrorKind::Terminal, ErrorKind::DeadlineExceeded,
                        ErrorKind::RetryAfterBeyondDeadline, ErrorKind::OutcomePending}) {
        EXPECT_GT(outcomes[int(k)], 0) << toString(k).toStdString();
    }
}
