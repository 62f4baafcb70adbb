// The main window's screen states for ScreenCatalog (goldens and --screenshots).
#pragma once

namespace rd::ui {

class ScreenCatalog;

// main_window_welcome (first run), main_window_empty (no connection yet).
void addMainWindowScreens(ScreenCatalog &catalog);

} // namespace rd::ui
