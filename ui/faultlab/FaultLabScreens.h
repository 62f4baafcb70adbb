// FaultLabScreens: the fault lab's states for the screenshot catalog and the goldens.
#pragma once

namespace rd::ui {
class ScreenCatalog;
void addFaultLabScreens(ScreenCatalog &catalog);
} // namespace rd::ui
