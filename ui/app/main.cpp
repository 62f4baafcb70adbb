// retrydesk: the desktop window. Parses the command line and hands over to MainWindow (or, with
// --screenshots, to the exporter that renders every screen state).
#include "app/AppContext.h"
#include "app/AppOptions.h"
#include "mainwindow/MainWindow.h"
#include "screenshots/RenderEnvironment.h"
#include "screenshots/ScreenshotExporter.h"

#include <QApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[]) {
    if (rd::ui::AppOptions::requestsScreenshots(argc, argv)) {
        rd::ui::RenderEnvironment::prepareProcess();
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("RetryDesk"));
    QApplication::setOrganizationName(QStringLiteral("RetryDesk"));
    QApplication::setApplicationVersion(QStringLiteral(RETRYDESK_VERSION));

    int exitCode = 0;
    QString output;
    bool toStderr = false;
    const auto options = rd::ui::AppOptions::parse(app.arguments(), &exitCode, &output, &toStderr);
    if (!options) {
        std::fputs(qPrintable(output), toStderr ? stderr : stdout);
        return exitCode;
    }
    if (!options->screenshotDir.isEmpty()) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return rd::ui::ScreenshotExporter::exportAll(options->screenshotDir, out, err);
    }
    const auto context = rd::ui::AppContext::createDefault();
    rd::ui::MainWindow window(*options, *context);
    window.show();
    return app.exec();
}
