#include "domain/RetryPolicy.h"

#include "domain/JsonUtil.h"

#include <QJsonArray>
#include <QCoreApplication>

namespace rd {

namespace {

// RetryDesk's own words: the window translates them; the command-line tool installs no
// translator and stays English.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rd::RetryPolicy)
};

} // namespace

FieldErrors RetryPolicy::validate(std::optional<int> planCap) const {
    FieldErrors errors;
    if (!enabled) {
        return errors;
    }
    if (!planCap) {
        // seed 001: the cap comes from the plan, which this server does not tell.
        if (!maxRetries) {
            errors.append({QStringLiteral("max_retries"), QStringLiteral("required"),
                           Text::tr("Enter how many times to retry (at least 1).")});
        } else if (*maxRetries < 1) {
            errors.append(
                {QStringLiteral("max_retries"), QStringLiteral("out_of_range"),
                 Text::tr("Max retries must be at least 1 (your plan's cap is not known; "
                                "the server refuses a number above it); you entered %1.")
                     .arg(*maxRetries)});
        }
    }
    const int cap = std::max(1, planCap.value_or(1));
    if (!planCap) {
        // checked above
    } else if (!maxRetries) {
        errors.append({QStringLiteral("max_retries"), QStringLiteral("required"),
                       Text::tr("Enter how many times to retry (1 to %1).").arg(cap)});
    } else if (*maxRetries < 1 || *maxRetries > cap) {
        errors.append({QStringLiteral("max_retries"), QStringLiteral("out_of_range"),
                       Text::tr("Max retries must be between 1 and %1 (your plan's cap); "
                                      "you entered %2.")
                           .arg(cap)
                           .arg(*maxRetries)});
    }
    if (!intervalSeconds) {
        errors.append({QStringLiteral("interval_seconds"), QStringLiteral("required"),
                       Text::tr("Enter an interval between 5 minutes and 24 hours.")});
    } else if (*intervalSeconds < kMinIntervalSeconds || *intervalSeconds > kMaxIntervalSeconds) {
        errors.append({QStringLiteral("interval_seconds"), QStringLiteral("out_of_range"),
                       Text::tr("The interval must be between 5 minutes (300 s) and 24 hours "
                                      "(86400 s); you entered %1 s.")
                           .arg(*intervalSeconds)});
    }
    if (!outcomes || outcomes->isEmpty()) {
        errors.append({QStringLiteral("outcomes"), QStringLiteral("empty"),
                       Text::tr("Choose at least one outcome that should trigger a retry.")});
    } else {
        QList<Outcome> seen;
        for (Outcome o : *outcomes) {
            if (!isRetryEligible(o)) {
                errors.append({QStringLiteral("outcomes"), QStringLiteral("not_allowed"),
                               Text::tr("'%1' cannot trigger a retry; choose from not_found, "
                                              "cep_unavailable and error.")
                                   .arg(toWire(o))});
            } else if (seen.contains(o)) {
                errors.append({QStringLiteral("outcomes"), QStringLiteral("duplicate"),
                               Text::tr("'%1' is listed twice.").arg(toWire(o))});
            }
            seen.append(o);
        }
    }
    return errors;
}

QJsonObject RetryPolicy::toJson() const {
    QJsonObject o;
    o.insert(QLatin1String("enabled"), enabled);
    if (!enabled) {
        o.insert(QLatin1String("max_retries"), QJsonValue::Null);
        o.insert(QLatin1String("interval_seconds"), QJsonValue::Null);
        o.insert(QLatin1String("outcomes"), QJsonValue::Null);
        return o;
    }
    o.insert(QLatin1String("max_retries"), json::toJson(maxRetries));
    o.insert(QLatin1String("interval_seconds"), json::toJson(intervalSeconds));
    o.insert(QLatin1String("outcomes"), outcomesToJson(outcomes));
    return o;
}

QJsonObject RetryPolicy::toRequestBody() const {
    return QJsonObject{{QLatin1String("retry_policy"), toJson()}};
}

std::optional<RetryPolicy> RetryPolicy::fromJson(const QJsonObject &o, FieldErrors *errors) {
    FieldErrors local;
    RetryPolicy p;
    const QJsonValue enabled = o.value(QLatin1String("enabled"));
    if (!enabled.isBool()) {
        local.append({QStringLiteral("enabled"), QStringLiteral("type"),
                      QStringLiteral("enabled must be true or false.")});
    }
    p.enabled = enabled.toBool();
    QString why;
    if (!json::readInt(o, QLatin1String("max_retries"), p.maxRetries, &why)) {
        local.append({QStringLiteral("max_retries"), QStringLiteral("type"),
                      QStringLiteral("max_retries must be a whole number.")});
    }
    if (!json::readInt(o, QLatin1String("interval_seconds"), p.intervalSeconds, &why)) {
        local.append({QStringLiteral("interval_seconds"), QStringLiteral("type"),
                      QStringLiteral("interval_seconds must be a whole number of seconds.")});
    }
    const QJsonValue outs = o.value(QLatin1String("outcomes"));
    if (outs.isArray()) {
        QStringList unknown;
        p.outcomes = outcomesFromJson(outs.toArray(), &unknown);
        for (const QString &name : std::as_const(unknown)) {
            local.append({QStringLiteral("outcomes"), QStringLiteral("not_allowed"),
                          QStringLiteral("Unknown outcome '%1'; use not_found, cep_unavailable "
                                         "or error.")
                              .arg(name)});
        }
    } else if (!outs.isUndefined() && !outs.isNull()) {
        local.append({QStringLiteral("outcomes"), QStringLiteral("type"),
                      QStringLiteral("outcomes must be a list.")});
    }
    if (errors) {
        *errors = local;
    }
    if (!local.isEmpty()) {
        return std::nullopt;
    }
    return p;
}

} // namespace rd
