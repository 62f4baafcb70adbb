#include "sandbox/FaultConfig.h"

namespace rd::sandbox {

QString faultName(FaultKind kind) {
    switch (kind) {
    case FaultKind::Http500:
        return QStringLiteral("500");
    case FaultKind::Http502:
        return QStringLiteral("502");
    case FaultKind::Http503:
        return QStringLiteral("503");
    case FaultKind::Http503Date:
        return QStringLiteral("503-date");
    case FaultKind::Http504:
        return QStringLiteral("504");
    case FaultKind::Http429:
        return QStringLiteral("429");
    case FaultKind::ResetBeforeReply:
        return QStringLiteral("reset");
    case FaultKind::CloseWhileReading:
        return QStringLiteral("close-while-reading");
    case FaultKind::Stall:
        return QStringLiteral("stall");
    case FaultKind::TruncatedBody:
        return QStringLiteral("truncate");
    case FaultKind::Latency:
        return QStringLiteral("latency");
    case FaultKind::CommitThenDrop:
        return QStringLiteral("commit-then-drop");
    case FaultKind::CommitThen502:
        return QStringLiteral("commit-then-502");
    }
    return {};
}

std::optional<FaultKind> faultFromName(QStringView name) {
    for (FaultKind k : kAllFaultKinds) {
        if (faultName(k) == name) {
            return k;
        }
    }
    return std::nullopt;
}

} // namespace rd::sandbox
