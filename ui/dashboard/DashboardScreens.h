// DashboardScreens: the validations screen's states for the screenshot catalog and the goldens.
#pragma once

namespace rd::ui {
class ScreenCatalog;
void addDashboardScreens(ScreenCatalog &catalog);
} // namespace rd::ui
