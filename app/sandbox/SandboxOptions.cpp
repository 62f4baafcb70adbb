#include "sandbox/SandboxOptions.h"

#include <QtGlobal>

namespace rd::sandbox {

namespace {
constexpr auto kWireEnvironment = "RETRYDESK_SANDBOX_WIRE";
}

QString toString(WireMode mode) {
    return mode == WireMode::SeedsOnly ? QStringLiteral("seeds-only") : QStringLiteral("full");
}

std::optional<WireMode> wireModeFromString(QStringView name) {
    if (name == u"full") {
        return WireMode::Full;
    }
    if (name == u"seeds-only") {
        return WireMode::SeedsOnly;
    }
    return std::nullopt;
}

WireMode wireModeFromEnvironment() {
    const QString value = qEnvironmentVariable(kWireEnvironment);
    if (value.isEmpty()) {
        return WireMode::Full;
    }
    if (const auto mode = wireModeFromString(value)) {
        return *mode;
    }
    qWarning("%s=%s is not a wire mode (full or seeds-only); using full.", kWireEnvironment,
             qPrintable(value));
    return WireMode::Full;
}

QList<ApiKey> SandboxOptions::demoApiKeys() {
    const auto all =
        QStringList{QLatin1String(kPermValidationsRead), QLatin1String(kPermValidationsUpdate),
                    QLatin1String(kPermListsRead), QLatin1String(kPermListsWrite)};
    return {
        {QLatin1String(kDemoUpdateKey), QLatin1String(kDemoUserId), all},
        {QLatin1String(kDemoReadOnlyKey),
         QLatin1String(kDemoUserId),
         {QLatin1String(kPermValidationsRead), QLatin1String(kPermListsRead)}},
        {QLatin1String(kOtherUserKey), QLatin1String(kOtherUserId), all},
        {QLatin1String(kDemoListsKey),
         QLatin1String(kDemoUserId),
         {QLatin1String(kPermListsRead), QLatin1String(kPermListsWrite)}},
        // A user whose plan allows one pending cycle and who already has it: the next policy
        // answers 422 retry_pending_cap_exceeded (seed 002).
        {QLatin1String(kCappedUserKey), QLatin1String(kCappedUserId), all, QStringLiteral("capped"),
         1},
    };
}

} // namespace rd::sandbox
