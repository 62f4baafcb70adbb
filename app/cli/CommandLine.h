// CommandLine: parses retrydesk-cli's arguments into an Invocation, or says what is wrong, or
// gives the help text asked for. No I/O: main prints what it returns.
#pragma once

#include "cli/Invocation.h"

#include <QStringList>

namespace rd::cli {

struct ParseOutcome {
    enum class Kind { Run, Help, Version, UsageError };
    Kind kind = Kind::UsageError;
    Invocation invocation; // for Run
    QString text;          // help text (Help) or the error with a hint (UsageError)
};

// arguments as QCoreApplication::arguments() (program name first).
ParseOutcome parseCommandLine(const QStringList &arguments);

// The full help of one command (Command::None: the overview).
QString helpText(Command command);

} // namespace rd::cli
