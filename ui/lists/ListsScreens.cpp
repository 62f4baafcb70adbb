#include "lists/ListsScreens.h"

#include "lists/ListRetryDialogs.h"
#include "lists/ListsHarness.h"
#include "lists/ListsScreen.h"
#include "models/ListTableModel.h"
#include "sandbox/DemoData.h"
#include "sandbox/SandboxServer.h"
#include "screenshots/ScreenCatalog.h"
#include "services/ListService.h"

namespace rd::ui {

namespace {
const QSize kSize(1280, 800);

// A harness whose listing has loaded, times in UTC (goldens never depend on the machine's zone),
// with `select` chosen (none when empty).
std::unique_ptr<ListsHarness> loaded(ScreenContext &c,
                                     sandbox::SandboxOptions options = ListsHarness::demoLists(),
                                     const char *select = nullptr) {
    auto h = std::make_unique<ListsHarness>(c.clock(), options);
    h->service().model().setTimeSpec(Qt::UTC);
    h->waitForRefresh();
    if (select) {
        h->screen().selectList(QLatin1String(select));
    }
    return h;
}

// The demo's Failed list retried through the screen: a chain of two, the new job processing.
std::unique_ptr<ListsHarness> retriedFailedList(ScreenContext &c) {
    auto h = loaded(c, ListsHarness::demoLists(), sandbox::demo::kFailedListId);
    c.clock().advance(Millis(1'000));
    h->retryThroughScreen(QLatin1String(sandbox::demo::kFailedListId));
    return h;
}
} // namespace

void addListsScreens(ScreenCatalog &catalog) {
    catalog.add({QStringLiteral("lists_empty"), kSize, [](ScreenContext &c) {
                     return std::unique_ptr<QWidget>(loaded(c, ListsHarness::noLists()).release());
                 }});
    catalog.add(
        {QStringLiteral("lists_mixed"), kSize, [](ScreenContext &c) {
             return std::unique_ptr<QWidget>(
                 loaded(c, ListsHarness::demoLists(), sandbox::demo::kFailedListId).release());
         }});
    // The new job of a retry selected: its chain (the Failed list, then the job) in the detail.
    // After the first status check: the new job's counts and times are known.
    catalog.add({QStringLiteral("lists_detail_chain"), kSize, [](ScreenContext &c) {
                     auto h = retriedFailedList(c);
                     h->runScheduledPoll();
                     return std::unique_ptr<QWidget>(h.release());
                 }});
    catalog.add({QStringLiteral("lists_confirmation"), QSize(560, 240), [](ScreenContext &) {
                     BulkList l;
                     l.id = QLatin1String(sandbox::demo::kFailedListId);
                     l.name = QStringLiteral("Newsletter import");
                     l.status = BulkList::Status::Failed;
                     l.total = 4000;
                     l.processed = 1830;
                     l.valid = 1281;
                     l.invalid = 366;
                     l.unknown = 183;
                     return std::unique_ptr<QWidget>(new ListRetryConfirmDialog({l}));
                 }});
    // The Failed list again while its retry still processes: refused here, with the reason.
    catalog.add({QStringLiteral("lists_processing_refusal"), kSize, [](ScreenContext &c) {
                     auto h = retriedFailedList(c);
                     h->retryThroughScreen(QLatin1String(sandbox::demo::kFailedListId));
                     return std::unique_ptr<QWidget>(h.release());
                 }});
    // A retry whose new job has finished within the 5 minutes of seed 000: the button counts down.
    catalog.add({QStringLiteral("lists_countdown"), kSize, [](ScreenContext &c) {
                     sandbox::SandboxOptions o = ListsHarness::demoLists();
                     o.listItemsPerSecond = 1'000'000; // every job finishes within a second
                     auto h = loaded(c, o, sandbox::demo::kFailedListId);
                     h->retryThroughScreen(QLatin1String(sandbox::demo::kFailedListId));
                     c.clock().advance(Millis(60'000 + 17'000));
                     h->service().refresh();
                     h->waitForRefresh();
                     h->screen().updateRetryButton();
                     return std::unique_ptr<QWidget>(h.release());
                 }});
}

} // namespace rd::ui
