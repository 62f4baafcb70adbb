// FieldError: one validation problem tied to a request field, shown next to that field.
#pragma once

#include <QList>
#include <QString>

namespace rd {

struct FieldError {
    QString field;   // wire name, e.g. "interval_seconds"
    QString code;    // stable: "required", "out_of_range", "not_allowed", "duplicate", "empty", "type"
    QString message; // a sentence that says what to do
    friend bool operator==(const FieldError &, const FieldError &) = default;
};

using FieldErrors = QList<FieldError>;

} // namespace rd
