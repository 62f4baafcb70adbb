// Outbox: bulk runs — items journaled before any is sent, claimed in batches, answers committed
// in batches, counts, cancel, requeue of rejected items, resume after a restart.
#include "OutboxFixture.h"

#include <QRegularExpression>
#include <QSignalSpy>

using namespace rd;
using namespace rd::outbox;
using namespace rd::outbox::testing;

namespace {

class OutboxRuns : public OutboxFixture {
protected:
    // A run of n policy items (keys <prefix>0…, validations v0…).
    qint64 makeRun(Outbox &box, int n, const QString &spec = QStringLiteral("spec-1"),
                   const QString &prefix = QStringLiteral("r")) {
        const auto id = box.createRun(QStringLiteral("policy"), QStringLiteral("Apply policy"),
                                      spec, R"({"retry_policy":{"max":3}})");
        EXPECT_TRUE(id) << box.lastError().toStdString();
        QList<NewWrite> items;
        for (int i = 0; i < n; ++i) {
            items << runItem(QStringLiteral("v%1").arg(i), prefix + QString::number(i));
        }
        EXPECT_TRUE(box.addRunItems(id.value_or(0), items)) << box.lastError().toStdString();
        return id.value_or(0);
    }
    // What ApiClient does around one send of a claimed item.
    static void send(Outbox &box, int i, const net::Result &result) {
        const auto item = runItem(QStringLiteral("v%1").arg(i), QStringLiteral("r%1").arg(i));
        QString error;
        ASSERT_TRUE(
            box.beginWrite({item.method, item.path, item.body, item.idempotencyKey}, &error))
            << error.toStdString();
        box.endWrite(item.idempotencyKey, result);
    }
};

TEST_F(OutboxRuns, CreateAndAddItems_JournalsThemQueuedInOrder) {
    auto box = open();
    QSignalSpy changed(box.get(), &Outbox::changed);
    const qint64 id = makeRun(*box, 3);
    EXPECT_EQ(changed.count(), 2);
    const auto run = box->run(id);
    ASSERT_TRUE(run);
    EXPECT_EQ(run->action, QStringLiteral("policy"));
    EXPECT_EQ(run->description, QStringLiteral("Apply policy"));
    EXPECT_EQ(run->spec, QStringLiteral("spec-1"));
    EXPECT_EQ(run->body, QByteArray(R"({"retry_policy":{"max":3}})"));
    EXPECT_EQ(run->state, RunState::Running);
    EXPECT_EQ(run->createdAt, m_clock.utcNow());
    EXPECT_FALSE(run->finishedAt);
    EXPECT_EQ(run->total, 3);
    EXPECT_EQ(run->queued, 3);
    const auto writes = box->runWrites(id);
    ASSERT_EQ(writes.size(), 3);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(writes[i].idempotencyKey, QStringLiteral("r%1").arg(i));
        EXPECT_EQ(writes[i].runId, id);
        EXPECT_EQ(writes[i].state, WriteState::Queued);
        EXPECT_EQ(writes[i].sends, 0);
        EXPECT_FALSE(writes[i].claimedAt);
        EXPECT_EQ(writes[i].target, QStringLiteral("v%1").arg(i));
    }
    EXPECT_TRUE(box->unsettledSingleWrites().isEmpty()); // run items are not single writes
}

TEST_F(OutboxRuns, AddRunItems_DuplicateKey_JournalsNothingOfTheBatch) {
    auto box = open();
    const qint64 id = makeRun(*box, 2);
    EXPECT_FALSE(box->addRunItems(id, {runItem("v8", "fresh"), runItem("v9", "r1")}));
    EXPECT_FALSE(box->lastError().isEmpty());
    EXPECT_FALSE(box->write(QStringLiteral("fresh")));
    EXPECT_EQ(box->run(id)->total, 2);
}

TEST_F(OutboxRuns, AddRunItems_TenThousandInOneCall_AreAllJournaled) {
    auto box = open();
    const qint64 id = makeRun(*box, 10'000);
    EXPECT_EQ(box->run(id)->total, 10'000);
    EXPECT_EQ(box->runWrites(id).last().idempotencyKey, QStringLiteral("r9999"));
}

TEST_F(OutboxRuns, Claim_MarksBatchSendingOnceAndKeepsTheFirstClaimTime) {
    auto box = open();
    const qint64 id = makeRun(*box, 4);
    const QDateTime first = m_clock.utcNow();
    ASSERT_TRUE(box->claim({"r0", "r1"}));
    m_clock.advance(Millis(10'000));
    ASSERT_TRUE(box->claim({"r1", "r2", "not-a-key"}));
    const auto writes = box->runWrites(id);
    EXPECT_EQ(writes[0].state, WriteState::Sending);
    EXPECT_EQ(*writes[0].claimedAt, first);
    EXPECT_EQ(*writes[1].claimedAt, first);
    EXPECT_EQ(*writes[2].claimedAt, m_clock.utcNow());
    EXPECT_EQ(writes[3].state, WriteState::Queued);
    EXPECT_EQ(writes[0].sends, 0); // claimed is not sent: beginWrite counts sends
    const auto run = box->run(id);
    EXPECT_EQ(run->sending, 3);
    EXPECT_EQ(run->queued, 1);
}

TEST_F(OutboxRuns, RunAnswers_AreBufferedUntilTheFlushDelayThenCounted) {
    auto box = open();
    const qint64 id = makeRun(*box, 5);
    ASSERT_TRUE(box->claim({"r0", "r1", "r2", "r3"}));
    QSignalSpy changed(box.get(), &Outbox::changed);
    send(*box, 0, answer(200));
    send(*box, 1, answer(200, {}, true));
    send(*box, 2, answer(422, QStringLiteral("retry_not_applicable")));
    send(*box, 3, answer(503));
    // Claimed run items journaled by this outbox take beginWrite's fast path: no commit per
    // send; sends and answers are committed together at the flush.
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(box->write(QStringLiteral("r0"))->state, WriteState::Sending);
    EXPECT_EQ(box->write(QStringLiteral("r0"))->sends, 0);

    m_clock.advance(Outbox::kFlushDelay - Millis(1));
    EXPECT_EQ(box->write(QStringLiteral("r0"))->state, WriteState::Sending);
    m_clock.advance(Millis(1));
    EXPECT_EQ(changed.count(), 1); // one commit for the batch
    EXPECT_EQ(box->write(QStringLiteral("r0"))->result, WriteResult::Applied);
    EXPECT_EQ(box->write(QStringLiteral("r0"))->sends, 1);
    EXPECT_EQ(m_clock.pendingTimers(), 0);

    const auto run = box->run(id);
    EXPECT_EQ(run->total, 5);
    EXPECT_EQ(run->applied, 1);
    EXPECT_EQ(run->replayed, 1);
    EXPECT_EQ(run->rejected, 1);
    EXPECT_EQ(run->failed, 1);
    EXPECT_EQ(run->sending, 0);
    EXPECT_EQ(run->queued, 1);
    EXPECT_EQ(run->done(), 3);
}

TEST_F(OutboxRuns, FlushedRunAnswers_SurviveAReopen) {
    qint64 id = 0;
    {
        auto box = open();
        id = makeRun(*box, 2);
        ASSERT_TRUE(box->claim({"r0", "r1"}));
        send(*box, 0, answer(200));
        m_clock.advance(Outbox::kFlushDelay);
        send(*box, 1, answer(200)); // buffered: the destructor commits it
    }
    auto box = open();
    const auto run = box->run(id);
    ASSERT_TRUE(run);
    EXPECT_EQ(run->applied, 2);
    EXPECT_EQ(box->unfinishedRuns().size(), 1);
    EXPECT_EQ(box->unfinishedRuns()[0].id, id);
}

TEST_F(OutboxRuns, UnfinishedRuns_AreRunningOrPausedNewestFirst) {
    auto box = open();
    const qint64 a = makeRun(*box, 1, QStringLiteral("spec-a"), QStringLiteral("a"));
    m_clock.advance(Millis(1000));
    const qint64 b = makeRun(*box, 1, QStringLiteral("spec-a"), QStringLiteral("b"));
    m_clock.advance(Millis(1000));
    const qint64 c = makeRun(*box, 1, QStringLiteral("spec-c"), QStringLiteral("c"));
    ASSERT_TRUE(box->setRunState(b, RunState::Paused));
    ASSERT_TRUE(box->setRunState(c, RunState::Finished));
    EXPECT_EQ(box->run(c)->finishedAt, m_clock.utcNow());
    EXPECT_FALSE(box->run(b)->finishedAt);

    QList<qint64> ids;
    for (const auto &r : box->unfinishedRuns()) {
        ids << r.id;
    }
    EXPECT_EQ(ids, (QList<qint64>{b, a}));
    EXPECT_EQ(box->unfinishedRunWithSpec(QStringLiteral("spec-a"))->id, b);
    EXPECT_EQ(box->unfinishedRunWithSpec(QStringLiteral("spec-a"))->state, RunState::Paused);
    EXPECT_FALSE(box->unfinishedRunWithSpec(QStringLiteral("spec-c")));
    EXPECT_EQ(box->runs().size(), 3);
    EXPECT_EQ(box->runs().first().id, c);
    EXPECT_EQ(box->runs(1).size(), 1);
}

TEST_F(OutboxRuns, SetRunState_UnknownRun_IsFalseWithAnError) {
    auto box = open();
    EXPECT_FALSE(box->setRunState(77, RunState::Finished));
    EXPECT_TRUE(box->lastError().contains(QStringLiteral("77")));
    EXPECT_FALSE(box->run(77));
}

TEST_F(OutboxRuns, DropQueued_DropsOnlyItemsNeverSent) {
    auto box = open();
    const qint64 id = makeRun(*box, 4);
    ASSERT_TRUE(box->claim({"r0"}));
    send(*box, 0, answer(503));
    EXPECT_EQ(box->dropQueued(id), 3);
    EXPECT_EQ(box->write(QStringLiteral("r0"))->state, WriteState::Sending);
    EXPECT_EQ(box->write(QStringLiteral("r1"))->state, WriteState::Dropped);
    EXPECT_TRUE(box->write(QStringLiteral("r1"))->finishedAt);
    const auto run = box->run(id);
    EXPECT_EQ(run->dropped, 3);
    EXPECT_EQ(run->queued, 0);
    EXPECT_EQ(box->dropQueued(id), 0);
}

TEST_F(OutboxRuns, RequeueRejected_AddsAQueuedRecordWithAFreshKey) {
    auto box = open();
    const qint64 id = makeRun(*box, 3);
    const qint64 other = makeRun(*box, 0);
    ASSERT_TRUE(box->claim({"r0", "r1", "r2"}));
    send(*box, 0, answer(200));
    send(*box, 1, answer(422, QStringLiteral("retry_not_applicable")));
    send(*box, 2, answer(503));
    // No flush yet: requeueRejected commits buffered answers first.
    const QStringList fresh = box->requeueRejected(id, {"r0", "r1", "r2", "nope"});
    ASSERT_EQ(fresh.size(), 4);
    EXPECT_TRUE(fresh[0].isEmpty());
    EXPECT_TRUE(fresh[2].isEmpty()); // not definitive: resent with its own key
    EXPECT_TRUE(fresh[3].isEmpty());
    static const QRegularExpression uuid4(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    EXPECT_TRUE(uuid4.match(fresh[1]).hasMatch()) << fresh[1].toStdString();

    const auto old = box->write(QStringLiteral("r1"));
    EXPECT_EQ(old->state, WriteState::Done);
    EXPECT_EQ(old->result, WriteResult::Rejected);
    const auto again = box->write(fresh[1]);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->runId, id);
    EXPECT_EQ(again->state, WriteState::Queued);
    EXPECT_EQ(again->method, old->method);
    EXPECT_EQ(again->path, old->path);
    EXPECT_EQ(again->body, old->body);
    EXPECT_EQ(box->runWrites(id).size(), 4);

    const auto run = box->run(id); // the new record stands for the item
    EXPECT_EQ(run->total, 3);
    EXPECT_EQ(run->rejected, 0);
    EXPECT_EQ(run->queued, 1);
    EXPECT_EQ(box->requeueRejected(id, {"r1"}), QStringList{QString()});    // once per rejection
    EXPECT_EQ(box->requeueRejected(other, {"r1"}), QStringList{QString()}); // not its item
}

} // namespace
