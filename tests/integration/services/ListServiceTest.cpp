// ListService without any widget, against the sandbox over loopback TCP (FakeClock): a failed
// list retried runs to Completed with its progress moving; the server's refusal is shown as it
// said it; a double click, a 502 on the POST or a lost answer start exactly one job; seed 000's
// 5-minute rule and "currently processing" are refused before any request, with the reason.
#include "ListServiceFixture.h"

using namespace rd;
using namespace rd::test;

namespace {

const QString kProcessingMessage =
    QStringLiteral("Cannot retry validation job that is currently processing");

using Kind = ListRetryOutcome::Kind;
using Reason = ListRetryOutcome::Reason;

class ListServiceIntegration : public ListServiceFixture {};

// Server time runs ten times faster than the client's, as `retrydesk-sandbox --time-scale 10`.
class ListServiceTimeScaled : public ListServiceFixture {
protected:
    void SetUp() override { startServer(10.0); }
    sandbox::SandboxOptions options() const override {
        sandbox::SandboxOptions o = ListServiceFixture::options();
        // A seed whose retried job completes (one in five fails again) and whose seeds-only
        // rendering includes the processed count, so both wires watch the bar move.
        o.seed = 5;
        return o;
    }
};

} // namespace

TEST_F(ListServiceTimeScaled,
       FailedListRetried_ReachesCompleted_WithProgressIncreasingAcrossPolls) {
    insertList(QStringLiteral("list_500"), BulkList::Status::Failed, 8000, 2500);
    ASSERT_TRUE(refreshAndWait());
    const ListRetryOutcome o = retryAndWait(QStringLiteral("list_500"));
    ASSERT_EQ(o.kind, Kind::Started) << o.message.toStdString();
    ASSERT_TRUE(o.newList);
    const QString job = o.newList->id;
    EXPECT_EQ(m_service->model().list(job)->status, BulkList::Status::InProgress);
    EXPECT_EQ(m_service->chainOf(job), (QStringList{QStringLiteral("list_500"), job}));

    // What the table shows after each poll, until the job has ended.
    QList<int> processed;
    QObject::connect(m_service, &ListService::pollFinished, m_service,
                     [&](bool) { processed.append(m_service->model().list(job)->processed); });
    ASSERT_TRUE(waitUntil([&] { return m_service->model().list(job)->canRetry(); }, Millis(250)));
    const BulkList done = *m_service->model().list(job);
    ASSERT_EQ(done.status, BulkList::Status::Completed)
        << "the sandbox's seeded fate for this job: "
        << BulkList::toWire(done.status).toStdString();
    EXPECT_FALSE(m_service->isPollScheduled()) << "nothing processes any more: no polling";

    ASSERT_GE(processed.size(), 3);
    if (seedsOnly() && (done.total == 0 || done.processed == 0)) {
        // Completed, yet no processed count: this server leaves it out for this list.
        GTEST_SKIP() << "the seeds-only server renders no processed count for " << job.toStdString()
                     << ": its progress cannot be seen (Completed was)";
    }
    EXPECT_EQ(done.processed, done.total);
    int moving = 0;
    for (qsizetype i = 1; i < processed.size(); ++i) {
        EXPECT_GE(processed.at(i), processed.at(i - 1)) << "progress never goes back";
        moving += processed.at(i) > processed.at(i - 1) && processed.at(i - 1) > 0;
    }
    EXPECT_GE(moving, 2) << "the bar moved across polls before completing";
    EXPECT_GT(processed.first(), 0);
    EXPECT_LT(processed.first(), done.total);
}

TEST_F(ListServiceIntegration, RetryDuringProcessing_GetsTheServersMessage_ThenIsRefusedLocally) {
    insertList(QStringLiteral("list_600"), BulkList::Status::InProgress, 90000, 100);
    // Not loaded: RetryDesk does not know the list processes, so the server answers.
    const ListRetryOutcome server = retryAndWait(QStringLiteral("list_600"));
    EXPECT_EQ(server.kind, Kind::Refused);
    EXPECT_EQ(server.httpStatus, 422);
    EXPECT_EQ(server.message, kProcessingMessage) << "as the server said it";
    EXPECT_EQ(server.serverMessage, kProcessingMessage);
    EXPECT_FALSE(server.requestId.isEmpty());
    EXPECT_EQ(m_server->listRetriesStarted(QStringLiteral("list_600")), 0);

    // The refusal made RetryDesk look at the list: now it knows, and says so without asking.
    ASSERT_TRUE(
        settle([&] { return m_service->model().list(QStringLiteral("list_600")).has_value(); }));
    const int posts = count(QStringLiteral("POST"), QStringLiteral("/retry"));
    const ListRetryOutcome local = retryAndWait(QStringLiteral("list_600"));
    EXPECT_EQ(local.kind, Kind::RefusedLocally);
    EXPECT_EQ(local.reason, Reason::Processing);
    EXPECT_EQ(local.blockingListId, QStringLiteral("list_600"));
    EXPECT_TRUE(local.message.contains(u"still processing")) << local.message.toStdString();
    EXPECT_EQ(count(QStringLiteral("POST"), QStringLiteral("/retry")), posts) << "no request";
}

TEST_F(ListServiceIntegration, RetryingAnOldListWhoseRetryRuns_IsRefusedLocallyNamingTheJob) {
    insertList(QStringLiteral("list_700"), BulkList::Status::Completed, 5000, 5000);
    insertList(QStringLiteral("list_701"), BulkList::Status::InProgress, 5000, 10,
               QStringLiteral("list_700"));
    ASSERT_TRUE(refreshAndWait());
    if (m_service->model().chains().retryOf(QStringLiteral("list_701")).isEmpty()) {
        // seeds-only may leave retry_of out: the server's chain rule still answers.
        const ListRetryOutcome o = retryAndWait(QStringLiteral("list_700"));
        EXPECT_EQ(o.kind, Kind::Refused);
        EXPECT_EQ(o.message, kProcessingMessage);
        return;
    }
    const ListRetryOutcome o = retryAndWait(QStringLiteral("list_700"));
    EXPECT_EQ(o.kind, Kind::RefusedLocally);
    EXPECT_EQ(o.reason, Reason::Processing);
    EXPECT_EQ(o.blockingListId, QStringLiteral("list_701"));
    EXPECT_EQ(count(QStringLiteral("POST"), QStringLiteral("/retry")), 0);
}

TEST_F(ListServiceIntegration, TwoQuickRetries_OfOneList_SendOnePost_AndStartOneJob) {
    insertList(QStringLiteral("list_800"), BulkList::Status::Failed, 3000, 1200);
    ASSERT_TRUE(refreshAndWait());
    QList<ListRetryOutcome> got;
    m_service->retry(QStringLiteral("list_800"), [&](const ListRetryOutcome &o) { got.append(o); });
    EXPECT_TRUE(m_service->isRetrying(QStringLiteral("list_800")));
    m_service->retry(QStringLiteral("list_800"), [&](const ListRetryOutcome &o) { got.append(o); });
    ASSERT_TRUE(waitUntil([&] { return got.size() == 2; }));
    ASSERT_EQ(got[0].kind, Kind::Started) << got[0].message.toStdString();
    EXPECT_EQ(got[1].newList->id, got[0].newList->id) << "both clicks see the one job";
    EXPECT_EQ(got[1].idempotencyKey, got[0].idempotencyKey);
    EXPECT_EQ(count(QStringLiteral("POST"), QStringLiteral("/retry")), 1);
    EXPECT_EQ(m_server->listRetriesStarted(QStringLiteral("list_800")), 1);
}

TEST_F(ListServiceIntegration, ASecondWindowOfTheSameConnection_SharesTheServiceAndItsRetry) {
    insertList(QStringLiteral("list_810"), BulkList::Status::Completed, 100, 100);
    ListService *other = m_registry->serviceFor(
        {QStringLiteral("lists"), m_server->baseUrl(), QLatin1String(sandbox::kDemoListsKey)});
    ASSERT_EQ(other, m_service);
    int answers = 0;
    m_service->retry(QStringLiteral("list_810"), [&](const ListRetryOutcome &) { ++answers; });
    other->retry(QStringLiteral("list_810"), [&](const ListRetryOutcome &) { ++answers; });
    ASSERT_TRUE(waitUntil([&] { return answers == 2; }));
    EXPECT_EQ(m_server->listRetriesStarted(QStringLiteral("list_810")), 1);
}

TEST_F(ListServiceIntegration, A502OnTheFirstAttempt_IsRetriedWithTheSameKey_OneJobStarts) {
    insertList(QStringLiteral("list_900"), BulkList::Status::Failed, 3000, 1200);
    m_server->enqueueFault(sandbox::FaultKind::Http502, 1, QStringLiteral("/retry"));
    const ListRetryOutcome o = retryAndWait(QStringLiteral("list_900"));
    ASSERT_EQ(o.kind, Kind::Started) << o.message.toStdString();
    EXPECT_EQ(count(QStringLiteral("POST"), QStringLiteral("/retry")), 2) << "502, then 200";
    EXPECT_EQ(m_server->appliedCount(o.idempotencyKey), 1);
    EXPECT_EQ(m_server->listRetriesStarted(QStringLiteral("list_900")), 1);
}

TEST_F(ListServiceIntegration,
       AnAnswerLostAfterTheJobStarted_IsConfirmedByTheNextRetry_NotDoubled) {
    insertList(QStringLiteral("list_910"), BulkList::Status::Failed, 3000, 1200);
    // Applied, then the connection drops — on every attempt of this send.
    m_server->enqueueFault(sandbox::FaultKind::CommitThenDrop, 20, QStringLiteral("/retry"));
    const ListRetryOutcome lost = retryAndWait(QStringLiteral("list_910"));
    ASSERT_EQ(lost.kind, Kind::Unconfirmed) << lost.message.toStdString();
    EXPECT_TRUE(lost.retryable());
    EXPECT_FALSE(lost.advice.isEmpty());
    EXPECT_EQ(m_server->listRetriesStarted(QStringLiteral("list_910")), 1) << "it did start";

    m_server->clearScriptedFaults();
    const ListRetryOutcome again = retryAndWait(QStringLiteral("list_910"));
    ASSERT_EQ(again.kind, Kind::Started) << again.message.toStdString();
    EXPECT_EQ(again.idempotencyKey, lost.idempotencyKey) << "the same logical operation";
    EXPECT_TRUE(again.replayed);
    EXPECT_EQ(m_server->listRetriesStarted(QStringLiteral("list_910")), 1) << "never a second job";
}

TEST_F(ListServiceIntegration, FiveMinutesBetweenRetries_IsEnforcedPerChain_WithTheTimeItEnds) {
    insertList(QStringLiteral("list_950"), BulkList::Status::Failed, 200, 50);
    insertList(QStringLiteral("list_960"), BulkList::Status::Failed, 200, 50);
    ASSERT_TRUE(refreshAndWait());
    EXPECT_FALSE(m_service->nextRetryAllowedAt(QStringLiteral("list_950")))
        << "never retried: no wait";
    const QDateTime sent = m_clock.utcNow();
    const ListRetryOutcome first = retryAndWait(QStringLiteral("list_950"));
    ASSERT_EQ(first.kind, Kind::Started) << first.message.toStdString();
    const QString job = first.newList->id;

    // 200 addresses at 20/s: the job ends in 10 s, long before the 5 minutes.
    ASSERT_TRUE(waitUntil([&] { return m_service->model().list(job)->canRetry(); }, Millis(500)));
    const std::optional<QDateTime> allowed = m_service->nextRetryAllowedAt(job);
    ASSERT_TRUE(allowed);
    EXPECT_LE(qAbs(allowed->msecsTo(sent.addSecs(300))), 1000);
    EXPECT_EQ(m_service->nextRetryAllowedAt(QStringLiteral("list_950")), allowed)
        << "the same for every list of the chain";
    EXPECT_FALSE(m_service->nextRetryAllowedAt(QStringLiteral("list_960"))) << "another chain";

    const int posts = count(QStringLiteral("POST"), QStringLiteral("/retry"));
    for (const QString &id : {QStringLiteral("list_950"), job}) {
        const ListRetryOutcome o = retryAndWait(id);
        EXPECT_EQ(o.kind, Kind::RefusedLocally) << id.toStdString();
        EXPECT_EQ(o.reason, Reason::TooSoon);
        EXPECT_EQ(o.retryAllowedAt, allowed);
        EXPECT_TRUE(o.message.contains(u"5 minutes")) << o.message.toStdString();
    }
    EXPECT_EQ(count(QStringLiteral("POST"), QStringLiteral("/retry")), posts);
    EXPECT_EQ(retryAndWait(QStringLiteral("list_960")).kind, Kind::Started) << "its own chain";

    m_clock.advance(Millis(m_clock.utcNow().msecsTo(*allowed)));
    const ListRetryOutcome later = retryAndWait(job);
    EXPECT_EQ(later.kind, Kind::Started) << later.message.toStdString();
}

TEST_F(ListServiceIntegration, RetryMany_OneAfterAnother_AResultPerList_FailuresRetryable) {
    insertList(QStringLiteral("list_a"), BulkList::Status::Failed, 100, 10);
    insertList(QStringLiteral("list_b"), BulkList::Status::InProgress, 90000, 10);
    insertList(QStringLiteral("list_c"), BulkList::Status::Completed, 100, 100);
    ASSERT_TRUE(refreshAndWait());
    QList<int> progress;
    std::optional<QList<ListRetryOutcome>> done;
    m_service->retryMany(
        {QStringLiteral("list_a"), QStringLiteral("list_b"), QStringLiteral("list_missing"),
         QStringLiteral("list_c"), QStringLiteral("list_a")},
        [&](int n, int total, const ListRetryOutcome &) {
            EXPECT_EQ(total, 4) << "a list given twice is sent once";
            progress.append(n);
        },
        [&](const QList<ListRetryOutcome> &outcomes) { done = outcomes; });
    ASSERT_TRUE(waitUntil([&] { return done.has_value(); }));
    EXPECT_EQ(progress, (QList<int>{1, 2, 3, 4}));
    ASSERT_EQ(done->size(), 4);
    EXPECT_EQ(done->at(0).kind, Kind::Started);
    EXPECT_EQ(done->at(1).kind, Kind::RefusedLocally);
    EXPECT_EQ(done->at(1).reason, Reason::Processing);
    EXPECT_EQ(done->at(2).kind, Kind::Refused);
    EXPECT_EQ(done->at(2).httpStatus, 404);
    EXPECT_FALSE(done->at(2).message.isEmpty());
    EXPECT_EQ(done->at(3).kind, Kind::Started);
    EXPECT_EQ(ListRetryOutcome::retryableIds(*done),
              (QStringList{QStringLiteral("list_b"), QStringLiteral("list_missing")}));
    EXPECT_EQ(count(QStringLiteral("POST"), QStringLiteral("/retry")), 3);
}
