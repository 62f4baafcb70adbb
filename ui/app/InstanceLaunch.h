// InstanceLaunch: the window's side of instance::SingleInstance — a launch either opens the
// window or hands its link and options to the RetryDesk already running and exits; the running
// window takes them.
#pragma once

#include <QStringList>

#include <optional>

class QTextStream;

namespace rd::instance {
class SingleInstance;
}

namespace rd::ui {

class MainWindow;

// Decides this launch, running the event loop until it is decided. nullopt: this process opens
// the window. Otherwise the exit code: 0 when the running RetryDesk handled arguments (argv
// without the program), 1 when it did not (why and what to do on err).
std::optional<int> claimInstance(instance::SingleInstance &instance, const QStringList &arguments,
                                 QTextStream &err);

// The primary's window takes every later launch: it comes forward and opens the link or the
// demo it was given.
void serveLaunches(instance::SingleInstance &instance, MainWindow &window);

} // namespace rd::ui
