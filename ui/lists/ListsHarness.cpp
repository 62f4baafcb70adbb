#include "lists/ListsHarness.h"

#include "core/FakeClock.h"
#include "core/Random.h"
#include "lists/ListsScreen.h"
#include "sandbox/SandboxServer.h"
#include "services/HostResources.h"
#include "services/ListRetryOutcome.h"
#include "services/ListServiceRegistry.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <QVBoxLayout>

namespace rd::ui {

sandbox::SandboxOptions ListsHarness::demoLists() {
    sandbox::SandboxOptions o;
    o.datasetSize = 24;
    o.listCount = 12;
    o.wire = sandbox::wireModeFromEnvironment();
    return o;
}

sandbox::SandboxOptions ListsHarness::noLists() {
    sandbox::SandboxOptions o;
    o.demoDataset = false;
    o.wire = sandbox::wireModeFromEnvironment();
    return o;
}

ListsHarness::ListsHarness(FakeClock &clock, sandbox::SandboxOptions options, const QString &apiKey,
                           QWidget *parent, const QString &outboxDirectory)
    : QWidget(parent)
    , m_clock(clock)
    , m_jitter(std::make_unique<SeededRandom>(7))
    , m_hosts(std::make_unique<HostResources>(clock))
    , m_sandbox(std::make_unique<sandbox::SandboxServer>(clock, options))
    , m_services(std::make_unique<ListServiceRegistry>(clock, *m_jitter, *m_hosts)) {
    setObjectName(QStringLiteral("listsHarness"));
    m_sandbox->listen();
    m_services->setOutboxDirectory(outboxDirectory);
    m_service = m_services->serviceFor({QStringLiteral("harness"), m_sandbox->baseUrl(), apiKey});
    connect(m_service, &ListService::pollFinished, this, [this] { ++m_pollsFinished; });
    m_screen = new ListsScreen(*m_service, QStringLiteral("Sandbox lists"), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_screen);
}

ListsHarness::~ListsHarness() {
    delete m_screen; // it observes the service
    m_screen = nullptr;
}

bool ListsHarness::waitUntil(const std::function<bool()> &done, int advanceMs, int limit) {
    for (int i = 0; i < limit && !done(); ++i) {
        if (advanceMs > 0) {
            m_clock.advance(Millis(advanceMs));
            // A short real wait: loopback I/O gets its turn before the fake clock moves again.
            QEventLoop loop;
            QTimer::singleShot(2, &loop, &QEventLoop::quit);
            loop.exec();
        } else {
            // Loopback I/O always produces the next event (the screen's 1 s ticker bounds the
            // wait); nothing here waits on the clock.
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        }
    }
    return done();
}

bool ListsHarness::waitForRefresh() {
    QCoreApplication::processEvents();
    return waitUntil([this] { return !m_service->isRefreshing(); });
}

bool ListsHarness::runScheduledPoll() {
    if (!m_service->isPollScheduled()) {
        return false;
    }
    const int before = m_pollsFinished;
    m_clock.advance(m_service->pollDelay());
    return waitUntil([this, before] { return m_pollsFinished > before; });
}

bool ListsHarness::retryThroughScreen(const QString &id) {
    m_screen->selectList(id);
    if (m_service->refusalFor(id)) {
        m_screen->retrySelected(); // refused locally: the reason is shown, nothing is sent
        return false;
    }
    bool finished = false;
    const auto c = connect(m_screen, &ListsScreen::retryFinished, this,
                           [&finished](const ListRetryOutcome &) { finished = true; });
    m_screen->setConfirm([](ListRetryConfirmDialog &) { return true; });
    m_screen->retrySelected();
    const bool ok = waitUntil([&finished] { return finished; }, 0, 2000);
    disconnect(c);
    return ok;
}

} // namespace rd::ui
