// The client against the sandbox's faults, one behaviour each (seed 003's two must-have tests
// first). Exactly-once evidence comes from the sandbox's own counters.
#include "ClientSandboxTest.h"

#include <QCoreApplication>

using namespace rd;
using namespace rd::net;
using namespace rd::net::test;
using rd::sandbox::FaultKind;

using ClientFaults = ClientSandboxTest;

TEST_F(ClientFaults, TooManyRequestsStorm_WaitsFourSecondsOfFakeTimeThenSucceeds) {
    m_server->enqueueFault(FaultKind::Http429, 2, QStringLiteral("/v1/validations"), 2);
    const Result r = run(m_client->get(QStringLiteral("/v1/validations")));
    EXPECT_TRUE(r.ok()) << r.userMessage.toStdString();
    EXPECT_EQ(r.attempts, 3);
    EXPECT_EQ(r.elapsed, Millis(4000));
}

TEST_F(ClientFaults, BadGatewayAfterCommit_RetriesWithTheSameKeyAndIsAppliedOnce) {
    const QString id = m_server->addValidation(Outcome::NotFound);
    m_server->enqueueFault(FaultKind::CommitThen502, 1, QStringLiteral("retry-policy"));
    const Result r = run(m_client->put(policyPath(id), policyBody()));
    ASSERT_TRUE(r.ok()) << r.userMessage.toStdString();
    EXPECT_EQ(r.attempts, 2);
    EXPECT_TRUE(r.replayed);
    ASSERT_EQ(m_log.rowCount(), 2);
    EXPECT_EQ(m_log.entry(0).status, 502);
    EXPECT_EQ(m_log.entry(0).idempotencyKey, m_log.entry(1).idempotencyKey);
    EXPECT_EQ(m_server->appliedCount(r.idempotencyKey), 1);
    EXPECT_EQ(m_server->writesApplied(id), 1);
}

TEST_F(ClientFaults, PlainBadGateway_IsRetriedAndAppliedOnce) {
    const QString id = m_server->addValidation(Outcome::NotFound);
    m_server->enqueueFault(FaultKind::Http502, 1, QStringLiteral("retry-policy"));
    const Result r = run(m_client->put(policyPath(id), policyBody()));
    ASSERT_TRUE(r.ok());
    EXPECT_FALSE(r.replayed);
    EXPECT_EQ(m_server->appliedCount(r.idempotencyKey), 1);
    EXPECT_EQ(m_server->writesApplied(id), 1);
    // seeds 001/002: the answer carries the cycle's full state (`id` beside it is an assumption).
    EXPECT_TRUE(r.payload.toObject().value(QStringLiteral("retry_state")).isObject());
}

TEST_F(ClientFaults, CommitThenDrop_IsConfirmedAndAppliedOnce) {
    const QString id = m_server->addValidation(Outcome::NotFound);
    m_server->enqueueFault(FaultKind::CommitThenDrop, 1, QStringLiteral("cancel-retries"));
    run(m_client->put(policyPath(id), policyBody()));
    const Result r =
        run(m_client->post(QStringLiteral("/v1/validations/%1/cancel-retries").arg(id)));
    ASSERT_TRUE(r.ok()) << r.userMessage.toStdString();
    EXPECT_EQ(m_server->appliedCount(r.idempotencyKey), 1);
    EXPECT_EQ(m_server->writesApplied(id), 2); // the policy and one cancel
}

TEST_F(ClientFaults, ServerClosingTheSocketMidRequest_AppliesTheWriteAtMostOnce) {
    const QString id = m_server->addValidation(Outcome::NotFound);
    m_server->enqueueFault(FaultKind::CloseWhileReading, 2, QStringLiteral("retry-policy"));
    const Result r = run(m_client->put(policyPath(id), policyBody()));
    ASSERT_TRUE(r.ok()) << r.userMessage.toStdString();
    EXPECT_EQ(m_server->appliedCount(r.idempotencyKey), 1);
    EXPECT_EQ(m_server->writesApplied(id), 1);
}

TEST_F(ClientFaults, ConnectionResetBeforeTheReply_IsRetriedAndAppliedOnce) {
    const QString id = m_server->addValidation(Outcome::NotFound);
    m_server->enqueueFault(FaultKind::ResetBeforeReply, 1, QStringLiteral("retry-policy"));
    const Result r = run(m_client->put(policyPath(id), policyBody()));
    ASSERT_TRUE(r.ok()) << r.userMessage.toStdString();
    EXPECT_EQ(m_server->writesApplied(id), 1);
}

TEST_F(ClientFaults, TruncatedBody_IsRetriedAndTheReplayIsTheAnswer) {
    const QString id = m_server->addValidation(Outcome::NotFound);
    m_server->enqueueFault(FaultKind::TruncatedBody, 1, QStringLiteral("retry-policy"));
    const Result r = run(m_client->put(policyPath(id), policyBody()));
    ASSERT_TRUE(r.ok()) << r.userMessage.toStdString();
    EXPECT_TRUE(r.replayed);
    EXPECT_EQ(m_server->writesApplied(id), 1);
}

TEST_F(ClientFaults, StalledServer_IsAbandonedAfterThirtySecondsOfFakeTime) {
    m_server->enqueueFault(FaultKind::Stall, 1, QStringLiteral("/v1/validations"));
    const Result r = run(m_client->get(QStringLiteral("/v1/validations")), true);
    EXPECT_TRUE(r.ok()) << r.userMessage.toStdString();
    EXPECT_EQ(r.attempts, 2);
    EXPECT_GE(r.elapsed, Millis(31000));
    EXPECT_LE(r.elapsed, Millis(32000));
}

TEST_F(ClientFaults, ServiceUnavailableWithHttpDate_WaitsUntilThatDate) {
    m_server->enqueueFault(FaultKind::Http503Date, 1, QStringLiteral("/v1/validations"), 7);
    const Result r = run(m_client->get(QStringLiteral("/v1/validations")));
    EXPECT_TRUE(r.ok());
    EXPECT_EQ(r.elapsed, Millis(7000));
}

TEST_F(ClientFaults, CancelMidWait_StopsAtOnceAndSendsNothingMore) {
    m_server->enqueueFault(FaultKind::Http503, 1, QStringLiteral("/v1/validations"), 60);
    Operation *op = m_client->get(QStringLiteral("/v1/validations"));
    track(op);
    drive([&] { return op->state() == Operation::State::Waiting; });
    op->cancel();
    EXPECT_EQ(op->result().errorKind, ErrorKind::Cancelled);
    m_clock.advance(std::chrono::minutes(5));
    QCoreApplication::processEvents();
    EXPECT_EQ(m_server->requestsReceived(), 1);
}

TEST_F(ClientFaults, Unauthorized_IsTerminalAndSaysWhatToDo) {
    auto bad = makeClient(ApiStyle::Bearer, "mxcep_not_a_key");
    const Result r = run(bad->get(QStringLiteral("/v1/validations")));
    EXPECT_EQ(r.errorKind, ErrorKind::Terminal);
    EXPECT_EQ(r.error.code, QStringLiteral("unauthorized"));
    EXPECT_FALSE(r.error.requestId.isEmpty());
    EXPECT_TRUE(r.userMessage.contains(r.error.requestId));
    EXPECT_EQ(m_server->requestsReceived(), 1);
}

TEST_F(ClientFaults, Forbidden_IsNotRetried) {
    const QString id = m_server->addValidation(Outcome::NotFound);
    auto readOnly = makeClient(ApiStyle::Bearer, sandbox::kDemoReadOnlyKey);
    const Result r = run(readOnly->put(policyPath(id), policyBody()));
    EXPECT_EQ(r.errorKind, ErrorKind::Terminal);
    EXPECT_EQ(r.error.httpStatus, 403);
    EXPECT_EQ(m_server->requestsReceived(), 1);
}

TEST_F(ClientFaults, NotFound_IsNotRetried) {
    const QString id = m_server->addValidation(Outcome::NotFound);
    auto other = makeClient(ApiStyle::Bearer, sandbox::kOtherUserKey);
    const Result r = run(other->get(QStringLiteral("/v1/validations/%1").arg(id)));
    EXPECT_EQ(r.error.httpStatus, 404);
    EXPECT_EQ(r.errorKind, ErrorKind::Terminal);
    EXPECT_EQ(m_server->requestsReceived(), 1);
}

TEST_F(ClientFaults, UnprocessableEntity_IsNotRetriedAndNamesTheCode) {
    const Result r =
        run(m_client->post(QStringLiteral("/v1/validations/not-a-uuid/cancel-retries")));
    EXPECT_EQ(r.error.httpStatus, 422);
    EXPECT_EQ(r.error.code, QStringLiteral("invalid_uuid"));
    EXPECT_EQ(r.errorKind, ErrorKind::Terminal);
    EXPECT_EQ(m_server->requestsReceived(), 1);
}

TEST_F(ClientFaults, BadRequest_IsNotRetried) {
    const Result r = run(m_client->get(QStringLiteral("/v1/validations"),
                                       QUrlQuery(QStringLiteral("retry_state=bogus"))));
    EXPECT_EQ(r.error.httpStatus, 400);
    EXPECT_EQ(r.errorKind, ErrorKind::Terminal);
    EXPECT_EQ(m_server->requestsReceived(), 1);
}
