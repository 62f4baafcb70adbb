#include "domain/RetryState.h"

#include "domain/JsonUtil.h"

#include <QJsonArray>

namespace rd {

std::optional<int> RetryState::remaining() const {
    if (!maxRetries) {
        return std::nullopt;
    }
    return std::max(0, *maxRetries - attemptsCompleted);
}

RetryPolicy RetryState::policy() const {
    return RetryPolicy{enabled, maxRetries, intervalSeconds, outcomes};
}

QJsonObject RetryState::toJson() const {
    QJsonObject o;
    // the state reports its policy fields verbatim (RetryPolicy::toJson nulls them when disabled)
    o.insert(QLatin1String("enabled"), enabled);
    o.insert(QLatin1String("max_retries"), json::toJson(maxRetries));
    o.insert(QLatin1String("interval_seconds"), json::toJson(intervalSeconds));
    QJsonValue outs = outcomesToJson(outcomes);
    if (!otherOutcomes.isEmpty()) {
        QJsonArray all = outs.toArray();
        for (const QString &other : otherOutcomes) {
            all.append(other);
        }
        outs = all;
    }
    o.insert(QLatin1String("outcomes"), outs);
    o.insert(QLatin1String("attempts_completed"), attemptsCompleted);
    o.insert(QLatin1String("next_attempt_at"), json::toJson(nextAttemptAt));
    o.insert(QLatin1String("resolved_at"), json::toJson(resolvedAt));
    o.insert(QLatin1String("exhausted_at"), json::toJson(exhaustedAt));
    o.insert(QLatin1String("cancelled_at"), json::toJson(cancelledAt));
    o.insert(QLatin1String("terminal_state"),
             terminalState                  ? QJsonValue(toWire(*terminalState))
             : terminalStateText.isEmpty() ? QJsonValue(QJsonValue::Null)
                                           : QJsonValue(terminalStateText));
    return o;
}

std::optional<RetryState> RetryState::fromJson(const QJsonObject &o, QString *error) {
    RetryState s;
    QString why;
    auto fail = [&](const QString &msg) {
        if (error) {
            *error = msg;
        }
        return std::nullopt;
    };
    const QJsonValue enabled = o.value(QLatin1String("enabled"));
    if (!enabled.isBool()) {
        return fail(QStringLiteral("enabled: expected a boolean"));
    }
    s.enabled = enabled.toBool();
    if (!json::readInt(o, QLatin1String("max_retries"), s.maxRetries, &why) ||
        !json::readInt(o, QLatin1String("interval_seconds"), s.intervalSeconds, &why)) {
        return fail(why);
    }
    const QJsonValue outs = o.value(QLatin1String("outcomes"));
    if (outs.isArray()) {
        s.outcomes = outcomesFromJson(outs.toArray(), &s.otherOutcomes);
    } else if (!outs.isNull() && !outs.isUndefined()) {
        return fail(QStringLiteral("outcomes: expected a list or null"));
    }
    std::optional<int> attempts;
    if (!json::readInt(o, QLatin1String("attempts_completed"), attempts, &why)) {
        return fail(why);
    }
    if (attempts.value_or(0) < 0) {
        return fail(QStringLiteral("attempts_completed: negative"));
    }
    s.attemptsCompleted = attempts.value_or(0);
    if (!json::readTimestamp(o, QLatin1String("next_attempt_at"), s.nextAttemptAt, &why) ||
        !json::readTimestamp(o, QLatin1String("resolved_at"), s.resolvedAt, &why) ||
        !json::readTimestamp(o, QLatin1String("exhausted_at"), s.exhaustedAt, &why) ||
        !json::readTimestamp(o, QLatin1String("cancelled_at"), s.cancelledAt, &why)) {
        return fail(why);
    }
    const QJsonValue term = o.value(QLatin1String("terminal_state"));
    if (term.isString()) {
        s.terminalState = terminalStateFromWire(term.toString());
        if (!s.terminalState) {
            s.terminalStateText = term.toString();
        }
    } else if (!term.isNull() && !term.isUndefined()) {
        return fail(QStringLiteral("terminal_state: expected a string or null"));
    }
    return s;
}

QStringList RetryState::consistencyProblems() const {
    QStringList p;
    if (!terminalState) {
        return p;
    }
    switch (*terminalState) {
    case TerminalState::Pending:
        if (resolvedAt || exhaustedAt || cancelledAt) {
            p << QStringLiteral("pending cycle carries an end timestamp");
        }
        break;
    case TerminalState::Resolved:
        if (!resolvedAt)
            p << QStringLiteral("resolved without resolved_at");
        break;
    case TerminalState::Exhausted:
        if (!exhaustedAt)
            p << QStringLiteral("exhausted without exhausted_at");
        break;
    case TerminalState::Cancelled:
        if (!cancelledAt)
            p << QStringLiteral("cancelled without cancelled_at");
        break;
    }
    if (isTerminal() && nextAttemptAt) {
        p << QStringLiteral("terminal cycle still has next_attempt_at");
    }
    return p;
}

} // namespace rd
