// Bulk runs through the window against the sandbox: every eligible validation applied exactly
// once, pause / resume / cancel, Retry Failed, and the result list.
#include "BulkFixture.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

namespace rd::test {
namespace {

using Scope = ui::BulkController::Scope;

class BulkRunUi : public BulkFixture {};

TEST_F(BulkRunUi, PolicyOnAllMatching_AppliesEveryEligibleValidationExactlyOnce) {
    start(eligibleOnly(30));
    ASSERT_EQ(model().rowCount(), 30);
    ui::BulkProgressDialog *d = startThroughDialog(BulkAction::Kind::SetPolicy, Scope::AllMatching);
    ASSERT_TRUE(d);
    EXPECT_FALSE(d->isModal()) << "the window stays usable during a run";
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
    BulkRun *run = d->run();
    ASSERT_TRUE(m_h->waitForEnd(*run));
    EXPECT_EQ(run->state(), BulkRun::State::Finished);
    const BulkProgress p = run->progress();
    EXPECT_EQ(p.applied, 30);
    EXPECT_EQ(p.failed + p.unknown + p.skipped, 0);
    for (const BulkItem &i : run->items()) {
        EXPECT_EQ(server().writesApplied(i.validationId), 1) << qPrintable(i.validationId);
        EXPECT_EQ(server().appliedCount(i.idempotencyKey), 1) << qPrintable(i.idempotencyKey);
        EXPECT_FALSE(i.requestId.isEmpty());
    }
    EXPECT_EQ(server().keysWithTwoBodies(), 0);
    d->refresh();
    EXPECT_EQ(d->model()->rowCount(), 30);
    EXPECT_EQ(d->progressBar()->value(), 30);
    EXPECT_TRUE(d->stateText().startsWith(QStringLiteral("Finished.")));
    EXPECT_EQ(d->countsText(),
              QStringLiteral("30 of 30 ended · 30 applied · 0 replayed · 0 skipped · 0 failed · "
                             "0 unknown"));
    EXPECT_FALSE(d->retryButton()->isEnabled()) << "nothing failed";
}

TEST_F(BulkRunUi, Pause_StopsSending_ResumeGoesOnToTheEnd) {
    start(eligibleOnly(20));
    ui::BulkProgressDialog *d =
        startThroughDialog(BulkAction::Kind::SetPolicy, Scope::AllMatching, 0, 1);
    ASSERT_TRUE(d);
    BulkRun *run = d->run();
    ASSERT_TRUE(m_h->waitUntil([run] { return run->progress().applied >= 3; }));
    d->pauseButton()->click();
    EXPECT_EQ(run->state(), BulkRun::State::Paused);
    ASSERT_TRUE(m_h->waitUntil([run] { return run->progress().sending == 0; }));
    auto writes = [this, run] {
        int n = 0;
        for (const BulkItem &i : run->items()) {
            n += server().writesApplied(i.validationId) + i.sends;
        }
        return n;
    };
    const int before = writes();
    const int applied = run->progress().applied;
    m_h->waitUntil([] { return false; }, 1000, 30); // half a minute of fake time, paused
    EXPECT_EQ(writes(), before) << "nothing is sent while paused";
    EXPECT_EQ(run->progress().applied, applied);
    EXPECT_LT(applied, 20);
    d->refresh();
    EXPECT_EQ(d->pauseButton()->text(), QStringLiteral("&Resume"));
    EXPECT_TRUE(d->stateText().startsWith(QStringLiteral("Paused")));
    EXPECT_TRUE(bulk().indicator()->isVisible());
    EXPECT_TRUE(bulk().indicator()->text().contains(QStringLiteral("paused")));

    d->pauseButton()->click();
    EXPECT_EQ(run->state(), BulkRun::State::Running);
    ASSERT_TRUE(m_h->waitForEnd(*run));
    EXPECT_EQ(run->progress().applied, 20);
    for (const BulkItem &i : run->items()) {
        EXPECT_EQ(server().writesApplied(i.validationId), 1) << qPrintable(i.validationId);
    }
}

TEST_F(BulkRunUi, CancelRun_ConfirmedDropsTheRestAsSkippedAndNeverSendsThem) {
    start(eligibleOnly(20));
    ui::BulkProgressDialog *d =
        startThroughDialog(BulkAction::Kind::SetPolicy, Scope::AllMatching, 60, 1);
    ASSERT_TRUE(d);
    BulkRun *run = d->run();
    for (int i = 0; i < 3; ++i) { // one a second
        ASSERT_TRUE(m_h->waitUntil([run, i] { return run->progress().applied == i + 1; }));
        m_clock.advance(Millis(1000));
    }
    d->cancelButton()->click();
    EXPECT_EQ(m_cancelConfirmations, 1);
    ASSERT_TRUE(m_h->waitForEnd(*run));
    EXPECT_EQ(run->state(), BulkRun::State::Cancelled);
    const BulkProgress p = run->progress();
    EXPECT_EQ(p.applied + p.skipped, 20);
    EXPECT_GE(p.skipped, 16);
    int notSent = 0;
    for (const BulkItem &i : run->items()) {
        if (i.status == BulkItem::Status::Skipped) {
            EXPECT_TRUE(i.message.contains(QStringLiteral("cancelled"))) << qPrintable(i.message);
            EXPECT_EQ(server().writesApplied(i.validationId), 0) << qPrintable(i.validationId);
            const auto w = box().write(i.idempotencyKey);
            ASSERT_TRUE(w);
            EXPECT_EQ(w->state, outbox::WriteState::Dropped);
            ++notSent;
        }
    }
    EXPECT_EQ(notSent, p.skipped);
    d->refresh();
    EXPECT_FALSE(d->cancelButton()->isEnabled());
    EXPECT_FALSE(d->pauseButton()->isEnabled());
    EXPECT_EQ(box().run(run->runId())->state, outbox::RunState::Cancelled);
}

TEST_F(BulkRunUi, RetryFailed_ResendsUnansweredOnesWithTheirKeyAndRefusedOnesUnderANewOne) {
    start();
    using namespace sandbox::demo;
    // Applied, then the edge answers 502 on every attempt: no definitive answer.
    server().enqueueFault(sandbox::FaultKind::CommitThen502, 5,
                          QLatin1String(kCancelledId) + QStringLiteral("/retry-policy"));
    m_h->selectIds({QLatin1String(kEligibleId), QLatin1String(kCancelledId),
                    QLatin1String(kReactivationCapId)});
    ui::BulkProgressDialog *d = startThroughDialog(BulkAction::Kind::SetPolicy, Scope::Selection);
    ASSERT_TRUE(d);
    BulkRun *run = d->run();
    ASSERT_TRUE(m_h->waitForEnd(*run));
    const BulkItem unanswered = item(*run, QLatin1String(kCancelledId));
    const BulkItem refused = item(*run, QLatin1String(kReactivationCapId));
    ASSERT_EQ(unanswered.status, BulkItem::Status::Failed);
    EXPECT_FALSE(unanswered.definitive);
    ASSERT_EQ(refused.status, BulkItem::Status::Failed);
    EXPECT_TRUE(refused.definitive);
    EXPECT_EQ(refused.code, QStringLiteral("reactivation_cap_exceeded"));
    EXPECT_EQ(refused.httpStatus, 422);
    EXPECT_FALSE(refused.requestId.isEmpty());
    d->refresh();
    ASSERT_TRUE(d->retryButton()->isEnabled());
    // Failures first once the run has ended.
    EXPECT_EQ(d->filter()->index(0, 1).data(ui::BulkResultModel::StatusRole).toInt(),
              int(BulkItem::Status::Failed));
    EXPECT_EQ(d->filter()->index(1, 1).data(ui::BulkResultModel::StatusRole).toInt(),
              int(BulkItem::Status::Failed));

    server().clearScriptedFaults();
    d->retryButton()->click();
    EXPECT_TRUE(run->isActive());
    ASSERT_TRUE(m_h->waitForEnd(*run));
    const BulkItem resent = item(*run, QLatin1String(kCancelledId));
    EXPECT_EQ(resent.status, BulkItem::Status::Replayed) << "the server had applied it";
    EXPECT_EQ(resent.idempotencyKey, unanswered.idempotencyKey);
    EXPECT_EQ(server().writesApplied(QLatin1String(kCancelledId)), 1) << "never applied twice";
    const BulkItem again = item(*run, QLatin1String(kReactivationCapId));
    EXPECT_NE(again.idempotencyKey, refused.idempotencyKey) << "a 4xx is cached under its key";
    EXPECT_EQ(again.status, BulkItem::Status::Failed);
    EXPECT_EQ(again.code, QStringLiteral("reactivation_cap_exceeded"));
    EXPECT_EQ(server().writesApplied(QLatin1String(kEligibleId)), 1);
}

TEST_F(BulkRunUi, ResultList_SignalsItemChangesCoalesced_NotOneByOne) {
    start(eligibleOnly(64));
    ui::BulkDryRunDialog *dry = bulk().openDryRun(BulkAction::Kind::SetPolicy, Scope::AllMatching);
    ASSERT_TRUE(dry);
    dry->concurrencyBox()->setValue(16);
    dry->startButton()->click();
    BulkRun *run = bulk().host().latestRunOf(m_h->service());
    ASSERT_TRUE(run);
    ui::BulkProgressDialog *d = bulk().progressDialog(run);
    QSignalSpy itemChanges(run, &BulkRun::itemChanged);
    QSignalSpy rowChanges(d->model(), &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(m_h->waitForEnd(*run));
    EXPECT_EQ(itemChanges.count(), 128) << "sending and answered, for each of 64";
    EXPECT_GT(rowChanges.count(), 0);
    EXPECT_LT(rowChanges.count(), itemChanges.count() / 4) << "one dataChanged per range per flush";
    EXPECT_EQ(d->model()->rowCount(), 64);
    for (int row = 0; row < 64; ++row) {
        EXPECT_EQ(d->model()->index(row, int(ui::BulkResultColumn::Result)).data().toString(),
                  QStringLiteral("Applied"));
    }
}

TEST_F(BulkRunUi, ResultFilterExportAndCopy_ShowWhatTheServerAnswered) {
    start();
    using namespace sandbox::demo;
    m_h->selectIds({QLatin1String(kEligibleId), QLatin1String(kReactivationCapId)});
    ui::BulkProgressDialog *d = startThroughDialog(BulkAction::Kind::SetPolicy, Scope::Selection);
    ASSERT_TRUE(d);
    ASSERT_TRUE(m_h->waitForEnd(*d->run()));
    d->refresh();
    const int failed = d->filterBox()->findData(int(BulkItem::Status::Failed));
    d->filterBox()->setCurrentIndex(failed);
    ASSERT_EQ(d->filter()->rowCount(), 1);
    const QModelIndex row = d->filter()->index(0, 0);
    EXPECT_EQ(row.data().toString(), QLatin1String(kReactivationCapId));
    EXPECT_EQ(row.siblingAtColumn(int(ui::BulkResultColumn::Code)).data().toString(),
              QStringLiteral("reactivation_cap_exceeded"));
    const QString requestId =
        row.siblingAtColumn(int(ui::BulkResultColumn::RequestId)).data().toString();
    EXPECT_TRUE(requestId.startsWith(QStringLiteral("req_"))) << qPrintable(requestId);
    d->table()->selectRow(0);
    EXPECT_TRUE(d->selectedRowsText().contains(requestId)) << qPrintable(d->selectedRowsText());

    d->filterBox()->setCurrentIndex(0);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("results.csv"));
    d->setExportPath([path] { return path; });
    ASSERT_TRUE(d->exportButton()->isEnabled());
    d->exportButton()->click();
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(f.readAll());
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    EXPECT_EQ(lines.size(), 1 + d->filter()->rowCount()) << qPrintable(csv);
    EXPECT_TRUE(lines.first().contains(QStringLiteral("Idempotency key"))) << qPrintable(csv);
    EXPECT_TRUE(csv.contains(requestId));
    EXPECT_TRUE(csv.contains(QStringLiteral("reactivation_cap_exceeded")));
    EXPECT_TRUE(csv.contains(d->run()->items().first().idempotencyKey));
}

TEST_F(BulkRunUi, ClosedWhileRunning_OnlyHides_TheIndicatorShowsItAgain) {
    start(eligibleOnly(10));
    ui::BulkProgressDialog *d =
        startThroughDialog(BulkAction::Kind::SetPolicy, Scope::AllMatching, 60, 1);
    ASSERT_TRUE(d);
    BulkRun *run = d->run();
    d->closeButton()->click();
    EXPECT_FALSE(d->isVisible());
    EXPECT_TRUE(run->isActive());
    ASSERT_TRUE(m_h->waitUntil([run] { return run->progress().applied >= 1; }));
    m_clock.advance(Millis(100));
    EXPECT_TRUE(bulk().indicator()->isVisible());
    EXPECT_TRUE(bulk().indicator()->text().startsWith(QStringLiteral("Bulk: 1/10")))
        << qPrintable(bulk().indicator()->text());
    EXPECT_TRUE(screen().commands().showBulkRun->isEnabled());
    bulk().indicator()->click();
    EXPECT_TRUE(d->isVisible());
    EXPECT_EQ(bulk().progressDialog(run), d) << "the same window, not a second one";
}

} // namespace
} // namespace rd::test
