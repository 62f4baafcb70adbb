// TimeText: how the validations screen writes a timestamp — local time or UTC, as the user chose.
#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace rd::ui {

// "2026-01-01 12:04:12 UTC" or local "2026-01-01 13:04:12 CET"; "—" when absent.
QString timeText(const std::optional<QDateTime> &t, Qt::TimeSpec spec);

} // namespace rd::ui
