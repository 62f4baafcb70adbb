// Seed 001's Idempotency-Key rules over loopback, proven with the server's applied counters.
#include "SandboxTestSupport.h"

#include "sandbox/DemoData.h"

using namespace rd;
using namespace rd::sandbox;
using namespace rd::sandbox::test;

namespace {

const QString kEligible = QLatin1String(demo::kEligibleId);
const QString kPending = QLatin1String(demo::kPendingId);

class Idempotency : public SandboxTest {
protected:
    SandboxOptions options() const override {
        SandboxOptions o = SandboxTest::options();
        o.rateLimit = 3;
        return o;
    }
};

} // namespace

TEST_F(Idempotency, SameKeySameBody_ReplaysByteForByteWithReplayedHeader) {
    const auto first = putPolicy(kEligible, policyBody(), "k-1");
    const auto again = putPolicy(kEligible, policyBody(), "k-1");
    ASSERT_EQ(first->status(), 200);
    EXPECT_EQ(first->header("Idempotent-Replayed"), "false");
    EXPECT_EQ(again->status(), 200);
    EXPECT_EQ(again->header("Idempotent-Replayed"), "true");
    EXPECT_EQ(again->body(), first->body());
    EXPECT_EQ(again->header("X-Request-Id"), first->header("X-Request-Id"));
    EXPECT_EQ(m_server->appliedCount(QStringLiteral("k-1")), 1);
    EXPECT_EQ(m_server->writesApplied(kEligible), 1);
}

TEST_F(Idempotency, Replay_DoesNotConsumeRateLimitQuota) {
    const auto first = putPolicy(kEligible, policyBody(), "k-quota");
    const auto replay = putPolicy(kEligible, policyBody(), "k-quota");
    EXPECT_EQ(first->header("X-RateLimit-Remaining"), "2");
    EXPECT_EQ(replay->header("X-RateLimit-Remaining"), "2");
}

TEST_F(Idempotency, SameKeyDifferentBody_Is422KeyReused) {
    ASSERT_EQ(putPolicy(kEligible, policyBody(3), "k-2")->status(), 200);
    const auto r = putPolicy(kEligible, policyBody(4), "k-2");
    EXPECT_EQ(r->status(), 422);
    EXPECT_EQ(r->errorCode(), QLatin1String("idempotency_key_reused"));
    EXPECT_EQ(m_server->writesApplied(kEligible), 1);
}

TEST_F(Idempotency, SameBodyReformatted_IsNotADifferentBody) {
    ASSERT_EQ(putPolicy(kEligible, policyBody(), "k-fmt")->status(), 200);
    QByteArray spaced = policyBody();
    spaced.replace(",", ", ");
    EXPECT_EQ(putPolicy(kEligible, spaced, "k-fmt")->header("Idempotent-Replayed"), "true");
}

TEST_F(Idempotency, ScopeIsTheEndpoint_SameKeyOnAnotherValidationIsProcessed) {
    ASSERT_EQ(cancel(kPending, "shared")->status(), 200);
    const QString other = m_server->addValidation(Outcome::NotFound);
    ASSERT_EQ(putPolicy(other, policyBody(), "shared")->status(), 200);
    EXPECT_EQ(m_server->appliedCount(QStringLiteral("shared")), 2);
}

TEST_F(Idempotency, ScopeIsTheUser_AnotherUsersKeyIsIndependent) {
    ASSERT_EQ(
        putPolicy(QLatin1String(demo::kOtherUsersId), policyBody(), "u", kOtherUserKey)->status(),
        200);
    const auto mine = putPolicy(QLatin1String(demo::kOtherUsersId), policyBody(), "u");
    EXPECT_EQ(mine->status(), 404); // processed for real, not replayed from usr_other's answer
}

TEST_F(Idempotency, WhileTheFirstIsInFlight_SecondIs409InProgress) {
    m_server->enqueueFault(ScriptedFault{FaultKind::Latency, 1, {}, -1, 3000, {}});
    const int timers = m_clock.pendingTimers();
    auto slow =
        start("PUT", QStringLiteral("/v1/validations/%1/retry-policy").arg(kEligible), policyBody(),
              {{"Authorization", "Bearer mxcep_demo_update_key"}, {"Idempotency-Key", "k-fly"}});
    ASSERT_TRUE(pumpUntil([&] { return m_clock.pendingTimers() > timers; }));
    const auto second = putPolicy(kEligible, policyBody(), "k-fly");
    EXPECT_EQ(second->status(), 409);
    EXPECT_EQ(second->errorCode(), QLatin1String("idempotency_key_in_progress"));
    m_clock.advance(std::chrono::seconds(3));
    slow->waitClosed();
    EXPECT_EQ(slow->status(), 200);
    EXPECT_EQ(putPolicy(kEligible, policyBody(), "k-fly")->header("Idempotent-Replayed"), "true");
    EXPECT_EQ(m_server->appliedCount(QStringLiteral("k-fly")), 1);
}

TEST_F(Idempotency, ServerError_IsNotCached_RetryIsProcessedForReal) {
    m_server->enqueueFault(FaultKind::Http500, 1, QStringLiteral("/retry-policy"));
    EXPECT_EQ(putPolicy(kEligible, policyBody(), "k-500")->status(), 500);
    EXPECT_EQ(m_server->appliedCount(QStringLiteral("k-500")), 0);
    const auto retry = putPolicy(kEligible, policyBody(), "k-500");
    EXPECT_EQ(retry->status(), 200);
    EXPECT_EQ(retry->header("Idempotent-Replayed"), "false");
    EXPECT_EQ(m_server->appliedCount(QStringLiteral("k-500")), 1);
}

TEST_F(Idempotency, ClientErrors_AreCachedAndReplayed) {
    ASSERT_EQ(cancel(kPending, "c-1")->status(), 200);
    const auto notActive = cancel(kPending, "c-2");
    ASSERT_EQ(notActive->errorCode(), QLatin1String("retry_not_active"));
    EXPECT_EQ(cancel(kPending, "c-2")->header("Idempotent-Replayed"), "true");
}

TEST_F(Idempotency, KeyExpiresAfter24Hours) {
    ASSERT_EQ(cancel(kPending, "old")->status(), 200);
    m_clock.advance(std::chrono::hours(24));
    const auto r = cancel(kPending, "old");
    EXPECT_EQ(r->header("Idempotent-Replayed"), "false");
    EXPECT_EQ(r->errorCode(), QLatin1String("retry_not_active"));
}

TEST_F(Idempotency, MalformedKey_Is400InvalidKey) {
    for (const QByteArray &bad :
         {QByteArray(""), QByteArray("has space"), QByteArray("tenant:42"), QByteArray(256, 'a')}) {
        const auto r = putPolicy(kEligible, policyBody(), bad);
        EXPECT_EQ(r->status(), 400) << bad.constData();
        EXPECT_EQ(r->errorCode(), QLatin1String("idempotency_key_invalid"));
    }
    EXPECT_EQ(putPolicy(kEligible, policyBody(), QByteArray(255, 'a'))->status(), 200);
}

TEST_F(Idempotency, CommitThenDrop_RetryWithSameKeyReplaysTheCommittedWrite) {
    m_server->enqueueFault(FaultKind::CommitThenDrop, 1, QStringLiteral("/cancel-retries"));
    const auto dropped = cancel(kPending, "drop-1");
    EXPECT_EQ(dropped->status(), 0) << "no reply";
    EXPECT_EQ(m_server->writesApplied(kPending), 1) << "but the write was applied";
    const auto retry = cancel(kPending, "drop-1");
    EXPECT_EQ(retry->status(), 200);
    EXPECT_EQ(retry->header("Idempotent-Replayed"), "true");
    EXPECT_EQ(m_server->appliedCount(QStringLiteral("drop-1")), 1);
}

TEST_F(Idempotency, CommitThen502_TheClassicBug_RetryWithSameKeyIsNotADoubleWrite) {
    m_server->enqueueFault(FaultKind::CommitThen502, 1, QStringLiteral("/v1/webhooks"));
    const QString target = QStringLiteral(
        "/v1/webhooks/email-validations/bulk-emails/list_12345/retry?apiKey=cliova_demo_lists_key");
    EXPECT_EQ(send("POST", target, {}, {{"Idempotency-Key", "list-1"}})->status(), 502);
    const auto retry = send("POST", target, {}, {{"Idempotency-Key", "list-1"}});
    EXPECT_EQ(retry->status(), 200);
    EXPECT_EQ(retry->header("Idempotent-Replayed"), "true");
    EXPECT_EQ(m_server->writesApplied(QStringLiteral("list_12345")), 1);
}

TEST_F(Idempotency, AdminEndpoint_ReportsAppliedCountsPerKeyAndResource) {
    ASSERT_EQ(putPolicy(kEligible, policyBody(), "adm-1")->status(), 200);
    ASSERT_EQ(putPolicy(kEligible, policyBody(), "adm-1")->status(), 200); // replay
    const auto byKey = send("GET", QStringLiteral("/_admin/applied?key=adm-1"));
    EXPECT_EQ(byKey->data().toObject().value(QLatin1String("applied")).toInt(), 1);
    const auto all = send("GET", QStringLiteral("/_admin/applied"));
    EXPECT_EQ(all->data()
                  .toObject()
                  .value(QLatin1String("resources"))
                  .toObject()
                  .value(kEligible)
                  .toInt(),
              1);
}

TEST_F(Idempotency, AdminEndpoint_IsOffUnlessEnabled) {
    FakeClock clock;
    SandboxOptions o;
    o.demoDataset = false;
    SandboxServer s(clock, o);
    ASSERT_TRUE(s.listen());
    Exchange e(s.port(), "GET", QStringLiteral("/_admin/applied"), {}, {});
    e.waitClosed();
    EXPECT_EQ(e.status(), 404);
}
