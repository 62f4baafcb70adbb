// Outbox: single writes journaled before their first byte, their answers, expiry, the activity
// log and what survives a restart.
#include "OutboxFixture.h"

#include <QSignalSpy>

using namespace rd;
using namespace rd::outbox;
using namespace rd::outbox::testing;

namespace {

using OutboxWrites = OutboxFixture;

ActivityQuery query(const QString &text, std::optional<WriteResult> result = std::nullopt,
                    std::optional<QDateTime> since = std::nullopt, int limit = 10000) {
    ActivityQuery q;
    q.text = text;
    q.result = result;
    q.since = since;
    q.limit = limit;
    return q;
}

TEST_F(OutboxWrites, Open_NewFolder_CreatesTheSchemaInWalMode) {
    const QString folder = m_dir.filePath(QStringLiteral("nested/outbox"));
    {
        Outbox box(folder, QStringLiteral("conn-1"), m_clock);
        ASSERT_TRUE(box.isOpen()) << box.report().message.toStdString();
        EXPECT_FALSE(box.report().recovered);
        EXPECT_TRUE(box.report().message.isEmpty());
        EXPECT_EQ(box.filePath(), QDir(folder).absoluteFilePath(Outbox::fileNameFor("conn-1")));
        EXPECT_TRUE(QFileInfo::exists(box.filePath()));
    }
    RawDb raw(QDir(folder).filePath(Outbox::fileNameFor(QStringLiteral("conn-1"))));
    EXPECT_EQ(raw.value(QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    EXPECT_EQ(raw.value(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")),
              QString::number(Outbox::kSchemaVersion));
    EXPECT_EQ(raw.value(QStringLiteral("SELECT value FROM meta WHERE key = 'connection_id'")),
              QStringLiteral("conn-1"));
    EXPECT_EQ(raw.value(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'"
                                       " AND name IN ('meta', 'runs', 'writes')")),
              QStringLiteral("3"));
}

TEST_F(OutboxWrites, Open_SetsDurabilityPragmasOnItsConnection) {
    auto box = open();
    ASSERT_TRUE(box->isOpen());
    // The outbox's own connection: foreign keys on (a run item cannot name a missing run).
    EXPECT_FALSE(box->addRunItems(4242, {runItem(QStringLiteral("v1"), QStringLiteral("k1"))}));
    EXPECT_FALSE(box->lastError().isEmpty());
}

TEST_F(OutboxWrites, BeginWrite_UnknownKey_InsertsASendingSingleWrite) {
    auto box = open();
    QSignalSpy changed(box.get(), &Outbox::changed);
    QString error;
    ASSERT_TRUE(box->beginWrite(policyWrite(QStringLiteral("val_1"), QStringLiteral("k1")), &error))
        << error.toStdString();
    const auto w = box->write(QStringLiteral("k1"));
    ASSERT_TRUE(w);
    EXPECT_FALSE(w->runId);
    EXPECT_EQ(w->state, WriteState::Sending);
    EXPECT_EQ(w->result, WriteResult::None);
    EXPECT_EQ(w->sends, 1);
    EXPECT_EQ(w->method, QByteArray("PUT"));
    EXPECT_EQ(w->path, QStringLiteral("/v1/validations/val_1/retry-policy"));
    EXPECT_EQ(w->body, QByteArray(R"({"retry_policy":{"max":3}})"));
    EXPECT_EQ(w->action, QStringLiteral("policy"));
    EXPECT_EQ(w->target, QStringLiteral("val_1"));
    EXPECT_EQ(w->createdAt, m_clock.utcNow());
    ASSERT_TRUE(w->claimedAt);
    EXPECT_EQ(*w->claimedAt, m_clock.utcNow());
    EXPECT_FALSE(w->finishedAt);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(box->unsettledSingleWrites().size(), 1);
}

TEST_F(OutboxWrites, BeginWrite_SameKeySameBytes_IsAcceptedAsAnotherSend) {
    auto box = open();
    const auto write = policyWrite(QStringLiteral("val_1"), QStringLiteral("k1"));
    ASSERT_TRUE(box->beginWrite(write, nullptr));
    const QDateTime first = m_clock.utcNow();
    m_clock.advance(Millis(5000));
    QString error;
    EXPECT_TRUE(box->beginWrite(write, &error)) << error.toStdString();
    const auto w = box->write(QStringLiteral("k1"));
    ASSERT_TRUE(w);
    EXPECT_EQ(w->sends, 2);
    EXPECT_EQ(w->state, WriteState::Sending);
    EXPECT_EQ(*w->claimedAt, first); // the key's 24 h started at the first send
}

TEST_F(OutboxWrites, BeginWrite_SameKeyOtherBytes_IsRefusedAndChangesNothing) {
    auto box = open();
    ASSERT_TRUE(box->beginWrite(policyWrite(QStringLiteral("val_1"), QStringLiteral("k1")), {}));
    QString error;
    EXPECT_FALSE(box->beginWrite(
        policyWrite(QStringLiteral("val_1"), QStringLiteral("k1"), R"({"retry_policy":{}})"),
        &error));
    EXPECT_TRUE(error.contains(QStringLiteral("k1"))) << error.toStdString();
    EXPECT_FALSE(
        box->beginWrite(cancelWrite(QStringLiteral("val_1"), QStringLiteral("k1")), &error));
    const auto w = box->write(QStringLiteral("k1"));
    ASSERT_TRUE(w);
    EXPECT_EQ(w->sends, 1);
    EXPECT_EQ(w->body, QByteArray(R"({"retry_policy":{"max":3}})"));
    EXPECT_EQ(w->path, QStringLiteral("/v1/validations/val_1/retry-policy"));
    EXPECT_EQ(box->activity().size(), 1);
}

TEST_F(OutboxWrites, BeginWrite_NewKeySamePath_SupersedesOnlyOlderUnsettledSingleWrites) {
    auto box = open();
    ASSERT_TRUE(box->beginWrite(policyWrite(QStringLiteral("val_1"), QStringLiteral("old")), {}));
    ASSERT_TRUE(box->beginWrite(policyWrite(QStringLiteral("val_1"), QStringLiteral("done")), {}));
    box->endWrite(QStringLiteral("done"), answer(200)); // superseded "old" already; now Done
    ASSERT_TRUE(box->beginWrite(policyWrite(QStringLiteral("val_2"), QStringLiteral("other")), {}));
    ASSERT_TRUE(
        box->beginWrite(cancelWrite(QStringLiteral("val_1"), QStringLiteral("cancel")), {}));
    const auto runId = box->createRun("policy", "d", "s", {});
    ASSERT_TRUE(
        box->addRunItems(*runId, {runItem(QStringLiteral("val_1"), QStringLiteral("item"))}));
    ASSERT_TRUE(box->beginWrite(policyWrite(QStringLiteral("val_1"), QStringLiteral("new")), {}));

    EXPECT_EQ(box->write(QStringLiteral("old"))->state, WriteState::Superseded);
    EXPECT_EQ(box->write(QStringLiteral("done"))->state, WriteState::Done);
    EXPECT_EQ(box->write(QStringLiteral("other"))->state, WriteState::Sending);
    EXPECT_EQ(box->write(QStringLiteral("cancel"))->state, WriteState::Sending);
    EXPECT_EQ(box->write(QStringLiteral("new"))->state, WriteState::Sending);
    EXPECT_EQ(box->write(QStringLiteral("item"))->state, WriteState::Queued); // runs resume theirs
    EXPECT_TRUE(box->write(QStringLiteral("old"))->finishedAt);
    QStringList unsettled;
    for (const auto &w : box->unsettledSingleWrites()) {
        unsettled << w.idempotencyKey;
    }
    EXPECT_EQ(unsettled, (QStringList{"other", "cancel", "new"}));
}

TEST_F(OutboxWrites, EndWrite_2xx_IsDoneApplied) {
    auto box = open();
    ASSERT_TRUE(box->beginWrite(policyWrite(QStringLiteral("val_1"), QStringLiteral("k1")), {}));
    m_clock.advance(Millis(1500));
    QSignalSpy changed(box.get(), &Outbox::changed);
    box->endWrite(QStringLiteral("k1"), answer(200));
    const auto w = box->write(QStringLiteral("k1")); // a single write is committed at once
    EXPECT_EQ(w->state, WriteState::Done);
    EXPECT_EQ(w->result, WriteResult::Applied);
    EXPECT_EQ(w->httpStatus, 200);
    EXPECT_EQ(w->requestId, QStringLiteral("req_200"));
    EXPECT_TRUE(w->code.isEmpty());
    ASSERT_TRUE(w->finishedAt);
    EXPECT_EQ(*w->finishedAt, m_clock.utcNow());
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(box->unsettledSingleWrites().isEmpty());
}

TEST_F(OutboxWrites, EndWrite_ReplayedAnswer_IsDoneReplayed) {
    auto box = open();
    ASSERT_TRUE(box->beginWrite(policyWrite(QStringLiteral("val_1"), QStringLiteral("k1")), {}));
    box->endWrite(QStringLiteral("k1"), answer(200, {}, true));
    EXPECT_EQ(box->write(QStringLiteral("k1"))->state, WriteState::Done);
    EXPECT_EQ(box->write(QStringLiteral("k1"))->result, WriteResult::Replayed);
}

TEST_F(OutboxWrites, EndWrite_422_IsDoneRejectedWithTheServersCode) {
    auto box = open();
    ASSERT_TRUE(box->beginWrite(policyWrite(QStringLiteral("val_1"), QStringLiteral("k1")), {}));
    box->endWrite(QStringLiteral("k1"), answer(422, QStringLiteral("retry_not_applicable")));
    const auto w = box->write(QStringLiteral("k1"));
    EXPECT_EQ(w->state, WriteState::Done);
    EXPECT_EQ(w->result, WriteResult::Rejected);
    EXPECT_EQ(w->httpStatus, 422);
    EXPECT_EQ(w->code, QStringLiteral("retry_not_applicable"));
    EXPECT_EQ(w->message, QStringLiteral("The server refused it (retry_not_applicable)."));
    EXPECT_TRUE(w->finishedAt);
}

TEST_F(OutboxWrites, EndWrite_503OrNoAnswerOr429_StaysSendingWithResultFailed) {
    auto box = open();
    const QList<QPair<int, QString>> cases{
        {503, QStringLiteral("http_503")}, {0, QStringLiteral("gave_up")}, {429, "rate_limited"}};
    for (const auto &[status, code] : cases) {
        const QString key = QStringLiteral("k%1").arg(status);
        ASSERT_TRUE(box->beginWrite(policyWrite(QStringLiteral("v%1").arg(status), key), {}));
        box->endWrite(key, answer(status, status == 429 ? code : QString()));
        const auto w = box->write(key);
        EXPECT_EQ(w->state, WriteState::Sending) << status;
        EXPECT_EQ(w->result, WriteResult::Failed) << status;
        EXPECT_EQ(w->httpStatus, status);
        EXPECT_EQ(w->code, code) << status;
        EXPECT_FALSE(w->finishedAt);
    }
    EXPECT_EQ(box->unsettledSingleWrites().size(), 3); // resent with their keys after a restart
}

TEST_F(OutboxWrites, EndWrite_AfterDone_NeverMovesItBack) {
    auto box = open();
    ASSERT_TRUE(box->beginWrite(policyWrite(QStringLiteral("val_1"), QStringLiteral("k1")), {}));
    box->endWrite(QStringLiteral("k1"), answer(200));
    ASSERT_TRUE(box->beginWrite(policyWrite(QStringLiteral("val_1"), QStringLiteral("k1")), {}));
    box->endWrite(QStringLiteral("k1"), answer(503));
    box->endWrite(QStringLiteral("k1"), answer(422, QStringLiteral("x")));
    const auto w = box->write(QStringLiteral("k1"));
    EXPECT_EQ(w->state, WriteState::Done);
    EXPECT_EQ(w->result, WriteResult::Applied);
    EXPECT_EQ(w->httpStatus, 200);
    EXPECT_EQ(w->sends, 2);
}

TEST_F(OutboxWrites, EndWrite_UnknownKey_IsIgnored) {
    auto box = open();
    QSignalSpy changed(box.get(), &Outbox::changed);
    box->endWrite(QStringLiteral("never-journaled"), answer(200));
    box->flush();
    EXPECT_EQ(changed.count(), 0);
    EXPECT_FALSE(box->write(QStringLiteral("never-journaled")));
    EXPECT_TRUE(box->activity().isEmpty());
}

TEST_F(OutboxWrites, ExpireOldSends_After24Hours_MarksSendingUnknownWithHowToCheck) {
    auto box = open();
    const QDateTime sent = m_clock.utcNow();
    ASSERT_TRUE(box->beginWrite(policyWrite(QStringLiteral("val_7"), QStringLiteral("k1")), {}));
    ASSERT_TRUE(box->beginWrite(
        {"POST", "/v1/webhooks/email-validations/bulk-emails/L9/retry", {}, QStringLiteral("k2")},
        {}));
    const auto runId = box->createRun("policy", "d", "s", {});
    ASSERT_TRUE(box->addRunItems(*runId, {runItem(QStringLiteral("val_8"), QStringLiteral("q1"))}));

    m_clock.advance(Outbox::kKeyWindow);
    EXPECT_EQ(box->expireOldSends(), 0); // exactly 24 h: the key is still alive
    m_clock.advance(Millis(1000));
    QSignalSpy changed(box.get(), &Outbox::changed);
    EXPECT_EQ(box->expireOldSends(), 2);
    EXPECT_EQ(changed.count(), 1);

    const auto w = box->write(QStringLiteral("k1"));
    EXPECT_EQ(w->state, WriteState::Unknown);
    EXPECT_EQ(w->code, QStringLiteral("outcome_unknown"));
    EXPECT_TRUE(w->message.contains(QStringLiteral("k1")));
    EXPECT_TRUE(w->message.contains(sent.toString(u"yyyy-MM-dd HH:mm")));
    EXPECT_TRUE(w->message.contains(QStringLiteral("Open validation val_7")));
    EXPECT_TRUE(w->message.contains(QStringLiteral("retry_state")));
    EXPECT_TRUE(box->write(QStringLiteral("k2"))->message.contains(QStringLiteral("Open list L9")));
    // Never sent: the server never saw its key, so it can still be sent.
    EXPECT_EQ(box->write(QStringLiteral("q1"))->state, WriteState::Queued);
    EXPECT_TRUE(box->unsettledSingleWrites().isEmpty());
    EXPECT_EQ(box->expireOldSends(), 0);
}

TEST_F(OutboxWrites, Drop_UnsettledWrite_BecomesDroppedWithAReason) {
    auto box = open();
    ASSERT_TRUE(box->beginWrite(policyWrite(QStringLiteral("val_1"), QStringLiteral("k1")), {}));
    ASSERT_TRUE(box->beginWrite(policyWrite(QStringLiteral("val_2"), QStringLiteral("k2")), {}));
    box->endWrite(QStringLiteral("k2"), answer(200));
    EXPECT_TRUE(box->drop(QStringLiteral("k1")));
    EXPECT_EQ(box->write(QStringLiteral("k1"))->state, WriteState::Dropped);
    EXPECT_TRUE(box->write(QStringLiteral("k1"))->message.contains(QStringLiteral("val_1")));
    EXPECT_FALSE(box->drop(QStringLiteral("k2"))); // already Done
    EXPECT_EQ(box->write(QStringLiteral("k2"))->state, WriteState::Done);
    EXPECT_FALSE(box->drop(QStringLiteral("nope")));
}

TEST_F(OutboxWrites, Activity_NewestFirst_FiltersByTextResultAndSince) {
    auto box = open();
    ASSERT_TRUE(box->beginWrite(policyWrite(QStringLiteral("val_a"), QStringLiteral("k1")), {}));
    box->endWrite(QStringLiteral("k1"), answer(200));
    m_clock.advance(Millis(60'000));
    const QDateTime middle = m_clock.utcNow();
    ASSERT_TRUE(box->beginWrite(cancelWrite(QStringLiteral("val_b"), QStringLiteral("k2")), {}));
    box->endWrite(QStringLiteral("k2"), answer(422, QStringLiteral("Retry_Not_Active")));
    m_clock.advance(Millis(60'000));
    ASSERT_TRUE(box->beginWrite(policyWrite(QStringLiteral("val_c"), QStringLiteral("k3")), {}));

    const auto keys = [&](const ActivityQuery &q) {
        QStringList out;
        for (const auto &w : box->activity(q)) {
            out << w.idempotencyKey;
        }
        return out;
    };
    EXPECT_EQ(keys({}), (QStringList{"k3", "k2", "k1"}));
    EXPECT_EQ(keys(query(QStringLiteral("retry_not_active"))), QStringList{"k2"}); // any case
    EXPECT_EQ(keys(query(QStringLiteral("CANCEL"))), QStringList{"k2"});
    EXPECT_EQ(keys(query(QStringLiteral("val_a"))), QStringList{"k1"});
    EXPECT_EQ(keys(query(QStringLiteral("req_200"))), QStringList{"k1"});
    EXPECT_EQ(keys(query(QStringLiteral("%"))), QStringList{}); // literal, not a wildcard
    EXPECT_EQ(keys(query({}, WriteResult::Applied)), QStringList{"k1"});
    EXPECT_EQ(keys(query({}, WriteResult::Rejected)), QStringList{"k2"});
    EXPECT_EQ(keys(query({}, WriteResult::None)), QStringList{"k3"});
    EXPECT_EQ(keys(query({}, std::nullopt, middle)), (QStringList{"k3", "k2"}));
    EXPECT_EQ(keys(query({}, std::nullopt, std::nullopt, 1)), QStringList{"k3"});
}

TEST_F(OutboxWrites, Reopen_KeepsWritesAndTheirAnswers) {
    {
        auto box = open();
        ASSERT_TRUE(box->beginWrite(policyWrite(QStringLiteral("v1"), QStringLiteral("k1")), {}));
        ASSERT_TRUE(box->beginWrite(policyWrite(QStringLiteral("v2"), QStringLiteral("k2")), {}));
        box->endWrite(QStringLiteral("k2"), answer(200));
    }
    auto box = open();
    ASSERT_TRUE(box->isOpen());
    EXPECT_FALSE(box->report().recovered);
    const auto unsettled = box->unsettledSingleWrites();
    ASSERT_EQ(unsettled.size(), 1);
    EXPECT_EQ(unsettled[0].idempotencyKey, QStringLiteral("k1"));
    EXPECT_EQ(unsettled[0].body, QByteArray(R"({"retry_policy":{"max":3}})"));
    EXPECT_EQ(box->write(QStringLiteral("k2"))->result, WriteResult::Applied);
    // The same logical write after the restart: accepted again with its key and bytes.
    EXPECT_TRUE(box->beginWrite(policyWrite(QStringLiteral("v1"), QStringLiteral("k1")), {}));
    EXPECT_EQ(box->write(QStringLiteral("k1"))->sends, 2);
}

TEST_F(OutboxWrites, TwoOutboxesOnOneFile_SeeEachOthersWrites) {
    auto a = open();
    auto b = open(); // the validation and list services each open the connection's outbox
    ASSERT_TRUE(a->isOpen());
    ASSERT_TRUE(b->isOpen());
    ASSERT_TRUE(a->beginWrite(policyWrite(QStringLiteral("v1"), QStringLiteral("k1")), {}));
    ASSERT_TRUE(b->beginWrite(cancelWrite(QStringLiteral("v2"), QStringLiteral("k2")), {}));
    EXPECT_EQ(a->activity().size(), 2);
    EXPECT_EQ(b->activity().size(), 2);
}

TEST(OutboxNames, ActionAndTarget_AreReadFromMethodAndPath) {
    EXPECT_EQ(actionOf("PUT", "/v1/validations/abc/retry-policy"), QStringLiteral("policy"));
    EXPECT_EQ(actionOf("POST", "/v1/validations/abc/cancel-retries"), QStringLiteral("cancel"));
    EXPECT_EQ(actionOf("POST", "/v1/webhooks/email-validations/bulk-emails/L1/retry"),
              QStringLiteral("list-retry"));
    EXPECT_EQ(actionOf("POST", "/v1/validations/abc/retry-policy"), QStringLiteral("write"));
    EXPECT_EQ(actionOf("POST", "/api/tests"), QStringLiteral("write"));
    EXPECT_EQ(targetOf("/v1/validations/abc/retry-policy"), QStringLiteral("abc"));
    EXPECT_EQ(targetOf("/v1/webhooks/email-validations/bulk-emails/L1/retry?x=1"),
              QStringLiteral("L1"));
    EXPECT_EQ(targetOf("/api/tests"), QString());
    EXPECT_EQ(targetOf("/v1/validations"), QString());
}

TEST(OutboxNames, FileNames_AreSafeAndDistinct) {
    EXPECT_EQ(Outbox::fileNameFor(QStringLiteral("conn-1")),
              QStringLiteral("outbox-conn-1.sqlite"));
    const QString slash = Outbox::fileNameFor(QStringLiteral("a/b"));
    const QString underscore = Outbox::fileNameFor(QStringLiteral("a_b"));
    EXPECT_FALSE(slash.contains(u'/'));
    EXPECT_NE(slash, underscore);
    EXPECT_FALSE(Outbox::fileNameFor(QStringLiteral("../up")).contains(u'/'));
    EXPECT_FALSE(Outbox::fileNameFor({}).isEmpty());
}

TEST(OutboxNames, EnumStrings_RoundTrip) {
    for (auto s : {WriteState::Queued, WriteState::Sending, WriteState::Done, WriteState::Unknown,
                   WriteState::Superseded, WriteState::Dropped}) {
        EXPECT_EQ(writeStateFromString(toString(s)), s);
    }
    for (auto r : {WriteResult::None, WriteResult::Applied, WriteResult::Replayed,
                   WriteResult::Rejected, WriteResult::Failed}) {
        EXPECT_EQ(writeResultFromString(toString(r)), r);
    }
    for (auto s : {RunState::Running, RunState::Paused, RunState::Finished, RunState::Cancelled}) {
        EXPECT_EQ(runStateFromString(toString(s)), s);
    }
    EXPECT_FALSE(writeStateFromString(u"bogus"));
}

TEST(WriteJournal, IsDefinitive_Only2xxAndSettling4xx) {
    const auto definitive = [](int status) {
        net::Result r;
        r.httpStatus = status;
        return net::WriteJournal::isDefinitive(r);
    };
    for (int s : {200, 201, 204, 299, 400, 401, 403, 404, 410, 422, 499}) {
        EXPECT_TRUE(definitive(s)) << s;
    }
    for (int s : {0, 100, 199, 301, 304, 408, 409, 425, 429, 500, 502, 503, 504}) {
        EXPECT_FALSE(definitive(s)) << s;
    }
}

} // namespace
