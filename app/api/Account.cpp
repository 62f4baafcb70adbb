#include "api/Account.h"

#include "domain/JsonUtil.h"

#include <QJsonArray>

namespace rd::api {

QJsonObject Account::toJson() const {
    QJsonObject plan{{QLatin1String("name"), planName},
                     {QLatin1String("retry_max_retries"), json::toJson(retryMaxRetries)}};
    return QJsonObject{{QLatin1String("user_id"), userId},
                       {QLatin1String("plan"), plan},
                       {QLatin1String("permissions"), QJsonArray::fromStringList(permissions)}};
}

std::optional<Account> Account::fromJson(const QJsonObject &o, QString *error) {
    auto fail = [&](const QString &why) {
        if (error) {
            *error = why;
        }
        return std::nullopt;
    };
    Account a;
    a.userId = o.value(QLatin1String("user_id")).toString();
    if (a.userId.isEmpty()) {
        return fail(QStringLiteral("user_id: missing"));
    }
    const QJsonValue plan = o.value(QLatin1String("plan"));
    if (plan.isObject()) {
        a.planName = plan.toObject().value(QLatin1String("name")).toString();
        QString why;
        if (!json::readInt(plan.toObject(), QLatin1String("retry_max_retries"), a.retryMaxRetries,
                           &why)) {
            return fail(QStringLiteral("plan.") + why);
        }
    } else if (!plan.isUndefined() && !plan.isNull()) {
        return fail(QStringLiteral("plan: expected an object"));
    }
    const QJsonValue perms = o.value(QLatin1String("permissions"));
    if (!perms.isArray() && !perms.isUndefined()) {
        return fail(QStringLiteral("permissions: expected an array"));
    }
    for (const QJsonValue &p : perms.toArray()) {
        if (!p.isString()) {
            return fail(QStringLiteral("permissions: expected strings"));
        }
        a.permissions.append(p.toString());
    }
    return a;
}

} // namespace rd::api
