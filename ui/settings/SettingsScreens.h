// SettingsScreens: the Settings dialog's states (as it opens; a manual proxy without a host) for
// the screenshot catalog and the goldens.
#pragma once

namespace rd::ui {
class ScreenCatalog;
void addSettingsScreens(ScreenCatalog &catalog);
} // namespace rd::ui
