// ValidationDetail: GET /v1/validations/{id} — the validation plus the attempts of its cycle.
#pragma once

#include "domain/Validation.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace rd::api {

// One attempt the server's scheduler made ("retry_history", RetryDesk's assumption in
// docs/api.md); the window's timeline and `retrydesk-cli validations show` list them.
struct RetryAttempt {
    int attempt = 0;
    QDateTime at;
    Outcome outcome = Outcome::Error;

    QJsonObject toJson() const;
    static std::optional<RetryAttempt> fromJson(const QJsonObject &o, QString *error = nullptr);
    friend bool operator==(const RetryAttempt &, const RetryAttempt &) = default;
};

struct ValidationDetail {
    Validation validation;
    QList<RetryAttempt> history; // oldest first; empty when absent

    // Validation::toJson() plus "retry_history": the same stable names as the wire.
    QJsonObject toJson() const;
    static std::optional<ValidationDetail> fromJson(const QJsonObject &o, QString *error = nullptr);
    friend bool operator==(const ValidationDetail &, const ValidationDetail &) = default;
};

} // namespace rd::api
