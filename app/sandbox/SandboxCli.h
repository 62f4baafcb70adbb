// SandboxCli: the retrydesk-sandbox command line (--port, --seed, --time-scale, --fault-*, …).
#pragma once

#include "sandbox/FaultConfig.h"
#include "sandbox/SandboxOptions.h"

#include <QStringList>

namespace rd::sandbox {

struct SandboxCliConfig {
    SandboxOptions options;
    FaultConfig faults;
    quint16 port = 8787;
    QString bind = QStringLiteral("127.0.0.1");
    double timeScale = 1.0;
    bool quiet = false;
};

// Parses argv (argv[0] included). On --help / --version / a bad value, returns false with the
// text to print in *message and the exit code in *exitCode (0 for help).
bool parseSandboxCli(const QStringList &arguments, SandboxCliConfig *config, QString *message,
                     int *exitCode);

} // namespace rd::sandbox
