// What bench_app runs beside itself: the sandbox server in a process of its own (so the window's
// resident memory and CPU time never include the server's), the CLI reading the same pages, the
// cold starts of retrydesk and of a bare window, and a plain HTTP walk over the pages that counts
// what the server holds.
#pragma once

#include <QProcess>
#include <QString>
#include <QUrl>

#include <memory>

namespace rd::bench::app {

// A field of /proc/<pid>/status in kB (VmRSS, VmHWM); "self" for this process; -1 when unknown.
qint64 procStatusKb(const QString &pid, const char *field);

// retrydesk-sandbox on a free loopback port (--port 0; the port is read from the line it prints
// once listening), with `datasetSize` seeded validations besides the fixtures.
class SandboxProcess {
public:
    SandboxProcess(QString program, int datasetSize, bool rateLimitOff);
    ~SandboxProcess();
    // Starts it and waits until it listens (generating a million validations takes seconds).
    bool start(QString *error);
    QUrl url() const { return m_url; }
    double startSeconds() const { return m_startSeconds; }
    qint64 residentKb() const;
    void stop();

private:
    QString m_program;
    int m_datasetSize;
    bool m_rateLimitOff;
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
    double m_startSeconds = 0;
};

// A child's environment with its own temporary XDG folders and single-instance name, so nothing
// it saves (settings, logs, outbox) touches the user's and no running RetryDesk answers for it.
QProcessEnvironment isolatedEnvironment(const QString &root, const QString &instanceName);

struct TimedRun {
    bool ok = false;
    double seconds = 0;
    QString message; // why not ok (exit code, stderr)
};
// `retrydesk-cli --base-url URL validations list --all --limit pageSize --json > /dev/null`.
TimedRun timeCliList(const QString &cli, const QUrl &url, const QString &key, int pageSize);

struct StartupRun {
    bool ok = false;
    double ms = 0;           // process spawn → the StartupProbe line on its stdout
    qint64 rssKb = -1;       // what the child printed as "rss_kb N" (the bare window), else -1
    qint64 probedRssKb = -1; // its VmRSS read from /proc as its line arrived (best effort)
    QString message;
};
// Starts program with RETRYDESK_STARTUP_PROBE=1 in an isolated environment and times its first
// painted frame.
StartupRun timeStartup(const QString &program);

struct PageWalk {
    bool ok = false;
    int items = 0;
    int pages = 0;
    double seconds = 0;
    QString message;
};
// GET /v1/validations page after page with a plain QNetworkAccessManager, counting items without
// decoding them: the server's count for that key, and the wire's own time (a floor).
PageWalk walkPages(const QUrl &url, const QString &key, int pageSize);
// The same walk in a child process (this program with --walk): the measured process never holds
// the walk's buffers or network thread.
PageWalk walkPagesInChild(const QUrl &url, const QString &key, int pageSize);
// The child's side: walks and prints "walk <items> <pages> <seconds>"; the exit code says ok.
int runWalkChild(const QStringList &arguments);

} // namespace rd::bench::app
