// retrydesk-cli against a faulty sandbox (seed 003): 502s, 429 storms, commit-then-drop, a write
// still in progress, giving up — each write applied exactly once — and `watch` to the end.
#include "CliTestSupport.h"

#include "sandbox/DemoData.h"

#include <QRegularExpression>

#include <csignal>

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

#if defined(Q_OS_UNIX)
TEST_F(CliFaults, CtrlC_DuringAWrite_PrintsTheKeyThatReconcilesIt_AndItAppliesOnce) {
    m_timeScale = 1; // real backoff: the write is still under way when Ctrl-C comes
    m_server->enqueueFault(FaultKind::Http502, 10, QStringLiteral("/retry-policy"));
    bool sent = false;
    m_onError = [&](QProcess &p, const QString &err) {
        if (!sent && err.contains(QLatin1String("[wait]"))) { // the first 502 is in
            sent = true;
            ::kill(pid_t(p.processId()), SIGINT);
        }
    };
    const CliRun r = run(policyArgs() << QStringLiteral("-v"));
    m_onError = {};
    ASSERT_TRUE(sent) << r.err.toStdString();
    EXPECT_EQ(r.exitCode, 130) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QLatin1String("Interrupted."))) << r.err.toStdString();
    const QRegularExpression keyLine(QStringLiteral("Idempotency key: (\\S+)"));
    const auto m = keyLine.match(r.err);
    ASSERT_TRUE(m.hasMatch()) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QLatin1String("--idempotency-key ") + m.captured(1)));
    EXPECT_EQ(m_server->writesApplied(kId), 0) << "the 502s applied nothing";

    // The command it printed, once the server is well: applied exactly once.
    m_server->clearScriptedFaults();
    const CliRun again = run(policyArgs() << QStringLiteral("--idempotency-key") << m.captured(1));
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(m_server->writesApplied(kId), 1);
    const CliRun replay = run(policyArgs() << QStringLiteral("--idempotency-key") << m.captured(1));
    EXPECT_EQ(replay.exitCode, 0) << replay.err.toStdString();
    EXPECT_TRUE(replay.out.contains(QLatin1String("replayed"))) << replay.out.toStdString();
    EXPECT_EQ(m_server->writesApplied(kId), 1) << "the same key never applies twice";
}
#endif

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
