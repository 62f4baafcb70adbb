// IdIndex: UUID → storage slot, an open-addressing table of 4-byte slots over the row chunks.
#pragma once

#include "models/RowChunks.h"

#include <vector>

namespace rd {

// The million-row table's id→row lookup ("an update touches one row") without a node per row:
// keys are read from the rows themselves, so the table costs 4 bytes per slot (≤ 8.4 B/row at 1M
// rows). Each slot word holds the row number (low 24 bits) and 8 bits of the id's hash, so a probe
// only touches a row when those bits match — ingest stays within 1.6× a bare simdjson walk.
// Growing re-places every id in a table twice the size, reading the rows in slot order (they
// stream through the cache). Done at once, that held the GUI thread ~30 ms at 800k rows of a
// million-row load (bench_app): instead the new table takes kMigratePerInsert old rows with each
// insert, while lookups try the new table, then the old one, until every row is across.
// Invariant: the tables hold exactly the rows not marked Deleted (a row may be in both while it
// migrates). Limit: 16,777,214 rows.
class IdIndex {
public:
    static constexpr quint32 npos = 0xFFFFFFFFu;
    static constexpr quint32 kMaxRows = 0xFFFFFFu - 1;
    // Rows moved to the grown table per insert: done within an eighth of the inserts the grown
    // table has room for, so a migration always ends before the next growth.
    static constexpr quint32 kMigratePerInsert = 8;

    quint32 find(quint64 hi, quint64 lo, const RowChunks &rows) const;
    // Starts loading the table entry a find or insert of this id will read first (ingest reads
    // the id of each object before the rest of it: the entry arrives while the rest is decoded).
    void prefetch(quint64 hi, quint64 lo) const {
        if (m_slots.empty()) {
            return;
        }
        const void *entry = &m_slots[std::size_t(hash(hi, lo)) & (m_slots.size() - 1)];
#if defined(__GNUC__)
        __builtin_prefetch(entry);
        // GCC 12 deletes the prefetch above as dead code unless the address is seen to be used.
        asm volatile("" : : "r"(entry));
#else
        (void)entry;
#endif
    }
    // One probe sequence for ingest: the slot already holding this id, or else `slot` (the row
    // about to be stored there, not yet in rows), which is then indexed.
    quint32 findOrInsert(quint64 hi, quint64 lo, quint32 slot, const RowChunks &rows);
    void erase(quint64 hi, quint64 lo, const RowChunks &rows);
    // Rebuilds for the live (non-deleted) rows, sized for `expected` of them (a migration under
    // way ends with it).
    void rebuild(const RowChunks &rows, std::size_t expected);
    // The rows from `size` on were dropped (their ids erased first): a migration stops there.
    void rowsTruncated(quint32 size);
    void clear();
    std::size_t bytes() const {
        return (m_slots.capacity() + m_old.capacity()) * sizeof(quint32);
    }
    // Slots a table for n rows has (load ≤ 3/4 keeps linear probing short).
    static std::size_t capacityFor(std::size_t n);

private:
    static quint64 hash(quint64 hi, quint64 lo) {
        // v4 UUIDs are random, but ids come from outside: mix anyway (splitmix64 finaliser).
        quint64 x = hi ^ (lo * 0x9E3779B97F4A7C15ull);
        x ^= x >> 31;
        x *= 0xBF58476D1CE4E5B9ull;
        x ^= x >> 29;
        return x;
    }
    static quint32 word(quint64 h, quint32 slot) {
        return quint32(h >> 56) << 24 | slot;
    }
    static quint32 probe(const std::vector<quint32> &table, quint64 hi, quint64 lo, quint64 h,
                         const RowChunks &rows);
    static bool eraseFrom(std::vector<quint32> &table, quint64 hi, quint64 lo,
                          const RowChunks &rows);
    void place(quint32 w, quint64 h);
    void grow(const RowChunks &rows);
    void migrate(quint32 count, const RowChunks &rows);

    std::vector<quint32> m_slots;
    std::vector<quint32> m_old; // the table being emptied into m_slots; empty when none
    quint32 m_migrated = 0;     // rows below this are in m_slots
    quint32 m_migrateEnd = 0;   // rows from here on were stored after the migration began
    std::size_t m_count = 0;    // ids indexed
};

} // namespace rd
