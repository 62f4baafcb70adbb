// BulkList read tolerantly beyond seed 000's id and status.
#include "domain/BulkList.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace rd;

namespace {
std::optional<BulkList> read(const char *json) {
    return BulkList::fromJson(QJsonDocument::fromJson(json).object());
}
} // namespace

TEST(BulkListTolerance, CountsSentAsTheTotalAlone_IsTheTotal) {
    const auto l = read(R"({"id":"list_1","status":"Completed","counts":4000})");
    ASSERT_TRUE(l);
    EXPECT_EQ(l->total, 4000);
    EXPECT_EQ(l->processed, 0);
    const auto s = read(R"({"id":"list_1","counts":"250"})");
    ASSERT_TRUE(s);
    EXPECT_EQ(s->total, 250);
}

TEST(BulkListTolerance, CountsAsStringsOrNull_ReadWhatCanBeRead) {
    const auto l = read(
        R"({"id":"list_1","counts":{"total":"100","processed":40,"valid":null,"invalid":"x"}})");
    ASSERT_TRUE(l);
    EXPECT_EQ(l->total, 100);
    EXPECT_EQ(l->processed, 40);
    EXPECT_EQ(l->valid, 0);
    EXPECT_EQ(l->invalid, 0);
}

TEST(BulkListTolerance, OnlyTheIdIsRequired) {
    EXPECT_TRUE(read(R"({"id":12345})"));
    QString error;
    EXPECT_FALSE(
        BulkList::fromJson(QJsonDocument::fromJson(R"({"status":"Queued"})").object(), &error));
    EXPECT_EQ(error, QStringLiteral("id: missing"));
}

TEST(BulkListTolerance, ProcessedLeftOut_IsNotKnown_NotZeroProgress)
{
    const auto l = rd::BulkList::fromJson(QJsonDocument::fromJson(
        R"({"id":"list_1","status":"In Progress","counts":{"total":4000}})").object());
    ASSERT_TRUE(l);
    EXPECT_FALSE(l->processedKnown);
    EXPECT_EQ(l->toJson().value(QLatin1String("counts")).toObject().value(QLatin1String("processed")),
              QJsonValue(QJsonValue::Null));
    const auto known = rd::BulkList::fromJson(QJsonDocument::fromJson(
        R"({"id":"list_2","counts":{"total":4000,"processed":"12"}})").object());
    ASSERT_TRUE(known);
    EXPECT_TRUE(known->processedKnown);
    EXPECT_EQ(known->processed, 12);
}
