// ForecastScreens: the retry forecast panel's states for the screenshot catalog and the goldens.
#pragma once

namespace rd {
struct ForecastBuckets;
}

namespace rd::ui {
class ScreenCatalog;
void addForecastScreens(ScreenCatalog &catalog);
// The fixed forecast the screens show: 2026-01-01 12:00 UTC, a burst at 12:30, 3 overdue.
ForecastBuckets sampleForecast();
} // namespace rd::ui
