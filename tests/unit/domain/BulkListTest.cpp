#include "domain/BulkList.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace rd;

TEST(BulkList, SeedRetryAnswer_ParsesIdAndStatus)
{
    const auto doc = QJsonDocument::fromJson(R"({"success":true,"message":{"id":"list_67890","status":"In Progress"}})");
    const auto l = BulkList::fromJson(doc.object().value(QLatin1String("message")).toObject());
    ASSERT_TRUE(l.has_value());
    EXPECT_EQ(l->id, QStringLiteral("list_67890"));
    EXPECT_EQ(l->status, BulkList::Status::InProgress);
    EXPECT_FALSE(l->canRetry());
}

TEST(BulkList, CompletedAndFailed_CanBeRetried)
{
    BulkList l;
    l.id = QStringLiteral("list_1");
    l.status = BulkList::Status::Completed;
    EXPECT_TRUE(l.canRetry());
    l.status = BulkList::Status::Failed;
    EXPECT_TRUE(l.canRetry());
    l.status = BulkList::Status::Queued;
    EXPECT_FALSE(l.canRetry());
}

TEST(BulkList, FullRecord_RoundTrips)
{
    BulkList l;
    l.id = QStringLiteral("list_12345");
    l.name = QStringLiteral("November leads");
    l.status = BulkList::Status::Failed;
    l.total = 1000;
    l.processed = 400;
    l.valid = 300;
    l.invalid = 80;
    l.unknown = 20;
    l.createdAt = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    l.updatedAt = l.createdAt;
    l.retryOf = QStringLiteral("list_1");
    const auto back = BulkList::fromJson(l.toJson());
    ASSERT_TRUE(back.has_value());
    back->statusText.isEmpty(); // statusText is informational
    BulkList expected = l;
    expected.statusText = QStringLiteral("Failed");
    EXPECT_EQ(*back, expected);
    EXPECT_DOUBLE_EQ(back->progress(), 0.4);
}
