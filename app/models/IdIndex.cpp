#include "models/IdIndex.h"

namespace rd {

namespace {
constexpr quint32 kSlotMask = 0xFFFFFFu;
}

quint64 IdIndex::hash(quint64 hi, quint64 lo) {
    // v4 UUIDs are random, but ids come from outside: mix anyway (splitmix64 finaliser).
    quint64 x = hi ^ (lo * 0x9E3779B97F4A7C15ull);
    x ^= x >> 31;
    x *= 0xBF58476D1CE4E5B9ull;
    x ^= x >> 29;
    return x;
}

quint32 IdIndex::find(quint64 hi, quint64 lo, const std::vector<ValidationRow> &rows) const {
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

void IdIndex::insert(quint32 slot, const std::vector<ValidationRow> &rows) {
    // Load ≤ 3/4 keeps linear probing short.
    if ((m_count + 1) * 4 > m_slots.size() * 3) {
        grow(rows);
    }
    const quint64 h = hash(rows[slot].idHi, rows[slot].idLo);
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = std::size_t(h) & mask;
    while (m_slots[i] != npos) {
        i = (i + 1) & mask;
    }
    m_slots[i] = word(h, slot);
    ++m_count;
}

void IdIndex::erase(quint64 hi, quint64 lo, const std::vector<ValidationRow> &rows) {
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

void IdIndex::rebuild(const std::vector<ValidationRow> &rows, std::size_t expected) {
    std::size_t cap = 16;
    while (cap * 3 < expected * 4) {
        cap *= 2;
    }
    std::vector<quint32>(cap, npos).swap(m_slots);
    m_count = 0;
    for (quint32 s = 0; s < rows.size(); ++s) {
        if (!rows[s].has(ValidationRow::Deleted)) {
            insert(s, rows);
        }
    }
}

void IdIndex::grow(const std::vector<ValidationRow> &rows) {
    const std::size_t cap = std::max<std::size_t>(16, m_slots.size() * 2);
    std::vector<quint32> old;
    old.swap(m_slots);
    m_slots.assign(cap, npos);
    const std::size_t mask = cap - 1;
    for (quint32 w : old) {
        if (w != npos) {
            const ValidationRow &r = rows[w & kSlotMask];
            std::size_t i = std::size_t(hash(r.idHi, r.idLo)) & mask;
            while (m_slots[i] != npos) {
                i = (i + 1) & mask;
            }
            m_slots[i] = w;
        }
    }
}

void IdIndex::clear() {
    std::vector<quint32>().swap(m_slots);
    m_count = 0;
}

} // namespace rd
