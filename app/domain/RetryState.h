// RetryState: the retry cycle of one validation, as GET /v1/validations/{id} exposes it (seed 001/002).
#pragma once

#include "domain/Enums.h"
#include "domain/RetryPolicy.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace rd {

struct RetryState {
    bool enabled = false;
    std::optional<int> maxRetries;      // null if enabled=false
    std::optional<int> intervalSeconds; // null if enabled=false
    std::optional<QList<Outcome>> outcomes;
    int attemptsCompleted = 0;
    std::optional<QDateTime> nextAttemptAt; // null when terminal or no retries active
    std::optional<QDateTime> resolvedAt;
    std::optional<QDateTime> exhaustedAt;
    std::optional<QDateTime> cancelledAt;
    std::optional<TerminalState> terminalState;
    // Values of a newer server that RetryDesk does not know (kept and shown, never dropped): a
    // terminal_state text, and outcome names in `outcomes` (the known ones are in outcomes).
    QString terminalStateText;
    QStringList otherOutcomes;

    bool isActive() const { return terminalState == TerminalState::Pending; }
    bool isTerminal() const { return terminalState && *terminalState != TerminalState::Pending; }
    // Retries still to come; nullopt when the cycle has no configured maximum.
    std::optional<int> remaining() const;
    // The policy fields of the state, as a RetryPolicy (for pre-filling the form).
    RetryPolicy policy() const;

    QJsonObject toJson() const;
    // nullopt and *error set when the object has the wrong shape: a field of another JSON type
    // than seeds 001/002 give it, an unparsable timestamp, a negative attempts_completed. Unknown
    // enum values are kept as text (terminalStateText, otherOutcomes), not refused.
    static std::optional<RetryState> fromJson(const QJsonObject &o, QString *error = nullptr);
    // Contract checks beyond shape: a terminal state has its matching timestamp, pending has none.
    QStringList consistencyProblems() const;

    friend bool operator==(const RetryState &, const RetryState &) = default;
};

} // namespace rd
