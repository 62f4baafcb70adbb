// ValidationText: the words the validations table shows for a stored row.
#pragma once

#include "models/ValidationRowStore.h"

#include <QString>

namespace rd {

// Display strings live here so the model stays a map from (row, column, role) to values.
struct ValidationText {
    // "MBAN01002601010000123 · 1250.00 · BANAMEX → BBVA MEXICO"
    static QString target(const ValidationRowStore &store, quint32 slot);
    static QString outcome(quint8 outcome);
    // seed 001's retry_state as a sentence: "Pending · attempt 2 of 5 · 3 remaining".
    static QString retryState(const ValidationRow &r);
    // Longer form for the tooltip, including why no retry will happen.
    static QString retryStateDetail(const ValidationRow &r);
    static QString source(const ValidationRow &r);
    // "2026-01-01 12:00:00 UTC" or local time with its zone abbreviation.
    static QString time(qint64 ms, Qt::TimeSpec spec);
};

} // namespace rd
