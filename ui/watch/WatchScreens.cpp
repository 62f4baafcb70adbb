#include "watch/WatchScreens.h"

#include "app/AppContext.h"
#include "dashboard/DashboardHarness.h"
#include "dashboard/FilterBar.h"
#include "dashboard/ValidationsScreen.h"
#include "models/ValidationTableModel.h"
#include "sandbox/DemoData.h"
#include "screenshots/ScreenCatalog.h"
#include "services/ValidationService.h"
#include "services/WatchList.h"
#include "validations/IdDelegate.h"
#include "validations/ValidationTableView.h"
#include "watch/NotificationSettings.h"
#include "watch/NotificationSettingsDialog.h"

#include <QCheckBox>

namespace rd::ui {

namespace {
const QSize kSize(1280, 800);

// A loaded validations screen (times in UTC, no poll) with its watchlist, `watched` on it and
// `select` chosen.
std::unique_ptr<DashboardHarness>
withWatchList(ScreenContext &c, std::initializer_list<const char *> watched, const char *select) {
    auto h = std::make_unique<DashboardHarness>(c.clock());
    h->screen().setTimeSpec(Qt::UTC);
    h->service().setPollInterval(PollInterval::Off);
    h->waitForRefresh();
    // As ValidationServiceRegistry makes it: a child of the service, kept in the settings.
    auto *list = new WatchList(h->service(), c.app().settings(), &h->service());
    for (const char *id : watched) {
        list->setWatched(QLatin1String(id), true);
    }
    h->screen().setWatchList(list);
    if (select) {
        h->selectAndLoad(QLatin1String(select));
    }
    return h;
}
} // namespace

void addWatchScreens(ScreenCatalog &catalog) {
    using namespace sandbox::demo;
    // Starred rows: one selected, others on plain and alternate rows, and one more hovered (its
    // outline star is what a click would fill).
    catalog.add({QStringLiteral("watch_table_starred"), kSize, [](ScreenContext &c) {
                     auto h = withWatchList(c, {kPendingId, kExhaustedId, kResolvedId}, kPendingId);
                     ValidationTableView *table = h->screen().table();
                     table->idDelegate()->setHoveredRow(
                         h->service().model().rowForId(QString::fromLatin1(kEligibleId)));
                     return std::unique_ptr<QWidget>(h.release());
                 }});
    catalog.add({QStringLiteral("watch_filter_on"), kSize, [](ScreenContext &c) {
                     auto h = withWatchList(c, {kPendingId, kExhaustedId, kCancelledId}, nullptr);
                     h->screen().filterBar()->watchedFilter()->setChecked(true);
                     h->selectAndLoad(QLatin1String(kExhaustedId));
                     return std::unique_ptr<QWidget>(h.release());
                 }});
    catalog.add({QStringLiteral("watch_filter_empty"), kSize, [](ScreenContext &c) {
                     // The first row's detail loaded before the filter empties the table (the
                     // screen selects it after the first load; a picture never races it).
                     auto h = withWatchList(c, {}, kEligibleId);
                     h->screen().filterBar()->watchedFilter()->setChecked(true);
                     return std::unique_ptr<QWidget>(h.release());
                 }});
    catalog.add({QStringLiteral("notification_settings"), QSize(520, 280), [](ScreenContext &c) {
                     auto *settings = new NotificationSettings(c.app().settings());
                     auto dialog = std::make_unique<NotificationSettingsDialog>(*settings);
                     settings->setParent(dialog.get());
                     return std::unique_ptr<QWidget>(dialog.release());
                 }});
}

} // namespace rd::ui
