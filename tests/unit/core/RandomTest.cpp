#include "core/Random.h"

#include <QSet>
#include <QUuid>

#include <gtest/gtest.h>

using namespace rd;

TEST(Random, UuidV4_HasVersionAndVariantBits)
{
    SystemRandom r;
    for (int i = 0; i < 100; ++i) {
        const QString s = uuidV4(r);
        const QUuid u(s);
        ASSERT_FALSE(u.isNull());
        EXPECT_EQ(u.version(), QUuid::Random);
        EXPECT_EQ(u.variant(), QUuid::DCE);
        EXPECT_EQ(s.size(), 36);
        EXPECT_EQ(s, s.toLower());
    }
}

TEST(Random, UuidV4_FromTheSystemSource_DoNotRepeat)
{
    SystemRandom r;
    QSet<QString> seen;
    for (int i = 0; i < 10000; ++i) {
        seen.insert(uuidV4(r));
    }
    EXPECT_EQ(seen.size(), 10000);
}

TEST(Random, Seeded_IsReproducible)
{
    SeededRandom a(42), b(42);
    for (int i = 0; i < 100; ++i) {
        EXPECT_EQ(a.uniform(0, 1000), b.uniform(0, 1000));
    }
    EXPECT_EQ(a.bytes(16), b.bytes(16));
}

TEST(Random, Uniform_StaysWithinInclusiveBounds)
{
    SeededRandom r(7);
    bool sawLow = false, sawHigh = false;
    for (int i = 0; i < 5000; ++i) {
        const auto v = r.uniform(0, 10);
        ASSERT_LE(v, 10u);
        sawLow |= v == 0;
        sawHigh |= v == 10;
    }
    EXPECT_TRUE(sawLow);
    EXPECT_TRUE(sawHigh);
    EXPECT_EQ(r.uniform(5, 5), 5u);
}
