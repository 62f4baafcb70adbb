// The connections dialog's screen states for ScreenCatalog: the list, a new connection, each
// test-connection verdict and the no-keychain choice.
#pragma once

namespace rd::ui {

class ScreenCatalog;

void addConnectionsScreens(ScreenCatalog &catalog);

} // namespace rd::ui
