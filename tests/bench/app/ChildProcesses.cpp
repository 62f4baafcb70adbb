#include "ChildProcesses.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QUuid>

#include <cstdio>

namespace rd::bench::app {

qint64 procStatusKb(const QString &pid, const char *field) {
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray name = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(name)) {
            return line.mid(name.size()).trimmed().split(' ').first().toLongLong();
        }
    }
    return -1;
}

SandboxProcess::SandboxProcess(QString program, int datasetSize, bool rateLimitOff)
    : m_program(std::move(program))
    , m_datasetSize(datasetSize)
    , m_rateLimitOff(rateLimitOff) {}

SandboxProcess::~SandboxProcess() {
    stop();
}

bool SandboxProcess::start(QString *error) {
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    QStringList args{QStringLiteral("--port"),         QStringLiteral("0"),
                     QStringLiteral("--dataset-size"), QString::number(m_datasetSize),
                     QStringLiteral("--wire"),         QStringLiteral("full"),
                     QStringLiteral("--quiet")};
    if (m_rateLimitOff) {
        args << QStringLiteral("--rate-limit") << QStringLiteral("0");
    }
    QElapsedTimer clock;
    clock.start();
    m_process->start(m_program, args);
    if (!m_process->waitForStarted(10'000)) {
        *error = QStringLiteral("%1 did not start: %2").arg(m_program, m_process->errorString());
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("listening on (http://\\S+:\\d+)"));
    QByteArray seen;
    while (clock.elapsed() < 300'000) {
        if (!m_process->waitForReadyRead(1000) && m_process->state() != QProcess::Running) {
            break;
        }
        seen += m_process->readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(seen));
        if (match.hasMatch()) {
            m_url = QUrl(match.captured(1));
            m_startSeconds = double(clock.nsecsElapsed()) / 1e9;
            return true;
        }
    }
    *error =
        QStringLiteral("the sandbox never said it was listening: %1 %2")
            .arg(QString::fromUtf8(seen), QString::fromUtf8(m_process->readAllStandardError()));
    stop();
    return false;
}

qint64 SandboxProcess::residentKb() const {
    return m_process ? procStatusKb(QString::number(m_process->processId()), "VmRSS") : -1;
}

void SandboxProcess::stop() {
    if (!m_process) {
        return;
    }
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

QProcessEnvironment isolatedEnvironment(const QString &root, const QString &instanceName) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), root + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), root + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), root + QStringLiteral("/cache"));
    env.insert(QStringLiteral("RETRYDESK_INSTANCE_NAME"), instanceName);
    env.remove(QStringLiteral("RETRYDESK_LOG_DIR"));
    env.remove(QStringLiteral("RETRYDESK_OUTBOX_DIR"));
    return env;
}

TimedRun timeCliList(const QString &cli, const QUrl &url, const QString &key, int pageSize) {
    TimedRun run;
    QTemporaryDir root;
    QProcess p;
    QProcessEnvironment env = isolatedEnvironment(
        root.path(), QStringLiteral("bench-cli-") + QUuid::createUuid().toString(QUuid::Id128));
    env.insert(QStringLiteral("RETRYDESK_API_KEY"), key);
    env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    p.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    p.start(cli, {QStringLiteral("--base-url"), url.toString(), QStringLiteral("validations"),
                  QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--limit"),
                  QString::number(pageSize), QStringLiteral("--json")});
    const bool finished = p.waitForFinished(15 * 60 * 1000);
    run.seconds = double(clock.nsecsElapsed()) / 1e9;
    if (!finished) {
        p.kill();
        p.waitForFinished();
        run.message = QStringLiteral("the CLI did not finish within 15 minutes");
        return run;
    }
    run.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!run.ok) {
        run.message = QStringLiteral("exit %1: %2")
                          .arg(p.exitCode())
                          .arg(QString::fromUtf8(p.readAllStandardError().left(2000)));
    }
    return run;
}

StartupRun timeStartup(const QString &program) {
    StartupRun run;
    QTemporaryDir root;
    QProcess p;
    QProcessEnvironment env = isolatedEnvironment(
        root.path(), QStringLiteral("bench-start-") + QUuid::createUuid().toString(QUuid::Id128));
    env.insert(QStringLiteral("RETRYDESK_STARTUP_PROBE"), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    QByteArray out;
    QElapsedTimer clock;
    clock.start();
    p.start(program, {});
    while (!out.contains("startup-probe:") && clock.elapsed() < 60'000) {
        if (!p.waitForReadyRead(1000) && p.state() != QProcess::Running) {
            break;
        }
        out += p.readAllStandardOutput();
    }
    run.ms = double(clock.nsecsElapsed()) / 1e6;
    const bool painted = out.contains("startup-probe:");
    if (painted) { // still running: it quits on the next turn of its event loop
        run.probedRssKb = procStatusKb(QString::number(p.processId()), "VmRSS");
    }
    if (!p.waitForFinished(20'000)) {
        p.kill();
        p.waitForFinished();
    }
    out += p.readAllStandardOutput();
    static const QRegularExpression rss(QStringLiteral("rss_kb (\\d+)"));
    if (const auto m = rss.match(QString::fromUtf8(out)); m.hasMatch()) {
        run.rssKb = m.captured(1).toLongLong();
    }
    run.ok = painted && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!run.ok) {
        run.message = QStringLiteral("%1: exit %2, stdout '%3', stderr '%4'")
                          .arg(program)
                          .arg(p.exitCode())
                          .arg(QString::fromUtf8(out.left(500)),
                               QString::fromUtf8(p.readAllStandardError().left(1000)));
    }
    return run;
}

PageWalk walkPages(const QUrl &url, const QString &key, int pageSize) {
    PageWalk walk;
    QNetworkAccessManager network;
    QElapsedTimer clock;
    clock.start();
    QString cursor;
    static const QRegularExpression nextCursor(QStringLiteral("\"next_cursor\":\"([^\"]+)\""));
    for (;;) {
        QUrl page = url.resolved(QUrl(QStringLiteral("/v1/validations")));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
        if (!cursor.isEmpty()) {
            query.addQueryItem(QStringLiteral("cursor"), cursor);
        }
        page.setQuery(query);
        QNetworkRequest request(page);
        request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
        QNetworkReply *reply = network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError) {
            walk.message = QStringLiteral("page %1: %2").arg(walk.pages).arg(reply->errorString());
            return walk;
        }
        ++walk.pages;
        // Every item has exactly one "id" member; the envelope's ids are request_id/requestId.
        walk.items += int(body.count("\"id\":\""));
        if (!body.contains("\"has_more\":true")) {
            break;
        }
        const auto m = nextCursor.match(QString::fromLatin1(body.right(1000)));
        if (!m.hasMatch()) {
            walk.message = QStringLiteral("page %1 has more but no next_cursor").arg(walk.pages);
            return walk;
        }
        cursor = m.captured(1);
    }
    walk.seconds = double(clock.nsecsElapsed()) / 1e9;
    walk.ok = true;
    return walk;
}

PageWalk walkPagesInChild(const QUrl &url, const QString &key, int pageSize) {
    PageWalk walk;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RETRYDESK_API_KEY"), key);
    p.setProcessEnvironment(env);
    p.start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("--walk"), url.toString(), QString::number(pageSize)});
    if (!p.waitForFinished(15 * 60 * 1000)) {
        p.kill();
        p.waitForFinished();
        walk.message = QStringLiteral("the page walk did not finish");
        return walk;
    }
    static const QRegularExpression line(QStringLiteral("walk (\\d+) (\\d+) ([0-9.]+)"));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const auto m = line.match(out);
    if (p.exitCode() != 0 || !m.hasMatch()) {
        walk.message = out + QString::fromUtf8(p.readAllStandardError());
        return walk;
    }
    walk.items = m.captured(1).toInt();
    walk.pages = m.captured(2).toInt();
    walk.seconds = m.captured(3).toDouble();
    walk.ok = true;
    return walk;
}

int runWalkChild(const QStringList &arguments) {
    const int at = int(arguments.indexOf(QStringLiteral("--walk")));
    if (at < 0 || at + 2 >= arguments.size()) {
        return 2;
    }
    const PageWalk walk =
        walkPages(QUrl(arguments.at(at + 1)), qEnvironmentVariable("RETRYDESK_API_KEY"),
                  arguments.at(at + 2).toInt());
    if (!walk.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(walk.message));
        return 1;
    }
    std::printf("walk %d %d %.3f\n", walk.items, walk.pages, walk.seconds);
    return 0;
}

} // namespace rd::bench::app
