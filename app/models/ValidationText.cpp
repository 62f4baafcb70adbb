#include "models/ValidationText.h"

#include "domain/Enums.h"
#include "domain/Validation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace rd {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rd::ValidationText)
};

} // namespace

QString ValidationText::target(const ValidationRowStore &store, quint32 slot) {
    const ValidationRow &r = store.row(slot);
    // Every part is optional on the wire (docs/api.md): "—" for what the server did not give.
    const auto orDash = [](const QString &s) { return s.isEmpty() ? QStringLiteral("—") : s; };
    return QStringLiteral("%1 · %2 · %3 → %4")
        .arg(orDash(store.trackingKeyText(slot)),
             r.amountCents == ValidationRow::kNullAmount ? QStringLiteral("—")
                                                         : Validation::formatAmount(r.amountCents),
             orDash(store.banks().text(r.senderBank)), orDash(store.banks().text(r.receiverBank)));
}

QString ValidationText::outcome(quint8 outcome) {
    switch (Outcome(outcome)) {
    case Outcome::Valid:
        return Text::tr("Valid");
    case Outcome::NotFound:
        return Text::tr("Not found");
    case Outcome::CepUnavailable:
        return Text::tr("CEP unavailable");
    case Outcome::Error:
        return Text::tr("Error");
    }
    return QStringLiteral("—"); // absent, or a value RetryDesk does not know (see the detail)
}

namespace {

QString stateName(const ValidationRow &r) {
    switch (r.terminal) {
    case 0:
        return r.has(ValidationRow::Enabled) ? Text::tr("Not started")
                                             : Text::tr("Off");
    case 1:
        return Text::tr("Pending");
    case 2:
        return Text::tr("Resolved");
    case 3:
        return Text::tr("Exhausted");
    case 4:
        return Text::tr("Cancelled");
    default:
        return {};
    }
}

QString progress(const ValidationRow &r) {
    return r.maxRetries >= 0
               ? Text::tr("attempt %1 of %2").arg(r.attemptsCompleted).arg(r.maxRetries)
               : Text::tr("attempt %1").arg(r.attemptsCompleted);
}

} // namespace

QString ValidationText::retryState(const ValidationRow &r) {
    if (!r.has(ValidationRow::HasRetryState)) {
        return Text::tr("No retry policy");
    }
    if (r.terminal == 0) {
        return stateName(r);
    }
    if (r.isPending() && r.maxRetries >= 0) {
        return Text::tr("%1 · %2 · %3 remaining")
            .arg(stateName(r), progress(r))
            .arg(std::max(0, int(r.maxRetries) - int(r.attemptsCompleted)));
    }
    return QStringLiteral("%1 · %2").arg(stateName(r), progress(r));
}

QString ValidationText::retryStateDetail(const ValidationRow &r) {
    if (r.has(ValidationRow::BulkImport)) {
        // seed 002 (D35): bulk imports cannot have a retry policy.
        return Text::tr("From a bulk import: the server does not retry these.");
    }
    if (!r.has(ValidationRow::HasRetryState)) {
        return Text::tr("No retry policy is set for this validation.");
    }
    switch (r.terminal) {
    case 1:
        return Text::tr("Retries are active; %1.").arg(retryState(r));
    case 2:
        return Text::tr("Resolved: a retry succeeded, no more attempts will run.");
    case 3:
        return Text::tr("Exhausted: every allowed attempt was used.");
    case 4:
        return Text::tr("Cancelled: the cycle was stopped before it finished.");
    default:
        return Text::tr("The retry cycle has not started.");
    }
}

QString ValidationText::source(const ValidationRow &r) {
    switch (r.sourceIndex()) {
    case 0:
        return QStringLiteral("API");
    case 1:
        return Text::tr("Bulk import");
    default:
        return QStringLiteral("—");
    }
}

QString ValidationText::time(qint64 ms, Qt::TimeSpec spec) {
    if (ms == ValidationRow::kNullTime) {
        return {};
    }
    const bool utc = spec == Qt::UTC;
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, utc ? Qt::UTC : Qt::LocalTime);
    return QStringLiteral("%1 %2").arg(t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                       utc ? Text::tr("UTC") : t.timeZoneAbbreviation());
}

} // namespace rd
