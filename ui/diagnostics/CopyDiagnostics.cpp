#include "diagnostics/CopyDiagnostics.h"

#include "diagnostics/DiagnosticsCollector.h"
#include "diagnostics/DiagnosticsDialog.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QMainWindow>
#include <QPointer>
#include <QStatusBar>

namespace rd::ui {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CopyDiagnostics)
};
} // namespace

void copyDiagnostics(QMainWindow *window, AppContext &context,
                     ValidationServiceRegistry *validations, ListServiceRegistry *lists) {
    auto *collector = new DiagnosticsCollector(context, validations, lists, window);
    QPointer<QMainWindow> win(window);
    window->statusBar()->showMessage(Text::tr("Collecting diagnostics…"));
    collector->collect([win, collector](const diag::DiagnosticsInput &input) {
        collector->deleteLater();
        if (!win) {
            return;
        }
        const QString report = diag::DiagnosticsReport::render(input);
        QGuiApplication::clipboard()->setText(report);
        win->statusBar()->showMessage(Text::tr("Diagnostics copied"), 8000);
        auto *dialog = new DiagnosticsDialog(report, input.logFolder, input.generatedAt, win);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &DiagnosticsDialog::copied, win, [win] {
            if (win) {
                win->statusBar()->showMessage(Text::tr("Diagnostics copied"), 8000);
            }
        });
        dialog->show();
    });
}

} // namespace rd::ui
