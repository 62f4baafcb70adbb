#include "domain/Duration.h"

#include <gtest/gtest.h>

using namespace rd;

TEST(Duration, PlainNumber_IsSeconds)
{
    EXPECT_EQ(duration::parseSeconds(QStringLiteral("600")), 600);
}

TEST(Duration, Units_AreUnderstood)
{
    EXPECT_EQ(duration::parseSeconds(QStringLiteral("45s")), 45);
    EXPECT_EQ(duration::parseSeconds(QStringLiteral("10m")), 600);
    EXPECT_EQ(duration::parseSeconds(QStringLiteral("10min")), 600);
    EXPECT_EQ(duration::parseSeconds(QStringLiteral("1h")), 3600);
    EXPECT_EQ(duration::parseSeconds(QStringLiteral("1d")), 86400);
    EXPECT_EQ(duration::parseSeconds(QStringLiteral("1h30m")), 5400);
    EXPECT_EQ(duration::parseSeconds(QStringLiteral(" 1H 30M ")), 5400);
}

TEST(Duration, Garbage_IsRejected)
{
    for (const char *bad : {"", "-5", "1.5h", "10 minutes", "m", "10x", "1h junk", "99999999999"}) {
        EXPECT_FALSE(duration::parseSeconds(QString::fromLatin1(bad))) << bad;
    }
}

TEST(Duration, Format_ShowsTwoLargestUnits)
{
    EXPECT_EQ(duration::format(0), QStringLiteral("0 s"));
    EXPECT_EQ(duration::format(45), QStringLiteral("45 s"));
    EXPECT_EQ(duration::format(252), QStringLiteral("4 min 12 s"));
    EXPECT_EQ(duration::format(300), QStringLiteral("5 min"));
    EXPECT_EQ(duration::format(7500), QStringLiteral("2 h 5 min"));
    EXPECT_EQ(duration::format(97200), QStringLiteral("1 d 3 h"));
}
