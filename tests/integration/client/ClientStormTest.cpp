// 256 concurrent operations against an always-503 server: the per-host retry budget keeps the
// request amplification fixed, never skips a wait, says plainly that it stopped, and refills.
#include "ClientSandboxTest.h"

#include "net/RetryBudget.h"

using namespace rd;
using namespace rd::net;
using namespace rd::net::test;
using rd::sandbox::FaultKind;

using RetryStorm = ClientSandboxTest;

TEST_F(RetryStorm, ConcurrentOperationsAgainstAnAlways503Server_StayWithinAFixedAmplification) {
    sandbox::FaultConfig always503;
    always503.set(FaultKind::Http503, 1.0);
    always503.retryAfterSeconds = 2;
    m_server->setFaults(always503);

    constexpr int kOps = 256;
    QList<Result> results;
    for (int i = 0; i < kOps; ++i) {
        Operation *op = m_client->get(QStringLiteral("/v1/validations"));
        track(op);
        QObject::connect(op, &Operation::finished, op,
                         [&results](const Result &r) { results.append(r); });
    }
    const Millis start = m_clock.monotonicNow();
    ASSERT_TRUE(drive([&] { return results.size() == kOps; }));
    const Millis elapsed = m_clock.monotonicNow() - start;

    // Every first attempt goes out; retries are capped by the budget: 500 tokens at 5 per retry,
    // plus what time refills (1 token/s) during the storm. Without the budget: 5 × 256 = 1,280.
    const RetryBudget::Config budget;
    const int maxRetries =
        (budget.capacity + int(budget.refillPerSecond * elapsed.count() / 1000)) /
        RetryRules::kRetryCost;
    const int requests = m_server->requestsReceived();
    EXPECT_LE(requests, kOps + maxRetries);
    EXPECT_GE(requests, kOps + budget.capacity / RetryRules::kRetryCost);
    const double amplification = double(requests) / kOps;
    EXPECT_LE(amplification, 1.5);
    RecordProperty("requests", requests);
    RecordProperty("fake_ms", int(elapsed.count()));

    int exhausted = 0;
    for (const Result &r : std::as_const(results)) {
        EXPECT_FALSE(r.ok());
        if (r.errorKind == ErrorKind::BudgetExhausted) {
            ++exhausted;
            EXPECT_TRUE(r.userMessage.contains(QStringLiteral("stopped retrying")));
        }
    }
    EXPECT_GT(exhausted, kOps / 2);
    // Backoff is never skipped: every retry in the log waited the server's Retry-After.
    for (int row = 0; row < m_log.rowCount(); ++row) {
        const auto &e = m_log.entry(row);
        if (e.waitMs >= 0) {
            EXPECT_EQ(e.waitMs, 2000);
        }
    }
}

TEST_F(RetryStorm, AfterTheStorm_TheBudgetRefillsAndRetriesResume) {
    sandbox::FaultConfig always503;
    always503.set(FaultKind::Http503, 1.0);
    m_server->setFaults(always503);
    int finished = 0;
    for (int i = 0; i < 256; ++i) {
        Operation *op = m_client->get(QStringLiteral("/v1/validations"));
        track(op);
        QObject::connect(op, &Operation::finished, op, [&finished] { ++finished; });
    }
    ASSERT_TRUE(drive([&] { return finished == 256; }));
    EXPECT_LT(m_client->retryBudget().tokens(), RetryRules::kRetryCost + 10.0);

    m_server->setFaults({});
    m_clock.advance(std::chrono::minutes(10));
    EXPECT_DOUBLE_EQ(m_client->retryBudget().tokens(), RetryBudget::Config{}.capacity);

    m_server->enqueueFault(FaultKind::Http502, 2, QStringLiteral("/v1/validations"));
    const Result r = run(m_client->get(QStringLiteral("/v1/validations")));
    EXPECT_TRUE(r.ok()) << r.userMessage.toStdString();
    EXPECT_EQ(r.attempts, 3);
}
