// The dry run before a bulk run: counts and reasons from seeds 001/002's client-side rules, the
// ETA from the key's rate limit, and the Bulk menu entries' state.
#include "BulkFixture.h"

#include "dashboard/DashboardHarness.h"
#include "dashboard/RetryPolicyForm.h"
#include "validations/ValidationTableView.h"

#include <QItemSelectionModel>
#include <QSet>

namespace rd::test {
namespace {

using Scope = ui::BulkController::Scope;

class BulkDryRun : public BulkFixture {
protected:
    void SetUp() override { start(); }
};

TEST_F(BulkDryRun, PolicyOverAMixedSelection_CountsWhatIsSentAndWhyTheOthersAreNot) {
    m_h->selectIds(fixtureIds());
    ui::BulkDryRunDialog *d = bulk().openDryRun(BulkAction::Kind::SetPolicy, Scope::Selection);
    ASSERT_TRUE(d);
    const DryRun &plan = d->plan();
    EXPECT_EQ(plan.considered, 9);
    EXPECT_EQ(plan.eligible.size() + plan.skipped.size(), 9);
    if (wire(sandbox::WireMode::Full)) {
        using namespace sandbox::demo;
        EXPECT_EQ(QSet<QString>(plan.eligible.begin(), plan.eligible.end()),
                  (QSet<QString>{QLatin1String(kEligibleId), QLatin1String(kPendingId),
                                 QLatin1String(kReactivationCapId), QLatin1String(kCancelledId)}));
        const QList<QPair<BulkSkipReason, int>> expected{{BulkSkipReason::OutcomeNotEligible, 2},
                                                         {BulkSkipReason::FromBulkImport, 1},
                                                         {BulkSkipReason::AlreadyResolved, 1},
                                                         {BulkSkipReason::TooOld, 1}};
        EXPECT_EQ(plan.reasonCounts(), expected);
        EXPECT_EQ(d->summaryText(),
                  QStringLiteral("9 validations considered · 4 will be sent · 5 skipped"));
        EXPECT_TRUE(d->reasonsText().contains(QStringLiteral("2 ") +
                                              describe(BulkSkipReason::OutcomeNotEligible)))
            << qPrintable(d->reasonsText());
        EXPECT_EQ(d->startButton()->text(), QStringLiteral("&Apply to 4"));
    } else {
        // The seeds-only wire may leave out the fields the rules read: such a validation is
        // sent (the server decides), never skipped on a guess.
        for (const BulkSkip &s : plan.skipped) {
            const auto v = model().validationAt(model().rowForId(s.id));
            ASSERT_TRUE(v);
            if (s.reason == BulkSkipReason::FromBulkImport) {
                EXPECT_EQ(v->source, Source::BulkImport);
            }
            if (s.reason == BulkSkipReason::OutcomeNotEligible) {
                EXPECT_TRUE(v->outcome && !isRetryEligible(*v->outcome));
            }
        }
        EXPECT_TRUE(d->startButton()->text().endsWith(QString::number(plan.eligible.size())));
    }
}

TEST_F(BulkDryRun, CancelOverTheSameSelection_SendsOnlyTheActiveCycle) {
    m_h->selectIds(fixtureIds());
    ui::BulkDryRunDialog *d = bulk().openDryRun(BulkAction::Kind::CancelRetries, Scope::Selection);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->plan().eligible, QStringList{QLatin1String(sandbox::demo::kPendingId)});
    EXPECT_EQ(d->plan().reasonCounts(),
              (QList<QPair<BulkSkipReason, int>>{{BulkSkipReason::NoActiveCycle, 8}}));
    EXPECT_EQ(d->startButton()->text(), QStringLiteral("Cance&l 1 cycle"));
    EXPECT_FALSE(d->policyForm()) << "a cancel has no policy to fill in";
}

TEST_F(BulkDryRun, NothingEligible_StartIsDisabledAndSaysWhy) {
    m_h->selectIds({QLatin1String(sandbox::demo::kBulkImportId)});
    ui::BulkDryRunDialog *d = bulk().openDryRun(BulkAction::Kind::SetPolicy, Scope::Selection);
    ASSERT_TRUE(d);
    if (!wire(sandbox::WireMode::Full) && d->plan().eligible.size() == 1) {
        GTEST_SKIP() << "this wire did not send the source: the server decides";
    }
    EXPECT_FALSE(d->startButton()->isEnabled());
    EXPECT_EQ(d->startButton()->toolTip(), QStringLiteral("Nothing to send."));
    EXPECT_TRUE(d->etaText().startsWith(QStringLiteral("Nothing to send")));
}

TEST_F(BulkDryRun, InvalidPolicy_DisablesStartUntilCorrected) {
    m_h->selectIds({QLatin1String(sandbox::demo::kEligibleId)});
    ui::BulkDryRunDialog *d = bulk().openDryRun(BulkAction::Kind::SetPolicy, Scope::Selection);
    ASSERT_TRUE(d);
    ASSERT_TRUE(d->startButton()->isEnabled());
    d->policyForm()->maxRetriesBox()->setValue(0);
    EXPECT_FALSE(d->startButton()->isEnabled());
    EXPECT_FALSE(d->policyForm()->errorText(QStringLiteral("max_retries")).isEmpty());
    d->policyForm()->maxRetriesBox()->setValue(2);
    EXPECT_TRUE(d->startButton()->isEnabled());
    EXPECT_EQ(d->action().policy.maxRetries, 2);
}

TEST_F(BulkDryRun, Eta_UsesTheKeysRateLimitLessBackgroundSync_AndTheSpeedLimitWhenLower) {
    m_h.reset();
    sandbox::SandboxOptions o = eligibleOnly(120);
    o.rateLimit = 60;
    start(o);
    m_h->service().setPollInterval(PollInterval::FifteenSeconds);
    ui::BulkDryRunDialog *d = bulk().openDryRun(BulkAction::Kind::SetPolicy, Scope::AllMatching);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->rateLimitPerMinute(), 60);
    EXPECT_EQ(d->backgroundPerMinute(), 8); // a poll every 15 s reads about two pages
    EXPECT_EQ(d->etaText(), estimateEta(120, 60, 8, 0).sentence);
    EXPECT_TRUE(d->etaText().contains(QStringLiteral("60 a minute"))) << qPrintable(d->etaText());
    d->speedLimitBox()->setValue(10);
    EXPECT_EQ(d->etaText(), estimateEta(120, 60, 8, 10).sentence) << "recomputed live";
    EXPECT_TRUE(d->etaText().contains(QStringLiteral("speed limit"))) << qPrintable(d->etaText());
    EXPECT_EQ(d->options().speedLimitPerMinute, 10);
}

TEST_F(BulkDryRun, BulkEntries_NeedASelectionOrRows_AndSayWhyWhenDisabled) {
    const ui::DashboardActions &a = screen().commands();
    screen().table()->selectionModel()->clearSelection();
    EXPECT_FALSE(a.bulkPolicySelection->isEnabled());
    EXPECT_FALSE(a.bulkCancelSelection->isEnabled());
    EXPECT_EQ(a.bulkPolicySelection->toolTip(),
              QStringLiteral("Select validations in the table first."));
    EXPECT_TRUE(a.bulkPolicyAll->isEnabled());
    EXPECT_TRUE(a.activityLog->isEnabled());
    m_h->selectIds({QLatin1String(sandbox::demo::kEligibleId)});
    EXPECT_TRUE(a.bulkPolicySelection->isEnabled());
    EXPECT_TRUE(a.bulkCancelSelection->isEnabled());
    EXPECT_EQ(a.bulkPolicySelection->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+P")));
    EXPECT_EQ(a.bulkCancelSelection->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+K")));
    EXPECT_EQ(a.activityLog->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+L")));
}

TEST_F(BulkDryRun, EveryShortcutOfTheScreen_IsItsOwn) {
    QHash<QKeySequence, QString> seen;
    for (const QAction *action : screen().actions()) {
        if (action->shortcut().isEmpty()) {
            continue;
        }
        EXPECT_FALSE(seen.contains(action->shortcut()))
            << qPrintable(action->shortcut().toString()) << ": " << qPrintable(action->text())
            << " and " << qPrintable(seen.value(action->shortcut()));
        seen.insert(action->shortcut(), action->text());
    }
}

TEST_F(BulkDryRun, ConnectionWithoutAnOutbox_BulkEntriesDisabledWithTheReason) {
    ui::DashboardHarness plain(m_clock);
    ASSERT_TRUE(plain.waitForRefresh());
    const ui::DashboardActions &a = plain.screen().commands();
    EXPECT_FALSE(a.bulkPolicyAll->isEnabled());
    EXPECT_FALSE(a.activityLog->isEnabled());
    EXPECT_TRUE(a.bulkPolicyAll->toolTip().contains(QStringLiteral("no outbox")))
        << qPrintable(a.bulkPolicyAll->toolTip());
    EXPECT_FALSE(plain.screen().bulk().openDryRun(BulkAction::Kind::SetPolicy, Scope::AllMatching));
}

} // namespace
} // namespace rd::test
