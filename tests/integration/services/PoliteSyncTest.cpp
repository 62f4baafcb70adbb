// Background sync is a guest in the key's rate limit: against the sandbox at 60 requests a minute
// with 20,000 validations (200 of them pending), five fake minutes of default auto-refresh spend at
// most half of each window, keep the table right, and a user's write made when the window is
// nearly spent goes out at once.
#include "core/FakeClock.h"
#include "core/Random.h"
#include "models/ValidationTableModel.h"
#include "net/ApiClient.h"
#include "net/RateLimitTracker.h"
#include "sandbox/SandboxServer.h"
#include "services/ValidationService.h"
#include "services/ValidationServiceRegistry.h"

#include <QEventLoop>
#include <QMap>
#include <QSignalSpy>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

using namespace rd;

namespace {

constexpr int kValidations = 20'000;
constexpr int kPending = 200;
constexpr int kLimit = 60;

class PoliteSync : public ::testing::Test {
protected:
    void SetUp() override {
        sandbox::SandboxOptions options;
        options.wire = sandbox::wireModeFromEnvironment();
        options.demoDataset = false;
        options.rateLimit = kLimit;
        options.rateLimitWindowSeconds = 60;
        options.maxPendingPerUser = kPending * 2;
        m_server = std::make_unique<sandbox::SandboxServer>(m_clock, options);
        ASSERT_TRUE(m_server->listen());
        const QDateTime now = m_clock.utcNow();
        for (int i = 0; i < kValidations; ++i) {
            Validation v;
            v.id = QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
            v.trackingKey = QStringLiteral("MBAN%1").arg(i, 10, 10, QLatin1Char('0'));
            v.amountCents = 1000 + i;
            v.senderBank = QStringLiteral("BANAMEX");
            v.receiverBank = QStringLiteral("BBVA MEXICO");
            v.paymentDate = now.date();
            v.outcome = Outcome::NotFound;
            v.source = Source::Api;
            v.createdAt = now.addSecs(-3600 - i);
            v.updatedAt = v.createdAt;
            if (i < kPending) {
                // Cycles of 5-minute retries whose next attempts fall across the five minutes.
                RetryState s;
                s.enabled = true;
                s.maxRetries = 3;
                s.intervalSeconds = 300;
                s.outcomes = QList<Outcome>{Outcome::NotFound};
                s.attemptsCompleted = i % 3;
                s.nextAttemptAt = now.addSecs(30 + (i * 300) / kPending);
                s.terminalState = TerminalState::Pending;
                v.retryState = s;
            }
            m_server->insertValidation(v);
        }
        QObject::connect(m_server.get(), &sandbox::SandboxServer::requestHandled, m_server.get(),
                         [this](const QString &method, const QString &path, int status,
                                const QString &) {
                             const qint64 s = m_clock.utcNow().toSecsSinceEpoch();
                             ++m_perWindow[s - s % 60]; // the sandbox's windows (RateLimiter)
                             m_429s += status == 429;
                             m_log.append(method + u' ' + path);
                         });
        m_registry = std::make_unique<ValidationServiceRegistry>(m_clock, m_jitter);
        m_service = m_registry->serviceFor(
            {QStringLiteral("polite"), m_server->baseUrl(), QLatin1String(sandbox::kDemoUpdateKey)});
    }

    // Serves loopback I/O while the fake clock moves on in steps.
    void runFor(Millis span, Millis step = Millis(100)) {
        for (Millis t(0); t < span; t += step) {
            m_clock.advance(step);
            pump();
        }
    }
    void pump(int ms = 2) {
        QEventLoop io;
        QTimer::singleShot(ms, &io, &QEventLoop::quit);
        io.exec();
    }
    bool waitUntil(const std::function<bool()> &done) {
        for (int i = 0; i < 3000 && !done(); ++i) {
            m_clock.advance(Millis(100));
            pump();
        }
        return done();
    }

    FakeClock m_clock{QDateTime::fromMSecsSinceEpoch(1767268800000, Qt::UTC)}; // :00 of a minute
    SeededRandom m_jitter{5};
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<ValidationServiceRegistry> m_registry;
    ValidationService *m_service = nullptr;
    QMap<qint64, int> m_perWindow;
    int m_429s = 0;
    QStringList m_log;
    QObject m_viewer;
};

TEST_F(PoliteSync, FiveMinutesOfAutoRefresh_SpendAtMostHalfOfEachWindow_AndKeepTheTableRight) {
    m_service->watch(&m_viewer); // the first full load, as opening the screen does
    ASSERT_TRUE(waitUntil([&] { return !m_service->isRefreshing(); }));
    ASSERT_EQ(m_service->model().totalCount(), kValidations);
    ASSERT_EQ(m_service->pollInterval(), PollInterval::FifteenSeconds) << "the default";

    // Start counting at the next window, with the load behind us.
    const qint64 loadEnd = m_clock.utcNow().toSecsSinceEpoch();
    runFor(Millis((60 - loadEnd % 60) * 1000));
    m_perWindow.clear();
    const QStringList wasPending = [&] {
        QStringList ids;
        for (int i = 0; i < kPending; ++i) {
            ids << QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
        }
        return ids;
    }();

    // Five fake minutes; the window's countdown ticker also reports rows as they come due.
    for (int second = 0; second < 300; ++second) {
        if (second % 10 == 0) {
            m_service->refreshWhenDue({wasPending.at(second % kPending)});
        }
        runFor(Millis(1000));
    }
    // Into a fresh window, then one more sync with the clock held still (so the server's
    // scheduler changes nothing meanwhile): the table must then agree with the server. "Fresh" as
    // the client sees it: it dates the window's reset by the Date header, whole seconds
    // (ValidationService::kSkewResolution), so it may think the old window lasts up to a second
    // longer — it waits rather than risk a 429. 1.2 s in, both agree.
    const qint64 s = m_clock.utcNow().toSecsSinceEpoch();
    runFor(Millis((60 - s % 60) * 1000 + 1200));
    ASSERT_TRUE(waitUntil([&] { return !m_service->isSyncing(); }));
    m_service->sync();
    for (int k = 0; k < 5000 && m_service->isSyncing(); ++k) {
        pump(1);
    }
    ASSERT_FALSE(m_service->isSyncing());

    EXPECT_EQ(m_429s, 0);
    int total = 0;
    for (auto it = m_perWindow.cbegin(); it != m_perWindow.cend(); ++it) {
        EXPECT_LE(it.value(), kLimit / 2) << "window starting at " << it.key();
        total += it.value();
    }
    EXPECT_GT(total, 5 * 8) << "the poll still ran every 15 s";

    // Every cycle that ended on the server reads so in the table.
    int ended = 0;
    for (const QString &id : wasPending) {
        const auto onServer = m_server->validation(id);
        ASSERT_TRUE(onServer);
        const bool serverPending = onServer->retryState && onServer->retryState->isActive();
        const int row = m_service->model().rowForId(id);
        ASSERT_GE(row, 0);
        const auto inTable = m_service->model().validationAt(row);
        ASSERT_TRUE(inTable);
        EXPECT_EQ(inTable->retryState && inTable->retryState->isActive(), serverPending)
            << id.toStdString();
        ended += !serverPending;
    }
    EXPECT_GT(ended, 0) << "the scheduler ended some cycles during the five minutes";
}

TEST_F(PoliteSync, AUsersWrite_WhenTheWindowIsNearlySpent_GoesOutAtOnce) {
    m_service->watch(&m_viewer);
    ASSERT_TRUE(waitUntil([&] { return !m_service->isRefreshing(); }));
    // Start of a fresh window, then the user spends it down to the last request (detail views).
    const qint64 s = m_clock.utcNow().toSecsSinceEpoch();
    runFor(Millis((60 - s % 60) * 1000 + 500));
    net::RateLimitTracker &limits = m_service->client().rateLimits();
    const QString host = m_service->client().hostKey();
    for (int i = 0; i < kLimit; ++i) {
        const auto left = limits.remaining(host);
        if (left && *left <= 1) {
            break;
        }
        bool done = false;
        m_service->loadDetail(QStringLiteral("00000000-0000-4000-8000-%1")
                                  .arg(kPending + i, 12, 10, QLatin1Char('0')),
                              [&](const auto &) { done = true; });
        for (int k = 0; k < 500 && !done; ++k) {
            pump(1); // no fake time passes: all within this window
        }
        ASSERT_TRUE(done);
    }
    ASSERT_EQ(limits.remaining(host), 1);
    // Background work wants to go now too (a sync and some rows); it must wait for the next
    // window, and the user's write goes first, at once.
    m_service->sync();
    m_service->refreshRows({QStringLiteral("00000000-0000-4000-8000-000000000001")});
    m_log.clear();
    bool saved = false;
    RetryPolicy p;
    p.enabled = true;
    p.maxRetries = 2;
    p.intervalSeconds = 600;
    p.outcomes = QList<Outcome>{Outcome::NotFound};
    m_service->setPolicy(QStringLiteral("00000000-0000-4000-8000-000000000300"), p,
                         [&](const WriteOutcome &o) { saved = o.applied(); });
    for (int k = 0; k < 500 && !saved; ++k) {
        pump(1); // still no fake time: "at once"
    }
    EXPECT_TRUE(saved);
    ASSERT_FALSE(m_log.isEmpty());
    EXPECT_EQ(m_log.first().toStdString(),
              "PUT /v1/validations/00000000-0000-4000-8000-000000000300/retry-policy")
        << "nothing in the background went ahead of it";
    EXPECT_EQ(m_log.size(), 1) << m_log.join(u',').toStdString();
    EXPECT_EQ(m_429s, 0);
}

} // namespace
