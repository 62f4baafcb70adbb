#include "CliTestSupport.h"

#include <QEventLoop>
#include <QProcess>
#include <QTimer>

namespace rd::cli::test {

void CliTest::SetUp() {
    ASSERT_TRUE(m_config.isValid());
    ASSERT_TRUE(m_data.isValid());
    sandbox::SandboxOptions options;
    options.rateLimit = 0;
    options.wire = sandbox::wireModeFromEnvironment();
    configure(options);
    m_server = std::make_unique<sandbox::SandboxServer>(m_clock, options);
    ASSERT_TRUE(m_server->listen());
}

QProcessEnvironment CliTest::baseEnvironment() const {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("RETRYDESK_API_KEY"));
    env.insert(QStringLiteral("RETRYDESK_CLI_TIME_SCALE"), QString::number(m_timeScale));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_data.path());
    env.insert(QStringLiteral("RETRYDESK_OUTBOX_DIR"), m_data.filePath(QStringLiteral("outbox")));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false"));
    env.remove(QStringLiteral("RETRYDESK_COLOR"));
    env.remove(QStringLiteral("NO_COLOR"));
    for (const auto &[name, value] : m_extraEnv) {
        env.insert(name, value);
    }
    return env;
}

CliRun CliTest::run(const QStringList &args, const QString &key,
                    const std::function<void(const QString &)> &onOutput) {
    QProcessEnvironment env = baseEnvironment();
    env.insert(QStringLiteral("RETRYDESK_API_KEY"), key);
    QProcess process;
    process.setProcessEnvironment(env);
    CliRun result;
    QEventLoop loop;
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &loop, [&] {
        result.out += QString::fromUtf8(process.readAllStandardOutput());
        if (onOutput) {
            onOutput(result.out);
        }
    });
    QObject::connect(&process, &QProcess::readyReadStandardError, &loop, [&] {
        result.err += QString::fromUtf8(process.readAllStandardError());
        if (m_onError) {
            m_onError(process, result.err);
        }
    });
    QObject::connect(&process, &QProcess::finished, &loop, [&] { loop.quit(); });
    QObject::connect(&process, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            loop.quit();
        }
    });
    // A safety net against a hung CLI, never a wait a test relies on.
    QTimer::singleShot(60'000, &loop, [&] {
        result.timedOut = true;
        process.kill();
    });
    process.start(QStringLiteral(RETRYDESK_CLI_PATH),
                  QStringList{QStringLiteral("--base-url"), m_server->baseUrl().toString()} + args);
    loop.exec();
    result.out += QString::fromUtf8(process.readAllStandardOutput());
    result.err += QString::fromUtf8(process.readAllStandardError());
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

CliRun CliTest::runRaw(const QStringList &args, const QProcessEnvironment &env) {
    QProcess process;
    process.setProcessEnvironment(env);
    CliRun result;
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, [&] { loop.quit(); });
    QTimer::singleShot(60'000, &loop, [&] {
        result.timedOut = true;
        process.kill();
    });
    process.start(QStringLiteral(RETRYDESK_CLI_PATH), args);
    loop.exec();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

} // namespace rd::cli::test
