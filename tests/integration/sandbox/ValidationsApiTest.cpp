// The validations API over loopback: every status and error code of seeds 001/002/003.
#include "SandboxTestSupport.h"

#include "sandbox/DemoData.h"

#include <QJsonArray>

using namespace rd;
using namespace rd::sandbox;
using namespace rd::sandbox::test;

namespace {

QString id(const char *s) {
    return QLatin1String(s);
}

class ValidationsApi : public SandboxTest {};

} // namespace

TEST_F(ValidationsApi, Account_ReportsUserPlanCapAndPermissions) {
    if (seedsOnly()) {
        GTEST_SKIP() << "GET /v1/account is RetryDesk's assumption; a seeds-only server has no "
                        "such endpoint (SeedsOnlyWire tests check its 404)";
    }
    const auto r = get(QStringLiteral("/v1/account"));
    EXPECT_EQ(r->status(), 200);
    const QJsonObject d = r->data().toObject();
    EXPECT_EQ(d.value(QLatin1String("user_id")).toString(), QLatin1String(kDemoUserId));
    EXPECT_EQ(
        d.value(QLatin1String("plan")).toObject().value(QLatin1String("retry_max_retries")).toInt(),
        5);
    EXPECT_EQ(d.value(QLatin1String("permissions")).toArray().size(), 4);
}

TEST_F(ValidationsApi, EveryAnswer_CarriesRequestIdInHeaderAndMeta) {
    for (const auto &r : {get(QStringLiteral("/v1/validations/") + id(demo::kPendingId)),
                          get(QStringLiteral("/v1/validations/abc"))}) {
        const QJsonObject meta = r->json().value(QLatin1String("meta")).toObject();
        EXPECT_TRUE(r->header("X-Request-Id").startsWith("req_"));
        EXPECT_EQ(meta.value(QLatin1String("requestId")).toString().toLatin1(),
                  r->header("X-Request-Id"));
        EXPECT_EQ(meta.value(QLatin1String("version")).toString(), QLatin1String("2026-07-01"));
    }
}

TEST_F(ValidationsApi, EveryAnswer_AlsoCarriesSnakeCaseRequestIdInMeta) {
    if (seedsOnly()) {
        GTEST_SKIP() << "meta.request_id beside meta.requestId is the full wire's choice; "
                        "seeds-only writes seed 003's meta {requestId, version}";
    }
    const auto r = get(QStringLiteral("/v1/validations/") + id(demo::kPendingId));
    EXPECT_EQ(r->json()
                  .value(QLatin1String("meta"))
                  .toObject()
                  .value(QLatin1String("request_id"))
                  .toString()
                  .toLatin1(),
              r->header("X-Request-Id"));
}

TEST_F(ValidationsApi, MissingBearer_Is401Unauthorized) {
    const auto r = send("GET", QStringLiteral("/v1/validations"));
    EXPECT_EQ(r->status(), 401);
    EXPECT_EQ(r->errorCode(), QLatin1String("unauthorized"));
    EXPECT_TRUE(r->json().value(QLatin1String("data")).isNull());
}

TEST_F(ValidationsApi, UnknownKey_Is401Unauthorized) {
    EXPECT_EQ(get(QStringLiteral("/v1/validations"), "mxcep_nope")->status(), 401);
}

TEST_F(ValidationsApi, ReadOnlyKey_CannotSetAPolicy_403Forbidden) {
    const auto r = putPolicy(id(demo::kEligibleId), policyBody(), {}, kDemoReadOnlyKey);
    EXPECT_EQ(r->status(), 403);
    EXPECT_EQ(r->errorCode(), QLatin1String("forbidden"));
    EXPECT_EQ(m_server->writesApplied(id(demo::kEligibleId)), 0);
}

TEST_F(ValidationsApi, AnotherUsersValidation_Is404NotFound) {
    EXPECT_EQ(get(QStringLiteral("/v1/validations/") + id(demo::kOtherUsersId))->errorCode(),
              QLatin1String("not_found"));
    const auto r = cancel(id(demo::kPendingId), {}, kOtherUserKey);
    EXPECT_EQ(r->status(), 404);
}

TEST_F(ValidationsApi, UnknownPath_Is404AndWrongMethod_Is405) {
    EXPECT_EQ(get(QStringLiteral("/v1/nothing"))->status(), 404);
    EXPECT_EQ(send("DELETE", QStringLiteral("/v1/validations"), {},
                   {{"Authorization", "Bearer mxcep_demo_update_key"}})
                  ->status(),
              405);
}

TEST_F(ValidationsApi, GetOne_ReturnsIdAndTheFullRetryState) {
    const auto r = get(QStringLiteral("/v1/validations/") + id(demo::kPendingId));
    ASSERT_EQ(r->status(), 200);
    const QJsonObject d = r->data().toObject();
    EXPECT_EQ(d.value(QLatin1String("id")).toString(), id(demo::kPendingId));
    QString why;
    const auto rs = RetryState::fromJson(d.value(QLatin1String("retry_state")).toObject(), &why);
    ASSERT_TRUE(rs) << why.toStdString();
    EXPECT_EQ(rs->terminalState, TerminalState::Pending);
    EXPECT_EQ(rs->nextAttemptAt,
              m_server->validation(id(demo::kPendingId))->retryState->nextAttemptAt);
}

TEST_F(ValidationsApi, GetOne_ReturnsTheDomainShapeWithRetryHistory) {
    if (seedsOnly()) {
        GTEST_SKIP() << "the validation's own fields and retry_history are RetryDesk's "
                        "assumptions; seeds-only varies the former and has no retry_history";
    }
    const auto r = get(QStringLiteral("/v1/validations/") + id(demo::kPendingId));
    ASSERT_EQ(r->status(), 200);
    QString why;
    const auto v = Validation::fromJson(r->data().toObject(), &why);
    ASSERT_TRUE(v) << why.toStdString();
    EXPECT_EQ(*v, *m_server->validation(id(demo::kPendingId)));
    EXPECT_EQ(r->data().toObject().value(QLatin1String("retry_history")).toArray().size(), 1);
}

TEST_F(ValidationsApi, NotAUuid_Is422InvalidUuid) {
    EXPECT_EQ(get(QStringLiteral("/v1/validations/abc"))->errorCode(),
              QLatin1String("invalid_uuid"));
    EXPECT_EQ(cancel(QStringLiteral("not-a-uuid"))->errorCode(), QLatin1String("invalid_uuid"));
}

TEST_F(ValidationsApi, List_FiltersByRetryStateAndPaginatesWithCursor) {
    QStringList seen;
    QString cursor;
    int pages = 0;
    do {
        const auto r = get(QStringLiteral("/v1/validations?retry_state=pending&limit=3") +
                           (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
        ASSERT_EQ(r->status(), 200);
        const QJsonObject meta = r->json().value(QLatin1String("meta")).toObject();
        for (const QJsonValue &v : r->data().toArray()) {
            EXPECT_EQ(v.toObject()
                          .value(QLatin1String("retry_state"))
                          .toObject()
                          .value(QLatin1String("terminal_state"))
                          .toString(),
                      QLatin1String("pending"));
            seen.append(v.toObject().value(QLatin1String("id")).toString());
        }
        cursor = meta.value(QLatin1String("next_cursor")).toString();
        EXPECT_EQ(meta.value(QLatin1String("has_more")).toBool(), !cursor.isEmpty());
        ++pages;
    } while (!cursor.isEmpty() && pages < 100);
    EXPECT_GT(pages, 1);
    EXPECT_EQ(seen.size(), QSet<QString>(seen.begin(), seen.end()).size()) << "no duplicates";
    EXPECT_TRUE(seen.contains(id(demo::kPendingId)));
}

TEST_F(ValidationsApi, List_FiltersByStatusAndSource) {
    if (seedsOnly()) {
        GTEST_SKIP() << "the status and source parameters are RetryDesk's assumption; a "
                        "seeds-only server ignores them (SeedsOnlyWire tests check that)";
    }
    const auto r = get(QStringLiteral("/v1/validations?status=valid&source=api&limit=1000"));
    ASSERT_EQ(r->status(), 200);
    ASSERT_FALSE(r->data().toArray().isEmpty());
    for (const QJsonValue &v : r->data().toArray()) {
        EXPECT_EQ(v.toObject().value(QLatin1String("outcome")).toString(), QLatin1String("valid"));
        EXPECT_EQ(v.toObject().value(QLatin1String("source")).toString(), QLatin1String("api"));
    }
    const auto none = get(QStringLiteral("/v1/validations?retry_state=none&limit=1000"));
    for (const QJsonValue &v : none->data().toArray()) {
        EXPECT_TRUE(v.toObject().value(QLatin1String("retry_state")).isNull());
    }
}

TEST_F(ValidationsApi, List_BadParameters_Are400InvalidParameterNamingTheField) {
    for (const char *q : {"limit=0", "limit=1001", "retry_state=bogus", "cursor=%%%"}) {
        const auto r = get(QStringLiteral("/v1/validations?") + QLatin1String(q));
        EXPECT_EQ(r->status(), 400) << q;
        EXPECT_EQ(r->errorCode(), QLatin1String("invalid_parameter")) << q;
        EXPECT_FALSE(r->json()
                         .value(QLatin1String("error"))
                         .toObject()
                         .value(QLatin1String("field"))
                         .toString()
                         .isEmpty());
    }
}

TEST_F(ValidationsApi, List_BadStatusOrSource_Is400InvalidParameter) {
    if (seedsOnly()) {
        GTEST_SKIP() << "the status and source parameters are RetryDesk's assumption; a "
                        "seeds-only server ignores them";
    }
    for (const char *q : {"status=maybe", "source=fax"}) {
        const auto r = get(QStringLiteral("/v1/validations?") + QLatin1String(q));
        EXPECT_EQ(r->status(), 400) << q;
        EXPECT_EQ(r->errorCode(), QLatin1String("invalid_parameter")) << q;
    }
}

TEST_F(ValidationsApi, PutPolicy_Answer_CarriesTheValidationId) {
    if (seedsOnly()) {
        GTEST_SKIP() << "seeds 001/002 list retry_state as the only response field; the id is "
                        "the full wire's addition";
    }
    const auto r = putPolicy(id(demo::kEligibleId), policyBody(3, 600));
    ASSERT_EQ(r->status(), 200);
    EXPECT_EQ(r->data().toObject().value(QLatin1String("id")).toString(), id(demo::kEligibleId));
}

TEST_F(ValidationsApi, PutPolicy_OnEligible_StartsAPendingCycle) {
    const auto r = putPolicy(id(demo::kEligibleId), policyBody(3, 600));
    ASSERT_EQ(r->status(), 200);
    const QJsonObject d = r->data().toObject();
    const auto rs = RetryState::fromJson(d.value(QLatin1String("retry_state")).toObject());
    ASSERT_TRUE(rs);
    EXPECT_EQ(rs->terminalState, TerminalState::Pending);
    EXPECT_EQ(rs->maxRetries, 3);
    EXPECT_EQ(rs->nextAttemptAt, m_server->serverNow().addSecs(600));
    EXPECT_EQ(m_server->writesApplied(id(demo::kEligibleId)), 1);
}

struct PolicyCase {
    const char *validationId;
    const char *key;
    QByteArray body;
    int status;
    const char *code;
};

void PrintTo(const PolicyCase &c, std::ostream *os) {
    *os << c.code << " for " << c.validationId;
}

class PutPolicyRejections : public SandboxTest, public ::testing::WithParamInterface<PolicyCase> {};

TEST_P(PutPolicyRejections, AnswersTheSeedCode) {
    const PolicyCase c = GetParam();
    const auto r = putPolicy(QLatin1String(c.validationId), c.body, {}, c.key);
    EXPECT_EQ(r->status(), c.status) << r->body().toStdString();
    EXPECT_EQ(r->errorCode(), QLatin1String(c.code));
    EXPECT_EQ(m_server->writesApplied(QLatin1String(c.validationId)), 0);
}

INSTANTIATE_TEST_SUITE_P(
    Seed002, PutPolicyRejections,
    ::testing::Values(
        PolicyCase{demo::kEligibleId, kDemoUpdateKey, SandboxTest::policyBody(3, 299), 422,
                   "retry_policy_invalid"},
        PolicyCase{demo::kEligibleId, kDemoUpdateKey, SandboxTest::policyBody(3, 86401), 422,
                   "retry_policy_invalid"},
        PolicyCase{demo::kEligibleId, kDemoUpdateKey, SandboxTest::policyBody(6, 600), 422,
                   "retry_policy_invalid"},
        PolicyCase{demo::kEligibleId, kDemoUpdateKey,
                   SandboxTest::policyBody(3, 600, R"(["valid"])"), 422, "retry_policy_invalid"},
        PolicyCase{demo::kEligibleId, kDemoUpdateKey, R"({"enabled":true})", 422,
                   "retry_policy_invalid"},
        PolicyCase{demo::kEligibleId, kDemoUpdateKey, "{not json", 400, "invalid_json"},
        PolicyCase{demo::kBulkImportId, kDemoUpdateKey, SandboxTest::policyBody(), 422,
                   "retry_not_supported_for_bulk"},
        PolicyCase{demo::kValidId, kDemoUpdateKey, SandboxTest::policyBody(), 422,
                   "retry_not_applicable"},
        PolicyCase{demo::kResolvedId, kDemoUpdateKey, SandboxTest::policyBody(), 422,
                   "retry_already_resolved"},
        PolicyCase{demo::kExhaustedId, kDemoUpdateKey, SandboxTest::policyBody(), 422,
                   "retry_already_resolved"},
        PolicyCase{demo::kTooOldId, kDemoUpdateKey, SandboxTest::policyBody(), 422,
                   "retry_age_exceeded"},
        PolicyCase{demo::kCappedEligibleId, kCappedUserKey, SandboxTest::policyBody(), 422,
                   "retry_pending_cap_exceeded"},
        PolicyCase{demo::kReactivationCapId, kDemoUpdateKey, SandboxTest::policyBody(), 422,
                   "reactivation_cap_exceeded"},
        PolicyCase{"0000000a-0000-4000-8000-0000000000ff", kDemoUpdateKey,
                   SandboxTest::policyBody(), 404, "not_found"}));

TEST_F(ValidationsApi, PutPolicy_OnCancelledCycle_ReactivatesIt) {
    const auto r = putPolicy(id(demo::kCancelledId), policyBody());
    ASSERT_EQ(r->status(), 200);
    EXPECT_EQ(m_server->validation(id(demo::kCancelledId))->retryState->terminalState,
              TerminalState::Pending);
    EXPECT_EQ(m_server->validation(id(demo::kCancelledId))->retryState->attemptsCompleted, 0);
}

TEST_F(ValidationsApi, CancelRetries_FirstCall_IsCancelledWithTimestamp) {
    const auto r = cancel(id(demo::kPendingId));
    ASSERT_EQ(r->status(), 200);
    const auto rs =
        RetryState::fromJson(r->data().toObject().value(QLatin1String("retry_state")).toObject());
    ASSERT_TRUE(rs);
    EXPECT_EQ(rs->terminalState, TerminalState::Cancelled);
    EXPECT_EQ(rs->cancelledAt, m_server->serverNow());
    EXPECT_FALSE(rs->nextAttemptAt);
}

TEST_F(ValidationsApi, CancelRetries_SecondCall_IsRetryNotActive) {
    ASSERT_EQ(cancel(id(demo::kPendingId))->status(), 200);
    const auto r = cancel(id(demo::kPendingId));
    EXPECT_EQ(r->status(), 422);
    EXPECT_EQ(r->errorCode(), QLatin1String("retry_not_active"));
    EXPECT_EQ(m_server->writesApplied(id(demo::kPendingId)), 1);
}
