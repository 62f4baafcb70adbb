// IdIndex, through ValidationRowStore: a table that grows by migrating its rows a few per insert —
// every id is found after many growths, and while one is under way (200,000 rows is just past
// the growth at 196,608), after erases, a rollback, a compaction and a squeeze.
#include "models/ValidationRowStore.h"

#include <gtest/gtest.h>

#include <string_view>
#include <vector>

using namespace rd;

namespace {

// Distinct, well-spread ids (splitmix64), as UUIDv4 would be.
quint64 mix(quint64 x) {
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

ValidationRow rowFor(quint64 i) {
    ValidationRow r;
    r.idHi = mix(2 * i);
    r.idLo = mix(2 * i + 1);
    return r;
}

constexpr std::string_view kKey = "MBAN01002611230001";

class IdIndexTest : public ::testing::Test {
protected:
    void fill(quint64 n) {
        for (quint64 i = 0; i < n; ++i) {
            const ValidationRow r = rowFor(i);
            ASSERT_EQ(m_store.findOrAppend(r, kKey), quint32(i));
        }
    }
    ValidationRowStore m_store;
};

} // namespace

TEST_F(IdIndexTest, ManyIds_AreEachFound_AlsoWhileAGrowthMigratesThem) {
    fill(200'000);
    for (quint64 i = 0; i < 200'000; ++i) {
        const ValidationRow r = rowFor(i);
        ASSERT_EQ(m_store.find(r.idHi, r.idLo), quint32(i)) << i;
    }
    const ValidationRow absent = rowFor(200'000);
    EXPECT_EQ(m_store.find(absent.idHi, absent.idLo), ValidationRowStore::npos);
    // A known id is found, not stored twice, whichever table holds it.
    EXPECT_EQ(m_store.findOrAppend(rowFor(123), kKey), 123u);
    EXPECT_EQ(m_store.findOrAppend(rowFor(199'999), kKey), 199'999u);
    EXPECT_EQ(m_store.size(), 200'000u);
    // The migration ends and every id is still there.
    for (quint64 i = 200'000; i < 240'000; ++i) {
        m_store.findOrAppend(rowFor(i), kKey);
    }
    for (quint64 i = 0; i < 240'000; i += 7) {
        const ValidationRow r = rowFor(i);
        ASSERT_EQ(m_store.find(r.idHi, r.idLo), quint32(i)) << i;
    }
}

TEST_F(IdIndexTest, ErasedIds_AreGoneAndTheOthersStayFound_WhileAGrowthMigrates) {
    fill(200'000);
    for (quint32 s = 0; s < 200'000; s += 3) {
        m_store.erase(s);
    }
    for (quint64 i = 200'000; i < 240'000; ++i) { // the migration carries on past the erased
        m_store.findOrAppend(rowFor(i), kKey);
    }
    for (quint64 i = 0; i < 240'000; ++i) {
        const ValidationRow r = rowFor(i);
        const bool erased = i < 200'000 && i % 3 == 0;
        ASSERT_EQ(m_store.find(r.idHi, r.idLo), erased ? ValidationRowStore::npos : quint32(i))
            << i;
    }
}

TEST_F(IdIndexTest, Rollback_DropsTheIdsAppendedSinceTheMark_EvenAcrossAGrowth) {
    fill(196'000);
    const ValidationRowStore::Mark mark = m_store.mark();
    for (quint64 i = 196'000; i < 200'000; ++i) { // grows at 196,608: migrates from there
        m_store.findOrAppend(rowFor(i), kKey);
    }
    m_store.rollback(mark);
    for (quint64 i = 0; i < 200'000; ++i) {
        const ValidationRow r = rowFor(i);
        ASSERT_EQ(m_store.find(r.idHi, r.idLo), i < 196'000 ? quint32(i) : ValidationRowStore::npos)
            << i;
    }
    // Appending again reuses the dropped slots, with new ids.
    for (quint64 i = 300'000; i < 340'000; ++i) {
        m_store.findOrAppend(rowFor(i), kKey);
    }
    for (quint64 i = 300'000; i < 340'000; ++i) {
        const ValidationRow r = rowFor(i);
        ASSERT_EQ(m_store.find(r.idHi, r.idLo), quint32(196'000 + (i - 300'000))) << i;
    }
}

TEST_F(IdIndexTest, CompactAndSqueeze_KeepEveryLiveIdFindable) {
    fill(200'000); // mid-migration: compaction rebuilds the index whole
    for (quint32 s = 0; s < 200'000; s += 2) {
        m_store.erase(s);
    }
    const std::vector<quint32> map = m_store.compact();
    m_store.squeeze();
    for (quint64 i = 0; i < 200'000; ++i) {
        const ValidationRow r = rowFor(i);
        const quint32 expected = i % 2 == 0 ? ValidationRowStore::npos : map[i];
        ASSERT_EQ(m_store.find(r.idHi, r.idLo), expected) << i;
    }
    // Growth resumes from the rebuilt table.
    for (quint64 i = 200'000; i < 300'000; ++i) {
        m_store.findOrAppend(rowFor(i), kKey);
    }
    for (quint64 i = 1; i < 300'000; i += 2) {
        const ValidationRow r = rowFor(i);
        ASSERT_NE(m_store.find(r.idHi, r.idLo), ValidationRowStore::npos) << i;
    }
}

TEST_F(IdIndexTest, IndexBytes_StayWithinTheBudgetPerRow_OnceNoGrowthIsUnderWay) {
    fill(150'000); // the growth at 98,304 migrated by ~110,000
    // 4-byte slots at a load of at least 3/8: at most ~10.7 B/row, ~8.4 at a million.
    EXPECT_LE(double(m_store.memory().index) / 150'000.0, 11.0);
}
