// Every fault kind over loopback, and the real rate limiter (seed 003).
#include "SandboxTestSupport.h"

#include "sandbox/DemoData.h"

#include <QCoreApplication>
#include <QLocale>

using namespace rd;
using namespace rd::sandbox;
using namespace rd::sandbox::test;

namespace {

// A GET every wire mode answers (seed 002 names GET /v1/validations), with or without demo data.
const QString kListing = QStringLiteral("/v1/validations?limit=1");

class Faults : public SandboxTest {
protected:
    std::unique_ptr<Exchange> listing() { return get(kListing); }
};

struct StatusFault {
    FaultKind kind;
    int status;
    const char *code;
};

void PrintTo(const StatusFault &f, std::ostream *os) {
    *os << faultName(f.kind).toStdString();
}

class StatusFaults : public SandboxTest, public ::testing::WithParamInterface<StatusFault> {};

} // namespace

TEST_P(StatusFaults, AnswerInTheErrorEnvelopeThenRecover) {
    const StatusFault f = GetParam();
    m_server->enqueueFault(f.kind, 1, {}, 7);
    const auto failed = get(kListing);
    EXPECT_EQ(failed->status(), f.status);
    EXPECT_EQ(failed->errorCode(), QLatin1String(f.code));
    EXPECT_TRUE(failed->header("X-Request-Id").startsWith("req_"));
    EXPECT_EQ(get(kListing)->status(), 200);
}

INSTANTIATE_TEST_SUITE_P(
    Seed003, StatusFaults,
    ::testing::Values(StatusFault{FaultKind::Http500, 500, "internal_error"},
                      StatusFault{FaultKind::Http502, 502, "bad_gateway"},
                      StatusFault{FaultKind::Http503, 503, "service_unavailable"},
                      StatusFault{FaultKind::Http503Date, 503, "service_unavailable"},
                      StatusFault{FaultKind::Http504, 504, "gateway_timeout"},
                      StatusFault{FaultKind::Http429, 429, "rate_limited"}));

TEST_F(Faults, ThrottledTwiceThenOk_The429StormOfSeed003) {
    m_server->enqueueFault(FaultKind::Http429, 2, QStringLiteral("/v1/validations"), 2);
    const auto first = listing();
    const auto second = listing();
    EXPECT_EQ(first->status(), 429);
    EXPECT_EQ(first->header("Retry-After"), "2");
    EXPECT_EQ(first->header("X-RateLimit-Remaining"), "0");
    EXPECT_EQ(first->header("X-RateLimit-Reset").toLongLong(),
              m_server->serverNow().toSecsSinceEpoch() + 2);
    EXPECT_EQ(second->status(), 429);
    EXPECT_EQ(listing()->status(), 200);
}

TEST_F(Faults, Http503_RetryAfterInSeconds) {
    m_server->enqueueFault(FaultKind::Http503, 1, {}, 12);
    EXPECT_EQ(listing()->header("Retry-After"), "12");
}

TEST_F(Faults, Http503Date_RetryAfterIsAnHttpDate) {
    m_server->enqueueFault(FaultKind::Http503Date, 1, {}, 30);
    const QByteArray v = listing()->header("Retry-After");
    const QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(v).chopped(4),
                                                 QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    ASSERT_TRUE(at.isValid()) << v.constData();
    EXPECT_EQ(QDateTime(at.date(), at.time(), Qt::UTC),
              m_server->serverNow().addSecs(30).addMSecs(-m_server->serverNow().time().msec()));
}

TEST_F(Faults, ResetBeforeReply_ConnectionResetNothingApplied) {
    m_server->enqueueFault(FaultKind::ResetBeforeReply);
    const auto r = cancel(QLatin1String(demo::kPendingId));
    EXPECT_EQ(r->status(), 0);
    EXPECT_EQ(r->error(), QAbstractSocket::RemoteHostClosedError);
    EXPECT_EQ(m_server->writesApplied(QLatin1String(demo::kPendingId)), 0);
}

TEST_F(Faults, CloseWhileReading_ClosesWithoutAnswerNothingApplied) {
    m_server->enqueueFault(FaultKind::CloseWhileReading);
    const auto r = cancel(QLatin1String(demo::kPendingId));
    EXPECT_TRUE(r->raw().isEmpty());
    EXPECT_EQ(m_server->writesApplied(QLatin1String(demo::kPendingId)), 0);
    EXPECT_EQ(cancel(QLatin1String(demo::kPendingId))->status(), 200);
}

TEST_F(Faults, Stall_NeverAnswersEvenAsServerTimePasses) {
    m_server->enqueueFault(FaultKind::Stall);
    QString handled;
    QObject::connect(
        m_server.get(), &SandboxServer::requestHandled, m_server.get(),
        [&](const QString &, const QString &, int, const QString &fault) { handled = fault; });
    auto r = start("GET", kListing, {}, {{"Authorization", "Bearer mxcep_demo_update_key"}});
    ASSERT_TRUE(pumpUntil([&] { return !handled.isEmpty(); }));
    EXPECT_EQ(handled, QLatin1String("stall"));
    m_clock.advance(std::chrono::hours(1));
    QCoreApplication::processEvents();
    EXPECT_TRUE(r->raw().isEmpty());
    EXPECT_FALSE(r->closed());
}

TEST_F(Faults, TruncatedBody_ContentLengthLongerThanBodyThenClose) {
    m_server->enqueueFault(FaultKind::TruncatedBody);
    const auto r = listing();
    EXPECT_EQ(r->status(), 200);
    EXPECT_GT(r->contentLength(), r->body().size());
}

TEST_F(Faults, Latency_AnswersOnlyAfterTheSandboxClockMoves) {
    m_server->enqueueFault(ScriptedFault{FaultKind::Latency, 1, {}, -1, 5000, {}});
    const int timers = m_clock.pendingTimers();
    auto r = start("GET", kListing, {}, {{"Authorization", "Bearer mxcep_demo_update_key"}});
    ASSERT_TRUE(pumpUntil([&] { return m_clock.pendingTimers() > timers; }));
    m_clock.advance(std::chrono::milliseconds(4999));
    QCoreApplication::processEvents();
    EXPECT_TRUE(r->raw().isEmpty());
    m_clock.advance(std::chrono::milliseconds(1));
    r->waitClosed();
    EXPECT_EQ(r->status(), 200);
}

TEST_F(Faults, ClockOffset_MovesDateHeaderAndTimestamps) {
    FaultConfig c;
    c.clockOffsetSeconds = 90;
    m_server->setFaults(c);
    const auto r = putPolicy(QLatin1String(demo::kEligibleId), policyBody(3, 600));
    const QDateTime ahead = m_clock.utcNow().addSecs(90);
    EXPECT_EQ(
        r->header("Date"),
        QLocale::c().toString(ahead, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1());
    EXPECT_EQ(m_server->validation(QLatin1String(demo::kEligibleId))->retryState->nextAttemptAt,
              ahead.addSecs(600));
}

TEST_F(Faults, RandomFaults_AreSeededAndReproducible) {
    auto run = [](quint64 seed) {
        FakeClock clock;
        SandboxOptions o;
        o.seed = seed;
        o.demoDataset = false;
        o.wire = wireModeFromEnvironment();
        SandboxServer s(clock, o);
        EXPECT_TRUE(s.listen());
        s.setFaults(FaultConfig{}.set(FaultKind::Http502, 0.3).set(FaultKind::Http500, 0.2));
        QList<int> statuses;
        for (int i = 0; i < 20; ++i) {
            Exchange e(s.port(), "GET", kListing, {},
                       {{"Authorization", "Bearer mxcep_demo_update_key"}});
            e.waitClosed();
            statuses.append(e.status());
        }
        return statuses;
    };
    const QList<int> a = run(7);
    EXPECT_EQ(a, run(7));
    EXPECT_TRUE(a.contains(502) && a.contains(200));
}

TEST_F(Faults, RateLimit_Exhausted_Is429WithHeadersUntilTheWindowResets) {
    FakeClock clock;
    SandboxOptions o;
    o.demoDataset = false;
    o.wire = wireModeFromEnvironment();
    o.rateLimit = 2;
    o.rateLimitWindowSeconds = 60;
    SandboxServer s(clock, o);
    ASSERT_TRUE(s.listen());
    auto call = [&] {
        auto e = std::make_unique<Exchange>(s.port(), "GET", kListing, QByteArray(),
                                            QList<QPair<QByteArray, QByteArray>>{
                                                {"Authorization", "Bearer mxcep_demo_update_key"}});
        e->waitClosed();
        return e;
    };
    EXPECT_EQ(call()->header("X-RateLimit-Remaining"), "1");
    EXPECT_EQ(call()->header("X-RateLimit-Remaining"), "0");
    const auto limited = call();
    EXPECT_EQ(limited->status(), 429);
    EXPECT_EQ(limited->errorCode(), QLatin1String("rate_limited"));
    const qint64 reset = limited->header("X-RateLimit-Reset").toLongLong();
    EXPECT_EQ(reset % 60, 0);
    EXPECT_EQ(limited->header("Retry-After").toLongLong(),
              reset - s.serverNow().toSecsSinceEpoch());
    clock.advance(std::chrono::seconds(limited->header("Retry-After").toLongLong()));
    EXPECT_EQ(call()->status(), 200);
}
