// Seed 000's "exponential backoff for status checking", measured at the sandbox on the fake
// clock: Queued / In Progress lists are polled after 5 s, 10, 20, 40 … at most every 5 minutes,
// after 5 s again once one changed, and not at all while nothing processes; polls are background
// work, and many lists in progress cost one listing per poll.
#include "ListServiceFixture.h"

#include "net/ApiClient.h"
#include "net/RateLimitTracker.h"

using namespace rd;
using namespace rd::test;

namespace {

const QString kListsPath = QStringLiteral("/v1/webhooks/email-validations/bulk-emails");

class ListPolling : public ListServiceFixture {
protected:
    // Jumps the fake clock to the next poll and serves its requests (the clock does not move
    // while they are answered, so the sandbox sees each poll at its exact due time).
    void runNextPoll() {
        ASSERT_TRUE(m_service->isPollScheduled()) << "no poll is scheduled";
        const Millis due = m_clock.nextDue();
        ASSERT_GE(due.count(), 0);
        m_clock.advance(due - m_clock.monotonicNow());
        ASSERT_TRUE(m_service->isPolling()) << "the timer that fired was not the poll";
        ASSERT_TRUE(settle([&] { return !m_service->isPolling(); }));
    }
    // Status GETs (…/bulk-emails/{id}) the sandbox answered, grouped by the time they arrived.
    QMap<qint64, int> statusChecksByTime(Millis since) const {
        QMap<qint64, int> out;
        for (const Request &r : m_requests) {
            if (r.method == u"GET" && r.path.startsWith(kListsPath + u'/') && r.at >= since) {
                ++out[(r.at - since).count()];
            }
        }
        return out;
    }
    int listingsSince(Millis since) const {
        int n = 0;
        for (const Request &r : m_requests) {
            n += r.method == u"GET" && r.path == kListsPath && r.at >= since;
        }
        return n;
    }
};

} // namespace

TEST_F(ListPolling, Intervals_DoubleFrom5sUpTo5Minutes_AndReturnTo5sWhenAListChanged) {
    // list_long processes far beyond the test; list_short ends at 700 s (14,000 at 20/s).
    insertList(QStringLiteral("list_long"), BulkList::Status::InProgress, 10'000'000);
    insertList(QStringLiteral("list_short"), BulkList::Status::InProgress, 14'000);
    ASSERT_TRUE(refreshAndWait());
    const Millis t0 = m_clock.monotonicNow();
    EXPECT_EQ(m_service->pollDelay(), ListService::kFirstPollDelay);

    runNextPoll();
    EXPECT_EQ(m_service->client().rateLimits().backgroundSent(m_service->client().hostKey()), 2)
        << "status checks are background work";
    for (int i = 1; i < 10; ++i) {
        runNextPoll();
    }
    EXPECT_EQ(m_service->model().list(QStringLiteral("list_short"))->status,
              BulkList::Status::Completed);

    const QMap<qint64, int> polls = statusChecksByTime(t0);
    QList<qint64> intervals;
    qint64 previous = 0;
    for (auto it = polls.begin(); it != polls.end(); ++it) {
        intervals.append((it.key() - previous) / 1000);
        previous = it.key();
    }
    EXPECT_EQ(intervals, (QList<qint64>{5, 10, 20, 40, 80, 160, 300, 300, 5, 10}));
    EXPECT_EQ(polls.values(), (QList<int>{2, 2, 2, 2, 2, 2, 2, 2, 1, 1}))
        << "one GET per list in progress; the completed one is no longer asked";
    EXPECT_EQ(listingsSince(t0 + Millis(1)), 0);
}

TEST_F(ListPolling, NothingInProgress_NothingIsPolled) {
    insertList(QStringLiteral("list_done"), BulkList::Status::Completed, 100, 100);
    insertList(QStringLiteral("list_failed"), BulkList::Status::Failed, 100, 40);
    ASSERT_TRUE(refreshAndWait());
    const int before = int(m_requests.size());
    EXPECT_FALSE(m_service->isPollScheduled());
    for (int minute = 0; minute < 30; ++minute) {
        m_clock.advance(Millis(60'000)); // fires whatever falls due
        pump(5);
    }
    EXPECT_EQ(int(m_requests.size()), before);
    EXPECT_EQ(m_clock.pendingTimers(), 0);
}

TEST_F(ListPolling, AQueuedListStartingToProcess_IsAChange_BackTo5s) {
    insertList(QStringLiteral("list_long"), BulkList::Status::InProgress, 10'000'000);
    ASSERT_TRUE(refreshAndWait());
    for (int i = 0; i < 4; ++i) {
        runNextPoll(); // 5, 10, 20, 40: the next one is 80 s away
    }
    EXPECT_EQ(m_service->pollDelay(), Millis(80'000));
    // A list queued on the server meanwhile; the user's refresh (F5) shows it.
    insertList(QStringLiteral("list_queued"), BulkList::Status::Queued, 1'000'000);
    ASSERT_TRUE(refreshAndWait());
    EXPECT_EQ(m_service->pollDelay(), ListService::kFirstPollDelay) << "a new list processes";
    const Millis t = m_clock.monotonicNow();
    runNextPoll(); // 5 s later: list_queued is now In Progress (Queued lasts 5 s)
    EXPECT_EQ(m_clock.monotonicNow() - t, Millis(5'000));
    EXPECT_EQ(m_service->model().list(QStringLiteral("list_queued"))->status,
              BulkList::Status::InProgress);
    EXPECT_EQ(m_service->pollDelay(), ListService::kFirstPollDelay) << "Queued → In Progress";
    runNextPoll();
    EXPECT_EQ(m_service->pollDelay(), Millis(10'000)) << "nothing changed: doubling again";
}

TEST_F(ListPolling, ARetryThatStartsAJob_ResetsTheBackoffTo5s) {
    insertList(QStringLiteral("list_long"), BulkList::Status::InProgress, 10'000'000);
    insertList(QStringLiteral("list_failed"), BulkList::Status::Failed, 1000, 300);
    ASSERT_TRUE(refreshAndWait());
    for (int i = 0; i < 3; ++i) {
        runNextPoll();
    }
    EXPECT_EQ(m_service->pollDelay(), Millis(40'000));
    std::optional<ListRetryOutcome> o;
    m_service->retry(QStringLiteral("list_failed"), [&](const ListRetryOutcome &r) { o = r; });
    ASSERT_TRUE(settle([&] { return o.has_value(); }));
    ASSERT_TRUE(o->started()) << o->message.toStdString();
    EXPECT_EQ(m_service->pollDelay(), ListService::kFirstPollDelay);
    const Millis t = m_clock.monotonicNow();
    runNextPoll();
    EXPECT_EQ(m_clock.monotonicNow() - t, Millis(5'000));
    EXPECT_EQ(statusChecksByTime(t).value(5'000), 2) << "list_long and the new job";
}

TEST_F(ListPolling, ManyListsInProgress_APollIsOneListing) {
    for (int i = 0; i < ListService::kListingPollFrom + 2; ++i) {
        insertList(QStringLiteral("list_%1").arg(100 + i), BulkList::Status::InProgress,
                   10'000'000);
    }
    ASSERT_TRUE(refreshAndWait());
    const Millis t0 = m_clock.monotonicNow();
    runNextPoll();
    runNextPoll();
    EXPECT_EQ(listingsSince(t0 + Millis(1)), 2);
    EXPECT_TRUE(statusChecksByTime(t0).isEmpty());
    EXPECT_EQ(m_service->pollDelay(), Millis(20'000));
}
