// ValidationFixtures: validations and GET /v1/validations pages for the model tests.
#pragma once

#include "domain/Validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace rd::test {

inline const QDateTime kT0(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);

// A valid validation; n makes the id, tracking key and amount distinct.
inline Validation makeValidation(int n) {
    Validation v;
    v.id = QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
    v.trackingKey = QStringLiteral("MBAN%1").arg(n, 8, 10, QLatin1Char('0'));
    v.amountCents = 100000 + n;
    v.senderBank = QStringLiteral("BANAMEX");
    v.receiverBank = QStringLiteral("BBVA MEXICO");
    v.paymentDate = QDate(2025, 12, 31);
    v.outcome = Outcome::NotFound;
    v.source = Source::Api;
    v.createdAt = kT0.addSecs(-3600);
    v.updatedAt = kT0.addSecs(-60 + n);
    return v;
}

inline RetryState pendingState(int attempts, int max, QDateTime next) {
    RetryState s;
    s.enabled = true;
    s.maxRetries = max;
    s.intervalSeconds = 300;
    s.outcomes = QList<Outcome>{Outcome::NotFound, Outcome::Error};
    s.attemptsCompleted = attempts;
    s.nextAttemptAt = next;
    s.terminalState = TerminalState::Pending;
    return s;
}

// {"data":[…],"error":null,"meta":{…}} exactly as the server writes it (seed 003 envelope).
inline QByteArray page(const QList<Validation> &vs, const QString &nextCursor = {}) {
    QJsonArray data;
    for (const Validation &v : vs) {
        data.append(v.toJson());
    }
    QJsonObject meta{{QStringLiteral("requestId"), QStringLiteral("req_1")},
                     {QStringLiteral("next_cursor"),
                      nextCursor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(nextCursor)},
                     {QStringLiteral("has_more"), !nextCursor.isEmpty()}};
    QJsonObject doc{{QStringLiteral("data"), data},
                    {QStringLiteral("error"), QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("meta"), meta}};
    return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

} // namespace rd::test
