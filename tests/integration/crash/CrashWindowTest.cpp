// The window killed half-way: the real MainWindow (crash_window_child, offscreen, its own process)
// applies a policy to 1,000 validations of a faulty `retrydesk-sandbox` through "Apply policy to
// all matching…" and the dry run's Start, is SIGKILLed once about 300 were written, then started
// again: its resume banner's Resume finishes the run from the outbox, and every validation ends
// applied exactly once, no key ever sent with two bodies.
#include "core/SystemClock.h"
#include "outbox/Outbox.h"
#include "SandboxProcess.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
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

// One run of crash_window_child; its output collected as it comes.
struct Child {
    QProcess process;
    QString out;
    QString err;

    void start(const QString &mode, const QString &baseUrl, const QString &stateDir) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false"));
        // Nothing of the machine's own configuration (the window reads no keychain here).
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), stateDir);
        env.insert(QStringLiteral("XDG_DATA_HOME"), stateDir);
        process.setProcessEnvironment(env);
        process.setProgram(QStringLiteral(CRASH_WINDOW_CHILD_PATH));
        process.setArguments({mode, baseUrl, stateDir});
        process.start();
    }
    void read() {
        out += QString::fromUtf8(process.readAllStandardOutput());
        err += QString::fromUtf8(process.readAllStandardError());
    }
    bool running() const { return process.state() != QProcess::NotRunning; }
    // The first "<word> …" line's rest, empty while there is none.
    QString line(const QString &word) {
        read();
        const QRegularExpression re(QStringLiteral("^%1 (.*)$").arg(word),
                                    QRegularExpression::MultilineOption);
        const auto m = re.match(out);
        return m.hasMatch() ? m.captured(1).trimmed() : QString();
    }
    std::string dump() {
        read();
        return ("stdout:\n" + out + "\nstderr:\n" + err).toStdString();
    }
};

class CrashWindow : public ::testing::Test {
protected:
    void TearDown() override {
        for (QProcess *p : {&m_first.process, &m_second.process}) {
            if (p->state() != QProcess::NotRunning) {
                p->kill();
                p->waitForFinished(5000);
            }
        }
    }

    // retrydesk-sandbox on a free port, faults only on the writes (the listing stays quick). 8 %
    // of writes fail on the first try, each way a client can meet: 5xx (nothing applied), a
    // reset (nothing applied), applied but the answer lost.
    void startSandbox() {
        const QString error = m_sandbox.start(
            {QStringLiteral("--eligible-validations"), QString::number(kValidations),
             QStringLiteral("--max-pending"), QStringLiteral("100000"), QStringLiteral("--seed"),
             QStringLiteral("11"), QStringLiteral("--fault-path"), QStringLiteral("/retry-policy"),
             QStringLiteral("--fault-500"), QStringLiteral("0.03"), QStringLiteral("--fault-502"),
             QStringLiteral("0.02"), QStringLiteral("--fault-reset"), QStringLiteral("0.01"),
             QStringLiteral("--fault-commit-then-drop"), QStringLiteral("0.02")});
        ASSERT_TRUE(error.isEmpty()) << error.toStdString();
        m_baseUrl = m_sandbox.baseUrl();
    }
    QJsonObject applied() { return m_sandbox.applied(); }
    int writtenCount() { return m_sandbox.writtenCount(); }
    QStringList validationIds() { return m_sandbox.validationIds(kKey); }

    crash::SandboxProcess m_sandbox;
    QString m_baseUrl;
    QTemporaryDir m_state;
    Child m_first;
    Child m_second;
};

} // namespace

TEST_F(CrashWindow, Sigkill_MidBulkRun_RestartResumesFromTheBanner_EachAppliedOnce_NoTwoBodies) {
    ASSERT_TRUE(m_state.isValid());
    startSandbox();
    const QStringList ids = validationIds();
    ASSERT_EQ(ids.size(), kValidations);

    // First run: the user applies a policy to all 1,000; killed once ~300 are written.
    m_first.start(QStringLiteral("start"), m_baseUrl, m_state.path());
    ASSERT_TRUE(m_first.process.waitForStarted(10'000));
    ASSERT_TRUE(waitFor(
        [&] { return !m_first.line(QStringLiteral("STARTED")).isEmpty() || !m_first.running(); },
        60'000))
        << "no STARTED: " << m_first.dump();
    ASSERT_TRUE(m_first.running()) << m_first.dump();
    EXPECT_EQ(m_first.line(QStringLiteral("PLAN")), QStringLiteral("1000 0")) << m_first.dump();
    const QString connectionId = m_first.line(QStringLiteral("CONNECTION"));
    ASSERT_FALSE(connectionId.isEmpty()) << m_first.dump();

    QElapsedTimer clock;
    clock.start();
    int written = 0;
    const bool reached = waitFor(
        [&] {
            written = writtenCount();
            return written >= kKillAfter || !m_first.running();
        },
        60'000);
    ASSERT_TRUE(reached) << "only " << written << " written: " << m_first.dump();
    ASSERT_TRUE(m_first.running()) << "the window ended before the kill: " << m_first.dump();
    ::kill(pid_t(m_first.process.processId()), SIGKILL);
    ASSERT_TRUE(waitFor([&] { return !m_first.running(); }, 10'000));
    EXPECT_EQ(m_first.process.exitStatus(), QProcess::CrashExit) << "died by the signal";
    const int before = writtenCount();
    std::printf("killed %lld ms after STARTED, with %d of %d written\n",
                static_cast<long long>(clock.elapsed()), before, kValidations);
    EXPECT_LT(before, kValidations) << "killed before the end";

    // Second run: the window offers the unfinished run; Resume finishes it.
    clock.restart();
    m_second.start(QStringLiteral("resume"), m_baseUrl, m_state.path());
    ASSERT_TRUE(m_second.process.waitForStarted(10'000));
    ASSERT_TRUE(waitFor([&] { return !m_second.running(); }, 150'000))
        << "the resumed window did not exit: " << m_second.dump();
    m_second.read();
    EXPECT_EQ(m_second.process.exitStatus(), QProcess::NormalExit) << m_second.dump();
    ASSERT_EQ(m_second.process.exitCode(), 0) << m_second.dump();
    EXPECT_EQ(m_second.line(QStringLiteral("CONNECTION")), connectionId);
    EXPECT_TRUE(m_second.line(QStringLiteral("BANNER")).startsWith(QStringLiteral("1 bulk run (")))
        << m_second.dump();
    const QStringList done = m_second.line(QStringLiteral("DONE")).split(u' ');
    ASSERT_EQ(done.size(), 2) << m_second.dump();
    EXPECT_EQ(done[0].toInt() + done[1].toInt(), kValidations) << m_second.dump();
    std::printf("banner: %s\nresumed in %lld ms: %s applied, %s replayed (whole run)\n",
                qPrintable(m_second.line(QStringLiteral("BANNER"))),
                static_cast<long long>(clock.elapsed()), qPrintable(done[0]), qPrintable(done[1]));

    // The server's evidence: each validation written once, no key with two bodies.
    const QJsonObject evidence = applied();
    const QJsonObject resources = evidence.value(QLatin1String("resources")).toObject();
    EXPECT_EQ(resources.size(), kValidations);
    QStringList notOnce;
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

    // The outbox's: one run (resumed, not started again), finished, nothing left unsettled.
    outbox::Outbox outbox(m_state.filePath(QStringLiteral("outbox")), connectionId,
                          *SystemClock::instance());
    ASSERT_TRUE(outbox.isOpen()) << outbox.report().message.toStdString();
    EXPECT_FALSE(outbox.report().recovered) << outbox.report().message.toStdString();
    const QList<outbox::RunRecord> runs = outbox.runs();
    ASSERT_EQ(runs.size(), 1) << "resumed, not started again";
    const outbox::RunRecord &run = runs.first();
    EXPECT_EQ(run.state, outbox::RunState::Finished);
    EXPECT_EQ(run.total, kValidations);
    EXPECT_EQ(run.applied + run.replayed, kValidations);
    EXPECT_EQ(run.queued + run.sending + run.failed + run.unknown + run.rejected + run.dropped, 0);
    EXPECT_TRUE(outbox.unfinishedRuns().isEmpty());
    EXPECT_TRUE(outbox.unsettledSingleWrites().isEmpty());
    int unsettled = 0;
    for (const outbox::WriteRecord &w : outbox.runWrites(run.id)) {
        unsettled += w.unsettled() ? 1 : 0;
    }
    EXPECT_EQ(unsettled, 0);
}
