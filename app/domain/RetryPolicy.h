// RetryPolicy: the body of PUT /v1/validations/{id}/retry-policy (seed 002) and its rules.
#pragma once

#include "domain/Enums.h"
#include "domain/FieldError.h"

#include <QJsonObject>

#include <optional>

namespace rd {

struct RetryPolicy {
    // seed 002: "Interval between retries in seconds (300–86400)".
    static constexpr int kMinIntervalSeconds = 300;
    static constexpr int kMaxIntervalSeconds = 86400;
    // seed 001: max_retries is capped by the plan (retry_max_retries) or the global default
    // max_retries_cap, "typically 5–10". Used when the server has not told us the plan's cap.
    static constexpr int kDefaultPlanCap = 5;

    bool enabled = false;
    std::optional<int> maxRetries;
    std::optional<int> intervalSeconds;
    std::optional<QList<Outcome>> outcomes;

    // Field-level problems, empty when the policy may be sent. A disabled policy is always valid
    // (its other fields are sent as null). planCap is the most retries the user's plan allows;
    // nullopt when it is not known (the server has no GET /v1/account, docs/api.md): then only
    // "at least 1" is checked here and the server's 422 retry_policy_invalid says the rest.
    FieldErrors validate(std::optional<int> planCap = kDefaultPlanCap) const;

    // {"enabled":…, "max_retries":…, "interval_seconds":…, "outcomes":[…]}; nulls when disabled.
    QJsonObject toJson() const;
    // The request body: {"retry_policy": toJson()}.
    QJsonObject toRequestBody() const;
    // Reads the policy object (not the wrapper). Shape errors (wrong types, unknown outcome) are
    // returned as FieldErrors with code "type" / "not_allowed"; range rules are validate()'s job.
    static std::optional<RetryPolicy> fromJson(const QJsonObject &o, FieldErrors *errors = nullptr);

    friend bool operator==(const RetryPolicy &, const RetryPolicy &) = default;
};

} // namespace rd
