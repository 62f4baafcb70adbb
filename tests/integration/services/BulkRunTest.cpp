// Bulk runs against the sandbox over loopback TCP: a policy applied to 2,000 validations through
// 15 % 5xx, 5 % 429, 5 % connection resets and 2 % commit-then-drop is applied exactly once per
// validation (the sandbox's counters), and the run's result list and the outbox agree with it.
#include "core/FakeClock.h"
#include "core/Random.h"
#include "models/ValidationTableModel.h"
#include "net/ApiClient.h"
#include "outbox/Outbox.h"
#include "sandbox/SandboxServer.h"
#include "services/BulkRun.h"
#include "services/ValidationService.h"
#include "services/ValidationServiceRegistry.h"

#include <QEventLoop>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

#include <cstdio>
#include <functional>
#include <memory>

using namespace rd;

namespace {

class BulkRunTest : public ::testing::Test {
protected:
    void start(int count, int importCount = 0, int oldCount = 0) {
        sandbox::SandboxOptions options;
        options.wire = sandbox::wireModeFromEnvironment();
        options.demoDataset = false;
        options.rateLimit = 0;
        options.adminEnabled = true;
        options.maxPendingPerUser = 1'000'000;
        m_server = std::make_unique<sandbox::SandboxServer>(m_clock, options);
        ASSERT_TRUE(m_server->listen());
        for (int i = 0; i < count; ++i) {
            m_ids << m_server->addValidation(Outcome::NotFound, Source::Api, 3600 + i);
        }
        for (int i = 0; i < importCount; ++i) {
            m_server->addValidation(Outcome::NotFound, Source::BulkImport, 3600);
        }
        for (int i = 0; i < oldCount; ++i) {
            m_server->addValidation(Outcome::Error, Source::Api, 40LL * 24 * 3600);
        }
        m_registry = std::make_unique<ValidationServiceRegistry>(m_clock, m_jitter);
        m_registry->setOutboxDirectory(m_dir.path());
        m_service = m_registry->serviceFor({QStringLiteral("bulk"), m_server->baseUrl(),
                                            QLatin1String(sandbox::kDemoUpdateKey)});
        ASSERT_NE(m_service->outbox(), nullptr);
        ASSERT_TRUE(m_service->outbox()->isOpen())
            << m_service->outbox()->report().message.toStdString();
        m_service->refresh();
        ASSERT_TRUE(waitUntil([&] { return !m_service->isRefreshing(); }));
        ASSERT_EQ(m_service->model().totalCount(), count + importCount + oldCount);
    }

    QList<Validation> tableValidations() const {
        QList<Validation> out;
        for (int r = 0; r < m_service->model().rowCount(); ++r) {
            if (auto v = m_service->model().validationAt(r)) {
                out << *v;
            }
        }
        return out;
    }

    void pump(int ms = 2) {
        QEventLoop io;
        QTimer::singleShot(ms, &io, &QEventLoop::quit);
        io.exec();
    }
    bool waitUntil(const std::function<bool()> &done, int rounds = 20000) {
        for (int i = 0; i < rounds && !done(); ++i) {
            m_clock.advance(Millis(100));
            pump(1);
        }
        return done();
    }

    static RetryPolicy policy() {
        RetryPolicy p;
        p.enabled = true;
        p.maxRetries = 3;
        p.intervalSeconds = 600;
        p.outcomes = QList<Outcome>{Outcome::NotFound, Outcome::Error};
        return p;
    }

    FakeClock m_clock{QDateTime::fromMSecsSinceEpoch(1767268800000, Qt::UTC)};
    SeededRandom m_jitter{11};
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<ValidationServiceRegistry> m_registry;
    ValidationService *m_service = nullptr;
    QStringList m_ids;
};

TEST_F(BulkRunTest, DryRun_SkipsImportsAndOldOnes_WithTheirReasons) {
    start(50, 7, 3);
    const DryRun plan = dryRun(tableValidations(), BulkAction::setPolicy(policy()),
                               m_clock.utcNow());
    EXPECT_EQ(plan.considered, 60);
    EXPECT_EQ(plan.eligible.size() + plan.skipped.size(), 60);
    for (const QString &id : m_ids) {
        EXPECT_TRUE(plan.eligible.contains(id)) << "every eligible one is sent";
    }
    if (sandbox::wireModeFromEnvironment() == sandbox::WireMode::SeedsOnly) {
        // source / created_at may be absent: what the rules cannot see, the server decides.
        for (const BulkSkip &skip : plan.skipped) {
            const auto v = m_server->validation(skip.id);
            ASSERT_TRUE(v.has_value());
            EXPECT_TRUE(v->source == Source::BulkImport ||
                        v->createdAt.secsTo(m_clock.utcNow()) > 30LL * 24 * 3600);
        }
        EXPECT_EQ(plan.skipped.size() + plan.serverDecides >= 10, true);
        return;
    }
    const auto counts = plan.reasonCounts();
    ASSERT_EQ(counts.size(), 2);
    EXPECT_TRUE(counts[0] == qMakePair(BulkSkipReason::FromBulkImport, 7));
    EXPECT_TRUE(counts[1] == qMakePair(BulkSkipReason::TooOld, 3));
}

TEST_F(BulkRunTest, PolicyOn2000ThroughFaults_EachAppliedExactlyOnce_AndTheResultListAgrees) {
    start(2000);
    sandbox::FaultConfig faults;
    faults.pathContains = QStringLiteral("/retry-policy");
    faults.set(sandbox::FaultKind::Http500, 0.05)
        .set(sandbox::FaultKind::Http502, 0.04)
        .set(sandbox::FaultKind::Http503, 0.03)
        .set(sandbox::FaultKind::Http504, 0.03) // 15 % 5xx
        .set(sandbox::FaultKind::Http429, 0.05)
        .set(sandbox::FaultKind::ResetBeforeReply, 0.05)
        .set(sandbox::FaultKind::CommitThenDrop, 0.02);
    faults.retryAfterSeconds = 1;
    m_server->setFaults(faults);

    const BulkAction action = BulkAction::setPolicy(policy());
    const DryRun plan = dryRun(tableValidations(), action, m_clock.utcNow());
    ASSERT_EQ(plan.eligible.size(), 2000);
    BulkRun run(*m_service, *m_service->outbox(), action, plan, QStringLiteral("test run"),
                QStringLiteral("spec"), BulkOptions{});
    ASSERT_TRUE(waitUntil([&] { return !run.isActive(); }));
    // Items whose retries ran out (the retry budget throttles a host this faulty) are retried
    // by the user, as the result list offers; never under a new key unless the server refused.
    int rounds = 0;
    for (; rounds < 10 && run.progress().failed > 0; ++rounds) {
        run.retryFailed();
        ASSERT_TRUE(waitUntil([&] { return !run.isActive(); }));
    }
    ASSERT_EQ(run.state(), BulkRun::State::Finished) << run.message().toStdString();

    const BulkProgress p = run.progress();
    EXPECT_EQ(p.applied + p.replayed, 2000);
    EXPECT_EQ(p.failed, 0);
    EXPECT_GT(p.replayed, 0) << "commit-then-drop answers are replays of the first send";
    int appliedOnServer = 0;
    for (const BulkItem &item : run.items()) {
        const int n = m_server->writesApplied(item.validationId);
        EXPECT_EQ(n, 1) << item.validationId.toStdString();
        appliedOnServer += n;
        EXPECT_TRUE(item.status == BulkItem::Status::Applied ||
                    item.status == BulkItem::Status::Replayed);
        EXPECT_EQ(m_server->appliedCount(item.idempotencyKey), 1);
    }
    EXPECT_EQ(appliedOnServer, 2000);
    int sends = 0;
    for (const BulkItem &item : run.items()) {
        sends += item.sends;
    }
    std::printf("2,000 items: %d applied, %d replayed, %d operations, %d retry-failed rounds, "
                "%d requests reached the sandbox\n",
                p.applied, p.replayed, sends, rounds, m_server->requestsReceived());

    // The outbox holds every item with its key and the exact bytes, done.
    m_service->outbox()->flush();
    const auto rec = m_service->outbox()->run(run.runId());
    ASSERT_TRUE(rec.has_value());
    EXPECT_EQ(rec->state, outbox::RunState::Finished);
    EXPECT_EQ(rec->applied + rec->replayed, 2000);
    QSet<QString> keys;
    for (const outbox::WriteRecord &w : m_service->outbox()->runWrites(run.runId())) {
        EXPECT_EQ(w.body, action.body());
        EXPECT_EQ(w.state, outbox::WriteState::Done);
        keys.insert(w.idempotencyKey);
    }
    EXPECT_EQ(keys.size(), 2000);
}

TEST_F(BulkRunTest, Cancel_SendsNothingMore_AndTheRestAreSkipped) {
    start(300);
    const BulkAction action = BulkAction::setPolicy(policy());
    const DryRun plan = dryRun(tableValidations(), action, m_clock.utcNow());
    BulkOptions options;
    options.concurrency = 2;
    BulkRun run(*m_service, *m_service->outbox(), action, plan, QStringLiteral("cancel me"),
                QStringLiteral("spec-cancel"), options);
    ASSERT_TRUE(waitUntil([&] { return run.progress().applied >= 20; }));
    run.cancel();
    ASSERT_TRUE(waitUntil([&] { return !run.isActive(); }));
    EXPECT_EQ(run.state(), BulkRun::State::Cancelled);
    const BulkProgress p = run.progress();
    EXPECT_GT(p.skipped, 0);
    EXPECT_EQ(p.applied + p.replayed + p.skipped, 300);
    int onServer = 0;
    for (const QString &id : m_ids) {
        onServer += m_server->writesApplied(id);
    }
    EXPECT_EQ(onServer, p.applied + p.replayed);
    const auto rec = m_service->outbox()->run(run.runId());
    ASSERT_TRUE(rec.has_value());
    EXPECT_EQ(rec->state, outbox::RunState::Cancelled);
    EXPECT_EQ(rec->queued + rec->sending, 0) << "nothing is left to resume";
}

TEST_F(BulkRunTest, ResumedRun_SendsTheJournaledKeysAndBytes_AndTheServerReplaysWhatItApplied) {
    start(40);
    const BulkAction action = BulkAction::setPolicy(policy());
    const DryRun plan = dryRun(tableValidations(), action, m_clock.utcNow());
    qint64 runId = 0;
    QStringList keys;
    {
        BulkOptions chosen;
        chosen.concurrency = 3;
        chosen.speedLimitPerMinute = 6000;
        BulkRun run(*m_service, *m_service->outbox(), action, plan, QStringLiteral("first"),
                    QStringLiteral("spec-resume"), chosen);
        ASSERT_TRUE(waitUntil([&] { return run.progress().applied >= 10; }));
        run.pause();
        ASSERT_TRUE(waitUntil([&] { return run.progress().sending == 0; }));
        runId = run.runId();
        for (const BulkItem &i : run.items()) {
            keys << i.idempotencyKey;
        }
        // As if the app had died right after claiming: every unsent item is marked Sending.
        ASSERT_TRUE(m_service->outbox()->claim(keys));
    } // destroyed while paused: the outbox says Paused, unsettled items remain
    ASSERT_EQ(m_service->outbox()->unfinishedRuns().size(), 1);

    BulkRun resumed(*m_service, *m_service->outbox(), runId, BulkOptions{});
    ASSERT_TRUE(waitUntil([&] { return !resumed.isActive(); }));
    EXPECT_EQ(resumed.options().concurrency, 3) << "the user's choices survive the restart";
    EXPECT_EQ(resumed.options().speedLimitPerMinute, 6000);
    EXPECT_EQ(resumed.state(), BulkRun::State::Finished);
    ASSERT_EQ(resumed.items().size(), 40);
    for (int i = 0; i < 40; ++i) {
        EXPECT_EQ(resumed.items()[i].idempotencyKey.toStdString(), keys[i].toStdString())
            << "same key after the restart";
        EXPECT_EQ(m_server->writesApplied(resumed.items()[i].validationId), 1);
    }
    EXPECT_TRUE(m_service->outbox()->unfinishedRuns().isEmpty());
}

TEST_F(BulkRunTest, CancelCycles_SkipsThoseWithoutAnActiveCycle) {
    start(30);
    // Give 10 of them a cycle, through the service (single writes, journaled too).
    int done = 0;
    for (int i = 0; i < 10; ++i) {
        m_service->setPolicy(m_ids[i], policy(), [&](const WriteOutcome &o) {
            EXPECT_TRUE(o.applied()) << o.message.toStdString();
            ++done;
        });
    }
    ASSERT_TRUE(waitUntil([&] { return done == 10; }));
    const BulkAction action = BulkAction::cancelRetries();
    const DryRun plan = dryRun(tableValidations(), action, m_clock.utcNow());
    EXPECT_EQ(plan.eligible.size(), 10);
    EXPECT_EQ(plan.skipped.size(), 20);
    BulkRun run(*m_service, *m_service->outbox(), action, plan, QStringLiteral("cancel"),
                QStringLiteral("spec-c"), BulkOptions{});
    ASSERT_TRUE(waitUntil([&] { return !run.isActive(); }));
    const BulkProgress p = run.progress();
    EXPECT_EQ(p.applied, 10);
    EXPECT_EQ(p.skipped, 20);
    for (int i = 0; i < 10; ++i) {
        EXPECT_EQ(m_server->writesApplied(m_ids[i]), 2) << "the policy, then the cancel";
    }
    // The single writes are in the activity log too.
    const auto activity = m_service->outbox()->activity();
    EXPECT_EQ(activity.size(), 20);
}

} // namespace

namespace {

// A connection replaced (or closed) while its run is under way: the run lets go of the service,
// stays resumable in the outbox, and a resume on the new service finishes it, each applied once.
TEST_F(BulkRunTest, ServiceClosedMidRun_TheRunLetsGo_AndResumesOnTheNextService) {
    start(120);
    const BulkAction action = BulkAction::setPolicy(policy());
    const DryRun plan = dryRun(tableValidations(), action, m_clock.utcNow());
    BulkOptions slow;
    slow.concurrency = 2;
    auto run = std::make_unique<BulkRun>(*m_service, *m_service->outbox(), action, plan,
                                         QStringLiteral("closing"), QStringLiteral("spec-close"),
                                         slow);
    ASSERT_TRUE(waitUntil([&] { return run->progress().applied >= 10; }));
    const qint64 runId = run->runId();
    m_registry->remove(QStringLiteral("bulk"));
    pump(5); // the deleteLater: ~ValidationService, with operations in flight
    EXPECT_EQ(run->state(), BulkRun::State::Failed);
    run->pause(); // nothing reaches the closed service
    run->retryFailed();
    run.reset();

    m_service = m_registry->serviceFor({QStringLiteral("bulk"), m_server->baseUrl(),
                                        QLatin1String(sandbox::kDemoUpdateKey)});
    ASSERT_EQ(m_service->outbox()->unfinishedRuns().size(), 1);
    BulkRun resumed(*m_service, *m_service->outbox(), runId, BulkOptions{});
    ASSERT_TRUE(waitUntil([&] { return !resumed.isActive(); }));
    EXPECT_EQ(resumed.state(), BulkRun::State::Finished);
    for (const QString &id : m_ids) {
        EXPECT_EQ(m_server->writesApplied(id), 1) << id.toStdString();
    }
}

} // namespace
