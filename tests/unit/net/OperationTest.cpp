// Operation: the retry loop against a scripted transport on a fake clock.
#include "ClientFixture.h"

#include "net/RetryBudget.h"

#include <QRegularExpression>
#include <QSignalSpy>

using namespace rd;
using namespace rd::net;
using namespace rd::net::test;

namespace {
QByteArray headerOf(const WireRequest &r, const char *name) {
    for (const auto &[n, v] : r.headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0) {
            return v;
        }
    }
    return {};
}
const QJsonObject kPolicy{
    {QStringLiteral("retry_policy"),
     QJsonObject{{QStringLiteral("enabled"), true}, {QStringLiteral("max_retries"), 3}}}};
} // namespace

using OperationTest = ClientFixture;

TEST_F(OperationTest, TooManyRequestsStorm_WaitsFourSecondsThenSucceeds) {
    script({error(429, "rate_limited", retryAfter("2")),
            error(429, "rate_limited", retryAfter("2")), ok()});
    const Result r = run(m_client->get(QStringLiteral("/v1/validations")));
    EXPECT_TRUE(r.ok()) << r.userMessage.toStdString();
    EXPECT_EQ(r.attempts, 3);
    EXPECT_EQ(r.elapsed, Millis(4000)); // exactly Retry-After twice, no backoff on top
}

TEST_F(OperationTest, BadGatewayOnWrite_RetriesWithTheSameKeyAndIdenticalBytes) {
    script({error(502, "bad_gateway"), ok()});
    const Result r = run(m_client->put(QStringLiteral("/v1/validations/x/retry-policy"), kPolicy));
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(m_transport->requests.size(), 2);
    const WireRequest &a = m_transport->requests[0];
    const WireRequest &b = m_transport->requests[1];
    EXPECT_FALSE(headerOf(a, "Idempotency-Key").isEmpty());
    EXPECT_EQ(headerOf(a, "Idempotency-Key"), headerOf(b, "Idempotency-Key"));
    EXPECT_EQ(a.body, b.body);
    EXPECT_EQ(r.idempotencyKey, QString::fromLatin1(headerOf(a, "Idempotency-Key")));
}

TEST_F(OperationTest, EveryWrite_CarriesAFreshUuidV4KeyAndReadsCarryNone) {
    run(m_client->post(QStringLiteral("/v1/validations/a/cancel-retries")));
    run(m_client->post(QStringLiteral("/v1/validations/a/cancel-retries")));
    run(m_client->get(QStringLiteral("/v1/validations")));
    static const QRegularExpression uuid4(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    const QByteArray k1 = headerOf(m_transport->requests[0], "Idempotency-Key");
    const QByteArray k2 = headerOf(m_transport->requests[1], "Idempotency-Key");
    EXPECT_TRUE(uuid4.match(QString::fromLatin1(k1)).hasMatch()) << k1.constData();
    EXPECT_NE(k1, k2);
    EXPECT_TRUE(headerOf(m_transport->requests[2], "Idempotency-Key").isNull());
}

class TerminalStatus : public OperationTest, public ::testing::WithParamInterface<int> {};

TEST_P(TerminalStatus, IsNotRetriedAndCitesTheRequestId) {
    script({error(GetParam(), "some_code"), ok()});
    const Result r = run(m_client->put(QStringLiteral("/v1/validations/x/retry-policy"), kPolicy));
    EXPECT_EQ(m_transport->requests.size(), 1);
    EXPECT_EQ(r.errorKind, ErrorKind::Terminal);
    EXPECT_EQ(r.error.httpStatus, GetParam());
    EXPECT_EQ(r.error.code, QStringLiteral("some_code"));
    EXPECT_TRUE(r.userMessage.contains(QStringLiteral("req_%1").arg(GetParam())));
}

INSTANTIATE_TEST_SUITE_P(Seed003, TerminalStatus,
                         ::testing::Values(400, 401, 403, 404, 409, 422, 501));

TEST_F(OperationTest, RetriableFailures_GiveUpAfterFiveAttempts) {
    script({error(500, "internal_error")});
    const Result r = run(m_client->get(QStringLiteral("/v1/validations")));
    EXPECT_EQ(r.errorKind, ErrorKind::GaveUp);
    EXPECT_EQ(m_transport->requests.size(), 5);
    EXPECT_TRUE(r.userMessage.contains(QStringLiteral("5 attempts")));
}

TEST_F(OperationTest, StalledAttempt_IsAbortedAfterThirtySecondsAndRetried) {
    script({FakeTransport::stall(), ok()});
    const Result r = run(m_client->get(QStringLiteral("/v1/validations")));
    EXPECT_TRUE(r.ok());
    EXPECT_EQ(m_transport->aborted, 1);
    EXPECT_GE(r.elapsed, Millis(30000 + 1000));
    EXPECT_LE(r.elapsed, Millis(30000 + 2000));
}

TEST_F(OperationTest, TotalDeadline_EndsAStalledAttemptExactlyAtTheDeadline) {
    RetryConfig c;
    c.totalTimeout = Millis(45000);
    makeClient(ApiStyle::Bearer, c);
    script({FakeTransport::stall()});
    const Result r = run(m_client->get(QStringLiteral("/v1/validations")));
    EXPECT_EQ(r.errorKind, ErrorKind::DeadlineExceeded);
    EXPECT_EQ(r.elapsed, Millis(45000));
    EXPECT_EQ(r.attempts, 2);
    EXPECT_EQ(m_clock.pendingTimers(), 0);
}

TEST_F(OperationTest, CancelMidWait_StopsAtOnceAndIsToldApartFromADeadline) {
    script({error(503, "service_unavailable", retryAfter("60")), ok()});
    Operation *op = m_client->get(QStringLiteral("/v1/validations"));
    op->setAutoDelete(false);
    QSignalSpy finished(op, &Operation::finished);
    op->start();
    m_clock.fireNext(); // the 503 arrives; a 60 s wait starts
    ASSERT_EQ(op->state(), Operation::State::Waiting);
    op->cancel();
    ASSERT_EQ(finished.count(), 1);
    EXPECT_EQ(op->result().errorKind, ErrorKind::Cancelled);
    EXPECT_EQ(m_clock.pendingTimers(), 0);
    m_clock.advance(std::chrono::minutes(10));
    EXPECT_EQ(m_transport->requests.size(), 1);
    EXPECT_EQ(finished.count(), 1);
}

TEST_F(OperationTest, CancelInFlight_AbortsTheRequest) {
    script({FakeTransport::stall()});
    Operation *op = m_client->get(QStringLiteral("/v1/validations"));
    op->setAutoDelete(false);
    op->start();
    ASSERT_EQ(op->state(), Operation::State::Sending);
    op->cancel();
    EXPECT_EQ(m_transport->aborted, 1);
    EXPECT_EQ(op->result().errorKind, ErrorKind::Cancelled);
    EXPECT_EQ(m_clock.pendingTimers(), 0);
}

TEST_F(OperationTest, MovingTheWallClock_ChangesNoWait) {
    script({error(502, "bad_gateway"), ok()});
    Operation *op = m_client->get(QStringLiteral("/v1/validations"));
    op->setAutoDelete(false);
    op->start();
    m_clock.fireNext();
    ASSERT_EQ(op->state(), Operation::State::Waiting);
    const Millis due = m_clock.nextDue();
    m_clock.shiftWallClock(std::chrono::hours(3));
    EXPECT_EQ(m_clock.nextDue(), due);
    runToEnd(m_clock, op);
    EXPECT_TRUE(op->result().ok());
    EXPECT_LE(op->result().elapsed, Millis(2000));
}

TEST_F(OperationTest, EmptyRetryBudget_StopsRetryingAndSaysSoPlainly) {
    m_client->setRetryBudget(std::make_shared<RetryBudget>(m_clock, RetryBudget::Config{10, 1, 0}));
    script({error(502, "bad_gateway")});
    const Result r = run(m_client->get(QStringLiteral("/v1/validations")));
    EXPECT_EQ(r.errorKind, ErrorKind::BudgetExhausted);
    EXPECT_EQ(r.attempts, 3); // two retries of 5 tokens each, then the bucket is empty
    EXPECT_TRUE(r.userMessage.contains(QStringLiteral("stopped retrying")));
}

TEST_F(OperationTest, ReplayedAnswer_IsAnOrdinarySuccessRecordedInTheLog) {
    FakeReply replay = ok();
    replay.response.headers.append({QByteArray("Idempotent-Replayed"), QByteArray("true")});
    script({replay});
    const Result r = run(m_client->post(QStringLiteral("/v1/validations/a/cancel-retries")));
    EXPECT_TRUE(r.ok());
    EXPECT_TRUE(r.replayed);
    ASSERT_EQ(m_log.rowCount(), 1);
    EXPECT_TRUE(m_log.entry(0).replayed);
}

TEST_F(OperationTest, SameKeyWithAnotherBody_FailsLocallyWithoutARequest) {
    const QString key = QStringLiteral("fixed-key-1");
    run(m_client->put(QStringLiteral("/v1/validations/x/retry-policy"), kPolicy, key));
    QJsonObject other = kPolicy;
    other.insert(QStringLiteral("extra"), 1);
    Operation *op = m_client->put(QStringLiteral("/v1/validations/x/retry-policy"), other, key);
    op->setAutoDelete(false);
    QSignalSpy finished(op, &Operation::finished);
    QCoreApplication::processEvents();
    ASSERT_EQ(finished.count(), 1);
    EXPECT_EQ(op->result().errorKind, ErrorKind::KeyReused);
    EXPECT_EQ(m_transport->requests.size(), 1);
}

TEST_F(OperationTest, SameKeyWithTheSameBody_ReconcilesAnEarlierWrite) {
    const QString key = QStringLiteral("fixed-key-2");
    run(m_client->put(QStringLiteral("/v1/validations/x/retry-policy"), kPolicy, key));
    const Result r =
        run(m_client->put(QStringLiteral("/v1/validations/x/retry-policy"), kPolicy, key));
    EXPECT_TRUE(r.ok());
    EXPECT_EQ(m_transport->requests.size(), 2);
}

TEST_F(OperationTest, InProgressToTheEnd_IsReportedAsPendingNotAsAFailure) {
    script({error(409, "idempotency_key_in_progress")});
    const Result r = run(m_client->put(QStringLiteral("/v1/validations/x/retry-policy"), kPolicy));
    EXPECT_EQ(r.errorKind, ErrorKind::OutcomePending);
    EXPECT_EQ(m_transport->requests.size(), 5);
    EXPECT_TRUE(r.userMessage.contains(QStringLiteral("still processing")));
    EXPECT_FALSE(r.idempotencyKey.isEmpty());
}

TEST_F(OperationTest, InProgressThenDone_SucceedsWithTheSameKey) {
    script({error(409, "idempotency_key_in_progress"), ok()});
    const Result r = run(m_client->put(QStringLiteral("/v1/validations/x/retry-policy"), kPolicy));
    EXPECT_TRUE(r.ok());
    EXPECT_EQ(headerOf(m_transport->requests[0], "Idempotency-Key"),
              headerOf(m_transport->requests[1], "Idempotency-Key"));
}

TEST_F(OperationTest, Payload_IsTheEnvelopesData) {
    script({ok(R"({"id":"abc","n":3})")});
    const Result r = run(m_client->get(QStringLiteral("/v1/validations/abc")));
    EXPECT_EQ(r.payload.toObject().value(QStringLiteral("id")).toString(), QStringLiteral("abc"));
    EXPECT_EQ(r.requestId, QStringLiteral("req_ok"));
    ASSERT_TRUE(r.serverDate);
    ASSERT_TRUE(r.clockSkew);
    EXPECT_EQ(*r.clockSkew, Millis(0));
}

TEST_F(OperationTest, BodyOnly_BuildsNoPayloadAndTakesTheRequestIdFromTheHeader) {
    FakeReply page = ok(R"([{"id":"a"},{"id":"b"}])");
    page.response.headers.append({QByteArray("X-Request-Id"), QByteArray("req_header")});
    script({page});
    Operation *op = m_client->get(QStringLiteral("/v1/validations"));
    op->setBodyOnly(true);
    const Result r = run(op);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r.payload.isNull()) << "the caller decodes the body itself";
    EXPECT_EQ(r.body, page.response.body);
    EXPECT_EQ(r.requestId, QStringLiteral("req_header"));
    EXPECT_EQ(m_log.data(m_log.index(0, RequestLog::RequestId)).toString(),
              QStringLiteral("req_header"));
}

TEST_F(OperationTest, BodyOnlyWithoutTheHeader_ReadsTheEnvelopesRequestId) {
    script({ok(R"([{"id":"a"}])")});
    Operation *op = m_client->get(QStringLiteral("/v1/validations"));
    op->setBodyOnly(true);
    const Result r = run(op);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r.payload.isNull());
    EXPECT_EQ(r.requestId, QStringLiteral("req_ok"));
}

TEST_F(OperationTest, TheEnvelopesRequestId_IsPreferredToTheHeaderOtherwise) {
    FakeReply answer = ok();
    answer.response.headers.append({QByteArray("X-Request-Id"), QByteArray("req_header")});
    script({answer});
    const Result r = run(m_client->get(QStringLiteral("/v1/validations/v1")));
    EXPECT_EQ(r.requestId, QStringLiteral("req_ok"));
    EXPECT_EQ(r.payload.toObject().value(QStringLiteral("id")).toString(), QStringLiteral("v1"));
}

TEST_F(OperationTest, ListsApiFailureWithStatus200_IsTerminalWithTheServersMessage) {
    makeClient(ApiStyle::QueryApiKey);
    script({FakeTransport::status(
        200,
        R"({"success":false,"message":"Cannot retry validation job that is currently processing"})")});
    const Result r = run(
        m_client->post(QStringLiteral("/v1/webhooks/email-validations/bulk-emails/list_1/retry")));
    EXPECT_EQ(r.errorKind, ErrorKind::Terminal);
    EXPECT_EQ(r.error.code, QStringLiteral("list_processing"));
    EXPECT_EQ(QUrlQuery(m_transport->requests[0].url).queryItemValue(QStringLiteral("apiKey")),
              QLatin1String(kSecretKey));
    EXPECT_TRUE(headerOf(m_transport->requests[0], "Authorization").isNull());
}

TEST_F(OperationTest, SpentRateLimit_MakesTheNextOperationWaitForTheResetInsteadOfA429) {
    const qint64 reset = m_clock.utcNow().toSecsSinceEpoch() + 20;
    FakeReply last = ok();
    last.response.headers = {{QByteArray("X-RateLimit-Limit"), QByteArray("60")},
                             {QByteArray("X-RateLimit-Remaining"), QByteArray("0")},
                             {QByteArray("X-RateLimit-Reset"), QByteArray::number(reset)}};
    script({last, ok()});
    run(m_client->get(QStringLiteral("/v1/validations")));
    Operation *op = m_client->get(QStringLiteral("/v1/validations"));
    QSignalSpy waiting(op, &Operation::waiting);
    const Result r = run(op);
    EXPECT_TRUE(r.ok());
    ASSERT_EQ(waiting.count(), 1);
    EXPECT_EQ(waiting.at(0).at(0).toLongLong(), 20000);
    EXPECT_EQ(r.attempts, 1);
    EXPECT_EQ(m_log.entry(0).attempt, 1);
}
