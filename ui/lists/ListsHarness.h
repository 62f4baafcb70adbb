// ListsHarness: a lists screen on the embedded sandbox over loopback, on a FakeClock — what the
// lists UI tests and the screenshot catalog drive (the real widgets against the
// sandbox, seed 000's lists), without a keychain or a main window.
#pragma once

#include "sandbox/SandboxOptions.h"

#include <QWidget>
#include <functional>
#include <memory>

namespace rd {
class FakeClock;
class HostResources;
class SeededRandom;
class ListServiceRegistry;
class ListService;
namespace sandbox {
class SandboxServer;
}
} // namespace rd

namespace rd::ui {

class ListsScreen;

class ListsHarness : public QWidget {
    Q_OBJECT
public:
    explicit ListsHarness(FakeClock &clock, sandbox::SandboxOptions options = demoLists(),
                          const QString &apiKey = QLatin1String(sandbox::kDemoListsKey),
                          QWidget *parent = nullptr, const QString &outboxDirectory = {});
    ~ListsHarness() override;

    // The demo's lists (DemoData: Completed, Failed, In Progress, Queued and 8 seeded ones) and a
    // few validations; the wire mode from the environment (the suites run against both wires).
    static sandbox::SandboxOptions demoLists();
    // A sandbox that holds no lists at all (tests insert their own).
    static sandbox::SandboxOptions noLists();

    sandbox::SandboxServer &sandbox() const { return *m_sandbox; }
    ListService &service() const { return *m_service; }
    ListsScreen &screen() const { return *m_screen; }
    HostResources &hosts() const { return *m_hosts; }

    // Processes events (real loopback I/O) until done() is true; false after `limit` rounds.
    // advanceMs > 0 also moves the fake clock by that much each round (backoff waits).
    bool waitUntil(const std::function<bool()> &done, int advanceMs = 0, int limit = 20000);
    bool waitForRefresh(); // the current (or the first) listing has been read
    // Moves the fake clock to the scheduled status poll and waits until that poll has finished.
    bool runScheduledPoll();
    // Selects `id` and retries it through the screen, the confirmation answered yes; waits for
    // the outcome. False when no outcome came (a local refusal shows no dialog and no outcome).
    bool retryThroughScreen(const QString &id);

private:
    FakeClock &m_clock;
    std::unique_ptr<SeededRandom> m_jitter;
    std::unique_ptr<HostResources> m_hosts;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<ListServiceRegistry> m_services;
    ListService *m_service = nullptr;
    ListsScreen *m_screen = nullptr;
    int m_pollsFinished = 0;
};

} // namespace rd::ui
