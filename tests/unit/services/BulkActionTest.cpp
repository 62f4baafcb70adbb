// The bulk dry run (seeds 001/002's preconditions on what the table knows) and the ETA from the
// key's rate limit.
#include "services/BulkAction.h"

#include <QJsonDocument>
#include <QLocale>

#include <gtest/gtest.h>

using namespace rd;

namespace {

const QDateTime kNow = QDateTime::fromMSecsSinceEpoch(1767268800000, Qt::UTC);

Validation make(int n, Outcome outcome = Outcome::NotFound, Source source = Source::Api,
                qint64 ageSeconds = 3600) {
    Validation v;
    v.id = QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
    v.outcome = outcome;
    v.source = source;
    v.createdAt = kNow.addSecs(-ageSeconds);
    return v;
}

RetryState state(TerminalState t) {
    RetryState s;
    s.enabled = t == TerminalState::Pending;
    s.terminalState = t;
    return s;
}

RetryPolicy policy() {
    RetryPolicy p;
    p.enabled = true;
    p.maxRetries = 3;
    p.intervalSeconds = 600;
    p.outcomes = QList<Outcome>{Outcome::NotFound};
    return p;
}

TEST(BulkDryRun, Policy_FollowsSeed002sPreconditions) {
    QList<Validation> vs{make(1), make(2, Outcome::Valid), make(3, Outcome::Error, Source::BulkImport),
                         make(4, Outcome::Error, Source::Api, 31LL * 24 * 3600), make(5)};
    vs[4].retryState = state(TerminalState::Exhausted);
    Validation cancelled = make(6);
    cancelled.retryState = state(TerminalState::Cancelled); // may be re-enabled
    vs << cancelled << make(1);                             // and one listed twice
    const DryRun d = dryRun(vs, BulkAction::setPolicy(policy()), kNow);
    EXPECT_EQ(d.considered, 7);
    EXPECT_TRUE(d.eligible == (QStringList{make(1).id, cancelled.id}));
    ASSERT_EQ(d.skipped.size(), 5);
    EXPECT_EQ(d.skipped[0].reason, BulkSkipReason::OutcomeNotEligible);
    EXPECT_EQ(d.skipped[1].reason, BulkSkipReason::FromBulkImport);
    EXPECT_EQ(d.skipped[2].reason, BulkSkipReason::TooOld);
    EXPECT_EQ(d.skipped[3].reason, BulkSkipReason::AlreadyResolved);
    EXPECT_EQ(d.skipped[4].reason, BulkSkipReason::Duplicate);
    EXPECT_EQ(codeFor(BulkSkipReason::AlreadyResolved).toStdString(), "retry_already_resolved");
}

TEST(BulkDryRun, FieldsTheServerDidNotSend_NeverExclude_TheServerDecides) {
    Validation v = make(1);
    v.outcome.reset();
    v.outcomeText = QStringLiteral("pending_review");
    v.source.reset();
    v.createdAt = {};
    const DryRun d = dryRun({v}, BulkAction::setPolicy(policy()), kNow);
    EXPECT_EQ(d.eligible.size(), 1);
    EXPECT_EQ(d.serverDecides, 1);
}

TEST(BulkDryRun, Cancel_OnlyActiveCycles) {
    Validation pending = make(1), ended = make(2), none = make(3), unknown = make(4);
    pending.retryState = state(TerminalState::Pending);
    ended.retryState = state(TerminalState::Resolved);
    RetryState s;
    s.terminalStateText = QStringLiteral("paused"); // a newer server's state
    unknown.retryState = s;
    const DryRun d = dryRun({pending, ended, none, unknown}, BulkAction::cancelRetries(), kNow);
    EXPECT_TRUE(d.eligible == (QStringList{pending.id, unknown.id}));
    EXPECT_EQ(d.serverDecides, 1);
    EXPECT_TRUE(d.reasonCounts() ==
                (QList<QPair<BulkSkipReason, int>>{{BulkSkipReason::NoActiveCycle, 2}}));
}

TEST(BulkAction, BodyIsWhatASingleWriteSends) {
    const BulkAction a = BulkAction::setPolicy(policy());
    EXPECT_EQ(a.body(), QJsonDocument(policy().toRequestBody()).toJson(QJsonDocument::Compact));
    EXPECT_EQ(a.method(), "PUT");
    EXPECT_TRUE(a.pathFor(QStringLiteral("abc")).endsWith(u"/abc/retry-policy"));
    EXPECT_TRUE(BulkAction::cancelRetries().body().isEmpty());
    EXPECT_EQ(BulkAction::cancelRetries().method(), "POST");
}

TEST(BulkEta, TenThousandAtSixtyAMinute_TakeAboutThreeHours) {
    const BulkEta eta = estimateEta(10000, 60, 4, 0);
    ASSERT_TRUE(eta.perMinute.has_value());
    EXPECT_EQ(*eta.perMinute, 53); // 60 less 3 kept for the user, less 4 of background sync
    ASSERT_TRUE(eta.duration.has_value());
    EXPECT_NEAR(double(eta.duration->count()) / 3.6e6, 3.14, 0.01);
    EXPECT_TRUE(eta.sentence.contains(u"about 3 h")) << eta.sentence.toStdString();
    EXPECT_TRUE(eta.sentence.contains(QLocale().toString(10000) + QStringLiteral(" validations")))
        << eta.sentence.toStdString();
}

TEST(BulkEta, SpeedLimitCaps_UnknownLimitSaysSo) {
    EXPECT_EQ(estimateEta(100, 600, 0, 10).perMinute, 10);
    EXPECT_EQ(roughDuration(estimateEta(100, 600, 0, 10).duration.value()).toStdString(),
              "about 10 min");
    const BulkEta unknown = estimateEta(100, std::nullopt, 0, 0);
    EXPECT_FALSE(unknown.duration.has_value());
    EXPECT_TRUE(unknown.sentence.contains(u"not known")) << unknown.sentence.toStdString();
    EXPECT_EQ(roughDuration(Millis(30000)).toStdString(), "under a minute");
}

} // namespace
