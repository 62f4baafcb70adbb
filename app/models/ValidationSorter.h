// ValidationSorter: the sort order of one column over stored rows — a total, stable order.
#pragma once

#include "models/ValidationColumn.h"
#include "models/ValidationRowStore.h"

#include <Qt>

#include <vector>

namespace rd {

// The million-row budget: sort 1M rows by any column within 1.5× a std::stable_sort of row
// indices, without a QSortFilterProxyModel. Each column maps a row to a 64-bit key (plus a full
// comparison where the key is a prefix, e.g. tracking keys); ties fall back to the slot, which is
// arrival order, so the order is stable and total — a row's position can be found again by binary
// search.
class ValidationSorter {
public:
    // column < 0: arrival (slot) order.
    ValidationSorter(const ValidationRowStore &store, int column, Qt::SortOrder order);

    quint64 key(const ValidationRow &r) const;
    quint64 key(quint32 slot) const { return key(m_store->row(slot)); }
    // Strict weak (in fact total) order on slotList.
    bool less(quint32 a, quint32 b) const {
        if (m_column < 0) {
            return a < b;
        }
        return lessKeyed(key(a), a, key(b), b);
    }
    bool lessKeyed(quint64 ka, quint32 a, quint64 kb, quint32 b) const {
        if (ka != kb) {
            return m_descending ? ka > kb : ka < kb;
        }
        if (m_needsTieBreak) {
            const int c = tieBreak(a, b);
            if (c != 0) {
                return m_descending ? c > 0 : c < 0;
            }
        }
        return a < b;
    }
    // Sorts slotList in place (decorate–sort–undecorate: keys read once, not per comparison).
    void sort(std::vector<quint32> &slotList) const;
    // Position of slot within sorted slotList, or -1.
    int find(const std::vector<quint32> &sorted, quint32 slot) const;
    // Where slot would be inserted into sorted (first position not less than it).
    std::size_t insertionPoint(const std::vector<quint32> &sorted, quint32 slot, std::size_t begin,
                               std::size_t end) const;

    int column() const { return m_column; }

private:
    int tieBreak(quint32 a, quint32 b) const;

    const ValidationRowStore *m_store;
    int m_column;
    bool m_descending;
    bool m_needsTieBreak;
};

} // namespace rd
