// ListsScreens: the lists screen's states for the screenshot catalog and the goldens.
#pragma once

namespace rd::ui {
class ScreenCatalog;
void addListsScreens(ScreenCatalog &catalog);
} // namespace rd::ui
