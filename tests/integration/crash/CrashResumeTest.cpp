// The CLI killed half-way: `retrydesk-cli validations bulk-policy` over 1,000 validations of a
// faulty `retrydesk-sandbox` (its own process, so it outlives the kill) is SIGKILLed once about
// 300 validations were written, then run again: it resumes the run from the outbox and every
// validation ends applied exactly once, no key ever sent with two bodies. And a damaged outbox
// file is kept aside, not lost.
#include "cli/CliApp.h"
#include "core/SystemClock.h"
#include "outbox/Outbox.h"
#include "SandboxProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

#include <csignal>
#include <functional>

using namespace rd;
using rd::crash::pump;
using rd::crash::waitFor;

namespace {

constexpr int kValidations = 1000;
constexpr int kKillAfter = 300;
const QString kKey = QStringLiteral("mxcep_demo_update_key");

const QStringList kBulkPolicy{
    QStringLiteral("validations"), QStringLiteral("bulk-policy"), QStringLiteral("--status"),
    QStringLiteral("not_found"), QStringLiteral("--source"), QStringLiteral("api"),
    QStringLiteral("--max-retries"), QStringLiteral("3"), QStringLiteral("--interval"),
    QStringLiteral("10m"), QStringLiteral("--outcomes"), QStringLiteral("not_found,error"),
    // Many in flight: an item waiting out its backoff (the bulk client's
    // real timing: RETRYDESK_CLI_TIME_SCALE does not reach it) holds no connection.
    QStringLiteral("--concurrency"), QStringLiteral("32"), QStringLiteral("--yes")};

class CrashResume : public ::testing::Test {
protected:
    // retrydesk-sandbox on a free port, its faults only on the writes (the listing stays quick).
    void startSandbox(const QStringList &extra) {
        const QString error = m_sandbox.start(extra);
        ASSERT_TRUE(error.isEmpty()) << error.toStdString();
        m_baseUrl = m_sandbox.baseUrl();
    }
    QJsonObject applied() { return m_sandbox.applied(); }
    QStringList validationIds() { return m_sandbox.validationIds(kKey); }

    void prepareCli(QProcess &cli, const QStringList &args) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("RETRYDESK_API_KEY"), kKey);
        env.insert(QStringLiteral("RETRYDESK_OUTBOX_DIR"), m_outboxDir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path());
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false"));
        cli.setProcessEnvironment(env);
        cli.setProgram(QStringLiteral(RETRYDESK_CLI_PATH));
        cli.setArguments(QStringList{QStringLiteral("--base-url"), m_baseUrl} + args);
    }

    struct Run {
        int exitCode = -1;
        QProcess::ExitStatus status = QProcess::NormalExit;
        QString out;
        QString err;
    };
    Run runCli(const QStringList &args, int deadlineMs) {
        QProcess cli;
        prepareCli(cli, args);
        cli.start();
        Run r;
        const bool ended = waitFor([&] { return cli.state() == QProcess::NotRunning; }, deadlineMs);
        if (!ended) {
            cli.kill();
            cli.waitForFinished(5000);
        }
        r.status = cli.exitStatus();
        r.exitCode = ended ? cli.exitCode() : -1;
        r.out = QString::fromUtf8(cli.readAllStandardOutput());
        r.err = QString::fromUtf8(cli.readAllStandardError());
        return r;
    }

    // 8 % of writes fail on the first try, each way a client can meet: 5xx (nothing applied), a
    // reset (nothing applied), applied but the answer lost. With 5 attempts per item, an item
    // failing every attempt stays a ~3·10⁻⁶ event, so a run of 1,000 does not flake.
    void startFaultySandbox() {
        startSandbox({QStringLiteral("--eligible-validations"), QString::number(kValidations),
                      QStringLiteral("--max-pending"), QStringLiteral("100000"),
                      QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--fault-path"),
                      QStringLiteral("/retry-policy"), QStringLiteral("--fault-500"),
                      QStringLiteral("0.03"), QStringLiteral("--fault-502"), QStringLiteral("0.02"),
                      QStringLiteral("--fault-reset"), QStringLiteral("0.01"),
                      QStringLiteral("--fault-commit-then-drop"), QStringLiteral("0.02")});
    }

    // The bulk command, SIGKILLed once about kKillAfter validations were written.
    void killMidRun() {
        QProcess first;
        prepareCli(first, kBulkPolicy);
        first.start();
        ASSERT_TRUE(first.waitForStarted(10'000));
        int written = 0;
        const bool reached = waitFor(
            [&] {
                written = m_sandbox.writtenCount();
                return written >= kKillAfter || first.state() == QProcess::NotRunning;
            },
            40'000);
        ASSERT_TRUE(reached) << "only " << written << " written";
        ASSERT_EQ(first.state(), QProcess::Running)
            << "the run ended before the kill: " << first.readAllStandardError().toStdString();
        ::kill(pid_t(first.processId()), SIGKILL);
        ASSERT_TRUE(waitFor([&] { return first.state() == QProcess::NotRunning; }, 10'000));
        EXPECT_EQ(first.exitStatus(), QProcess::CrashExit) << "died by the signal";
        const int before = m_sandbox.writtenCount();
        EXPECT_LT(before, kValidations) << "killed before the end";
    }

    // The server's evidence and the outbox's: each validation written exactly once, no key ever
    // sent with two bodies, one run (resumed, not started again) finished with all applied.
    void expectEachAppliedOnce(const QStringList &ids) {
        const QJsonObject evidence = applied();
        const QJsonObject resources = evidence.value(QLatin1String("resources")).toObject();
        EXPECT_EQ(resources.size(), kValidations);
        QStringList notOnce; // "id ×n", a few shown
        for (const QString &id : ids) {
            if (const int n = resources.value(id).toInt(); n != 1) {
                notOnce << QStringLiteral("%1 ×%2").arg(id).arg(n);
            }
        }
        EXPECT_TRUE(notOnce.isEmpty()) << notOnce.size() << " not applied exactly once, e.g. "
                                       << notOnce.mid(0, 5).join(u", ").toStdString();
        EXPECT_EQ(evidence.value(QLatin1String("keys_with_two_bodies")).toInt(-1), 0);
        const QJsonObject keys = evidence.value(QLatin1String("idempotency_keys")).toObject();
        for (auto it = keys.begin(); it != keys.end(); ++it) {
            EXPECT_EQ(it.value().toInt(), 1) << "key " << it.key().toStdString();
        }

        outbox::Outbox outbox(m_outboxDir.path(), cli::CliApp::connectionIdFor(QUrl(m_baseUrl)),
                              *SystemClock::instance());
        ASSERT_TRUE(outbox.isOpen()) << outbox.report().message.toStdString();
        const QList<outbox::RunRecord> runs = outbox.runs();
        ASSERT_EQ(runs.size(), 1) << "resumed, not started again";
        EXPECT_EQ(runs.first().state, outbox::RunState::Finished);
        EXPECT_EQ(runs.first().total, kValidations);
        EXPECT_EQ(runs.first().applied + runs.first().replayed, kValidations);
        EXPECT_TRUE(outbox.unfinishedRuns().isEmpty());
    }

    crash::SandboxProcess m_sandbox;
    QString m_baseUrl;
    QTemporaryDir m_outboxDir;
    QTemporaryDir m_home;
};

} // namespace

TEST_F(CrashResume, Sigkill_MidRun_RunAgainResumes_EveryValidationAppliedOnce_NoKeyWithTwoBodies) {
    startFaultySandbox();
    const QStringList ids = validationIds();
    ASSERT_EQ(ids.size(), kValidations);
    killMidRun();
    if (HasFatalFailure()) {
        return;
    }

    // Second run, the same command: resumes the interrupted run rather than starting another.
    const Run second = runCli(kBulkPolicy, 45'000);
    EXPECT_EQ(second.status, QProcess::NormalExit);
    EXPECT_EQ(second.exitCode, 0) << second.err.toStdString() << second.out.toStdString();
    const QRegularExpression resumed(QStringLiteral(
        "Resuming the run interrupted on [0-9-]+ [0-9:]+: [0-9,.\\s]+ of 1.?000 done\\."));
    EXPECT_TRUE(resumed.match(second.err).hasMatch()) << second.err.toStdString();
    expectEachAppliedOnce(ids);
}

TEST_F(CrashResume, Sigkill_MidRun_OutboxListsTheRun_OutboxResumeFinishesIt) {
    startFaultySandbox();
    const QStringList ids = validationIds();
    ASSERT_EQ(ids.size(), kValidations);
    killMidRun();
    if (HasFatalFailure()) {
        return;
    }

    const Run listed = runCli({QStringLiteral("outbox")}, 20'000);
    EXPECT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_TRUE(listed.out.contains(QLatin1String("Unfinished bulk runs (1):")))
        << listed.out.toStdString();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("run 1  running  [0-9,.\\s]+ of 1.?000 done"))
                    .match(listed.out)
                    .hasMatch())
        << listed.out.toStdString();

    const Run resumed = runCli({QStringLiteral("outbox"), QStringLiteral("resume"),
                                QStringLiteral("--concurrency"), QStringLiteral("32")},
                               45'000);
    EXPECT_EQ(resumed.exitCode, 0) << resumed.err.toStdString() << resumed.out.toStdString();
    EXPECT_TRUE(resumed.err.contains(QLatin1String("Resuming the run interrupted on")))
        << resumed.err.toStdString();
    expectEachAppliedOnce(ids);

    const Run after = runCli({QStringLiteral("outbox")}, 20'000);
    EXPECT_TRUE(after.out.contains(QLatin1String("Nothing unfinished"))) << after.out.toStdString();
}

TEST_F(CrashResume, DamagedOutbox_IsKeptAsideWithItsBytes_AndTheCliSaysWhere) {
    startSandbox({});
    const QString path =
        QDir(m_outboxDir.path())
            .filePath(outbox::Outbox::fileNameFor(cli::CliApp::connectionIdFor(QUrl(m_baseUrl))));
    QByteArray garbage(64 * 1024, Qt::Uninitialized);
    QRandomGenerator rng(20260101);
    for (char &c : garbage) {
        c = char(rng.bounded(256));
    }
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        ASSERT_EQ(f.write(garbage), garbage.size());
    }

    const Run r = runCli({QStringLiteral("outbox")}, 30'000);
    EXPECT_EQ(r.status, QProcess::NormalExit);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    QString kept;
    for (const QString &name :
         QDir(m_outboxDir.path()).entryList(QStringList{QStringLiteral("*.corrupt-*")})) {
        kept = QDir(m_outboxDir.path()).filePath(name);
    }
    ASSERT_FALSE(kept.isEmpty()) << "no copy kept: " << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(kept)) << "the message names the copy: " << r.err.toStdString();
    QFile copy(kept);
    ASSERT_TRUE(copy.open(QIODevice::ReadOnly));
    EXPECT_EQ(copy.readAll(), garbage) << "the damaged file's bytes, untouched";
    EXPECT_TRUE(r.out.contains(QLatin1String("Nothing unfinished"))) << r.out.toStdString();
    EXPECT_TRUE(outbox::Outbox(m_outboxDir.path(), cli::CliApp::connectionIdFor(QUrl(m_baseUrl)),
                               *SystemClock::instance())
                    .isOpen())
        << "a fresh outbox in its place";
}
