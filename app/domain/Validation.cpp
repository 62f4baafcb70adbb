#include "domain/Validation.h"

#include "domain/JsonUtil.h"

#include <QRegularExpression>

#include <cmath>

namespace rd {

bool isUuid(QStringView s)
{
    static const QRegularExpression re(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return re.match(s).hasMatch();
}

std::optional<qint64> Validation::parseAmount(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^(0|[1-9][0-9]{0,14})(?:\\.([0-9]{1,2}))?$"));
    const auto m = re.match(s);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    qint64 cents = m.captured(1).toLongLong() * 100;
    QString frac = m.captured(2);
    if (!frac.isEmpty()) {
        if (frac.size() == 1) {
            frac += u'0';
        }
        cents += frac.toLongLong();
    }
    return cents;
}

QString Validation::formatAmount(qint64 cents)
{
    const bool neg = cents < 0;
    const quint64 a = neg ? quint64(-(cents + 1)) + 1 : quint64(cents);
    return QStringLiteral("%1%2.%3")
        .arg(neg ? QStringLiteral("-") : QString())
        .arg(a / 100)
        .arg(a % 100, 2, 10, QLatin1Char('0'));
}

std::optional<qint64> Validation::amountFromNumber(double d)
{
    // 1e13 cents fits every real amount and keeps the product exact enough to round.
    if (!std::isfinite(d) || d < 0 || d >= 1e13) {
        return std::nullopt;
    }
    return qint64(std::llround(d * 100));
}

QJsonObject Validation::toJson() const
{
    auto nullable = [](bool has, const QJsonValue &v) {
        return has ? v : QJsonValue(QJsonValue::Null);
    };
    QJsonObject o;
    o.insert(QLatin1String("id"), id);
    o.insert(QLatin1String("tracking_key"), trackingKey);
    o.insert(QLatin1String("amount"),
             nullable(amountCents.has_value(), formatAmount(amountCents.value_or(0))));
    o.insert(QLatin1String("sender_bank"), senderBank);
    o.insert(QLatin1String("receiver_bank"), receiverBank);
    o.insert(QLatin1String("payment_date"),
             nullable(paymentDate.isValid(), paymentDate.toString(Qt::ISODate)));
    o.insert(QLatin1String("outcome"), nullable(!outcomeWire().isEmpty(), outcomeWire()));
    o.insert(QLatin1String("source"), nullable(!sourceWire().isEmpty(), sourceWire()));
    o.insert(QLatin1String("created_at"),
             nullable(createdAt.isValid(), json::formatTimestamp(createdAt)));
    o.insert(QLatin1String("updated_at"),
             nullable(updatedAt.isValid(), json::formatTimestamp(updatedAt)));
    o.insert(QLatin1String("retry_state"),
             retryState ? QJsonValue(retryState->toJson()) : QJsonValue(QJsonValue::Null));
    return o;
}

std::optional<Validation> Validation::fromJson(const QJsonObject &o, QString *error)
{
    auto fail = [&](const QString &msg) {
        if (error) {
            *error = msg;
        }
        return std::nullopt;
    };
    Validation v;
    v.id = o.value(QLatin1String("id")).toString();
    if (!isUuid(v.id)) {
        return fail(o.contains(QLatin1String("id")) ? QStringLiteral("id: not a UUID")
                                                    : QStringLiteral("id: missing"));
    }
    // Everything below but retry_state is RetryDesk's assumption: read what is there.
    v.trackingKey = json::textOf(o.value(QLatin1String("tracking_key")));
    const QJsonValue amount = o.value(QLatin1String("amount"));
    v.amountCents = amount.isDouble() ? amountFromNumber(amount.toDouble())
                                      : parseAmount(amount.toString());
    v.senderBank = json::textOf(o.value(QLatin1String("sender_bank")));
    v.receiverBank = json::textOf(o.value(QLatin1String("receiver_bank")));
    v.paymentDate = QDate::fromString(o.value(QLatin1String("payment_date")).toString(), Qt::ISODate);
    const QJsonValue outcome = o.value(QLatin1String("outcome"));
    v.outcome = outcomeFromWire(outcome.toString());
    if (!v.outcome) {
        v.outcomeText = json::textOf(outcome);
    }
    const QJsonValue source = o.value(QLatin1String("source"));
    v.source = sourceFromWire(source.toString());
    if (!v.source) {
        v.sourceText = json::textOf(source);
    }
    auto timestamp = [&](QLatin1StringView key) {
        const QJsonValue t = o.value(key);
        return t.isString() ? json::parseTimestamp(t.toString()).value_or(QDateTime()) : QDateTime();
    };
    v.createdAt = timestamp(QLatin1String("created_at"));
    v.updatedAt = timestamp(QLatin1String("updated_at"));
    if (!v.updatedAt.isValid()) {
        v.updatedAt = v.createdAt;
    }
    // seeds 001/002: retry_state is an object (or null when no policy was ever set).
    QString why;
    const QJsonValue rs = o.value(QLatin1String("retry_state"));
    if (rs.isObject()) {
        v.retryState = RetryState::fromJson(rs.toObject(), &why);
        if (!v.retryState) {
            return fail(QStringLiteral("retry_state.") + why);
        }
    } else if (!rs.isNull() && !rs.isUndefined()) {
        return fail(QStringLiteral("retry_state: expected an object or null"));
    }
    return v;
}

} // namespace rd
