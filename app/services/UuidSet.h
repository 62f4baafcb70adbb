// UuidSet: a set of validation ids as 128-bit values, 16 bytes a slot and no allocation per id.
// The service keeps the ids of the cycles it last saw pending — 160,000 of a million validations:
// as a QSet<QString> they took ~21 MB and their building held the GUI thread ~40 ms at the end of
// every full refresh (bench_app).
#pragma once

#include "models/WireParse.h"

#include <QString>
#include <QStringView>

#include <vector>

namespace rd {

class UuidSet {
public:
    using Uuid = WireParse::Uuid;

    std::size_t size() const { return m_count + (m_hasZero ? 1 : 0); }
    bool isEmpty() const { return size() == 0; }
    void clear() { *this = UuidSet(); }
    void reserve(std::size_t n) {
        if (n * 4 > m_slots.size() * 3) {
            rehash(capacityFor(n));
        }
    }

    bool contains(Uuid id) const {
        if (isZero(id)) {
            return m_hasZero;
        }
        if (m_slots.empty()) {
            return false;
        }
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = hash(id) & mask;; i = (i + 1) & mask) {
            if (isZero(m_slots[i])) {
                return false;
            }
            if (m_slots[i].hi == id.hi && m_slots[i].lo == id.lo) {
                return true;
            }
        }
    }
    bool contains(QStringView id) const {
        const auto u = WireParse::uuid(id);
        return u && contains(*u);
    }

    // False when it was there already.
    bool insert(Uuid id) {
        if (isZero(id)) {
            const bool added = !m_hasZero;
            m_hasZero = true;
            return added;
        }
        if ((m_count + 1) * 4 > m_slots.size() * 3) {
            rehash(capacityFor(m_count + 1));
        }
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = hash(id) & mask;; i = (i + 1) & mask) {
            if (isZero(m_slots[i])) {
                m_slots[i] = id;
                ++m_count;
                return true;
            }
            if (m_slots[i].hi == id.hi && m_slots[i].lo == id.lo) {
                return false;
            }
        }
    }
    bool insert(QStringView id) {
        const auto u = WireParse::uuid(id);
        return u && insert(*u);
    }

    // False when it was not there.
    bool remove(Uuid id) {
        if (isZero(id)) {
            const bool had = m_hasZero;
            m_hasZero = false;
            return had;
        }
        if (m_slots.empty()) {
            return false;
        }
        const std::size_t mask = m_slots.size() - 1;
        std::size_t i = hash(id) & mask;
        for (;; i = (i + 1) & mask) {
            if (isZero(m_slots[i])) {
                return false;
            }
            if (m_slots[i].hi == id.hi && m_slots[i].lo == id.lo) {
                break;
            }
        }
        // Backward-shift deletion: no tombstones, probes stay short.
        std::size_t hole = i;
        for (std::size_t j = (i + 1) & mask; !isZero(m_slots[j]); j = (j + 1) & mask) {
            const std::size_t h = hash(m_slots[j]) & mask;
            const bool movable = hole <= j ? (h <= hole || h > j) : (h <= hole && h > j);
            if (movable) {
                m_slots[hole] = m_slots[j];
                hole = j;
            }
        }
        m_slots[hole] = Uuid{};
        --m_count;
        return true;
    }
    bool remove(QStringView id) {
        const auto u = WireParse::uuid(id);
        return u && remove(*u);
    }

    template <typename F> void forEach(F f) const {
        if (m_hasZero) {
            f(Uuid{});
        }
        for (const Uuid &u : m_slots) {
            if (!isZero(u)) {
                f(u);
            }
        }
    }

private:
    // The nil UUID marks an empty slot; it is kept aside (m_hasZero) should a server send it.
    static bool isZero(Uuid u) { return (u.hi | u.lo) == 0; }
    static std::size_t hash(Uuid u) {
        quint64 x = u.hi ^ (u.lo * 0x9E3779B97F4A7C15ull); // splitmix64's finaliser
        x ^= x >> 31;
        x *= 0xBF58476D1CE4E5B9ull;
        x ^= x >> 29;
        return std::size_t(x);
    }
    static std::size_t capacityFor(std::size_t n) {
        std::size_t cap = 16;
        while (cap * 3 < n * 4) {
            cap *= 2;
        }
        return cap;
    }
    void rehash(std::size_t capacity) {
        std::vector<Uuid> old(capacity);
        old.swap(m_slots);
        m_count = 0;
        const std::size_t mask = m_slots.size() - 1;
        for (const Uuid &u : old) {
            if (isZero(u)) {
                continue;
            }
            std::size_t i = hash(u) & mask;
            while (!isZero(m_slots[i])) {
                i = (i + 1) & mask;
            }
            m_slots[i] = u;
            ++m_count;
        }
    }

    std::vector<Uuid> m_slots;
    std::size_t m_count = 0; // in m_slots
    bool m_hasZero = false;
};

} // namespace rd
