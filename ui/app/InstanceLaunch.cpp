#include "app/InstanceLaunch.h"

#include "app/AppOptions.h"
#include "instance/SingleInstance.h"
#include "mainwindow/MainWindow.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QStatusBar>
#include <QTextStream>

namespace rd::ui {

using instance::SingleInstance;

std::optional<int> claimInstance(SingleInstance &instance, const QStringList &arguments,
                                 QTextStream &err) {
    std::optional<std::pair<SingleInstance::Role, QString>> outcome;
    instance.start(arguments, [&outcome](SingleInstance::Role role, const QString &message) {
        outcome.emplace(role, message);
    });
    // The instance's deadlines bound this wait.
    while (!outcome) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    const auto &[role, message] = *outcome;
    switch (role) {
    case SingleInstance::Role::HandedOver:
        return 0;
    case SingleInstance::Role::Failed:
        err << QCoreApplication::translate("InstanceLaunch", "retrydesk: %1").arg(message)
            << Qt::endl;
        return 1;
    case SingleInstance::Role::Alone:
        err << QCoreApplication::translate("InstanceLaunch", "retrydesk: %1").arg(message)
            << Qt::endl;
        return std::nullopt;
    case SingleInstance::Role::Primary:
    case SingleInstance::Role::Undecided:
        break;
    }
    return std::nullopt;
}

void serveLaunches(SingleInstance &instance, MainWindow &window) {
    instance.setHandler([&window](const QStringList &arguments) {
        int exitCode = 0;
        QString output;
        bool toStderr = false;
        // The launch checked these arguments already; a RetryDesk of another build might not
        // have, so what this one cannot read is said rather than dropped.
        const auto options =
            AppOptions::parse(QStringList{QCoreApplication::applicationFilePath()} + arguments,
                              &exitCode, &output, &toStderr);
        if (!options) {
            window.bringToFront();
            window.statusBar()->showMessage(output.trimmed(), 15000);
            return;
        }
        window.takeLaunch(*options);
    });
}

} // namespace rd::ui
