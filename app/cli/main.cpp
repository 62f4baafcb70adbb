// retrydesk-cli: scripts' and CI's way into RetryDesk's core (docs/cli.md). Everything is in
// retrydesk_cli; this file only sets up Qt and the streams.
#include "cli/CliApp.h"
#include "cli/InterruptWatcher.h"
#include "core/SystemClock.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QTextStream>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <unistd.h>
#endif

namespace {
// A terminal that shows colour escapes (on Windows, a console that accepts VT sequences).
bool stdoutIsColourTerminal() {
#ifdef Q_OS_WIN
    if (!_isatty(_fileno(stdout))) {
        return false;
    }
    HANDLE h = GetStdHandle(STD_OUTPUT_HANDLE);
    DWORD mode = 0;
    return GetConsoleMode(h, &mode) && SetConsoleMode(h, mode | ENABLE_VIRTUAL_TERMINAL_PROCESSING);
#else
    return isatty(fileno(stdout)) == 1;
#endif
}
} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    // The window's names, so --profile reads the same QSettings as the window.
    QCoreApplication::setOrganizationName(QStringLiteral("RetryDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("RetryDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RETRYDESK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    rd::cli::CliApp cli(out, err, QProcessEnvironment::systemEnvironment(),
                        *rd::SystemClock::instance());
    cli.setStdoutIsTerminal(stdoutIsColourTerminal());
    rd::cli::InterruptWatcher ctrlC;
    QObject::connect(&ctrlC, &rd::cli::InterruptWatcher::interrupted, &cli,
                     &rd::cli::CliApp::interrupt);
    return cli.run(QCoreApplication::arguments());
}
