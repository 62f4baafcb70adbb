#include "models/IdIndex.h"

#include <algorithm>

namespace rd {

namespace {
constexpr quint32 kSlotMask = 0xFFFFFFu;
constexpr std::size_t kQuadrupleBelow = std::size_t(1) << 18; // slots
} // namespace

std::size_t IdIndex::capacityFor(std::size_t n) {
    std::size_t cap = 16;
    while (cap * 3 < n * 4) {
        cap *= 2;
    }
    return cap;
}

quint32 IdIndex::probe(const std::vector<quint32> &table, quint64 hi, quint64 lo, quint64 h,
                       const RowChunks &rows) {
    if (table.empty()) {
        return npos;
    }
    const quint32 fp = word(h, 0);
    const std::size_t mask = table.size() - 1;
    for (std::size_t i = std::size_t(h) & mask;; i = (i + 1) & mask) {
        const quint32 w = table[i];
        if (w == npos) {
            return npos;
        }
        if ((w & ~kSlotMask) == fp) {
            const quint32 s = w & kSlotMask;
            if (rows[s].idHi == hi && rows[s].idLo == lo) {
                return s;
            }
        }
    }
}

quint32 IdIndex::find(quint64 hi, quint64 lo, const RowChunks &rows) const {
    const quint64 h = hash(hi, lo);
    const quint32 s = probe(m_slots, hi, lo, h, rows);
    return s != npos || m_old.empty() ? s : probe(m_old, hi, lo, h, rows);
}

quint32 IdIndex::findOrInsert(quint64 hi, quint64 lo, quint32 slot, const RowChunks &rows) {
    if (!m_old.empty()) {
        migrate(kMigratePerInsert, rows);
    }
    if ((m_count + 1) * 4 > m_slots.size() * 3) {
        grow(rows);
    }
    const quint64 h = hash(hi, lo);
    const quint32 fp = word(h, 0);
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = std::size_t(h) & mask;
    for (;; i = (i + 1) & mask) {
        const quint32 w = m_slots[i];
        if (w == npos) {
            break;
        }
        if ((w & ~kSlotMask) == fp) {
            const quint32 s = w & kSlotMask;
            if (rows[s].idHi == hi && rows[s].idLo == lo) {
                return s;
            }
        }
    }
    if (!m_old.empty()) { // not migrated yet?
        if (const quint32 s = probe(m_old, hi, lo, h, rows); s != npos) {
            return s;
        }
    }
    m_slots[i] = fp | slot;
    ++m_count;
    return slot;
}

void IdIndex::grow(const RowChunks &rows) {
    if (!m_old.empty()) {
        migrate(m_migrateEnd - m_migrated, rows); // the last one ends first (never in practice)
    }
    // Below 1 MiB the table quadruples: half the growths while ingest is young; past it,
    // doubling keeps the table at ≤ 8.4 B/row.
    const std::size_t n = m_slots.size();
    const std::size_t expected =
        n < kQuadrupleBelow ? std::max<std::size_t>(12, n * 3) : n * 3 / 4 + 1;
    m_old.swap(m_slots);
    std::vector<quint32>(capacityFor(expected), npos).swap(m_slots);
    m_migrated = 0;
    m_migrateEnd = rows.size();
    if (m_old.size() <= 4096) {
        migrate(m_migrateEnd, rows); // a small table: at once
    }
}

void IdIndex::migrate(quint32 count, const RowChunks &rows) {
    const quint32 end = std::min(m_migrateEnd, m_migrated + count);
    for (; m_migrated < end; ++m_migrated) {
        const ValidationRow &r = rows[m_migrated];
        if (!r.has(ValidationRow::Deleted)) {
            const quint64 h = hash(r.idHi, r.idLo);
            place(word(h, m_migrated), h);
        }
    }
    if (m_migrated >= m_migrateEnd) {
        std::vector<quint32>().swap(m_old);
        m_migrated = m_migrateEnd = 0;
    }
}

bool IdIndex::eraseFrom(std::vector<quint32> &table, quint64 hi, quint64 lo,
                        const RowChunks &rows) {
    const quint32 found = probe(table, hi, lo, hash(hi, lo), rows);
    if (found == npos) {
        return false;
    }
    const std::size_t mask = table.size() - 1;
    std::size_t i = std::size_t(hash(hi, lo)) & mask;
    while ((table[i] & kSlotMask) != found) {
        i = (i + 1) & mask;
    }
    // Backward-shift deletion: no tombstones, probes stay short.
    std::size_t hole = i;
    for (std::size_t j = (i + 1) & mask; table[j] != npos; j = (j + 1) & mask) {
        const ValidationRow &r = rows[table[j] & kSlotMask];
        const std::size_t h = std::size_t(hash(r.idHi, r.idLo)) & mask;
        const bool movable = hole <= j ? (h <= hole || h > j) : (h <= hole && h > j);
        if (movable) {
            table[hole] = table[j];
            hole = j;
        }
    }
    table[hole] = npos;
    return true;
}

void IdIndex::erase(quint64 hi, quint64 lo, const RowChunks &rows) {
    // While a row migrates it may be in both tables: gone from both.
    const bool inNew = eraseFrom(m_slots, hi, lo, rows);
    const bool inOld = !m_old.empty() && eraseFrom(m_old, hi, lo, rows);
    if (inNew || inOld) {
        --m_count;
    }
}

void IdIndex::place(quint32 w, quint64 h) {
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = std::size_t(h) & mask;
    while (m_slots[i] != npos) {
        i = (i + 1) & mask;
    }
    m_slots[i] = w;
}

void IdIndex::rebuild(const RowChunks &rows, std::size_t expected) {
    // Growing reads the rows in slot order rather than the old table's order: the ids stream
    // through the cache instead of costing a miss each (the rows are 20× the table's size).
    std::vector<quint32>().swap(m_old);
    m_migrated = m_migrateEnd = 0;
    std::vector<quint32>(capacityFor(expected), npos).swap(m_slots);
    m_count = 0;
    for (quint32 s = 0; s < rows.size(); ++s) {
        const ValidationRow &r = rows[s];
        if (!r.has(ValidationRow::Deleted)) {
            const quint64 h = hash(r.idHi, r.idLo);
            place(word(h, s), h);
            ++m_count;
        }
    }
}

void IdIndex::rowsTruncated(quint32 size) {
    if (m_old.empty()) {
        return;
    }
    m_migrateEnd = std::min(m_migrateEnd, size);
    if (m_migrated >= m_migrateEnd) {
        std::vector<quint32>().swap(m_old);
        m_migrated = m_migrateEnd = 0;
    }
}

void IdIndex::clear() {
    std::vector<quint32>().swap(m_slots);
    std::vector<quint32>().swap(m_old);
    m_migrated = m_migrateEnd = 0;
    m_count = 0;
}

} // namespace rd
