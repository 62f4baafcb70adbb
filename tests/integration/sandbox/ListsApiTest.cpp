// The bulk-lists API of seed 000 over loopback: ?apiKey=, retry answers, progress over time.
#include "SandboxTestSupport.h"

#include "sandbox/DemoData.h"

#include <QJsonArray>

using namespace rd;
using namespace rd::sandbox;
using namespace rd::sandbox::test;

namespace {

class ListsApi : public SandboxTest {
protected:
    std::unique_ptr<Exchange> lists(const QString &suffix, const QByteArray &method = "GET",
                                    const char *key = kDemoListsKey) {
        return send(method, QStringLiteral("/v1/webhooks/email-validations/bulk-emails%1?apiKey=%2")
                                .arg(suffix, QLatin1String(key)));
    }
};

} // namespace

TEST_F(ListsApi, Retry_CompletedList_AnswersSeedShapeWithANewListId) {
    const auto r = lists(QStringLiteral("/list_12345/retry"), "POST");
    ASSERT_EQ(r->status(), 200);
    EXPECT_TRUE(r->json().value(QLatin1String("success")).toBool());
    const QJsonObject m = r->json().value(QLatin1String("message")).toObject();
    EXPECT_NE(m.value(QLatin1String("id")).toString(), QLatin1String("list_12345"));
    EXPECT_TRUE(m.value(QLatin1String("id")).toString().startsWith(QLatin1String("list_")));
    EXPECT_EQ(m.value(QLatin1String("status")).toString(), QLatin1String("In Progress"));
    const auto created = m_server->list(m.value(QLatin1String("id")).toString());
    ASSERT_TRUE(created);
    EXPECT_EQ(created->retryOf, QLatin1String("list_12345"));
}

TEST_F(ListsApi, Retry_ProcessingList_IsTheSeedError) {
    for (const char *id : {demo::kProcessingListId, demo::kQueuedListId}) {
        const auto r = lists(QStringLiteral("/%1/retry").arg(QLatin1String(id)), "POST");
        EXPECT_EQ(r->status(), 422);
        EXPECT_EQ(
            r->body(),
            QByteArray(
                R"({"message":"Cannot retry validation job that is currently processing","success":false})"));
    }
}

TEST_F(ListsApi, MissingOrWrongKey_Is401InListsShape) {
    const auto r =
        send("POST", QStringLiteral("/v1/webhooks/email-validations/bulk-emails/list_12345/retry"));
    EXPECT_EQ(r->status(), 401);
    EXPECT_FALSE(r->json().value(QLatin1String("success")).toBool(true));
    EXPECT_EQ(lists(QStringLiteral("/list_12345/retry"), "POST", "nope")->status(), 401);
}

TEST_F(ListsApi, ReadOnlyKey_Is403AndOtherUsersList_Is404) {
    EXPECT_EQ(lists(QStringLiteral("/list_12345/retry"), "POST", kDemoReadOnlyKey)->status(), 403);
    EXPECT_EQ(lists(QStringLiteral("/list_22222/retry"), "POST")->status(), 404);
    EXPECT_EQ(lists(QStringLiteral("/list_22222"))->status(), 404);
}

TEST_F(ListsApi, All_ReturnsTheUsersListsWithIdAndStatus) {
    const auto r = lists({});
    ASSERT_EQ(r->status(), 200);
    const QJsonArray a = r->json().value(QLatin1String("message")).toArray();
    EXPECT_EQ(a.size(), 12);
    for (const QJsonValue &v : a) {
        const QString listId = v.toObject().value(QLatin1String("id")).toString();
        const auto stored = m_server->list(listId);
        ASSERT_TRUE(stored) << listId.toStdString();
        EXPECT_EQ(v.toObject().value(QLatin1String("status")).toString(),
                  BulkList::toWire(stored->status));
        EXPECT_NE(listId, QLatin1String(demo::kOtherUsersListId));
    }
}

TEST_F(ListsApi, All_ListsAreExactlyTheDomainObjects) {
    if (seedsOnly()) {
        GTEST_SKIP() << "a list's fields besides id and status are RetryDesk's assumption; "
                        "seeds-only varies them";
    }
    for (const QJsonValue &v : lists({})->json().value(QLatin1String("message")).toArray()) {
        const auto stored = m_server->list(v.toObject().value(QLatin1String("id")).toString());
        ASSERT_TRUE(stored);
        EXPECT_EQ(v.toObject(), stored->toJson());
        EXPECT_TRUE(BulkList::fromJson(v.toObject()));
    }
}

TEST_F(ListsApi, Status_ProgressesOverTimeUntilRetryable) {
    const QString newId = lists(QStringLiteral("/list_12345/retry"), "POST")
                              ->json()
                              .value(QLatin1String("message"))
                              .toObject()
                              .value(QLatin1String("id"))
                              .toString();
    // seed 000 advises checking the status; only id and status are defined, so the progress is
    // read from the server's record.
    auto status = [&] {
        const QJsonObject m =
            lists(QStringLiteral("/") + newId)->json().value(QLatin1String("message")).toObject();
        EXPECT_EQ(m.value(QLatin1String("id")).toString(), newId);
        return m.value(QLatin1String("status")).toString();
    };
    EXPECT_EQ(status(), BulkList::toWire(m_server->list(newId)->status));
    const int before = m_server->list(newId)->processed;
    m_clock.advance(std::chrono::seconds(30));
    EXPECT_EQ(status(), BulkList::toWire(m_server->list(newId)->status));
    EXPECT_GT(m_server->list(newId)->processed, before);
    m_clock.advance(std::chrono::hours(2));
    const auto done = m_server->list(newId);
    EXPECT_TRUE(done->canRetry()) << BulkList::toWire(done->status).toStdString();
    EXPECT_EQ(lists(QStringLiteral("/") + newId + QStringLiteral("/retry"), "POST")->status(), 200);
}
