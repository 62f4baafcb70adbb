// IdIndex: UUID → storage slot, an open-addressing table of 4-byte slots over the row vector.
#pragma once

#include "models/ValidationRow.h"

#include <vector>

namespace rd {

// The id→row lookup of issue [7] ("an update touches one row") without a node per row: keys are
// read from the rows themselves, so the table costs 4 bytes per slot (≤ 8.4 B/row at 1M rows).
class IdIndex {
public:
    static constexpr quint32 npos = 0xFFFFFFFFu;

    quint32 find(quint64 hi, quint64 lo, const std::vector<ValidationRow> &rows) const;
    // Adds slot for rows[slot]'s id (which must not be present yet).
    void insert(quint32 slot, const std::vector<ValidationRow> &rows);
    void erase(quint64 hi, quint64 lo, const std::vector<ValidationRow> &rows);
    // Rebuilds for the live (non-deleted) rows, sized for them (after a compaction or a squeeze).
    void rebuild(const std::vector<ValidationRow> &rows, std::size_t expected);
    void clear();
    std::size_t bytes() const { return m_slots.capacity() * sizeof(quint32); }

private:
    std::size_t home(quint64 hi, quint64 lo) const;
    void grow(const std::vector<ValidationRow> &rows);

    std::vector<quint32> m_slots;
    std::size_t m_count = 0;
};

} // namespace rd
