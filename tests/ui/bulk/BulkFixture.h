// BulkFixture: a validations screen with an outbox, on the sandbox over loopback and a fake
// clock, its table loaded — and the helpers the bulk UI tests share.
#pragma once

#include "bulk/ActivityLogDialog.h"
#include "bulk/ActivityLogModel.h"
#include "bulk/BulkController.h"
#include "bulk/BulkDryRunDialog.h"
#include "bulk/BulkHarness.h"
#include "bulk/BulkProgressDialog.h"
#include "bulk/BulkResultFilter.h"
#include "bulk/BulkResultModel.h"
#include "bulk/BulkRunHost.h"
#include "bulk/NoticeBanner.h"
#include "core/FakeClock.h"
#include "dashboard/DashboardActions.h"
#include "dashboard/ValidationsScreen.h"
#include "models/ValidationTableModel.h"
#include "outbox/Outbox.h"
#include "sandbox/DemoData.h"
#include "sandbox/SandboxServer.h"
#include "services/ValidationService.h"
#include "support/RenderedTest.h"

#include <QAction>
#include <QCoreApplication>
#include <QPushButton>
#include <QSpinBox>

namespace rd::test {

inline QStringList fixtureIds() {
    using namespace sandbox::demo;
    return {
        QLatin1String(kEligibleId), QLatin1String(kPendingId),         QLatin1String(kBulkImportId),
        QLatin1String(kValidId),    QLatin1String(kResolvedId),        QLatin1String(kExhaustedId),
        QLatin1String(kTooOldId),   QLatin1String(kReactivationCapId), QLatin1String(kCancelledId)};
}

inline RetryPolicy threeEveryTenMinutes() {
    RetryPolicy p;
    p.enabled = true;
    p.maxRetries = 3;
    p.intervalSeconds = 600;
    p.outcomes = kRetryableOutcomes;
    return p;
}

class BulkFixture : public RenderedTest {
protected:
    void SetUp() override {}

    // Only eligible validations (no demo dataset) unless options say otherwise.
    static sandbox::SandboxOptions eligibleOnly(int n) {
        sandbox::SandboxOptions o = ui::BulkHarness::smallDataset();
        o.demoDataset = false;
        o.eligibleValidations = n;
        return o;
    }

    void start(sandbox::SandboxOptions options = ui::BulkHarness::smallDataset(),
               const ui::BulkHarness::Prepare &prepare = {}) {
        m_h = std::make_unique<ui::BulkHarness>(m_clock, options, prepare);
        m_h->resize(1280, 800);
        m_h->setAttribute(Qt::WA_DontShowOnScreen);
        m_h->show();
        m_h->service().setPollInterval(PollInterval::Off);
        m_h->screen().setTimeSpec(Qt::UTC);
        ASSERT_TRUE(m_h->waitForRefresh());
        bulk().setConfirmRunCancel([this] {
            ++m_cancelConfirmations;
            return true;
        });
    }

    ui::BulkController &bulk() { return m_h->bulk(); }
    ui::ValidationsScreen &screen() { return m_h->screen(); }
    ValidationTableModel &model() { return m_h->service().model(); }
    sandbox::SandboxServer &server() { return m_h->sandbox(); }
    outbox::Outbox &box() { return *m_h->service().outbox(); }
    bool wire(sandbox::WireMode mode) { return server().options().wire == mode; }

    // Opens the dry run over scope and starts it with the dialog's Start button.
    ui::BulkProgressDialog *startThroughDialog(BulkAction::Kind kind,
                                               ui::BulkController::Scope scope, int speedLimit = 0,
                                               int concurrency = 6) {
        ui::BulkDryRunDialog *dry = bulk().openDryRun(kind, scope);
        EXPECT_TRUE(dry);
        if (!dry) {
            return nullptr;
        }
        dry->speedLimitBox()->setValue(speedLimit);
        dry->concurrencyBox()->setValue(concurrency);
        BulkRun *started = nullptr;
        const auto c = QObject::connect(&bulk(), &ui::BulkController::runStarted,
                                        [&started](BulkRun *r) { started = r; });
        EXPECT_TRUE(dry->startButton()->isEnabled()) << qPrintable(dry->startButton()->toolTip());
        dry->startButton()->click();
        QObject::disconnect(c);
        EXPECT_TRUE(started);
        return started ? bulk().progressDialog(started) : nullptr;
    }

    BulkItem item(BulkRun &run, const QString &id) {
        for (const BulkItem &i : run.items()) {
            if (i.validationId == id) {
                return i;
            }
        }
        ADD_FAILURE() << "no item for " << qPrintable(id);
        return {};
    }

    FakeClock m_clock{QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<ui::BulkHarness> m_h;
    int m_cancelConfirmations = 0;
};

} // namespace rd::test
