// RequestLog: a specification of the request-log table.
#include "net/RequestLog.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace rd;
using namespace rd::net;

TEST(RequestLog, AttemptRow_ShowsWhatTheIssueLists) {
    RequestLog log;
    const quint64 id = log.attemptStarted(QDateTime::currentDateTimeUtc(), "PUT",
                                          QUrl(QStringLiteral("http://h/v1/x?apiKey=abcdef")), 2,
                                          QStringLiteral("key-1"));
    log.attemptFinished(id, 503, QStringLiteral("req_9"), false, Millis(42),
                        QStringLiteral("HTTP 503"));
    log.waitScheduled(id, Millis(2500), WaitReason::RetryAfter);
    ASSERT_EQ(log.rowCount(), 1);
    auto cell = [&](RequestLog::Column c) { return log.index(0, c).data().toString(); };
    EXPECT_EQ(cell(RequestLog::Method), QStringLiteral("PUT"));
    // The path and query in the cell; the host in the tooltip and the raw value.
    EXPECT_EQ(cell(RequestLog::Url), QStringLiteral("/v1/x?apiKey=***"));
    EXPECT_EQ(log.index(0, RequestLog::Url).data(Qt::ToolTipRole).toString(),
              QStringLiteral("http://h/v1/x?apiKey=***"));
    EXPECT_EQ(log.index(0, RequestLog::Url).data(RequestLog::RawValueRole).toString(),
              QStringLiteral("http://h/v1/x?apiKey=***"));
    EXPECT_EQ(cell(RequestLog::Status), QStringLiteral("503"));
    EXPECT_EQ(cell(RequestLog::Attempt), QStringLiteral("2"));
    EXPECT_EQ(cell(RequestLog::Wait), QStringLiteral("2.5 s"));
    EXPECT_EQ(cell(RequestLog::WaitReason), QStringLiteral("Retry-After"));
    EXPECT_EQ(cell(RequestLog::RequestId), QStringLiteral("req_9"));
    EXPECT_EQ(cell(RequestLog::IdempotencyKey), QStringLiteral("key-1"));
    EXPECT_EQ(cell(RequestLog::Duration), QStringLiteral("42 ms"));
    EXPECT_EQ(log.index(0, RequestLog::Wait).data(RequestLog::RawValueRole).toLongLong(), 2500);
}

TEST(RequestLog, Update_EmitsOneDataChangedForTheRowsChangedRange) {
    RequestLog log;
    const quint64 id = log.attemptStarted({}, "GET", QUrl(QStringLiteral("http://h/")), 1, {});
    QSignalSpy changed(&log, &QAbstractItemModel::dataChanged);
    log.attemptFinished(id, 200, {}, false, Millis(1), QStringLiteral("ok"));
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toModelIndex().column(), int(RequestLog::Status));
    EXPECT_EQ(changed.at(0).at(1).toModelIndex().column(), int(RequestLog::Outcome));
}

TEST(RequestLog, Full_DropsTheOldestRowAndKeepsIdsPointingAtTheirRows) {
    RequestLog log(3);
    QList<quint64> ids;
    for (int i = 0; i < 5; ++i) {
        ids << log.attemptStarted({}, "GET", QUrl(QStringLiteral("http://h/")), i + 1, {});
    }
    EXPECT_EQ(log.rowCount(), 3);
    EXPECT_EQ(log.rowOf(ids[0]), -1);
    EXPECT_EQ(log.rowOf(ids[4]), 2);
    EXPECT_EQ(log.entry(log.rowOf(ids[3])).attempt, 4);
}
