// ValidationColumn: the columns of the validations table, in display order.
#pragma once

namespace rd {

// The validations table: id, target (tracking key + amount + banks), outcome, retry state, next
// attempt, plus source and last update.
enum class ValidationColumn : int {
    Id,
    Target,
    Outcome,
    RetryState,
    NextAttempt,
    Source,
    Updated,
    Count
};

inline constexpr int kValidationColumnCount = int(ValidationColumn::Count);

} // namespace rd
