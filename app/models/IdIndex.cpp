#include "models/IdIndex.h"

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

quint32 IdIndex::find(quint64 hi, quint64 lo, const RowChunks &rows) const {
    if (m_slots.empty()) {
        return npos;
    }
    const quint64 h = hash(hi, lo);
    const quint32 fp = word(h, 0);
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = std::size_t(h) & mask;; i = (i + 1) & mask) {
        const quint32 w = m_slots[i];
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

quint32 IdIndex::findOrInsert(quint64 hi, quint64 lo, quint32 slot, const RowChunks &rows) {
    if ((m_count + 1) * 4 > m_slots.size() * 3) {
        // Below 1 MiB the table quadruples: half the rebuild passes over the rows while ingest
        // is young; past it, doubling keeps the table at ≤ 8.4 B/row.
        const std::size_t n = m_slots.size();
        rebuild(rows, n < kQuadrupleBelow ? std::max<std::size_t>(12, n * 3) : n * 3 / 4 + 1);
    }
    const quint64 h = hash(hi, lo);
    const quint32 fp = word(h, 0);
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = std::size_t(h) & mask;; i = (i + 1) & mask) {
        const quint32 w = m_slots[i];
        if (w == npos) {
            m_slots[i] = fp | slot;
            ++m_count;
            return slot;
        }
        if ((w & ~kSlotMask) == fp) {
            const quint32 s = w & kSlotMask;
            if (rows[s].idHi == hi && rows[s].idLo == lo) {
                return s;
            }
        }
    }
}

void IdIndex::erase(quint64 hi, quint64 lo, const RowChunks &rows) {
    if (m_slots.empty()) {
        return;
    }
    const std::size_t mask = m_slots.size() - 1;
    const quint32 found = find(hi, lo, rows);
    if (found == npos) {
        return;
    }
    std::size_t i = std::size_t(hash(hi, lo)) & mask;
    while ((m_slots[i] & kSlotMask) != found) {
        i = (i + 1) & mask;
    }
    // Backward-shift deletion: no tombstones, probes stay short.
    std::size_t hole = i;
    for (std::size_t j = (i + 1) & mask; m_slots[j] != npos; j = (j + 1) & mask) {
        const ValidationRow &r = rows[m_slots[j] & kSlotMask];
        const std::size_t h = std::size_t(hash(r.idHi, r.idLo)) & mask;
        const bool movable = hole <= j ? (h <= hole || h > j) : (h <= hole && h > j);
        if (movable) {
            m_slots[hole] = m_slots[j];
            hole = j;
        }
    }
    m_slots[hole] = npos;
    --m_count;
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

void IdIndex::clear() {
    std::vector<quint32>().swap(m_slots);
    m_count = 0;
}

} // namespace rd
