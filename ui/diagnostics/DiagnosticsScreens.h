// DiagnosticsScreens: the About dialog (both tabs) and the diagnostics dialog, with fixed versions
// and platform lines so the pictures are the same on every machine.
#pragma once

namespace rd::diag {
struct BuildInfo;
struct DiagnosticsInput;
} // namespace rd::diag

namespace rd::ui {
class ScreenCatalog;
class ScreenContext;
void addDiagnosticsScreens(ScreenCatalog &catalog);
// The fixed build the screens show.
diag::BuildInfo screenBuildInfo();
// A complete, deterministic report input on the screen context's clock and settings.
diag::DiagnosticsInput screenDiagnosticsInput(ScreenContext &context);
} // namespace rd::ui
