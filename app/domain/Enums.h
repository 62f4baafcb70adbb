// Enums of the validations and lists APIs, with their wire names.
#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace rd {

// Outcome of one validation run (seed 002: retry is eligible for not_found, cep_unavailable,
// error).
enum class Outcome { Valid, NotFound, CepUnavailable, Error };
// Terminal state of a retry cycle (seed 001): pending is the active, not yet final state.
enum class TerminalState { Pending, Resolved, Exhausted, Cancelled };
// Where a validation came from; seed 002 (D35): bulk imports cannot have a retry policy.
enum class Source { Api, BulkImport };

QString toWire(Outcome o);
QString toWire(TerminalState t);
QString toWire(Source s);
std::optional<Outcome> outcomeFromWire(QStringView s);
std::optional<TerminalState> terminalStateFromWire(QStringView s);
std::optional<Source> sourceFromWire(QStringView s);

// A nullable outcome list as JSON: an array of wire names, or null.
QJsonValue outcomesToJson(const std::optional<QList<Outcome>> &outcomes);
// Its inverse for an array: the known wire names, in order; every other entry (an unknown name, a
// non-string) is appended to *unknown as text, so callers decide whether that is fatal.
QList<Outcome> outcomesFromJson(const QJsonArray &array, QStringList *unknown);

// Outcomes a retry policy may name (seed 002); Valid is never retried.
bool isRetryEligible(Outcome o);
inline const QList<Outcome> kRetryableOutcomes{Outcome::NotFound, Outcome::CepUnavailable,
                                               Outcome::Error};

} // namespace rd
