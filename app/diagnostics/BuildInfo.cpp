#include "diagnostics/BuildInfo.h"

#include <QSysInfo>
#include <QtGlobal>

namespace rd::diag {

namespace {
QString compiler() {
#if defined(__clang__)
    return QStringLiteral("Clang " __clang_version__).trimmed();
#elif defined(__GNUC__)
    return QStringLiteral("GCC " __VERSION__);
#elif defined(_MSC_FULL_VER)
    return QStringLiteral("MSVC %1").arg(_MSC_FULL_VER);
#else
    return QStringLiteral("unknown compiler");
#endif
}
} // namespace

BuildInfo BuildInfo::current() {
    BuildInfo b;
    b.version = QStringLiteral(RETRYDESK_DIAG_VERSION);
    QString type = QStringLiteral(RETRYDESK_BUILD_TYPE);
    if (type.isEmpty()) {
        type = QStringLiteral("no build type");
    }
    b.build = QStringLiteral("%1, %2, %3").arg(type, compiler(), QSysInfo::buildAbi());
    b.qtRuntime = QString::fromLatin1(qVersion());
    b.qtCompiled = QStringLiteral(QT_VERSION_STR);
    b.qtKeychain = QStringLiteral(RETRYDESK_QTKEYCHAIN_VERSION);
    b.simdjson = QStringLiteral(RETRYDESK_SIMDJSON_VERSION);
    b.homepage = QStringLiteral(RETRYDESK_HOMEPAGE);
    return b;
}

QString operatingSystem() {
    return QStringLiteral("%1, %2 %3, %4")
        .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(), QSysInfo::kernelVersion(),
             QSysInfo::currentCpuArchitecture());
}

} // namespace rd::diag
