#include "dashboard/TimeText.h"

#include <QTimeZone>

namespace rd::ui {

QString timeText(const std::optional<QDateTime> &t, Qt::TimeSpec spec) {
    if (!t || !t->isValid()) {
        return QStringLiteral("—");
    }
    if (spec == Qt::UTC) {
        return t->toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
    }
    const QDateTime local = t->toLocalTime();
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss ")) + local.timeZoneAbbreviation();
}

} // namespace rd::ui
