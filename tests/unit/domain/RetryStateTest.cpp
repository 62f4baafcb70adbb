#include "domain/RetryState.h"

#include "domain/JsonUtil.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace rd;

namespace {
QDateTime at(const char *iso)
{
    return *json::parseTimestamp(QString::fromLatin1(iso));
}

RetryState stateFor(TerminalState t)
{
    RetryState s;
    s.enabled = true;
    s.maxRetries = 3;
    s.intervalSeconds = 600;
    s.outcomes = QList<Outcome>{Outcome::NotFound, Outcome::Error};
    s.terminalState = t;
    switch (t) {
    case TerminalState::Pending:
        s.attemptsCompleted = 1;
        s.nextAttemptAt = at("2026-11-23T10:15:00Z");
        break;
    case TerminalState::Resolved:
        s.attemptsCompleted = 2;
        s.resolvedAt = at("2026-11-23T10:20:00.250Z");
        break;
    case TerminalState::Exhausted:
        s.attemptsCompleted = 3;
        s.exhaustedAt = at("2026-11-23T10:30:00Z");
        break;
    case TerminalState::Cancelled:
        s.attemptsCompleted = 1;
        s.cancelledAt = at("2026-11-23T10:05:00Z");
        break;
    }
    return s;
}

class RetryStateRoundTrip : public ::testing::TestWithParam<TerminalState> {};
} // namespace

TEST_P(RetryStateRoundTrip, SurvivesJsonTextAndBack)
{
    const RetryState s = stateFor(GetParam());
    const QByteArray text = QJsonDocument(s.toJson()).toJson();
    QString error;
    const auto back = RetryState::fromJson(QJsonDocument::fromJson(text).object(), &error);
    ASSERT_TRUE(back.has_value()) << error.toStdString();
    EXPECT_EQ(*back, s);
    EXPECT_TRUE(back->consistencyProblems().isEmpty());
    EXPECT_EQ(back->terminalState, GetParam());
}

INSTANTIATE_TEST_SUITE_P(AllTerminalStates, RetryStateRoundTrip,
                         ::testing::Values(TerminalState::Pending, TerminalState::Resolved,
                                           TerminalState::Exhausted, TerminalState::Cancelled),
                         [](const auto &info) { return toWire(info.param).toStdString(); });

TEST(RetryState, DisabledWithNulls_RoundTrips)
{
    const char *json = R"({"enabled":false,"max_retries":null,"interval_seconds":null,"outcomes":null,
        "attempts_completed":0,"next_attempt_at":null,"resolved_at":null,"exhausted_at":null,
        "cancelled_at":null,"terminal_state":null})";
    const auto s = RetryState::fromJson(QJsonDocument::fromJson(json).object());
    ASSERT_TRUE(s.has_value());
    EXPECT_FALSE(s->enabled);
    EXPECT_FALSE(s->maxRetries);
    EXPECT_FALSE(s->terminalState);
    EXPECT_FALSE(s->remaining());
    EXPECT_EQ(RetryState::fromJson(s->toJson()), s);
}

TEST(RetryState, TimestampWithOffset_IsNormalisedToUtc)
{
    auto o = stateFor(TerminalState::Pending).toJson();
    o.insert(QLatin1String("next_attempt_at"), QStringLiteral("2026-11-23T12:15:00+02:00"));
    const auto s = RetryState::fromJson(o);
    ASSERT_TRUE(s.has_value());
    EXPECT_EQ(*s->nextAttemptAt, at("2026-11-23T10:15:00Z"));
}

TEST(RetryState, UnknownTerminalState_IsKeptAsTheServersText)
{
    // A state a newer server added is not RetryDesk's to refuse: shown as sent.
    auto o = stateFor(TerminalState::Pending).toJson();
    o.insert(QLatin1String("terminal_state"), QStringLiteral("paused"));
    QString error;
    const auto s = RetryState::fromJson(o, &error);
    ASSERT_TRUE(s) << error.toStdString();
    EXPECT_FALSE(s->terminalState);
    EXPECT_EQ(s->terminalStateText, QStringLiteral("paused"));
    EXPECT_EQ(s->toJson().value(QLatin1String("terminal_state")).toString(),
              QStringLiteral("paused"));
}

TEST(RetryState, UnknownOutcomeInThePolicy_IsKeptBesideTheKnownOnes)
{
    auto o = stateFor(TerminalState::Pending).toJson();
    o.insert(QLatin1String("outcomes"), QJsonArray{QStringLiteral("not_found"),
                                                   QStringLiteral("timeout")});
    const auto s = RetryState::fromJson(o);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->outcomes, QList<Outcome>{Outcome::NotFound});
    EXPECT_EQ(s->otherOutcomes, QStringList{QStringLiteral("timeout")});
}

TEST(RetryState, WrongShape_IsRejected)
{
    for (const auto &[key, value] :
         {std::pair{"enabled", QJsonValue(QStringLiteral("yes"))},
          std::pair{"max_retries", QJsonValue(QStringLiteral("3"))},
          std::pair{"outcomes", QJsonValue(QStringLiteral("not_found"))},
          std::pair{"next_attempt_at", QJsonValue(1767268800)},
          std::pair{"terminal_state", QJsonValue(QJsonArray{})},
          std::pair{"attempts_completed", QJsonValue(-1)}}) {
        auto o = stateFor(TerminalState::Pending).toJson();
        o.insert(QLatin1String(key), value);
        QString error;
        EXPECT_FALSE(RetryState::fromJson(o, &error)) << key;
        EXPECT_TRUE(error.startsWith(QLatin1String(key))) << error.toStdString();
    }
}

TEST(RetryState, TimestampsInOtherRfc3339Forms_AreTheSameInstant)
{
    auto o = stateFor(TerminalState::Pending).toJson();
    for (const char *form : {"2026-11-23T04:15:00-06:00", "2026-11-23t10:15:00z",
                             "2026-11-23T10:15:00.000000Z", "2026-11-23T10:15:00+00:00"}) {
        o.insert(QLatin1String("next_attempt_at"), QString::fromLatin1(form));
        QString error;
        const auto s = RetryState::fromJson(o, &error);
        ASSERT_TRUE(s) << form << ": " << error.toStdString();
        EXPECT_EQ(*s->nextAttemptAt, QDateTime(QDate(2026, 11, 23), QTime(10, 15), Qt::UTC))
            << form;
    }
}

TEST(RetryState, TimestampWithoutZone_IsRejected)
{
    auto o = stateFor(TerminalState::Pending).toJson();
    o.insert(QLatin1String("next_attempt_at"), QStringLiteral("2026-11-23T10:15:00"));
    EXPECT_FALSE(RetryState::fromJson(o));
}

TEST(RetryState, Remaining_CountsDown)
{
    auto s = stateFor(TerminalState::Pending);
    EXPECT_EQ(s.remaining(), 2);
    s.attemptsCompleted = 5;
    EXPECT_EQ(s.remaining(), 0);
}

TEST(RetryState, ExhaustedWithoutTimestamp_IsInconsistent)
{
    auto s = stateFor(TerminalState::Exhausted);
    s.exhaustedAt.reset();
    EXPECT_FALSE(s.consistencyProblems().isEmpty());
}

TEST(RetryState, TerminalWithNextAttempt_IsInconsistent)
{
    auto s = stateFor(TerminalState::Cancelled);
    s.nextAttemptAt = at("2026-11-23T11:00:00Z");
    EXPECT_FALSE(s.consistencyProblems().isEmpty());
}
