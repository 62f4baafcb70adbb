// UuidSet: the service's set of pending cycles as 128-bit ids.
#include "services/UuidSet.h"

#include <gtest/gtest.h>

#include <set>
#include <utility>

using namespace rd;

namespace {

UuidSet::Uuid idOf(quint64 i) {
    return {i * 0x9E3779B97F4A7C15ull + 1, ~i};
}

} // namespace

TEST(UuidSetTest, InsertContainsRemove_AgreeWithAStdSetThroughGrowthAndDeletion) {
    UuidSet set;
    std::set<std::pair<quint64, quint64>> expected;
    for (quint64 i = 0; i < 5'000; ++i) {
        EXPECT_TRUE(set.insert(idOf(i)));
        expected.insert({idOf(i).hi, idOf(i).lo});
    }
    EXPECT_FALSE(set.insert(idOf(7))) << "already there";
    for (quint64 i = 0; i < 5'000; i += 2) {
        EXPECT_TRUE(set.remove(idOf(i)));
        expected.erase({idOf(i).hi, idOf(i).lo});
    }
    EXPECT_FALSE(set.remove(idOf(0))) << "removed already";
    EXPECT_EQ(set.size(), expected.size());
    for (quint64 i = 0; i < 6'000; ++i) {
        EXPECT_EQ(set.contains(idOf(i)), expected.count({idOf(i).hi, idOf(i).lo}) == 1) << i;
    }
    std::set<std::pair<quint64, quint64>> seen;
    set.forEach([&](UuidSet::Uuid u) { seen.insert({u.hi, u.lo}); });
    EXPECT_EQ(seen, expected);
}

TEST(UuidSetTest, Text_IsParsedAsAUuidInEitherCase) {
    UuidSet set;
    EXPECT_TRUE(set.insert(QStringLiteral("0000000a-0000-4000-8000-000000000001")));
    EXPECT_TRUE(set.contains(QStringLiteral("0000000A-0000-4000-8000-000000000001")));
    EXPECT_FALSE(set.insert(QStringLiteral("not a uuid")));
    EXPECT_FALSE(set.contains(QStringLiteral("not a uuid")));
    EXPECT_TRUE(set.remove(QStringLiteral("0000000a-0000-4000-8000-000000000001")));
    EXPECT_TRUE(set.isEmpty());
}

TEST(UuidSetTest, TheNilUuid_IsAnOrdinaryMember) {
    UuidSet set;
    const UuidSet::Uuid nil{};
    EXPECT_FALSE(set.contains(nil));
    EXPECT_TRUE(set.insert(nil));
    EXPECT_TRUE(set.insert(idOf(1)));
    EXPECT_TRUE(set.contains(nil));
    EXPECT_EQ(set.size(), 2u);
    int seen = 0;
    set.forEach([&](UuidSet::Uuid) { ++seen; });
    EXPECT_EQ(seen, 2);
    EXPECT_TRUE(set.remove(nil));
    EXPECT_FALSE(set.contains(nil));
    EXPECT_TRUE(set.contains(idOf(1)));
}
