// WriteOutcome: the client's result of a write turned into what the screen shows.
#include "services/WriteOutcome.h"

#include <gtest/gtest.h>

using namespace rd;

namespace {

api::Reply<api::RetryStateUpdate> rejected(int status, const char *code, const char *field = "") {
    api::Reply<api::RetryStateUpdate> r;
    r.result.httpStatus = status;
    r.result.errorKind = net::ErrorKind::Terminal;
    r.result.error.httpStatus = status;
    r.result.error.code = QLatin1String(code);
    r.result.error.field = QLatin1String(field);
    r.result.error.message = QStringLiteral("server words");
    r.result.requestId = QStringLiteral("req_0123");
    r.result.userMessage = QStringLiteral("generic");
    return r;
}

TEST(WriteOutcome, RetryNotActive_IsAlreadyEndedWithTheRequestId) {
    const WriteOutcome o = WriteOutcome::from(rejected(422, "retry_not_active"));
    EXPECT_EQ(o.kind, WriteOutcome::Kind::AlreadyEnded);
    EXPECT_TRUE(o.message.startsWith(QStringLiteral("This cycle has already ended")));
    EXPECT_TRUE(o.message.contains(QStringLiteral("req_0123")));
}

TEST(WriteOutcome, PolicyInvalid_NamesTheFieldWithoutTheWrapper) {
    const WriteOutcome o =
        WriteOutcome::from(rejected(422, "retry_policy_invalid", "retry_policy.interval_seconds"));
    EXPECT_EQ(o.kind, WriteOutcome::Kind::Rejected);
    EXPECT_EQ(o.field, QStringLiteral("interval_seconds"));
    EXPECT_TRUE(o.message.startsWith(QStringLiteral("server words")));
}

TEST(WriteOutcome, EveryBusinessCode_HasItsOwnAdvice) {
    for (const char *code :
         {"retry_not_supported_for_bulk", "retry_not_applicable", "retry_already_resolved",
          "retry_age_exceeded", "retry_pending_cap_exceeded", "reactivation_cap_exceeded"}) {
        const WriteOutcome o = WriteOutcome::from(rejected(422, code));
        EXPECT_EQ(o.kind, WriteOutcome::Kind::Rejected) << code;
        EXPECT_FALSE(o.message.startsWith(QStringLiteral("generic"))) << code;
    }
}

TEST(WriteOutcome, NotFound_IsAFailureWithTheClientsSentence) {
    const WriteOutcome o = WriteOutcome::from(rejected(404, "not_found"));
    EXPECT_EQ(o.kind, WriteOutcome::Kind::Failed);
    EXPECT_TRUE(o.message.startsWith(QStringLiteral("generic")));
}

} // namespace
