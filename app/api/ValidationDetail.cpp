#include "api/ValidationDetail.h"

#include "domain/JsonUtil.h"

#include <QJsonArray>

namespace rd::api {

QJsonObject RetryAttempt::toJson() const {
    return QJsonObject{{QLatin1String("attempt"), attempt},
                       {QLatin1String("at"), json::formatTimestamp(at)},
                       {QLatin1String("outcome"), outcome ? QJsonValue(toWire(*outcome))
                                                 : outcomeText.isEmpty()
                                                     ? QJsonValue(QJsonValue::Null)
                                                     : QJsonValue(outcomeText)}};
}

std::optional<RetryAttempt> RetryAttempt::fromJson(const QJsonObject &o, QString *error) {
    auto fail = [&](const QString &why) {
        if (error) {
            *error = why;
        }
        return std::nullopt;
    };
    RetryAttempt a;
    std::optional<int> n;
    QString why;
    if (!json::readInt(o, QLatin1String("attempt"), n, &why) || !n) {
        return fail(why.isEmpty() ? QStringLiteral("attempt: missing") : why);
    }
    a.attempt = *n;
    std::optional<QDateTime> at;
    if (!json::readTimestamp(o, QLatin1String("at"), at, &why) || !at) {
        return fail(why.isEmpty() ? QStringLiteral("at: missing") : why);
    }
    a.at = *at;
    const QJsonValue outcome = o.value(QLatin1String("outcome"));
    a.outcome = outcomeFromWire(outcome.toString());
    if (!a.outcome) {
        a.outcomeText = json::textOf(outcome);
    }
    return a;
}

QJsonObject ValidationDetail::toJson() const {
    QJsonObject o = validation.toJson();
    QJsonArray h;
    for (const RetryAttempt &a : history) {
        h.append(a.toJson());
    }
    o.insert(QLatin1String("retry_history"), h);
    return o;
}

std::optional<ValidationDetail> ValidationDetail::fromJson(const QJsonObject &o, QString *error) {
    ValidationDetail d;
    std::optional<Validation> v = Validation::fromJson(o, error);
    if (!v) {
        return std::nullopt;
    }
    d.validation = std::move(*v);
    const QJsonValue history = o.value(QLatin1String("retry_history"));
    if (!history.isArray() && !history.isUndefined() && !history.isNull()) {
        d.unreadableHistory = 1;
        d.historyProblem = QStringLiteral("retry_history: expected an array");
        return d;
    }
    const QJsonArray items = history.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        QString why;
        std::optional<RetryAttempt> a = RetryAttempt::fromJson(items.at(i).toObject(), &why);
        if (!a) {
            if (d.unreadableHistory++ == 0) {
                d.historyProblem = QStringLiteral("retry_history[%1].%2").arg(i).arg(why);
            }
            continue;
        }
        d.history.append(*a);
    }
    return d;
}

} // namespace rd::api
