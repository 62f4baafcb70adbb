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
    std::optional<Outcome> outcome; // nullopt: absent or unknown (outcomeText says which)
    QString outcomeText;

    QJsonObject toJson() const;
    static std::optional<RetryAttempt> fromJson(const QJsonObject &o, QString *error = nullptr);
    friend bool operator==(const RetryAttempt &, const RetryAttempt &) = default;
};

struct ValidationDetail {
    Validation validation;
    QList<RetryAttempt> history; // oldest first; empty when absent
    // retry_history is RetryDesk's assumption: entries that cannot be read are skipped and
    // counted here (with the first reason) rather than failing the whole detail.
    int unreadableHistory = 0;
    QString historyProblem;

    // Validation::toJson() plus "retry_history": the same stable names as the wire.
    QJsonObject toJson() const;
    static std::optional<ValidationDetail> fromJson(const QJsonObject &o, QString *error = nullptr);
    friend bool operator==(const ValidationDetail &, const ValidationDetail &) = default;
};

} // namespace rd::api
