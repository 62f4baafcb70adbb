#include "models/CountdownFormatter.h"

#include "models/ValidationRow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace rd {
namespace {

// The window translates these (the CLI installs no translator: it stays English).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rd::CountdownFormatter)
};

} // namespace

CountdownFormatter::Phase CountdownFormatter::phase(qint64 nextMs, bool pending, qint64 nowMs) {
    if (nextMs == ValidationRow::kNullTime) {
        return Phase::None;
    }
    const qint64 remaining = nextMs - nowMs;
    if (remaining > 0) {
        return Phase::Future;
    }
    // A terminal row with a stale next_attempt_at will not retry: never claim it is retrying.
    if (remaining > -kDueNowWindowMs || !pending) {
        return Phase::DueNow;
    }
    return Phase::Retrying;
}

QString CountdownFormatter::remainingText(qint64 remainingMs) {
    const qint64 s = (remainingMs + 999) / 1000;
    if (s < 60) {
        return Text::tr("in %1 s").arg(s);
    }
    if (s < 3600) {
        return s % 60 ? Text::tr("in %1 min %2 s").arg(s / 60).arg(s % 60)
                      : Text::tr("in %1 min").arg(s / 60);
    }
    if (s < 86400) {
        const qint64 min = (s / 60) % 60;
        return min ? Text::tr("in %1 h %2 min").arg(s / 3600).arg(min)
                   : Text::tr("in %1 h").arg(s / 3600);
    }
    const qint64 h = (s / 3600) % 24;
    return h ? Text::tr("in %1 d %2 h").arg(s / 86400).arg(h)
             : Text::tr("in %1 d").arg(s / 86400);
}

QString CountdownFormatter::text(qint64 nextMs, bool pending, qint64 nowMs) {
    switch (phase(nextMs, pending, nowMs)) {
    case Phase::None:
        return {};
    case Phase::Future:
        return remainingText(nextMs - nowMs);
    case Phase::DueNow:
        return pending ? Text::tr("due now") : Text::tr("was due");
    case Phase::Retrying:
        return Text::tr("retrying…");
    }
    return {};
}

QString CountdownFormatter::tooltip(qint64 nextMs, Qt::TimeSpec spec) {
    if (nextMs == ValidationRow::kNullTime) {
        return Text::tr("No attempt scheduled");
    }
    const QDateTime t =
        QDateTime::fromMSecsSinceEpoch(nextMs, spec == Qt::UTC ? Qt::UTC : Qt::LocalTime);
    const QString zone = spec == Qt::UTC ? Text::tr("UTC") : t.timeZoneAbbreviation();
    return Text::tr("Next attempt at %1 %2 (server time)")
        .arg(t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), zone);
}

qint64 CountdownFormatter::msUntilChange(qint64 nextMs, bool pending, qint64 nowMs) {
    switch (phase(nextMs, pending, nowMs)) {
    case Phase::None:
    case Phase::Retrying:
        return -1;
    case Phase::DueNow:
        return pending ? nextMs + kDueNowWindowMs - nowMs : -1;
    case Phase::Future: {
        // The text shows whole seconds rounded up: it changes when remaining crosses n·1000.
        const qint64 remaining = nextMs - nowMs;
        const qint64 r = remaining % 1000;
        return r == 0 ? 1000 : r;
    }
    }
    return -1;
}

} // namespace rd
