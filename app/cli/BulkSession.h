// BulkSession: retrydesk-cli's side of bulk runs — the connection's outbox (the window's file),
// the ValidationService whose writes are journaled in it, and one BulkRun at a time with its
// progress on stderr, its summary, and the exit code of its worst item.
#pragma once

#include "cli/ExitCode.h"
#include "services/BulkRun.h"
#include "services/HostResources.h"

#include <QObject>

#include <functional>
#include <memory>

namespace rd {
class ValidationService;
}
namespace rd::net {
class ApiClient;
}

namespace rd::cli {

class CliApp;

class BulkSession : public QObject {
    Q_OBJECT
public:
    explicit BulkSession(CliApp &app, QObject *parent = nullptr);
    ~BulkSession() override;

    // Opens the connection's outbox in CliApp::outboxDirectory(). A damaged file is moved aside
    // by the outbox: that is said on stderr with the kept copy's path, and the fresh outbox is
    // used. False (and why, on stderr) when no outbox can be written: nothing may go out
    // unrecorded.
    bool open();
    outbox::Outbox &outbox() const { return *m_outbox; }
    // Null on a lists connection: bulk runs change validations only.
    ValidationService *service() const { return m_service.get(); }
    // The client whose writes are journaled in the outbox (single writes of `outbox resume`).
    net::ApiClient &writer() const;

    // Runs run to its end: progress on stderr, Ctrl-C stops it gracefully (requests under way
    // finish, the rest are not sent), then the summary — stdout, or with --json the result list
    // — and done(exit code of the worst item), called from the event loop.
    void start(std::unique_ptr<BulkRun> run, bool resumed, std::function<void(ExitCode)> done);

    // "Resuming the run interrupted on 2024-05-01 10:00:12: 640 of 1,000 done."
    static QString resumeLine(const outbox::Outbox &outbox, const outbox::RunRecord &run);
    // When a run was last seen working: its latest answer or send, else when it was created.
    static QDateTime lastActivity(const outbox::Outbox &outbox, const outbox::RunRecord &run);
    // 3 when an item was refused, 4 when one has no definitive answer (or the run failed), 5 for
    // a refused key; 0 when every item was applied, replayed or skipped.
    static ExitCode exitCodeOf(const BulkRun &run);
    // "640/1,000 · applied 630 · failed 10 · 312/s · ETA 2 s"
    static QString progressLine(const BulkProgress &p);
    // "2 s", "1 min 5 s", "2 h 10 min"
    static QString shortDuration(Millis d);

private:
    void onProgress();
    void onFinished();
    void printSummary();

    CliApp &m_app;
    HostResources m_hosts;
    std::unique_ptr<ValidationService> m_service;
    std::unique_ptr<outbox::Outbox> m_ownOutbox; // a lists connection's (no ValidationService)
    outbox::Outbox *m_outbox = nullptr;
    std::unique_ptr<BulkRun> m_run; // last: destroyed before the service and outbox it uses
    bool m_resumed = false;
    std::function<void(ExitCode)> m_done;
    bool m_terminal = false;
    bool m_lineShown = false; // a \r progress line is on the terminal
    Millis m_lastLine{0};     // monotonic, of the last progress line (not a terminal)
};

} // namespace rd::cli
