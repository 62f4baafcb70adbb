#include "dashboard/DashboardScreens.h"

#include "dashboard/CancelCycleDialog.h"
#include "dashboard/DashboardHarness.h"
#include "dashboard/DetailPanel.h"
#include "dashboard/RetryPolicyForm.h"
#include "dashboard/UnreadableRowsDialog.h"
#include "dashboard/ValidationsScreen.h"
#include "forecast/ForecastPanel.h"
#include "models/ValidationTableModel.h"
#include "net/ApiClient.h"
#include "net/RetryBudget.h"
#include "sandbox/DemoData.h"
#include "sandbox/SandboxServer.h"
#include "screenshots/ScreenCatalog.h"
#include "services/ValidationService.h"

#include <QCheckBox>
#include <QPushButton>
#include <QSpinBox>

namespace rd::ui {

namespace {
const QSize kSize(1280, 800);

// A harness whose table has loaded, times in UTC (goldens never depend on the machine's zone),
// with `select` chosen and its detail shown.
std::unique_ptr<DashboardHarness> loaded(ScreenContext &c, const char *select) {
    auto h = std::make_unique<DashboardHarness>(c.clock());
    h->screen().setTimeSpec(Qt::UTC);
    h->service().setPollInterval(PollInterval::Off);
    h->waitForRefresh();
    h->selectAndLoad(QLatin1String(select));
    return h;
}
// Three items of the listing RetryDesk cannot read, then a full refresh that meets them.
void injectUnreadable(DashboardHarness &h) {
    h.sandbox().injectRawValidations(
        {R"({"amount":"1250.00","outcome":"not_found","tracking_key":"MBAN01002611230001"})", "42",
         R"({"id":"0000000b-0000-4000-8000-000000000001","retry_state":"pending"})"});
    h.service().refresh();
    h.waitForRefresh();
}
} // namespace

void addDashboardScreens(ScreenCatalog &catalog) {
    catalog.add({QStringLiteral("dashboard_table"), kSize, [](ScreenContext &c) {
                     auto h = loaded(c, sandbox::demo::kPendingId);
                     c.clock().advance(Millis(4'000)); // countdowns have moved on
                     return std::unique_ptr<QWidget>(h.release());
                 }});
    // A forecast bar clicked: the table shows the cycles with an attempt due in that minute.
    catalog.add({QStringLiteral("dashboard_forecast_bar_filter"), kSize, [](ScreenContext &c) {
                     auto h = loaded(c, sandbox::demo::kPendingId);
                     ForecastPanel *panel = h->screen().forecast();
                     int bar = 0;
                     while (bar + 1 < panel->barCount() && panel->attemptsAt(bar) == 0) {
                         ++bar;
                     }
                     panel->activateBar(bar);
                     return std::unique_ptr<QWidget>(h.release());
                 }});
    catalog.add({QStringLiteral("dashboard_detail_timeline"), kSize, [](ScreenContext &c) {
                     return std::unique_ptr<QWidget>(
                         loaded(c, sandbox::demo::kExhaustedId).release());
                 }});
    catalog.add({QStringLiteral("dashboard_form_inline_errors"), kSize, [](ScreenContext &c) {
                     auto h = loaded(c, sandbox::demo::kEligibleId);
                     h->screen().editPolicy();
                     RetryPolicyForm *f = h->screen().policyForm();
                     f->maxRetriesBox()->setValue(9);
                     f->intervalBox()->setValue(2);
                     for (Outcome o : kRetryableOutcomes) {
                         f->outcomeBox(o)->setChecked(false);
                     }
                     return std::unique_ptr<QWidget>(h.release());
                 }});
    catalog.add({QStringLiteral("dashboard_form_server_422"), kSize, [](ScreenContext &c) {
                     auto h = loaded(c, sandbox::demo::kTooOldId);
                     h->screen().editPolicy();
                     bool done = false;
                     const auto c1 =
                         QObject::connect(&h->screen(), &ValidationsScreen::writeFinished, h.get(),
                                          [&done] { done = true; });
                     h->screen().policyForm()->saveButton()->click();
                     h->waitUntil([&done] { return done; });
                     QObject::disconnect(c1);
                     // The write's answer is in; what it set off (the account's plan, a row
                     // read again) settles too, so the rate-limit count is always the same.
                     h->waitForRefresh();
                     return std::unique_ptr<QWidget>(h.release());
                 }});
    // Rows of the listing that cannot be read: counted in the status line, their JSON in a dialog.
    catalog.add({QStringLiteral("dashboard_unreadable_rows"), kSize, [](ScreenContext &c) {
                     auto h = loaded(c, sandbox::demo::kPendingId);
                     injectUnreadable(*h);
                     return std::unique_ptr<QWidget>(h.release());
                 }});
    catalog.add(
        {QStringLiteral("dashboard_unreadable_dialog"), QSize(640, 480), [](ScreenContext &c) {
             auto h = loaded(c, sandbox::demo::kPendingId);
             injectUnreadable(*h);
             ValidationService &s = h->service();
             return std::unique_ptr<QWidget>(
                 new UnreadableRowsDialog(s.unreadable(), s.model().totalCount()));
         }});
    catalog.add(
        {QStringLiteral("dashboard_cancel_confirmation"), QSize(520, 220), [](ScreenContext &) {
             return std::unique_ptr<QWidget>(new CancelCycleDialog(
                 QLatin1String(sandbox::demo::kPendingId),
                 QObject::tr("<p>1 of 3 attempts made; next attempt 2026-01-01 12:10:00 "
                             "UTC.</p>")));
         }});
    // The outage banner through the real path, without clock-dependent waits: the host's retry
    // budget is drained, so the 503 of the next refresh cannot be retried and the client stops at
    // once (docs/retries.md: "its error must say plainly that the client stopped retrying").
    catalog.add({QStringLiteral("dashboard_outage_banner"), kSize, [](ScreenContext &c) {
                     auto h = loaded(c, sandbox::demo::kPendingId);
                     net::RetryBudget &budget = h->service().client().retryBudget();
                     while (budget.tryAcquire(1)) {
                     }
                     h->sandbox().enqueueFault(sandbox::FaultKind::Http503, 1,
                                               QStringLiteral("/v1/validations"));
                     h->service().refresh();
                     h->waitForRefresh();
                     return std::unique_ptr<QWidget>(h.release());
                 }});
}

} // namespace rd::ui
