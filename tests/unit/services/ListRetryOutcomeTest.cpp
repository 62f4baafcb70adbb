// Seed 000's refusals shown as the server said them, and which outcomes can be sent again.
#include "services/ListRetryOutcome.h"

#include <gtest/gtest.h>

using namespace rd;

TEST(ListRetryOutcome, AStringMessage_IsTheServersWordsVerbatim) {
    EXPECT_EQ(
        ListRetryOutcome::serverMessageOf(
            R"({"success":false,"message":"Cannot retry validation job that is currently processing"})"),
        QStringLiteral("Cannot retry validation job that is currently processing"));
}

TEST(ListRetryOutcome, AnObjectMessage_IsItsMessageOrError_ElseItsJson) {
    EXPECT_EQ(ListRetryOutcome::serverMessageOf(
                  R"({"success":false,"message":{"error":"List is locked","code":7}})"),
              QStringLiteral("List is locked"));
    EXPECT_EQ(ListRetryOutcome::serverMessageOf(R"({"success":false,"message":{"code":7}})"),
              QStringLiteral(R"({"code":7})"));
    EXPECT_EQ(ListRetryOutcome::serverMessageOf(R"({"success":false,"message":["a","b"]})"),
              QStringLiteral(R"(["a","b"])"));
}

TEST(ListRetryOutcome, ABodyThatIsNotASeed000Refusal_HasNoServerMessage) {
    EXPECT_TRUE(ListRetryOutcome::serverMessageOf("<html>502 Bad Gateway</html>").isEmpty());
    EXPECT_TRUE(ListRetryOutcome::serverMessageOf(R"({"success":true,"message":"ok"})").isEmpty());
    EXPECT_TRUE(ListRetryOutcome::serverMessageOf({}).isEmpty());
}

TEST(ListRetryOutcome, RetryableIds_AreEveryListThatStartedNoJob_InOrder_Once) {
    QList<ListRetryOutcome> outcomes(4);
    outcomes[0].listId = QStringLiteral("a");
    outcomes[0].kind = ListRetryOutcome::Kind::Started;
    outcomes[1].listId = QStringLiteral("b");
    outcomes[1].kind = ListRetryOutcome::Kind::Unconfirmed;
    outcomes[2].listId = QStringLiteral("c");
    outcomes[2].kind = ListRetryOutcome::Kind::RefusedLocally;
    outcomes[3].listId = QStringLiteral("b");
    outcomes[3].kind = ListRetryOutcome::Kind::Refused;
    EXPECT_EQ(ListRetryOutcome::retryableIds(outcomes),
              (QStringList{QStringLiteral("b"), QStringLiteral("c")}));
}
