// DashboardHarness: a validations screen on the embedded sandbox over loopback, on a FakeClock —
// what the UI tests and the screenshot catalog drive (the real widgets against the
// sandbox), and what the demo would show, without a keychain or a main window.
#pragma once

#include "sandbox/SandboxOptions.h"

#include <QWidget>
#include <functional>
#include <memory>

namespace rd {
class FakeClock;
class SeededRandom;
class ValidationServiceRegistry;
class ValidationService;
namespace sandbox {
class SandboxServer;
}
} // namespace rd

namespace rd::ui {

class ValidationsScreen;

class DashboardHarness : public QWidget {
    Q_OBJECT
public:
    explicit DashboardHarness(FakeClock &clock, sandbox::SandboxOptions options = smallDataset(),
                              const QString &apiKey = QLatin1String(sandbox::kDemoUpdateKey),
                              QWidget *parent = nullptr);
    ~DashboardHarness() override;

    static sandbox::SandboxOptions smallDataset(); // fixtures + 24 seeded validations

    sandbox::SandboxServer &sandbox() const { return *m_sandbox; }
    ValidationService &service() const { return *m_service; }
    ValidationsScreen &screen() const { return *m_screen; }

    // Processes events (real loopback I/O) until done() is true; false after `limit` rounds.
    // advanceMs > 0 also moves the fake clock by that much each round (backoff waits).
    bool waitUntil(const std::function<bool()> &done, int advanceMs = 0, int limit = 20000);
    bool waitForRefresh();                 // the current (or the first) refresh has finished
    bool selectAndLoad(const QString &id); // selects a row and waits for its detail

private:
    FakeClock &m_clock;
    std::unique_ptr<SeededRandom> m_jitter;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<ValidationServiceRegistry> m_services;
    ValidationService *m_service = nullptr;
    ValidationsScreen *m_screen = nullptr;
};

} // namespace rd::ui
