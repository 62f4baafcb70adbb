#include "domain/Validation.h"

#include "domain/JsonUtil.h"

#include <QRegularExpression>

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

QJsonObject Validation::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("id"), id);
    o.insert(QLatin1String("tracking_key"), trackingKey);
    o.insert(QLatin1String("amount"), formatAmount(amountCents));
    o.insert(QLatin1String("sender_bank"), senderBank);
    o.insert(QLatin1String("receiver_bank"), receiverBank);
    o.insert(QLatin1String("payment_date"), paymentDate.toString(Qt::ISODate));
    o.insert(QLatin1String("outcome"), toWire(outcome));
    o.insert(QLatin1String("source"), toWire(source));
    o.insert(QLatin1String("created_at"), json::formatTimestamp(createdAt));
    o.insert(QLatin1String("updated_at"), json::formatTimestamp(updatedAt));
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
        return fail(QStringLiteral("id: not a UUID"));
    }
    v.trackingKey = o.value(QLatin1String("tracking_key")).toString();
    const auto amount = parseAmount(o.value(QLatin1String("amount")).toString());
    if (!amount) {
        return fail(QStringLiteral("amount: expected a decimal string such as \"1250.00\""));
    }
    v.amountCents = *amount;
    v.senderBank = o.value(QLatin1String("sender_bank")).toString();
    v.receiverBank = o.value(QLatin1String("receiver_bank")).toString();
    v.paymentDate = QDate::fromString(o.value(QLatin1String("payment_date")).toString(), Qt::ISODate);
    const auto outcome = outcomeFromWire(o.value(QLatin1String("outcome")).toString());
    if (!outcome) {
        return fail(QStringLiteral("outcome: unknown value"));
    }
    v.outcome = *outcome;
    const auto source = sourceFromWire(o.value(QLatin1String("source")).toString());
    if (!source) {
        return fail(QStringLiteral("source: unknown value"));
    }
    v.source = *source;
    std::optional<QDateTime> created, updated;
    QString why;
    if (!json::readTimestamp(o, QLatin1String("created_at"), created, &why) ||
        !json::readTimestamp(o, QLatin1String("updated_at"), updated, &why)) {
        return fail(why);
    }
    v.createdAt = created.value_or(QDateTime());
    v.updatedAt = updated.value_or(v.createdAt);
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
