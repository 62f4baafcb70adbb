// The lists listing read tolerantly: an item that is not a list is counted and kept with its
// reason and JSON, never dropped silently, and never costs the other lists.
#include "api/PayloadMapping.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace rd;
using namespace rd::api;

namespace {

net::Result lists(const char *body) {
    net::Result r;
    r.httpStatus = 200;
    r.body = QByteArray(body);
    r.payload = QJsonDocument::fromJson(r.body).object(); // seed 000: the whole document
    return r;
}

} // namespace

TEST(BulkListPage, UnreadableItems_AreCountedWithReasonAndJson_TheOthersRead) {
    QString error;
    const auto page = mapping::bulkListPage(
        lists(R"({"success":true,"message":[{"id":"list_1","status":"Completed"},
            {"name":"no id","status":"Failed"}, 42, {"id":"list_2","status":"Queued"}]})"),
        &error);
    ASSERT_TRUE(page) << error.toStdString();
    ASSERT_EQ(page->items.size(), 2);
    EXPECT_EQ(page->items[1].id, QStringLiteral("list_2"));
    EXPECT_EQ(page->unreadableCount, 2);
    ASSERT_EQ(page->unreadable.size(), 2);
    EXPECT_EQ(page->unreadable[0].reason, QStringLiteral("message[1].id: missing"));
    EXPECT_EQ(page->unreadable[0].raw, QByteArray(R"({"name":"no id","status":"Failed"})"));
    EXPECT_EQ(page->unreadable[1].reason, QStringLiteral("message[2]: not an object"));
    EXPECT_EQ(page->unreadable[1].raw, QByteArray("42"));
    EXPECT_FALSE(page->hasMore);
}

TEST(BulkListPage, AMessageThatIsNotAnArray_RefusesTheAnswerAndSaysWhy) {
    QString error;
    EXPECT_FALSE(mapping::bulkListPage(lists(R"({"success":true,"message":{"id":"x"}})"), &error));
    EXPECT_EQ(error, QStringLiteral("message: expected an array"));
}

TEST(BulkListPage, AllOrNothingBulkLists_RefusesWithTheFirstUnreadableReason) {
    QString error;
    EXPECT_FALSE(mapping::bulkLists(
        lists(R"({"success":true,"message":[{"id":"list_1"},{"status":"Queued"}]})"), &error));
    EXPECT_EQ(error, QStringLiteral("message[1].id: missing"));
}
