#include "webhooks/WebhookDelivery.h"

#include <QCoreApplication>

namespace rd::webhooks {

QByteArray WebhookDelivery::header(const QByteArray &name) const {
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

SignatureVerdict verdictFor(SignatureCheck check) {
    switch (check) {
    case SignatureCheck::Valid:
        return SignatureVerdict::Valid;
    case SignatureCheck::TooOld:
        return SignatureVerdict::Replayed;
    case SignatureCheck::TooNew:
        return SignatureVerdict::FromTheFuture;
    case SignatureCheck::Missing:
    case SignatureCheck::Malformed:
    case SignatureCheck::Mismatch:
        break;
    }
    return SignatureVerdict::Invalid;
}

QString outcomeWord(DeliveryOutcome o) {
    switch (o) {
    case DeliveryOutcome::Pending:
        return QCoreApplication::translate("rd::webhooks", "waiting");
    case DeliveryOutcome::Accepted:
        return QCoreApplication::translate("rd::webhooks", "accepted");
    case DeliveryOutcome::Duplicate:
        return QCoreApplication::translate("rd::webhooks", "duplicate");
    case DeliveryOutcome::Failed:
        return QCoreApplication::translate("rd::webhooks", "failed");
    case DeliveryOutcome::TimedOut:
        return QCoreApplication::translate("rd::webhooks", "timeout");
    case DeliveryOutcome::Rejected:
        return QCoreApplication::translate("rd::webhooks", "rejected");
    case DeliveryOutcome::Malformed:
        return QCoreApplication::translate("rd::webhooks", "unreadable");
    }
    return {};
}

QString verdictWord(SignatureVerdict v) {
    switch (v) {
    case SignatureVerdict::NotVerified:
        return QCoreApplication::translate("rd::webhooks", "not verified");
    case SignatureVerdict::Valid:
        return QCoreApplication::translate("rd::webhooks", "valid");
    case SignatureVerdict::Invalid:
        return QCoreApplication::translate("rd::webhooks", "invalid");
    case SignatureVerdict::Replayed:
        return QCoreApplication::translate("rd::webhooks", "replayed (too old)");
    case SignatureVerdict::FromTheFuture:
        return QCoreApplication::translate("rd::webhooks", "too far ahead");
    }
    return {};
}

} // namespace rd::webhooks
