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

// The validation's own fields are RetryDesk's assumption (the seeds describe only retry_state);
// docs/api.md lists them. Amounts are integer cents to avoid binary floating point.
struct Validation {
    QString id;          // UUID
    QString trackingKey; // CEP "clave de rastreo"
    qint64 amountCents = 0;
    QString senderBank;
    QString receiverBank;
    QDate paymentDate;
    Outcome outcome = Outcome::Error;
    Source source = Source::Api;
    QDateTime createdAt;
    QDateTime updatedAt;
    std::optional<RetryState> retryState; // null when no policy was ever set

    QJsonObject toJson() const;
    static std::optional<Validation> fromJson(const QJsonObject &o, QString *error = nullptr);

    // "1250.00" style decimal (two places) <-> cents; nullopt for anything else.
    static std::optional<qint64> parseAmount(const QString &s);
    static QString formatAmount(qint64 cents);

    friend bool operator==(const Validation &, const Validation &) = default;
};

// seed 001: path ids are UUIDs; anything else is 422 invalid_uuid.
bool isUuid(QStringView s);

} // namespace rd
