#include "domain/JsonUtil.h"
#include "domain/Validation.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace rd;

TEST(Validation, FullRecord_RoundTripsThroughJson)
{
    Validation v;
    v.id = QStringLiteral("3f1c2a9e-8b7d-4c6e-9a1b-2d3e4f5a6b7c");
    v.trackingKey = QStringLiteral("MBAN01002611230001");
    v.amountCents = 125050;
    v.senderBank = QStringLiteral("BBVA MEXICO");
    v.receiverBank = QStringLiteral("BANORTE");
    v.paymentDate = QDate(2026, 11, 23);
    v.outcome = Outcome::CepUnavailable;
    v.source = Source::Api;
    v.createdAt = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
    v.updatedAt = v.createdAt.addSecs(60);
    RetryState s;
    s.enabled = true;
    s.maxRetries = 3;
    s.intervalSeconds = 300;
    s.outcomes = QList<Outcome>{Outcome::CepUnavailable};
    s.terminalState = TerminalState::Pending;
    s.nextAttemptAt = v.createdAt.addSecs(300);
    v.retryState = s;
    QString error;
    const auto back = Validation::fromJson(QJsonDocument::fromJson(QJsonDocument(v.toJson()).toJson()).object(), &error);
    ASSERT_TRUE(back.has_value()) << error.toStdString();
    EXPECT_EQ(*back, v);
}

TEST(Validation, Amounts_ParseAndFormatInCents)
{
    EXPECT_EQ(Validation::parseAmount(QStringLiteral("1250.00")), 125000);
    EXPECT_EQ(Validation::parseAmount(QStringLiteral("0.5")), 50);
    EXPECT_EQ(Validation::parseAmount(QStringLiteral("7")), 700);
    EXPECT_FALSE(Validation::parseAmount(QStringLiteral("1,250.00")));
    EXPECT_FALSE(Validation::parseAmount(QStringLiteral("-3")));
    EXPECT_FALSE(Validation::parseAmount(QStringLiteral("1.234")));
    EXPECT_EQ(Validation::formatAmount(125005), QStringLiteral("1250.05"));
    EXPECT_EQ(Validation::formatAmount(7), QStringLiteral("0.07"));
}

TEST(Validation, NonUuidId_IsRejected)
{
    Validation v;
    v.id = QStringLiteral("val_123");
    QString error;
    EXPECT_FALSE(Validation::fromJson(v.toJson(), &error));
    EXPECT_TRUE(error.startsWith(QLatin1String("id")));
}

TEST(Validation, IsUuid_AcceptsCanonicalFormOnly)
{
    EXPECT_TRUE(isUuid(u"3f1c2a9e-8b7d-4c6e-9a1b-2d3e4f5a6b7c"));
    EXPECT_FALSE(isUuid(u"3f1c2a9e8b7d4c6e9a1b2d3e4f5a6b7c"));
    EXPECT_FALSE(isUuid(u"{3f1c2a9e-8b7d-4c6e-9a1b-2d3e4f5a6b7c}"));
    EXPECT_FALSE(isUuid(u"not-a-uuid"));
}

TEST(Validation, TimestampsOutsideTheYearsRfc3339CanWrite_AreNotRead)
{
    // Found by fuzzing: 0001-01-01T00:00:00+14:00 is year 0 in UTC, written back as "".
    EXPECT_FALSE(json::parseTimestamp(QStringLiteral("0001-01-01T00:00:00+14:00")));
    EXPECT_FALSE(json::parseTimestamp(QStringLiteral("9999-12-31T23:59:59-01:00")));
    EXPECT_TRUE(json::parseTimestamp(QStringLiteral("0001-01-01T00:00:00Z")));
    EXPECT_TRUE(json::parseTimestamp(QStringLiteral("2026-01-01t06:00:00.123456-06:00")));
}
