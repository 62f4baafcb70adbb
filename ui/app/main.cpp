// retrydesk: the desktop window. Parses the command line and hands over to MainWindow.
#include "app/AppOptions.h"
#include "mainwindow/MainWindow.h"

#include <QApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
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
    rd::ui::MainWindow window(*options);
    window.show();
    return app.exec();
}
