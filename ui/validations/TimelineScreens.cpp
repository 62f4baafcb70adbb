#include "validations/TimelineScreens.h"

#include "dashboard/DashboardHarness.h"
#include "dashboard/DetailPanel.h"
#include "dashboard/ValidationsScreen.h"
#include "sandbox/DemoData.h"
#include "screenshots/ScreenCatalog.h"
#include "services/ValidationService.h"

namespace rd::ui {

namespace {

// The panel alone, at about the width it has beside the table, tall enough for every row.
const QSize kPanelSize(480, 760);

// The detail of `id` as the dashboard loads it from the sandbox (times in UTC: goldens never
// depend on the machine's zone), shown in a panel of its own.
std::unique_ptr<QWidget> panelFor(ScreenContext &c, const char *id) {
    DashboardHarness h(c.clock());
    h.screen().setTimeSpec(Qt::UTC);
    h.service().setPollInterval(PollInterval::Off);
    h.waitForRefresh();
    h.selectAndLoad(QLatin1String(id));
    const DetailPanel *loaded = h.screen().detailPanel();
    auto panel = std::make_unique<DetailPanel>();
    if (const auto detail = loaded->detail()) {
        panel->showDetail(*detail, loaded->requestId(), c.clock().utcNow(), Qt::UTC);
    }
    return panel;
}

void add(ScreenCatalog &catalog, const char *name, const char *id) {
    catalog.add(
        {QLatin1String(name), kPanelSize, [id](ScreenContext &c) { return panelFor(c, id); }});
}

} // namespace

void addTimelineScreens(ScreenCatalog &catalog) {
    add(catalog, "timeline_pending", sandbox::demo::kPendingId);
    add(catalog, "timeline_exhausted", sandbox::demo::kExhaustedId);
    add(catalog, "timeline_resolved", sandbox::demo::kResolvedId);
    add(catalog, "timeline_cancelled", sandbox::demo::kCancelledId);
}

} // namespace rd::ui
