// retrydesk-cli against a faulty sandbox (seed 003): 502s, 429 storms, commit-then-drop, a write
// still in progress, giving up — each write applied exactly once — and `watch` to the end.
#include "CliTestSupport.h"

#include "sandbox/DemoData.h"

#include <QRegularExpression>

using namespace rd;
using namespace rd::cli::test;
using rd::sandbox::FaultKind;
namespace demo = rd::sandbox::demo;

namespace {
const QString kId = QString::fromLatin1(demo::kEligibleId);
const QString kPending = QString::fromLatin1(demo::kPendingId);
QStringList policyArgs() {
    return {
        QStringLiteral("policy"),        QStringLiteral("set"),        kId,
        QStringLiteral("--max-retries"), QStringLiteral("3"),          QStringLiteral("--interval"),
        QStringLiteral("10m"),           QStringLiteral("--outcomes"), QStringLiteral("not_found")};
}
} // namespace

using CliFaults = CliTest;

TEST_F(CliFaults, Cancel_After502s_SucceedsAndIsAppliedOnce) {
    m_server->enqueueFault(FaultKind::Http502, 2, QStringLiteral("/cancel-retries"));
    const CliRun r = run({QStringLiteral("cancel"), kPending, QStringLiteral("-v")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.err.count(QLatin1String("status=502")), 2) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QLatin1String("(backoff)")));
    EXPECT_EQ(m_server->writesApplied(kPending), 1);
}

TEST_F(CliFaults, PolicySet_429Storm_HonoursRetryAfterAndAppliesOnce) {
    m_server->enqueueFault(FaultKind::Http429, 2, QStringLiteral("/retry-policy"), 1);
    const CliRun r = run(policyArgs() << QStringLiteral("-v"));
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.err.count(QLatin1String("(Retry-After)")), 2) << r.err.toStdString();
    EXPECT_EQ(m_server->writesApplied(kId), 1);
}

TEST_F(CliFaults, Cancel_CommitThenDrop_IsReplayedNotAppliedTwice) {
    m_server->enqueueFault(FaultKind::CommitThenDrop, 1, QStringLiteral("/cancel-retries"));
    const CliRun r = run({QStringLiteral("cancel"), kPending});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QLatin1String("replayed"))) << r.out.toStdString();
    EXPECT_EQ(m_server->writesApplied(kPending), 1);
}

TEST_F(CliFaults, ListsRetry_CommitThen502_StartsOneNewListNotTwo) {
    m_server->enqueueFault(FaultKind::CommitThen502, 1, QStringLiteral("/retry"));
    const int before = int(m_server->listIds().size());
    const CliRun r =
        run({QStringLiteral("lists"), QStringLiteral("retry"), QLatin1String(demo::kFailedListId)},
            QLatin1String(sandbox::kDemoListsKey));
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(m_server->writesApplied(QLatin1String(demo::kFailedListId)), 1);
    EXPECT_EQ(int(m_server->listIds().size()), before + 1);
}

TEST_F(CliFaults, Show_502OnEveryAttempt_GivesUpWithExit4) {
    m_server->enqueueFault(FaultKind::Http502, 10, QStringLiteral("/v1/validations/"));
    const CliRun r = run({QStringLiteral("validations"), QStringLiteral("show"), kPending});
    EXPECT_EQ(r.exitCode, 4);
    EXPECT_TRUE(r.err.contains(QLatin1String("after 5 attempts"))) << r.err.toStdString();
    EXPECT_EQ(m_server->requestsReceived(), 5);
}

TEST_F(CliFaults, PolicySet_StillInProgress_Exits4WithTheKey_ThenReconcilesWithoutASecondWrite) {
    // The first PUT is held on the sandbox's (fake) clock: the key stays in flight, every retry
    // meets 409 idempotency_key_in_progress (seed 001) until the client stops.
    sandbox::ScriptedFault hold;
    hold.kind = FaultKind::Latency;
    hold.pathContains = QStringLiteral("/retry-policy");
    hold.latencyMs = 3'600'000;
    m_server->enqueueFault(hold);
    const CliRun pending = run(policyArgs());
    EXPECT_EQ(pending.exitCode, 4) << pending.err.toStdString();
    const QRegularExpression keyRe(QStringLiteral("--idempotency-key ([0-9a-f-]{36})"));
    const QRegularExpressionMatch m = keyRe.match(pending.err);
    ASSERT_TRUE(m.hasMatch()) << pending.err.toStdString();
    const QString key = m.captured(1);

    m_clock.advance(std::chrono::hours(1)); // the held request completes on the server
    EXPECT_EQ(m_server->appliedCount(key), 1);
    const CliRun reconciled = run(policyArgs() << QStringLiteral("--idempotency-key") << key);
    EXPECT_EQ(reconciled.exitCode, 0) << reconciled.err.toStdString();
    EXPECT_TRUE(reconciled.out.contains(QLatin1String("replayed")));
    EXPECT_EQ(m_server->appliedCount(key), 1);
    EXPECT_EQ(m_server->writesApplied(kId), 1);
}

TEST_F(CliFaults, Watch_PrintsCountdownOnServerTimeAndEachChangeUntilTerminal) {
    // The sandbox's clock (2026-01-01) is far from this machine's: the countdown must still read
    // "in 10 min", measured on the server's clock via its Date header.
    Validation v = *m_server->validation(kId);
    RetryState rs;
    rs.enabled = true;
    rs.maxRetries = 1;
    rs.intervalSeconds = 600;
    rs.outcomes = QList<Outcome>{Outcome::NotFound};
    rs.nextAttemptAt = m_server->serverNow().addSecs(600);
    rs.terminalState = TerminalState::Pending;
    v.retryState = rs;
    m_server->insertValidation(v);

    m_timeScale = 200; // polls every 60 s of server time become 0.3 s
    bool advanced = false;
    const CliRun r = run({QStringLiteral("watch"), kId}, QLatin1String(sandbox::kDemoUpdateKey),
                         [&](const QString &out) {
                             if (!advanced && out.contains(QLatin1String("(in 10 min)"))) {
                                 advanced = true;
                                 m_clock.advance(std::chrono::seconds(601));
                             }
                         });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(advanced) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QString::fromUtf8("pending — 0 of 1 retries made, 1 remaining")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QLatin1String("1 of 1 retries made"))) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(QLatin1String("The retry cycle has ended"))) << r.err.toStdString();
}
