// Duration: the one parser and formatter of human durations ("10m", "1h 30m", "600") in RetryDesk.
#pragma once

#include <QString>

#include <optional>

namespace rd::duration {

// Whole seconds from "600", "600s", "10m", "1h", "1h30m", "1h 30m", "1d" (case-insensitive).
// nullopt for anything else (negative, fractional, unknown unit, overflow past int).
std::optional<int> parseSeconds(const QString &text);

// Compact human form: "45 s", "4 min 12 s", "2 h 5 min", "1 d 3 h" (two largest units, no zeros
// in the second place).
QString format(qint64 seconds);

} // namespace rd::duration
