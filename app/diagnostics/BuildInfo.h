// BuildInfo: which RetryDesk this is and what it was built with — the first lines of a support
// ticket. current() is the real build; tests and screenshots fill one by hand.
#pragma once

#include <QString>

namespace rd::diag {

struct BuildInfo {
    QString version; // RetryDesk, from project(VERSION)
    QString
        build; // build type, compiler, ABI: "RelWithDebInfo, GCC 12.2.0, x86_64-little_endian-lp64"
    QString qtRuntime;  // qVersion()
    QString qtCompiled; // QT_VERSION_STR
    QString qtKeychain; // empty when not known
    QString simdjson;   // empty when not known
    QString homepage;   // project(HOMEPAGE_URL)

    static BuildInfo current();
};

// The operating system as QSysInfo names it: "Debian GNU/Linux 12 (bookworm), linux 6.1.0, x86_64".
QString operatingSystem();

} // namespace rd::diag
