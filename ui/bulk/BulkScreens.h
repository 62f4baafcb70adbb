// BulkScreens: the bulk run's screens for the screenshot catalog and the goldens — dry run,
// progress (paused mid-run), result list with failures, activity log, and the resume banner
// after a crash.
#pragma once

namespace rd::ui {
class ScreenCatalog;
void addBulkScreens(ScreenCatalog &catalog);
} // namespace rd::ui
