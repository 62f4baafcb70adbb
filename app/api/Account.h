// Account: who a validations key belongs to and what it may do (GET /v1/account, docs/api.md).
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace rd::api {

// GET /v1/account is RetryDesk's assumption (docs/api.md): the cheap authenticated call that
// also tells the plan's retry_max_retries, the cap of seed 001/002's max_retries.
struct Account {
    QString userId;
    QString planName;
    std::optional<int> retryMaxRetries; // null when the server does not say
    QStringList permissions;            // "validations:read", "validations:update", …

    bool can(const QString &permission) const { return permissions.contains(permission); }

    QJsonObject toJson() const;
    static std::optional<Account> fromJson(const QJsonObject &o, QString *error = nullptr);

    friend bool operator==(const Account &, const Account &) = default;
};

} // namespace rd::api
