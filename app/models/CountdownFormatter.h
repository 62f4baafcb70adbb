// CountdownFormatter: the text of a next-attempt countdown ("in 4 min 12 s", "due now",
// "retrying…").
#pragma once

#include <QString>

namespace rd {

// Pure functions of (next_attempt_at, pending?, server now) so the delegate, the CLI and the tests
// agree ("in 4 min 12 s", "due now", "retrying…" until a refresh shows the outcome).
struct CountdownFormatter {
    enum class Phase { None, Future, DueNow, Retrying };

    // How long after next_attempt_at the cell still says "due now": the server's scheduler needs
    // a moment to start the attempt; after that the attempt is under way ("retrying…").
    static constexpr qint64 kDueNowWindowMs = 5000;

    // nextMs is ValidationRow::kNullTime when there is no next attempt.
    static Phase phase(qint64 nextMs, bool pending, qint64 nowMs);
    static QString text(qint64 nextMs, bool pending, qint64 nowMs);
    // "in 4 min 12 s" for a positive remaining time (rounded up to whole seconds).
    static QString remainingText(qint64 remainingMs);
    // Absolute time for the tooltip, e.g. "Next attempt at 2026-01-01 12:04:12 UTC".
    static QString tooltip(qint64 nextMs, Qt::TimeSpec spec);
    // Milliseconds until text() next changes (≥ 1), or -1 when it never will.
    static qint64 msUntilChange(qint64 nextMs, bool pending, qint64 nowMs);
};

} // namespace rd
