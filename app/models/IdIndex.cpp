#include "models/IdIndex.h"

#include <bit>

namespace rd {

std::size_t IdIndex::home(quint64 hi, quint64 lo) const {
    // v4 UUIDs are random, but ids come from outside: mix anyway (splitmix64 finaliser).
    quint64 x = hi ^ (lo * 0x9E3779B97F4A7C15ull);
    x ^= x >> 31;
    x *= 0xBF58476D1CE4E5B9ull;
    x ^= x >> 29;
    return std::size_t(x) & (m_slots.size() - 1);
}

quint32 IdIndex::find(quint64 hi, quint64 lo, const std::vector<ValidationRow> &rows) const {
    if (m_slots.empty()) {
        return npos;
    }
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = home(hi, lo);; i = (i + 1) & mask) {
        const quint32 s = m_slots[i];
        if (s == npos) {
            return npos;
        }
        if (rows[s].idHi == hi && rows[s].idLo == lo) {
            return s;
        }
    }
}

void IdIndex::insert(quint32 slot, const std::vector<ValidationRow> &rows) {
    // Load ≤ 3/4 keeps linear probing short.
    if ((m_count + 1) * 4 > m_slots.size() * 3) {
        grow(rows);
    }
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = home(rows[slot].idHi, rows[slot].idLo);
    while (m_slots[i] != npos) {
        i = (i + 1) & mask;
    }
    m_slots[i] = slot;
    ++m_count;
}

void IdIndex::erase(quint64 hi, quint64 lo, const std::vector<ValidationRow> &rows) {
    if (m_slots.empty()) {
        return;
    }
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = home(hi, lo);
    while (m_slots[i] != npos && !(rows[m_slots[i]].idHi == hi && rows[m_slots[i]].idLo == lo)) {
        i = (i + 1) & mask;
    }
    if (m_slots[i] == npos) {
        return;
    }
    // Backward-shift deletion: no tombstones, probes stay short.
    std::size_t hole = i;
    for (std::size_t j = (i + 1) & mask; m_slots[j] != npos; j = (j + 1) & mask) {
        const std::size_t h = home(rows[m_slots[j]].idHi, rows[m_slots[j]].idLo);
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
    m_count = 0;
    const std::size_t mask = cap - 1;
    for (quint32 s : old) {
        if (s != npos) {
            std::size_t i = home(rows[s].idHi, rows[s].idLo);
            while (m_slots[i] != npos) {
                i = (i + 1) & mask;
            }
            m_slots[i] = s;
            ++m_count;
        }
    }
}

void IdIndex::clear() {
    std::vector<quint32>().swap(m_slots);
    m_count = 0;
}

} // namespace rd
