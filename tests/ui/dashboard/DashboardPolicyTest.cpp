// The policy form against the sandbox: a policy saved through the real widgets, validate()'s
// errors inline before anything is sent, and every seed 002 422 code next to its field or as a
// sentence that says what to do.
#include "DashboardFixture.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

using namespace rd;
using rd::test::DashboardFixture;

namespace {

class DashboardPolicy : public DashboardFixture {};

TEST_F(DashboardPolicy, SavePolicy_OnAnEligibleValidation_StartsACycleTheTableShows) {
    const QString id = QLatin1String(sandbox::demo::kEligibleId);
    ASSERT_TRUE(m_h->selectAndLoad(id));
    screen().editPolicy();
    ui::RetryPolicyForm *form = screen().policyForm();
    form->maxRetriesBox()->setValue(4);
    form->intervalBox()->setValue(15);
    const WriteOutcome o = awaitWrite([&] { form->saveButton()->click(); });
    ASSERT_EQ(o.kind, WriteOutcome::Kind::Applied) << qPrintable(o.message);
    EXPECT_EQ(server().writesApplied(id), 1);
    const auto stored = server().validation(id);
    ASSERT_TRUE(stored && stored->retryState);
    EXPECT_EQ(stored->retryState->maxRetries, 4);
    EXPECT_EQ(stored->retryState->intervalSeconds, 900);
    EXPECT_FALSE(screen().isEditingPolicy());
    EXPECT_EQ(countdown(id), QStringLiteral("in 15 min"));
}

TEST_F(DashboardPolicy, InvalidValues_AreShownInlineAndNothingIsSent) {
    ASSERT_TRUE(m_h->selectAndLoad(QLatin1String(sandbox::demo::kEligibleId)));
    screen().editPolicy();
    ui::RetryPolicyForm *form = screen().policyForm();
    form->maxRetriesBox()->setValue(9); // the sandbox plan allows 5
    form->intervalBox()->setValue(2);   // minutes: below 5 min
    for (Outcome o : kRetryableOutcomes) {
        form->outcomeBox(o)->setChecked(false);
    }
    const int before = server().requestsReceived();
    form->saveButton()->click();
    if (server().options().wire == sandbox::WireMode::SeedsOnly) {
        // No GET /v1/account: the plan's cap is not known, so only the server can refuse 9.
        EXPECT_TRUE(form->errorText(QStringLiteral("max_retries")).isEmpty());
    } else {
        EXPECT_TRUE(form->errorText(QStringLiteral("max_retries")).contains(QStringLiteral("5")));
    }
    EXPECT_TRUE(
        form->errorText(QStringLiteral("interval_seconds")).contains(QStringLiteral("5 minutes")));
    EXPECT_FALSE(form->errorText(QStringLiteral("outcomes")).isEmpty());
    EXPECT_EQ(server().requestsReceived(), before);
    EXPECT_TRUE(screen().isEditingPolicy());
}

TEST_F(DashboardPolicy, AboveThePlansCap_IsRefusedOnTheField_WhetherOrNotTheCapIsKnown) {
    ASSERT_TRUE(m_h->selectAndLoad(QLatin1String(sandbox::demo::kEligibleId)));
    screen().editPolicy();
    ui::RetryPolicyForm *form = screen().policyForm();
    const bool capKnown = server().options().wire == sandbox::WireMode::Full;
    EXPECT_EQ(form->findChild<QLabel *>(QStringLiteral("policyCapNote"))->text(),
              capKnown ? QStringLiteral("at most 5 on your plan")
                       : QStringLiteral("your plan's cap is not known: the server checks it"));
    form->maxRetriesBox()->setValue(9);
    form->saveButton()->click();
    ASSERT_TRUE(m_h->waitUntil([&] { return !form->errorText(QStringLiteral("max_retries")).isEmpty(); }));
    // Known: the form's own check; not known: the server's 422 retry_policy_invalid, on the field.
    EXPECT_TRUE(form->errorText(QStringLiteral("max_retries")).contains(QStringLiteral("5")))
        << form->errorText(QStringLiteral("max_retries")).toStdString();
    EXPECT_EQ(server().writesApplied(QLatin1String(sandbox::demo::kEligibleId)), 0);
    EXPECT_TRUE(screen().isEditingPolicy());
}

TEST_F(DashboardPolicy, Preview_ListsTheNextAttemptTimes) {
    ASSERT_TRUE(m_h->selectAndLoad(QLatin1String(sandbox::demo::kEligibleId)));
    screen().editPolicy();
    ui::RetryPolicyForm *form = screen().policyForm();
    form->intervalBox()->setValue(10);
    form->maxRetriesBox()->setValue(3);
    EXPECT_EQ(form->previewText(),
              QStringLiteral("Next attempts if saved now: 2026-01-01 12:10:00 UTC, 2026-01-01 "
                             "12:20:00 UTC, 2026-01-01 12:30:00 UTC"));
}

struct Case422 {
    const char *key;
    const char *id;
    const char *code;
    const char *field; // "" when shown as a sentence
    const char *says;  // part of what the user reads
};

void PrintTo(const Case422 &c, std::ostream *os) {
    *os << c.code;
}

class DashboardPolicy422 : public DashboardFixture, public ::testing::WithParamInterface<Case422> {
protected:
    void SetUp() override { start(QLatin1String(GetParam().key)); }
};

TEST_P(DashboardPolicy422, ServerRefusal_IsShownWhereTheUserLooks) {
    const Case422 c = GetParam();
    ASSERT_TRUE(m_h->selectAndLoad(QLatin1String(c.id)));
    screen().editPolicy();
    const WriteOutcome o = awaitWrite([&] { screen().policyForm()->saveButton()->click(); });
    EXPECT_EQ(o.kind, WriteOutcome::Kind::Rejected);
    EXPECT_EQ(o.code, QLatin1String(c.code));
    const QString shown = screen().policyForm()->errorText(QLatin1String(c.field));
    EXPECT_TRUE(shown.contains(QLatin1String(c.says))) << qPrintable(shown);
    EXPECT_TRUE(shown.contains(o.requestId)) << "the request id to cite";
    EXPECT_TRUE(screen().isEditingPolicy()) << "the form stays open to correct or discard";
}

INSTANTIATE_TEST_SUITE_P(
    EveryCode, DashboardPolicy422,
    ::testing::Values(Case422{sandbox::kDemoUpdateKey, sandbox::demo::kBulkImportId,
                              "retry_not_supported_for_bulk", "", "bulk import"},
                      Case422{sandbox::kDemoUpdateKey, sandbox::demo::kValidId,
                              "retry_not_applicable", "", "can be retried"},
                      Case422{sandbox::kDemoUpdateKey, sandbox::demo::kResolvedId,
                              "retry_already_resolved", "", "already ended"},
                      Case422{sandbox::kDemoUpdateKey, sandbox::demo::kTooOldId,
                              "retry_age_exceeded", "", "older than"},
                      Case422{sandbox::kDemoUpdateKey, sandbox::demo::kReactivationCapId,
                              "reactivation_cap_exceeded", "", "re-enabled"},
                      Case422{sandbox::kCappedUserKey, sandbox::demo::kCappedEligibleId,
                              "retry_pending_cap_exceeded", "enabled", "pending retry cycles"}),
    [](const ::testing::TestParamInfo<Case422> &info) { return std::string(info.param.code); });

TEST_F(DashboardPolicy, RetryPolicyInvalidFromTheServer_IsShownNextToItsField) {
    // The form never sends what validate() refuses; a server with a stricter rule still answers
    // retry_policy_invalid with the field at fault.
    ASSERT_TRUE(m_h->selectAndLoad(QLatin1String(sandbox::demo::kEligibleId)));
    screen().editPolicy();
    RetryPolicy tooMany;
    tooMany.enabled = true;
    tooMany.maxRetries = 50;
    tooMany.intervalSeconds = 600;
    tooMany.outcomes = kRetryableOutcomes;
    std::optional<WriteOutcome> o;
    m_h->service().setPolicy(QLatin1String(sandbox::demo::kEligibleId), tooMany,
                             [&](const WriteOutcome &w) { o = w; });
    ASSERT_TRUE(m_h->waitUntil([&] { return o.has_value(); }));
    ASSERT_EQ(o->code, QStringLiteral("retry_policy_invalid"));
    screen().policyForm()->showOutcome(*o);
    EXPECT_EQ(o->field, QStringLiteral("max_retries"));
    EXPECT_FALSE(screen().policyForm()->errorText(QStringLiteral("max_retries")).isEmpty());
}

} // namespace
