// The one mapping from API answers to domain values (app/api/PayloadMapping), fed literal JSON
// exactly as docs/api.md documents it.
#include "api/PayloadMapping.h"
#include "domain/JsonUtil.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace rd;
using namespace rd::api;

namespace {

// A successful Result as the client builds it: the body, and payload = data of an envelope or
// the whole document (seed 000).
net::Result okResult(const char *body) {
    net::Result r;
    r.httpStatus = 200;
    r.body = QByteArray(body);
    r.payload = json::unwrapData(QJsonDocument::fromJson(r.body).object());
    return r;
}

constexpr auto kValidation =
    R"({"id":"0000000a-0000-4000-8000-000000000002","tracking_key":"MBAN01002",
  "amount":"1250.50","sender_bank":"BBVA","receiver_bank":"BANORTE","payment_date":"2026-01-01",
  "outcome":"not_found","source":"api","created_at":"2026-01-01T10:00:00Z",
  "updated_at":"2026-01-01T11:00:00Z","retry_state":{"enabled":true,"max_retries":3,
  "interval_seconds":600,"outcomes":["not_found"],"attempts_completed":1,
  "next_attempt_at":"2026-01-01T12:10:00Z","resolved_at":null,"exhausted_at":null,
  "cancelled_at":null,"terminal_state":"pending"}})";

} // namespace

TEST(PayloadMapping, ValidationPage_ReadsItemsAndCursorFromMeta) {
    const QByteArray body =
        QByteArray(R"({"data":[)") + kValidation +
        R"(],"error":null,"meta":{"requestId":"req_1","next_cursor":"c2","has_more":true}})";
    QString error;
    const auto page = mapping::validationPage(okResult(body.constData()), &error);
    ASSERT_TRUE(page) << error.toStdString();
    ASSERT_EQ(page->items.size(), 1);
    EXPECT_EQ(page->items[0].amountCents, 125050);
    EXPECT_EQ(page->items[0].retryState->attemptsCompleted, 1);
    EXPECT_EQ(page->nextCursor, QStringLiteral("c2"));
    EXPECT_TRUE(page->hasMore);
}

TEST(PayloadMapping, ValidationPage_LastPageHasNoCursor) {
    const auto page = mapping::validationPage(
        okResult(R"({"data":[],"error":null,"meta":{"next_cursor":null,"has_more":false}})"),
        nullptr);
    ASSERT_TRUE(page);
    EXPECT_TRUE(page->items.isEmpty());
    EXPECT_FALSE(page->hasMore);
    EXPECT_TRUE(page->nextCursor.isEmpty());
}

TEST(PayloadMapping, ValidationPage_BadItem_IsSkippedCountedAndKept_OthersRead) {
    const QByteArray body = QByteArray(R"({"data":[)") + kValidation +
                            R"(,{"id":"nope"},7],"error":null,"meta":{}})";
    QString error;
    const auto page = mapping::validationPage(okResult(body.constData()), &error);
    ASSERT_TRUE(page) << error.toStdString();
    EXPECT_EQ(page->items.size(), 1);
    EXPECT_EQ(page->unreadableCount, 2);
    ASSERT_EQ(page->unreadable.size(), 2);
    EXPECT_EQ(page->unreadable[0].reason, QStringLiteral("id: not a UUID"));
    EXPECT_EQ(page->unreadable[0].raw, QByteArray(R"({"id":"nope"})"));
    EXPECT_EQ(page->unreadable[1].reason, QStringLiteral("not an object"));
    EXPECT_EQ(page->unreadable[1].raw, QByteArray("7"));
}

TEST(PayloadMapping, ValidationPage_OnlySeedFields_IsRead) {
    const QByteArray body = R"({"data":[{"id":"0000000a-0000-4000-8000-000000000001",
        "retry_state":null,"x_extra":{"a":1}}]})";
    QString error;
    const auto page = mapping::validationPage(okResult(body.constData()), &error);
    ASSERT_TRUE(page) << error.toStdString();
    ASSERT_EQ(page->items.size(), 1);
    EXPECT_FALSE(page->items[0].amountCents);
    EXPECT_FALSE(page->items[0].outcome);
    EXPECT_FALSE(page->hasMore);
}

TEST(PayloadMapping, ValidationDetail_ReadsRetryHistory) {
    QByteArray v(kValidation);
    v.chop(1);
    const QByteArray body =
        R"({"data":)" + v +
        R"(,"retry_history":[{"attempt":1,"at":"2026-01-01T12:00:00Z","outcome":"cep_unavailable"}]},"error":null,"meta":{}})";
    QString error;
    const auto d = mapping::validationDetail(okResult(body.constData()), &error);
    ASSERT_TRUE(d) << error.toStdString();
    ASSERT_EQ(d->history.size(), 1);
    EXPECT_EQ(d->history[0].outcome, Outcome::CepUnavailable);
    EXPECT_EQ(d->history[0].at, QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC));
    EXPECT_EQ(d->toJson().value(QLatin1String("retry_history")).toArray().size(), 1);
}

TEST(PayloadMapping, ValidationDetail_HistoryWithUnknownOutcome_KeepsTheServersWord) {
    QByteArray v(kValidation);
    v.chop(1);
    const QByteArray body =
        R"({"data":)" + v +
        R"(,"retry_history":[{"attempt":1,"at":"2026-01-01T12:00:00Z","outcome":"maybe"},{"attempt":"x"}]},"error":null,"meta":{}})";
    QString error;
    const auto d = mapping::validationDetail(okResult(body.constData()), &error);
    ASSERT_TRUE(d) << error.toStdString();
    ASSERT_EQ(d->history.size(), 1);
    EXPECT_FALSE(d->history[0].outcome);
    EXPECT_EQ(d->history[0].outcomeText, QStringLiteral("maybe"));
    // retry_history is RetryDesk's assumption: an entry it cannot read is counted, not fatal.
    EXPECT_EQ(d->unreadableHistory, 1);
    EXPECT_TRUE(d->historyProblem.startsWith(QLatin1String("retry_history[1].attempt")));
}

TEST(PayloadMapping, RetryStateUpdate_WithoutId_IsRead) {
    // seeds 001/002 list only retry_state in the write answers.
    const auto u = mapping::retryStateUpdate(
        okResult(R"({"data":{"retry_state":{"enabled":false,"max_retries":null,
          "interval_seconds":null,"outcomes":null,"attempts_completed":0,"next_attempt_at":null,
          "resolved_at":null,"exhausted_at":null,"cancelled_at":null,"terminal_state":null}},
          "error":null,"meta":{"requestId":"req_1"}})"),
        nullptr);
    ASSERT_TRUE(u);
    EXPECT_TRUE(u->id.isEmpty());
    EXPECT_FALSE(u->retryState.enabled);
}

TEST(PayloadMapping, RetryStateUpdate_ReadsIdAndCancelledState) {
    const auto u = mapping::retryStateUpdate(
        okResult(R"({"data":{"id":"0000000a-0000-4000-8000-000000000002","retry_state":{
          "enabled":true,"max_retries":3,"interval_seconds":600,"outcomes":["not_found"],
          "attempts_completed":1,"next_attempt_at":null,"resolved_at":null,"exhausted_at":null,
          "cancelled_at":"2026-01-01T12:01:00Z","terminal_state":"cancelled"}},"error":null,"meta":{}})"),
        nullptr);
    ASSERT_TRUE(u);
    EXPECT_EQ(u->id, QStringLiteral("0000000a-0000-4000-8000-000000000002"));
    EXPECT_EQ(u->retryState.terminalState, TerminalState::Cancelled);
}

TEST(PayloadMapping, RetryStateUpdate_WithoutRetryState_IsADecodeError) {
    QString error;
    EXPECT_FALSE(mapping::retryStateUpdate(okResult(R"({"data":{"id":"x"},"meta":{}})"), &error));
    EXPECT_EQ(error, QStringLiteral("data.retry_state: expected an object"));
}

TEST(PayloadMapping, Account_ReadsPlanCapAndPermissions) {
    const auto a = mapping::account(
        okResult(R"({"data":{"user_id":"usr_demo","plan":{"name":"sandbox","retry_max_retries":7},
          "permissions":["validations:read","validations:update"]},"error":null,"meta":{}})"),
        nullptr);
    ASSERT_TRUE(a);
    EXPECT_EQ(a->userId, QStringLiteral("usr_demo"));
    EXPECT_EQ(a->retryMaxRetries, 7);
    EXPECT_TRUE(a->can(QStringLiteral("validations:update")));
    EXPECT_FALSE(a->can(QStringLiteral("lists:write")));
}

TEST(PayloadMapping, Account_FractionalCap_IsADecodeError) {
    QString error;
    EXPECT_FALSE(mapping::account(
        okResult(R"({"data":{"user_id":"u","plan":{"retry_max_retries":2.5}},"meta":{}})"),
        &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("data.plan.retry_max_retries")))
        << error.toStdString();
}

TEST(PayloadMapping, BulkListRetry_ReadsTheNewListFromSeed000Message) {
    const auto l = mapping::bulkList(
        okResult(R"({"success":true,"message":{"id":"list_67890","status":"In Progress"}})"),
        nullptr);
    ASSERT_TRUE(l);
    EXPECT_EQ(l->id, QStringLiteral("list_67890"));
    EXPECT_EQ(l->status, BulkList::Status::InProgress);
}

TEST(PayloadMapping, BulkLists_ReadsEveryList) {
    const auto lists = mapping::bulkLists(
        okResult(R"({"success":true,"message":[{"id":"list_1","name":"a","status":"Completed",
          "counts":{"total":10,"processed":10,"valid":8,"invalid":1,"unknown":1}},
          {"id":"list_2","status":"Queued"}]})"),
        nullptr);
    ASSERT_TRUE(lists);
    ASSERT_EQ(lists->size(), 2);
    EXPECT_EQ((*lists)[0].valid, 8);
    EXPECT_EQ((*lists)[1].status, BulkList::Status::Queued);
}

TEST(PayloadMapping, BulkList_SuccessFalse_IsNeverAValue) {
    QString error;
    EXPECT_FALSE(mapping::bulkList(okResult(R"({"success":false,"message":"nope"})"), &error));
    EXPECT_EQ(error, QStringLiteral("success: expected true"));
}

TEST(PayloadMapping, BulkLists_MessageNotAnArray_IsADecodeError) {
    QString error;
    EXPECT_FALSE(mapping::bulkLists(okResult(R"({"success":true,"message":{"id":"x"}})"), &error));
    EXPECT_EQ(error, QStringLiteral("message: expected an array"));
}

TEST(PayloadMapping, ListsSuccessWithoutMessage_SaysWhy) {
    // Found by fuzzing: the mapping refused it without saying why.
    QString error;
    EXPECT_FALSE(mapping::bulkList(okResult(R"({"success":true})"), &error));
    EXPECT_EQ(error, QStringLiteral("message: missing"));
    error.clear();
    EXPECT_FALSE(mapping::bulkLists(okResult(R"({"success":true})"), &error));
    EXPECT_EQ(error, QStringLiteral("message: missing"));
}
