#include "domain/RetryPolicy.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace rd;

namespace {
RetryPolicy validPolicy()
{
    return RetryPolicy{true, 3, 600, QList<Outcome>{Outcome::NotFound, Outcome::CepUnavailable}};
}
QStringList codesFor(const FieldErrors &errors, const QString &field)
{
    QStringList codes;
    for (const auto &e : errors) {
        if (e.field == field) {
            codes << e.code;
        }
    }
    return codes;
}
} // namespace

TEST(RetryPolicy, SeedExample_IsValid)
{
    EXPECT_TRUE(validPolicy().validate(5).isEmpty());
}

TEST(RetryPolicy, Interval_AtLowerBound300_IsValid)
{
    auto p = validPolicy();
    p.intervalSeconds = 300;
    EXPECT_TRUE(p.validate().isEmpty());
}

TEST(RetryPolicy, Interval_BelowLowerBound299_IsOutOfRange)
{
    auto p = validPolicy();
    p.intervalSeconds = 299;
    EXPECT_EQ(codesFor(p.validate(), QStringLiteral("interval_seconds")), QStringList{QStringLiteral("out_of_range")});
}

TEST(RetryPolicy, Interval_AtUpperBound86400_IsValid)
{
    auto p = validPolicy();
    p.intervalSeconds = 86400;
    EXPECT_TRUE(p.validate().isEmpty());
}

TEST(RetryPolicy, Interval_AboveUpperBound86401_IsOutOfRange)
{
    auto p = validPolicy();
    p.intervalSeconds = 86401;
    EXPECT_EQ(codesFor(p.validate(), QStringLiteral("interval_seconds")), QStringList{QStringLiteral("out_of_range")});
}

TEST(RetryPolicy, Interval_Missing_IsRequired)
{
    auto p = validPolicy();
    p.intervalSeconds.reset();
    EXPECT_EQ(codesFor(p.validate(), QStringLiteral("interval_seconds")), QStringList{QStringLiteral("required")});
}

TEST(RetryPolicy, MaxRetries_One_IsValid)
{
    auto p = validPolicy();
    p.maxRetries = 1;
    EXPECT_TRUE(p.validate().isEmpty());
}

TEST(RetryPolicy, MaxRetries_Zero_IsOutOfRange)
{
    auto p = validPolicy();
    p.maxRetries = 0;
    EXPECT_EQ(codesFor(p.validate(), QStringLiteral("max_retries")), QStringList{QStringLiteral("out_of_range")});
}

TEST(RetryPolicy, MaxRetries_AtPlanCap_IsValid)
{
    auto p = validPolicy();
    p.maxRetries = 10;
    EXPECT_TRUE(p.validate(10).isEmpty());
}

TEST(RetryPolicy, MaxRetries_AbovePlanCap_IsOutOfRangeAndNamesTheCap)
{
    auto p = validPolicy();
    p.maxRetries = 6;
    const auto errors = p.validate(5);
    ASSERT_EQ(codesFor(errors, QStringLiteral("max_retries")), QStringList{QStringLiteral("out_of_range")});
    EXPECT_TRUE(errors.first().message.contains(QLatin1String("5")));
}

TEST(RetryPolicy, MaxRetries_DefaultCapIsFive)
{
    auto p = validPolicy();
    p.maxRetries = 5;
    EXPECT_TRUE(p.validate().isEmpty());
    p.maxRetries = 6;
    EXPECT_FALSE(p.validate().isEmpty());
}

TEST(RetryPolicy, MaxRetries_Missing_IsRequired)
{
    auto p = validPolicy();
    p.maxRetries.reset();
    EXPECT_EQ(codesFor(p.validate(), QStringLiteral("max_retries")), QStringList{QStringLiteral("required")});
}

TEST(RetryPolicy, Outcomes_EachEligibleOutcomeAlone_IsValid)
{
    for (Outcome o : {Outcome::NotFound, Outcome::CepUnavailable, Outcome::Error}) {
        auto p = validPolicy();
        p.outcomes = QList<Outcome>{o};
        EXPECT_TRUE(p.validate().isEmpty()) << toWire(o).toStdString();
    }
}

TEST(RetryPolicy, Outcomes_Valid_IsNotAllowed)
{
    auto p = validPolicy();
    p.outcomes = QList<Outcome>{Outcome::Valid};
    EXPECT_EQ(codesFor(p.validate(), QStringLiteral("outcomes")), QStringList{QStringLiteral("not_allowed")});
}

TEST(RetryPolicy, Outcomes_Empty_IsRejected)
{
    auto p = validPolicy();
    p.outcomes = QList<Outcome>{};
    EXPECT_EQ(codesFor(p.validate(), QStringLiteral("outcomes")), QStringList{QStringLiteral("empty")});
    p.outcomes.reset();
    EXPECT_EQ(codesFor(p.validate(), QStringLiteral("outcomes")), QStringList{QStringLiteral("empty")});
}

TEST(RetryPolicy, Outcomes_Duplicate_IsRejected)
{
    auto p = validPolicy();
    p.outcomes = QList<Outcome>{Outcome::Error, Outcome::Error};
    EXPECT_EQ(codesFor(p.validate(), QStringLiteral("outcomes")), QStringList{QStringLiteral("duplicate")});
}

TEST(RetryPolicy, Disabled_IsValidWhateverTheOtherFields)
{
    RetryPolicy p{false, 999, 1, QList<Outcome>{Outcome::Valid}};
    EXPECT_TRUE(p.validate().isEmpty());
}

TEST(RetryPolicy, Disabled_SerialisesOtherFieldsAsNull)
{
    RetryPolicy p{false, 3, 600, QList<Outcome>{Outcome::Error}};
    const QJsonObject o = p.toJson();
    EXPECT_EQ(o.value(QLatin1String("enabled")), QJsonValue(false));
    EXPECT_TRUE(o.value(QLatin1String("max_retries")).isNull());
    EXPECT_TRUE(o.value(QLatin1String("interval_seconds")).isNull());
    EXPECT_TRUE(o.value(QLatin1String("outcomes")).isNull());
}

TEST(RetryPolicy, SeveralProblems_AreAllReported)
{
    RetryPolicy p{true, 0, 10, QList<Outcome>{}};
    EXPECT_EQ(p.validate().size(), 3);
}

TEST(RetryPolicy, RequestBody_MatchesSeedExampleByteForByte)
{
    const QByteArray body = QJsonDocument(validPolicy().toRequestBody()).toJson(QJsonDocument::Compact);
    EXPECT_EQ(body.toStdString(),
              R"({"retry_policy":{"enabled":true,"interval_seconds":600,"max_retries":3,"outcomes":["not_found","cep_unavailable"]}})");
}

TEST(RetryPolicy, FromJson_RoundTrips)
{
    const auto p = validPolicy();
    const auto back = RetryPolicy::fromJson(p.toJson());
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(*back, p);
}

TEST(RetryPolicy, FromJson_UnknownOutcome_IsNotAllowed)
{
    FieldErrors errors;
    const auto p = RetryPolicy::fromJson(
        QJsonDocument::fromJson(R"({"enabled":true,"max_retries":3,"interval_seconds":600,"outcomes":["timeout"]})").object(),
        &errors);
    EXPECT_FALSE(p.has_value());
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.first().code, QStringLiteral("not_allowed"));
}

TEST(RetryPolicy, FromJson_FractionalInterval_IsATypeError)
{
    FieldErrors errors;
    const auto p = RetryPolicy::fromJson(
        QJsonDocument::fromJson(R"({"enabled":true,"max_retries":3,"interval_seconds":600.5,"outcomes":["error"]})").object(),
        &errors);
    EXPECT_FALSE(p.has_value());
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.first().field, QStringLiteral("interval_seconds"));
}

TEST(RetryPolicy, FromJson_EnabledNotBoolean_IsATypeError)
{
    FieldErrors errors;
    EXPECT_FALSE(RetryPolicy::fromJson(QJsonDocument::fromJson(R"({"enabled":"yes"})").object(), &errors));
    ASSERT_FALSE(errors.isEmpty());
    EXPECT_EQ(errors.first().field, QStringLiteral("enabled"));
}
