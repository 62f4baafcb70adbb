#include "bulk/BulkScreens.h"

#include "bulk/ActivityLogDialog.h"
#include "bulk/ActivityLogModel.h"
#include "bulk/BulkController.h"
#include "bulk/BulkDryRunDialog.h"
#include "bulk/BulkHarness.h"
#include "bulk/BulkProgressDialog.h"
#include "bulk/BulkResultModel.h"
#include "dashboard/DetailPanel.h"
#include "dashboard/ValidationsScreen.h"
#include "sandbox/DemoData.h"
#include "sandbox/SandboxServer.h"
#include "screenshots/ScreenCatalog.h"
#include "services/ValidationService.h"

#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace rd::ui {

namespace {
const QSize kSize(1280, 800);
const QSize kDialogSize(1100, 600);

// A dialog shown in the catalog with the harness it works on: the dialog goes first, then the
// harness (its run and service), so nothing refers to what is gone.
class DialogHolder : public QWidget {
public:
    DialogHolder(std::unique_ptr<BulkHarness> harness, QWidget *dialog)
        : m_harness(std::move(harness))
        , m_dialog(dialog) {
        m_dialog->setParent(this, Qt::Widget);
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_dialog);
    }
    ~DialogHolder() override {
        delete m_dialog.data();
        m_harness.reset();
    }

private:
    std::unique_ptr<BulkHarness> m_harness;
    QPointer<QWidget> m_dialog;
};

// The demo fixtures (each 422 of seed 002), 24 seeded validations and 40 eligible ones, loaded,
// times in UTC (goldens never depend on the machine's zone).
std::unique_ptr<BulkHarness> loaded(ScreenContext &c, const BulkHarness::Prepare &prepare = {}) {
    sandbox::SandboxOptions o = BulkHarness::smallDataset();
    o.eligibleValidations = 40;
    auto h = std::make_unique<BulkHarness>(c.clock(), o, prepare);
    h->screen().setTimeSpec(Qt::UTC);
    h->service().setPollInterval(PollInterval::Off);
    h->waitForRefresh();
    return h;
}

BulkProgressDialog *startAll(BulkHarness &h, int speedLimit, int concurrency) {
    BulkDryRunDialog *dry =
        h.bulk().openDryRun(BulkAction::Kind::SetPolicy, BulkController::Scope::AllMatching);
    dry->speedLimitBox()->setValue(speedLimit);
    dry->concurrencyBox()->setValue(concurrency);
    BulkRun *run = h.bulk().start(*dry);
    dry->close();
    return h.bulk().progressDialog(run);
}

// A run over every eligible row, with one refusal only the server knows of (reactivation cap)
// and one write that never gets a definitive answer (502 on every attempt).
std::unique_ptr<BulkHarness> endedWithFailures(ScreenContext &c, BulkProgressDialog **dialog) {
    auto h = loaded(c);
    h->sandbox().enqueueFault(sandbox::FaultKind::Http502, 20,
                              QLatin1String(sandbox::demo::kCancelledId) +
                                  QStringLiteral("/retry-policy"));
    BulkProgressDialog *d = startAll(*h, 0, 1); // one at a time: request ids in a fixed order
    h->driveToEnd(*d->run());
    d->refresh();
    *dialog = d;
    return h;
}
} // namespace

void addBulkScreens(ScreenCatalog &catalog) {
    // Everything the filter shows, a policy to apply: how many go, why the others do not, ETA.
    catalog.add({QStringLiteral("bulk_dry_run"), QSize(620, 540), [](ScreenContext &c) {
                     auto h = loaded(c);
                     BulkDryRunDialog *d = h->bulk().openDryRun(BulkAction::Kind::SetPolicy,
                                                                BulkController::Scope::AllMatching);
                     return std::unique_ptr<QWidget>(new DialogHolder(std::move(h), d));
                 }});
    // At 60 a minute, 12 sent one a second, then paused: the counts, rate and ETA hold still.
    catalog.add({QStringLiteral("bulk_progress"), kDialogSize, [](ScreenContext &c) {
                     auto h = loaded(c);
                     BulkProgressDialog *d = startAll(*h, 60, 1);
                     BulkRun *run = d->run();
                     for (int i = 0; i < 12; ++i) {
                         h->waitUntil([run] {
                             const BulkProgress p = run->progress();
                             return run->state() == BulkRun::State::Running && p.sending == 0 &&
                                    p.ended() > p.skipped;
                         });
                         c.clock().advance(Millis(1000));
                     }
                     h->waitUntil([run] { return run->progress().sending == 0; });
                     run->pause();
                     c.clock().advance(Millis(100));
                     d->refresh();
                     d->setKeysShown(false);
                     return std::unique_ptr<QWidget>(new DialogHolder(std::move(h), d));
                 }});
    // Ended: the refusal and the unanswered write first, Retry Failed ready.
    catalog.add({QStringLiteral("bulk_results"), kDialogSize, [](ScreenContext &c) {
                     BulkProgressDialog *d = nullptr;
                     auto h = endedWithFailures(c, &d);
                     d->setKeysShown(false);
                     d->table()->selectRow(0); // the refusal, read in full below the list
                     return std::unique_ptr<QWidget>(new DialogHolder(std::move(h), d));
                 }});
    // The same run in the activity log, newest first.
    catalog.add({QStringLiteral("activity_log"), QSize(1280, 560), [](ScreenContext &c) {
                     BulkProgressDialog *d = nullptr;
                     auto h = endedWithFailures(c, &d);
                     ActivityLogDialog *log = h->bulk().openActivityLog();
                     log->reload();
                     log->setKeysShown(false);
                     // The refused write, read in full below (its key is random: not shown).
                     log->setShow(ActivityLogDialog::Show::All);
                     for (int row = 0; row < log->model()->rowCount(); ++row) {
                         if (log->model()->records().at(row).result ==
                             outbox::WriteResult::Rejected) {
                             log->table()->selectRow(row);
                         }
                     }
                     return std::unique_ptr<QWidget>(new DialogHolder(std::move(h), log));
                 }});
    // RetryDesk stopped half-way through a run: at the next start the screen offers to resume it.
    catalog.add({QStringLiteral("bulk_resume_prompt"), kSize, [](ScreenContext &c) {
                     auto h = loaded(c, [&c](const QString &dir) {
                         RetryPolicy p;
                         p.enabled = true;
                         p.maxRetries = 3;
                         p.intervalSeconds = 600;
                         p.outcomes = kRetryableOutcomes;
                         BulkHarness::journalUnfinishedRun(
                             dir, c.clock(), BulkAction::setPolicy(p),
                             {QLatin1String(sandbox::demo::kEligibleId),
                              QLatin1String(sandbox::demo::kCancelledId),
                              QLatin1String(sandbox::demo::kPendingId)},
                             1);
                     });
                     // The first row's detail, as the screen loads it after the first refresh.
                     h->waitUntil([&h] { return h->screen().detailPanel()->detail().has_value(); });
                     h->waitForRefresh();
                     return std::unique_ptr<QWidget>(h.release());
                 }});
}

} // namespace rd::ui
