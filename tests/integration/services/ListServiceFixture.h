// ListServiceFixture: a ListService against the sandbox over loopback TCP, both driven by one
// FakeClock (the sandbox optionally on a ScaledClock over it, as `--time-scale` runs it).
#pragma once

#include "core/FakeClock.h"
#include "core/Random.h"
#include "models/ListTableModel.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/ScaledClock.h"
#include "services/HostResources.h"
#include "services/ListService.h"
#include "services/ListServiceRegistry.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

namespace rd::test {

class ListServiceFixture : public ::testing::Test {
protected:
    // Lists the tests insert themselves (no demo data), unless a test says otherwise.
    virtual sandbox::SandboxOptions options() const {
        sandbox::SandboxOptions o;
        o.wire = sandbox::wireModeFromEnvironment();
        o.demoDataset = false;
        o.adminEnabled = true;
        return o;
    }
    // Server time runs `timeScale` times faster than the client's (1: the same clock).
    void startServer(double timeScale = 1.0) {
        Clock *serverClock = &m_clock;
        if (timeScale != 1.0) {
            m_scaled = std::make_unique<sandbox::ScaledClock>(m_clock, timeScale);
            serverClock = m_scaled.get();
        }
        m_server = std::make_unique<sandbox::SandboxServer>(*serverClock, options());
        ASSERT_TRUE(m_server->listen());
        QObject::connect(
            m_server.get(), &sandbox::SandboxServer::requestHandled, m_server.get(),
            [this](const QString &method, const QString &path, int status, const QString &) {
                m_requests.append({method, path, status, m_clock.monotonicNow()});
            });
        m_registry = std::make_unique<ListServiceRegistry>(m_clock, m_jitter, m_hosts);
        m_service = m_registry->serviceFor(
            {QStringLiteral("lists"), m_server->baseUrl(), QLatin1String(sandbox::kDemoListsKey)});
    }
    void SetUp() override { startServer(); }

    BulkList insertList(const QString &id, BulkList::Status status, int total, int processed = 0,
                        const QString &retryOf = {}) {
        BulkList l;
        l.id = id;
        l.name = QStringLiteral("Leads ") + id;
        l.status = status;
        l.total = total;
        l.processed = processed;
        l.valid = processed * 7 / 10;
        l.invalid = processed * 2 / 10;
        l.unknown = processed - l.valid - l.invalid;
        l.createdAt = m_server->serverNow().addSecs(-3600);
        l.updatedAt = m_server->serverNow().addSecs(-60);
        l.retryOf = retryOf;
        m_server->insertList(l);
        return l;
    }

    // Serves loopback I/O for a few real milliseconds; the fake clock does not move.
    static void pump(int ms = 2) {
        QEventLoop io;
        QTimer::singleShot(ms, &io, &QEventLoop::quit);
        io.exec();
    }
    // Serves I/O without moving the fake clock until done (5 s of real time at most: a safety
    // net for a broken build, never a wait a test relies on).
    static bool settle(const std::function<bool()> &done) {
        QElapsedTimer t;
        t.start();
        while (!done() && t.elapsed() < 5000) {
            pump();
        }
        return done();
    }
    // Moves the fake clock on in steps while serving I/O (backoff waits run on it).
    bool waitUntil(const std::function<bool()> &done, Millis step = Millis(50),
                   int maxSteps = 4000) {
        for (int i = 0; i < maxSteps && !done(); ++i) {
            m_clock.advance(step);
            pump();
        }
        return done();
    }
    bool refreshAndWait() {
        QSignalSpy finished(m_service, &ListService::refreshFinished);
        m_service->refresh();
        if (!settle([&] { return finished.count() > 0; })) {
            return false;
        }
        return finished.first().at(0).toBool();
    }
    // retry() and the outcome its done callback got (waiting with the clock moving).
    ListRetryOutcome retryAndWait(const QString &listId) {
        std::optional<ListRetryOutcome> got;
        m_service->retry(listId, [&got](const ListRetryOutcome &o) { got = o; });
        EXPECT_TRUE(waitUntil([&] { return got.has_value(); })) << "no outcome";
        return got.value_or(ListRetryOutcome{});
    }
    int count(const QString &method, const QString &pathPart) const {
        int n = 0;
        for (const Request &r : m_requests) {
            n += r.method == method && r.path.contains(pathPart);
        }
        return n;
    }
    bool seedsOnly() const { return m_server->options().wire == sandbox::WireMode::SeedsOnly; }

    struct Request {
        QString method;
        QString path;
        int status = 0;
        Millis at{0}; // the client's monotonic clock when the server handled it
    };

    FakeClock m_clock{QDateTime::fromMSecsSinceEpoch(1767268800000, Qt::UTC)};
    SeededRandom m_jitter{7};
    HostResources m_hosts{m_clock};
    std::unique_ptr<sandbox::ScaledClock> m_scaled;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<ListServiceRegistry> m_registry;
    ListService *m_service = nullptr;
    QList<Request> m_requests;
};

} // namespace rd::test
