// retrydesk-cli: scripts' and CI's way into RetryDesk's core (issue [4]). Everything is in
// retrydesk_cli; this file only sets up Qt and the streams.
#include "cli/CliApp.h"
#include "cli/InterruptWatcher.h"
#include "core/SystemClock.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    // The window's names, so --profile reads the same QSettings (issue [5]).
    QCoreApplication::setOrganizationName(QStringLiteral("RetryDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("RetryDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RETRYDESK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    rd::cli::CliApp cli(out, err, QProcessEnvironment::systemEnvironment(),
                        *rd::SystemClock::instance());
    rd::cli::InterruptWatcher ctrlC;
    QObject::connect(&ctrlC, &rd::cli::InterruptWatcher::interrupted, &cli,
                     &rd::cli::CliApp::interrupt);
    return cli.run(QCoreApplication::arguments());
}
