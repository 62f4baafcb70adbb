// copyDiagnostics: Help → Copy Diagnostics. Collects the report (DiagnosticsCollector), puts it on
// the clipboard, says "Diagnostics copied" in the status bar and shows it (DiagnosticsDialog).
#pragma once

class QMainWindow;

namespace rd {
class ListServiceRegistry;
class ValidationServiceRegistry;
} // namespace rd

namespace rd::ui {

class AppContext;

void copyDiagnostics(QMainWindow *window, AppContext &context,
                     ValidationServiceRegistry *validations, ListServiceRegistry *lists);

} // namespace rd::ui
