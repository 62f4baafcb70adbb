// IdIndex: UUID → storage slot, an open-addressing table of 4-byte slots over the row chunks.
#pragma once

#include "models/RowChunks.h"

#include <vector>

namespace rd {

// The million-row table's id→row lookup ("an update touches one row") without a node per row:
// keys are read from the rows themselves, so the table costs 4 bytes per slot (≤ 8.4 B/row at 1M
// rows). Each slot word holds the row number (low 24 bits) and 8 bits of the id's hash, so a probe
// only touches a row when those bits match — ingest stays within 1.6× a bare simdjson walk.
// Invariant: the table holds exactly the rows not marked Deleted. Limit: 16,777,214 rows.
class IdIndex {
public:
    static constexpr quint32 npos = 0xFFFFFFFFu;
    static constexpr quint32 kMaxRows = 0xFFFFFFu - 1;

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
    // Rebuilds for the live (non-deleted) rows, sized for `expected` of them.
    void rebuild(const RowChunks &rows, std::size_t expected);
    void clear();
    std::size_t bytes() const {
        return m_slots.capacity() * sizeof(quint32);
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
    void place(quint32 w, quint64 h);

    std::vector<quint32> m_slots;
    std::size_t m_count = 0;
};

} // namespace rd
