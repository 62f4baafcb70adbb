#include "dashboard/DashboardHarness.h"

#include "models/ForecastFeed.h"

#include "core/FakeClock.h"
#include "core/Random.h"
#include "dashboard/DetailPanel.h"
#include "dashboard/ValidationsScreen.h"
#include "sandbox/SandboxServer.h"
#include "screenshots/HarnessWait.h"
#include "services/ValidationServiceRegistry.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <QVBoxLayout>

namespace rd::ui {

sandbox::SandboxOptions DashboardHarness::smallDataset() {
    sandbox::SandboxOptions o;
    o.datasetSize = 24;
    o.listCount = 0;
    o.wire = sandbox::wireModeFromEnvironment(); // the test suites run against both wires
    return o;
}

DashboardHarness::DashboardHarness(FakeClock &clock, sandbox::SandboxOptions options,
                                   const QString &apiKey, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_jitter(std::make_unique<SeededRandom>(7))
    , m_sandbox(std::make_unique<sandbox::SandboxServer>(clock, options))
    , m_services(std::make_unique<ValidationServiceRegistry>(clock, *m_jitter)) {
    setObjectName(QStringLiteral("dashboardHarness"));
    m_sandbox->listen();
    m_service = m_services->serviceFor({QStringLiteral("harness"), m_sandbox->baseUrl(), apiKey});
    m_screen = new ValidationsScreen(*m_service, QStringLiteral("Sandbox"), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_screen);
}

DashboardHarness::~DashboardHarness() {
    delete m_screen; // it observes the service
    m_screen = nullptr;
}

bool DashboardHarness::waitUntil(const std::function<bool()> &done, int advanceMs, int limit) {
    return waitOnFakeClock(m_clock, done, advanceMs, limit);
}

bool DashboardHarness::waitForRefresh() {
    QCoreApplication::processEvents();
    if (!waitUntil([this] { return serviceSettled(*m_service); })) {
        return false;
    }
    // The forecast's pass runs a slice per turn of the (fake) clock: let it finish, so what is
    // drawn is the forecast of what was loaded, never "Computing forecast…".
    ForecastFeed &feed = m_screen->forecastFeed();
    for (int i = 0; i < 1000 && feed.isActive() && feed.isComputing(); ++i) {
        m_clock.advance(Millis(0));
        QCoreApplication::processEvents();
    }
    return true;
}

bool DashboardHarness::selectAndLoad(const QString &id) {
    m_screen->selectValidation(id);
    return waitUntil([this, id] {
        const auto d = m_screen->detailPanel()->detail();
        return d && d->validation.id == id;
    });
}

} // namespace rd::ui
