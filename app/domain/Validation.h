// Validation: one CEP payment-receipt check and its retry cycle (GET /v1/validations/{id}).
#pragma once

#include "domain/Enums.h"
#include "domain/RetryState.h"

#include <QDate>
#include <QTimeZone>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace rd {

// Only `id` and `retry_state` come from the seeds (001/002); every other field is RetryDesk's
// assumption (docs/api.md), so it is read tolerantly: absent, null, of another JSON type or an
// unknown enum value leaves it empty (or keeps the server's text) and never refuses the object.
// Amounts are integer cents to avoid binary floating point.
struct Validation {
    QString id;          // UUID (seed 001: path ids are UUIDs) — the one required field
    QString trackingKey; // CEP "clave de rastreo"; a number is kept as its text
    std::optional<qint64> amountCents; // nullopt: absent or unreadable
    QString senderBank;
    QString receiverBank;
    QDate paymentDate;               // invalid: absent or unreadable
    std::optional<Outcome> outcome;  // nullopt: absent, or unknown (outcomeText says which)
    QString outcomeText;             // the server's text when it names no known outcome
    std::optional<Source> source;    // nullopt: absent, or unknown (sourceText says which)
    QString sourceText;
    QDateTime createdAt; // invalid: absent or unreadable
    QDateTime updatedAt; // created_at when absent
    std::optional<RetryState> retryState; // null when no policy was ever set

    bool isBulkImport() const { return source == Source::BulkImport; }
    // What to show for the outcome / source: the wire name, the server's unknown text, or "".
    QString outcomeWire() const { return outcome ? toWire(*outcome) : outcomeText; }
    QString sourceWire() const { return source ? toWire(*source) : sourceText; }

    QJsonObject toJson() const;
    // Refuses only what cannot be a validation: not a UUID id, or a retry_state of the wrong
    // shape (RetryState::fromJson); *error says why.
    static std::optional<Validation> fromJson(const QJsonObject &o, QString *error = nullptr);

    // "1250.00" style decimal (two places) <-> cents; nullopt for anything else.
    static std::optional<qint64> parseAmount(const QString &s);
    // An amount given as a JSON number (1250.5): cents, rounded; nullopt when negative,
    // not finite or too large to be an amount.
    static std::optional<qint64> amountFromNumber(double d);
    static QString formatAmount(qint64 cents);

    friend bool operator==(const Validation &, const Validation &) = default;
};

// seed 001: path ids are UUIDs; anything else is 422 invalid_uuid.
bool isUuid(QStringView s);

} // namespace rd
