// CliTestSupport: runs the real retrydesk-cli against an in-process sandbox (FakeClock) while
// the event loop keeps serving it — QProcess signals + QEventLoop, never waitForFinished().
#pragma once

#include "core/FakeClock.h"
#include "sandbox/SandboxServer.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

namespace rd::cli::test {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
    bool timedOut = false;
};

class CliTest : public ::testing::Test {
protected:
    void SetUp() override;
    // The sandbox's options before it starts (rate limit off, wire from the environment).
    virtual void configure(sandbox::SandboxOptions &) {}

    // Runs retrydesk-cli --base-url <sandbox> args… with RETRYDESK_API_KEY = key. onOutput is
    // called with the stdout received so far each time more arrives.
    CliRun run(const QStringList &args, const QString &key = QLatin1String(sandbox::kDemoUpdateKey),
               const std::function<void(const QString &)> &onOutput = {});
    // Without --base-url and with no key: for --profile, --help and usage errors.
    CliRun runRaw(const QStringList &args, const QProcessEnvironment &env);
    QProcessEnvironment baseEnvironment() const;

    FakeClock m_clock;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    QTemporaryDir m_config; // XDG_CONFIG_HOME: never the user's real settings
    QTemporaryDir m_data;   // RETRYDESK_OUTBOX_DIR and XDG_DATA_HOME: never the user's outbox
    QList<std::pair<QString, QString>> m_extraEnv; // added to every run's environment
    double m_timeScale = 50; // RETRYDESK_CLI_TIME_SCALE: backoff 500 ms → 10 ms
    // Called by run() with the process and the stderr received so far, each time more arrives.
    std::function<void(QProcess &, const QString &)> m_onError;
};

} // namespace rd::cli::test
