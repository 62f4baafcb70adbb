// Status polling of the lists screen (seed 000: exponential backoff for status checking), seen
// from the screen's status line, on the fake clock.
#include "ListsFixture.h"

#include <QSignalSpy>

namespace rd::test {
namespace {

BulkList inProgress(const char *id, int total) {
    BulkList l;
    l.id = QLatin1String(id);
    l.name = QString::fromLatin1(id);
    l.status = BulkList::Status::InProgress;
    l.total = total;
    l.createdAt = QDateTime(QDate(2026, 1, 1), QTime(11, 0), Qt::UTC);
    l.updatedAt = l.createdAt;
    return l;
}

class ListsPolling : public ListsFixture {
protected:
    void SetUp() override {
        // Two lists in progress: a long one, and one that finishes after 70 server seconds.
        m_h = std::make_unique<ui::ListsHarness>(m_clock, ui::ListsHarness::noLists());
        server().insertList(inProgress("list_long", 10'000'000));
        server().insertList(inProgress("list_short", 70 * 20));
        service().refresh();
        ASSERT_TRUE(m_h->waitForRefresh());
        ASSERT_EQ(model().rowCount(), 2);
    }
    QString nextCheck() {
        const QString s = screen().statusText();
        const int at = s.indexOf(QStringLiteral("next status check in "));
        return at < 0 ? s : s.mid(at + 21).section(QStringLiteral(" |"), 0, 0);
    }
};

TEST_F(ListsPolling, Intervals_Grow5_10_20_40_ThenResetTo5WhenAListFinishes) {
    QSignalSpy scheduled(&service(), &ListService::pollScheduled);
    ASSERT_TRUE(service().isPollScheduled());
    EXPECT_EQ(service().pollDelay().count(), 5'000);
    EXPECT_EQ(nextCheck(), QStringLiteral("5 s"));

    QList<qint64> delays;
    QStringList shown;
    for (int i = 0; i < 4; ++i) {
        ASSERT_TRUE(m_h->runScheduledPoll());
        delays << service().pollDelay().count();
        shown << nextCheck();
    }
    // Polls at 5, 15, 35 and 75 s: the short list (70 s of work) has finished at the fourth.
    EXPECT_EQ(delays, (QList<qint64>{10'000, 20'000, 40'000, 5'000}));
    EXPECT_EQ(shown, (QStringList{QStringLiteral("10 s"), QStringLiteral("20 s"),
                                  QStringLiteral("40 s"), QStringLiteral("5 s")}));
    EXPECT_EQ(status(QStringLiteral("list_short")), BulkList::Status::Completed);
    ASSERT_GE(scheduled.size(), 4);
    EXPECT_EQ(scheduled.last().at(0).toLongLong(), 5'000);
}

TEST_F(ListsPolling, NothingInProgress_NoPollAndNoNextCheck) {
    ASSERT_TRUE(m_h->runScheduledPoll());
    // Both lists finish; the poll that sees it is the last one.
    m_clock.advance(Millis(10'000'000 / 20 * 1000));
    service().refresh();
    ASSERT_TRUE(m_h->waitForRefresh());
    m_h->waitUntil([this] { return !service().isPolling(); });
    EXPECT_FALSE(service().isPollScheduled());
    EXPECT_FALSE(screen().statusText().contains(QStringLiteral("next status check")))
        << qPrintable(screen().statusText());
}

} // namespace
} // namespace rd::test
