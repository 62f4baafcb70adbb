// WatchScreens: the watchlist's states (starred rows, the Watched filter, its empty state, the
// notification settings) for the screenshot catalog and the goldens.
#pragma once

namespace rd::ui {
class ScreenCatalog;
void addWatchScreens(ScreenCatalog &catalog);
} // namespace rd::ui
