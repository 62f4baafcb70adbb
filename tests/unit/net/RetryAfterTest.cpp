// Retry-After (seed 003, RFC 9110 §10.2.3): delta-seconds and the three HTTP-date forms.
#include "net/RetryAfter.h"
#include "net/HttpDate.h"

#include <gtest/gtest.h>

using rd::Millis;
using rd::net::RetryAfter;
using Form = RetryAfter::Form;

namespace {

const QDateTime kServerNow(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC); // a Thursday

struct Case {
    const char *name;
    const char *value; // nullptr: header absent
    Form form;
    qint64 expectedMs;
};

const Case kCases[] = {
    {"Absent_FallsBackToBackoff", nullptr, Form::Absent, 0},
    {"Zero_MeansRetryNow", "0", Form::Seconds, 0},
    {"TwoSeconds_IsTwoThousandMs", "2", Form::Seconds, 2000},
    {"TwoMinutes_IsExact", "120", Form::Seconds, 120000},
    {"SurroundingWhitespace_IsAllowed", " 5 ", Form::Seconds, 5000},
    {"LeadingZeros_AreDigits", "007", Form::Seconds, 7000},
    {"HugeNumber_Saturates", "99999999999999999999999", Form::Seconds,
     RetryAfter::kMaxSeconds * 1000},
    {"Fraction_IsRejected", "2.5", Form::Invalid, 0},
    {"Negative_IsRejected", "-1", Form::Invalid, 0},
    {"PlusSign_IsRejected", "+3", Form::Invalid, 0},
    {"Empty_IsRejected", "", Form::Invalid, 0},
    {"OnlySpaces_IsRejected", "   ", Form::Invalid, 0},
    {"Exponent_IsRejected", "1e3", Form::Invalid, 0},
    {"Hex_IsRejected", "0x10", Form::Invalid, 0},
    {"Word_IsRejected", "soon", Form::Invalid, 0},
    {"Unit_IsRejected", "12 s", Form::Invalid, 0},
    {"List_IsRejected", "3,4", Form::Invalid, 0},
    {"ImfFixdate_TenSecondsAhead", "Thu, 01 Jan 2026 12:00:10 GMT", Form::Date, 10000},
    {"Rfc850_ThirtySecondsAhead", "Thursday, 01-Jan-26 12:00:30 GMT", Form::Date, 30000},
    {"Asctime_OneMinuteAhead", "Thu Jan  1 12:01:00 2026", Form::Date, 60000},
    {"Asctime_TwoDigitDay", "Thu Jan 15 12:00:00 2026", Form::Date, 14LL * 24 * 3600 * 1000},
    {"ImfFixdate_InThePast_MeansNoWait", "Thu, 01 Jan 2026 11:59:00 GMT", Form::Date, 0},
    {"ImfFixdate_FarPast_MeansNoWait", "Sun, 06 Nov 1994 08:49:37 GMT", Form::Date, 0},
    {"Rfc850_TwoDigitYear94_Is1994NotFuture", "Sunday, 06-Nov-94 08:49:37 GMT", Form::Date, 0},
    {"ImfFixdate_LeapSecond_ReadsAs59", "Thu, 01 Jan 2026 12:00:60 GMT", Form::Date, 59000},
    {"ImfFixdate_ZoneUtc_IsRejected", "Thu, 01 Jan 2026 12:00:10 UTC", Form::Invalid, 0},
    {"ImfFixdate_LowerCase_IsRejected", "thu, 01 jan 2026 12:00:10 GMT", Form::Invalid, 0},
    {"ImfFixdate_February30_IsRejected", "Mon, 30 Feb 2026 12:00:00 GMT", Form::Invalid, 0},
    {"ImfFixdate_Hour25_IsRejected", "Thu, 01 Jan 2026 25:00:00 GMT", Form::Invalid, 0},
    {"ImfFixdate_MissingSeconds_IsRejected", "Thu, 01 Jan 2026 12:00 GMT", Form::Invalid, 0},
    {"ImfFixdate_TrailingText_IsRejected", "Thu, 01 Jan 2026 12:00:10 GMT x", Form::Invalid, 0},
    {"ImfFixdate_UnknownDayName_IsRejected", "Thx, 01 Jan 2026 12:00:10 GMT", Form::Invalid, 0},
    {"ImfFixdate_UnknownMonth_IsRejected", "Thu, 01 Jam 2026 12:00:10 GMT", Form::Invalid, 0},
    {"Rfc850_ShortDayName_IsRejected", "Thu, 01-Jan-26 12:00:10 GMT", Form::Invalid, 0},
    {"Iso8601_IsRejected", "2026-01-01T12:00:10Z", Form::Invalid, 0},
};

class RetryAfterParse : public ::testing::TestWithParam<Case> {};

TEST_P(RetryAfterParse, GivesTheDocumentedWait) {
    const Case &c = GetParam();
    const QByteArray value = c.value ? QByteArray(c.value) : QByteArray();
    const RetryAfter r = RetryAfter::parse(value, kServerNow, kServerNow);
    EXPECT_EQ(r.form, c.form) << c.value;
    EXPECT_EQ(r.delay.count(), c.expectedMs) << c.value;
}

INSTANTIATE_TEST_SUITE_P(RetryAfter, RetryAfterParse, ::testing::ValuesIn(kCases),
                         [](const auto &info) { return std::string(info.param.name); });

} // namespace

TEST(RetryAfter, HttpDate_IsMeasuredAgainstTheServersDateNotOurSkewedClock) {
    const QDateTime localNow = kServerNow.addSecs(3600); // our clock is an hour ahead
    const RetryAfter r = RetryAfter::parse("Thu, 01 Jan 2026 12:00:20 GMT", kServerNow, localNow);
    EXPECT_EQ(r.delay, Millis(20000));
}

TEST(RetryAfter, HttpDate_WithoutServerDate_IsMeasuredAgainstLocalTime) {
    const RetryAfter r =
        RetryAfter::parse("Thu, 01 Jan 2026 12:00:20 GMT", std::nullopt, kServerNow.addSecs(5));
    EXPECT_EQ(r.delay, Millis(15000));
}

TEST(HttpDate, Formatting_IsImfFixdateAndParsesBack) {
    const QByteArray s = rd::net::formatHttpDate(kServerNow);
    EXPECT_EQ(s, QByteArray("Thu, 01 Jan 2026 12:00:00 GMT"));
    EXPECT_EQ(rd::net::parseHttpDate(s), kServerNow);
}
