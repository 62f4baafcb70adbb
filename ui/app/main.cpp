// retrydesk: the desktop window. Parses the command line and hands over to MainWindow (or, with
// --screenshots, to the exporter that renders every screen state).
#include "app/AppContext.h"
#include "app/AppOptions.h"
#include "app/InstanceLaunch.h"
#include "app/StartupProbe.h"
#include "app/Translations.h"
#include "core/SystemClock.h"
#include "diagnostics/LogFiles.h"
#include "diagnostics/MessageLog.h"
#include "instance/SingleInstance.h"
#include "mainwindow/MainWindow.h"
#include "screenshots/RenderEnvironment.h"
#include "screenshots/ScreenshotExporter.h"
#include "storage/AppSettings.h"

#include <QApplication>
#include <QSettings>
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
    // Screenshots stay in deterministic English (goldens compare pixels); everything else speaks
    // the saved language ("" = the system's).
    if (!rd::ui::AppOptions::requestsScreenshots(argc, argv)) {
        rd::ui::Translations::install(rd::AppSettings::storedLanguage(QSettings()));
    }

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
    // One window per user session: a later launch hands its link or options to it and exits.
    rd::instance::SingleInstance instance(
        rd::instance::SingleInstance::defaultName(QSettings().fileName()),
        *rd::SystemClock::instance());
    QTextStream launchErr(stderr);
    if (const auto exit = rd::ui::claimInstance(instance, app.arguments().mid(1), launchErr)) {
        return *exit; // handed over to the running window (0), or it could not be (1)
    }
    // Rotating, redacted log files for support (Help → Copy Diagnostics names their folder).
    rd::diag::LogFiles logFiles(rd::diag::LogFiles::defaultDirectory());
    const rd::diag::MessageLog messageLog(logFiles, *rd::SystemClock::instance());
    qInfo("RetryDesk %s started", RETRYDESK_VERSION);
    const auto context = rd::ui::AppContext::createDefault();
    rd::ui::MainWindow window(*options, *context);
    rd::ui::serveLaunches(instance, window);
    rd::ui::StartupProbe::attachIfRequested(window, "retrydesk"); // RETRYDESK_STARTUP_PROBE=1
    window.show();
    return app.exec();
}
