// BulkHarness: a validations screen whose connection has an outbox, on the embedded sandbox over
// loopback and a FakeClock — what the bulk UI tests and the screenshot catalog drive (the real
// dry run, progress window, result list, activity log and resume banner, without a main window).
#pragma once

#include "sandbox/SandboxOptions.h"
#include "services/BulkAction.h"

#include <QWidget>
#include <functional>
#include <memory>

class QTemporaryDir;

namespace rd {
class BulkRun;
class FakeClock;
class SeededRandom;
class ValidationServiceRegistry;
class ValidationService;
namespace sandbox {
class SandboxServer;
}
} // namespace rd

namespace rd::ui {

class BulkController;
class BulkRunHost;
class ValidationsScreen;

class BulkHarness : public QWidget {
    Q_OBJECT
public:
    static constexpr auto kConnectionId = "harness";

    // The outbox lives in a temporary folder of its own; prepare(folder), when given, runs before
    // the connection opens it (to leave an unfinished run there, or a damaged file). Then the
    // screen checks the outbox as the window does when a connection opens.
    using Prepare = std::function<void(const QString &outboxDirectory)>;
    explicit BulkHarness(FakeClock &clock, sandbox::SandboxOptions options = smallDataset(),
                         const Prepare &prepare = {}, QWidget *parent = nullptr);
    ~BulkHarness() override;

    static sandbox::SandboxOptions smallDataset(); // fixtures + 24 seeded validations

    sandbox::SandboxServer &sandbox() const { return *m_sandbox; }
    ValidationService &service() const { return *m_service; }
    ValidationsScreen &screen() const { return *m_screen; }
    BulkController &bulk() const;
    BulkRunHost &host() const { return *m_host; }
    QString outboxDirectory() const { return m_outboxDirectory; }

    // Processes events (real loopback I/O) until done() is true; false after `limit` rounds.
    // advanceMs > 0 also moves the fake clock by that much each round.
    bool waitUntil(const std::function<bool()> &done, int advanceMs = 0, int limit = 20000);
    bool waitForRefresh(); // the first refresh, the account and any sync have finished
    // Waits until run has ended, moving the fake clock 100 ms a round (rate-limit and speed-limit
    // waits, the coalesced progress).
    bool waitForEnd(BulkRun &run, int limit = 4000);
    // Runs run to its end the same way every time (the screenshot catalog): real I/O until no
    // attempt is in flight, then the fake clock straight to its next timer, and again — so
    // backoffs, coalesced updates and request ids never depend on how fast loopback answered.
    bool driveToEnd(BulkRun &run, int limit = 20000);
    // Processes events until done() (a few real milliseconds a round, so a wait on the fake
    // clock fails instead of hanging); with clock, also moves it 100 ms a round.
    static bool waitFor(const std::function<bool()> &done, FakeClock *clock = nullptr,
                        int limit = 4000);
    // Selects these rows of the table (those present), replacing the selection.
    void selectIds(const QStringList &ids);

    // A crash half-way through a bulk run, as the next start finds it: an outbox in directory
    // with a run over ids (fixed keys "00000000-0000-4000-8000-0000000000NN"), the first `sent`
    // of them claimed as if their bytes had left, nothing answered. Returns the run id.
    static qint64 journalUnfinishedRun(const QString &directory, FakeClock &clock,
                                       const BulkAction &action, const QStringList &ids, int sent,
                                       const QString &connectionId = QLatin1String(kConnectionId));

private:
    FakeClock &m_clock;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_outboxDirectory;
    std::unique_ptr<SeededRandom> m_jitter;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<ValidationServiceRegistry> m_services;
    std::unique_ptr<BulkRunHost> m_host; // after the services: deleted before them
    ValidationService *m_service = nullptr;
    ValidationsScreen *m_screen = nullptr;
};

} // namespace rd::ui
