// The watchlist over a real sync: a watched validation whose cycle the sandbox's scheduler ends
// (resolved, exhausted) or that is cancelled elsewhere gives exactly one cycleEnded, picked up by
// the connection's ordinary poll; the user's own cancel is not news; the list survives a restart.
#include "core/FakeClock.h"
#include "core/Random.h"
#include "models/ValidationTableModel.h"
#include "sandbox/SandboxServer.h"
#include "services/ValidationService.h"
#include "services/ValidationServiceRegistry.h"
#include "services/WatchList.h"

#include <QEventLoop>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>

using namespace rd;

namespace {

class WatchListTest : public ::testing::Test {
protected:
    void start(double resolveProbability) {
        sandbox::SandboxOptions options;
        options.wire = sandbox::wireModeFromEnvironment();
        options.demoDataset = false;
        options.rateLimit = 0;
        options.resolveProbability = resolveProbability;
        m_server = std::make_unique<sandbox::SandboxServer>(m_clock, options);
        ASSERT_TRUE(m_server->listen());
        m_watched = pendingValidation(1, 3);
        m_other = pendingValidation(2, 3);
        m_registry = std::make_unique<ValidationServiceRegistry>(m_clock, m_jitter);
        m_service = m_registry->serviceFor({QStringLiteral("watch"), m_server->baseUrl(),
                                            QLatin1String(sandbox::kDemoUpdateKey)});
        m_service->watch(&m_viewer);
        ASSERT_TRUE(waitUntil([&] { return m_service->model().totalCount() == 2; }));
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s.ini")),
                                                 QSettings::IniFormat);
        m_list = std::make_unique<WatchList>(*m_service, *m_settings);
        m_list->setWatched(m_watched, true);
    }

    // A validation whose cycle's next attempt is a minute away, attempts 5 min apart.
    QString pendingValidation(int n, int maxRetries) {
        Validation v;
        v.id = QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
        v.outcome = Outcome::NotFound;
        v.source = Source::Api;
        v.createdAt = m_clock.utcNow().addSecs(-3600);
        v.updatedAt = v.createdAt;
        RetryState s;
        s.enabled = true;
        s.maxRetries = maxRetries;
        s.intervalSeconds = 300;
        s.outcomes = QList<Outcome>{Outcome::NotFound};
        s.nextAttemptAt = m_clock.utcNow().addSecs(60);
        s.terminalState = TerminalState::Pending;
        v.retryState = s;
        m_server->insertValidation(v);
        return v.id;
    }

    void pump(int ms = 2) {
        QEventLoop io;
        QTimer::singleShot(ms, &io, &QEventLoop::quit);
        io.exec();
    }
    void runFor(Millis span) {
        for (Millis t(0); t < span; t += Millis(500)) {
            m_clock.advance(Millis(500));
            pump();
        }
    }
    bool waitUntil(const std::function<bool()> &done) {
        for (int i = 0; i < 3000 && !done(); ++i) {
            m_clock.advance(Millis(100));
            pump();
        }
        return done();
    }

    FakeClock m_clock{QDateTime::fromMSecsSinceEpoch(1767268800000, Qt::UTC)};
    SeededRandom m_jitter{3};
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<ValidationServiceRegistry> m_registry;
    ValidationService *m_service = nullptr;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<WatchList> m_list;
    QObject m_viewer;
    QString m_watched;
    QString m_other;
};

TEST_F(WatchListTest, WatchedCycleResolvedOnTheServer_ExactlyOneNotification) {
    start(1.0); // the first retry comes back valid
    QSignalSpy ended(m_list.get(), &WatchList::cycleEnded);
    runFor(Millis(3 * 60 * 1000)); // the attempt at +1 min, then polls every 15 s
    ASSERT_EQ(ended.count(), 1);
    EXPECT_EQ(ended.at(0).at(0).toString(), m_watched) << "the unwatched one is not news";
    EXPECT_EQ(ended.at(0).at(1).value<TerminalState>(), TerminalState::Resolved);
    EXPECT_TRUE(ended.at(0).at(2).toString().contains(QStringLiteral("resolved")));
    runFor(Millis(3 * 60 * 1000));
    EXPECT_EQ(ended.count(), 1) << "later syncs see the same end: no second notification";
}

TEST_F(WatchListTest, WatchedCycleExhausted_OneNotification) {
    start(0.0); // every retry fails
    QSignalSpy ended(m_list.get(), &WatchList::cycleEnded);
    runFor(Millis(14 * 60 * 1000)); // three attempts: +1, +6, +11 min
    ASSERT_EQ(ended.count(), 1);
    EXPECT_EQ(ended.at(0).at(1).value<TerminalState>(), TerminalState::Exhausted);
}

TEST_F(WatchListTest, CancelledHere_IsNotNews_CancelledElsewhere_Is) {
    start(0.0);
    QSignalSpy ended(m_list.get(), &WatchList::cycleEnded);
    bool done = false;
    m_service->cancelRetries(m_watched, [&](const WriteOutcome &o) {
        EXPECT_TRUE(o.applied());
        done = true;
    });
    ASSERT_TRUE(waitUntil([&] { return done; }));
    runFor(Millis(30 * 1000));
    EXPECT_EQ(ended.count(), 0) << "the user's own cancel";

    // The other one, watched now, cancelled by another client of the same account.
    m_list->setWatched(m_other, true);
    ValidationServiceRegistry elsewhere(m_clock, m_jitter);
    ValidationService *other = elsewhere.serviceFor(
        {QStringLiteral("elsewhere"), m_server->baseUrl(), QLatin1String(sandbox::kDemoUpdateKey)});
    done = false;
    other->cancelRetries(m_other, [&](const WriteOutcome &) { done = true; });
    ASSERT_TRUE(waitUntil([&] { return done; }));
    runFor(Millis(60 * 1000));
    ASSERT_EQ(ended.count(), 1);
    EXPECT_EQ(ended.at(0).at(0).toString(), m_other);
    EXPECT_EQ(ended.at(0).at(1).value<TerminalState>(), TerminalState::Cancelled);
}

TEST_F(WatchListTest, KeptPerConnection_AcrossARestart) {
    start(0.0);
    m_list.reset();
    WatchList again(*m_service, *m_settings);
    EXPECT_TRUE(again.isWatched(m_watched));
    EXPECT_FALSE(again.isWatched(m_other));
    again.setWatched(m_watched, false);
    EXPECT_EQ(WatchList(*m_service, *m_settings).count(), 0);
}

} // namespace
