#include "models/ValidationSorter.h"

#include <algorithm>

namespace rd {

namespace {

quint64 biased(qint64 v) {
    return quint64(v) ^ (quint64(1) << 63); // signed order as unsigned order
}

// First 8 bytes, big-endian: byte-wise string order on the prefix.
// 8 bytes from `from`, big-endian: byte-wise string order on that window.
quint64 prefixKey(std::string_view s, std::size_t from = 0) {
    quint64 k = 0;
    for (std::size_t i = from; i < from + 8; ++i) {
        k = (k << 8) | (i < s.size() ? quint8(s[i]) : 0u);
    }
    return k;
}

} // namespace

ValidationSorter::ValidationSorter(const ValidationRowStore &store, int column, Qt::SortOrder order)
    : m_store(&store)
    , m_column(column >= 0 && column < kValidationColumnCount ? column : -1)
    , m_descending(order == Qt::DescendingOrder)
    , m_needsTieBreak(m_column == int(ValidationColumn::Id) ||
                      m_column == int(ValidationColumn::Target)) {}

quint64 ValidationSorter::key(const ValidationRow &r) const {
    switch (ValidationColumn(m_column)) {
    case ValidationColumn::Id:
        return r.idHi;
    case ValidationColumn::Target:
        return prefixKey(m_store->trackingKeyAt(r));
    case ValidationColumn::Outcome:
        return r.outcome;
    case ValidationColumn::RetryState:
        // State first (no cycle, pending, resolved, exhausted, cancelled), then progress.
        return (quint64(r.terminal) << 40) | (quint64(r.attemptsCompleted) << 20) |
               quint64(quint16(r.maxRetries + 1));
    case ValidationColumn::NextAttempt:
        // Rows without a next attempt sort after every scheduled one.
        return r.nextAttemptMs == ValidationRow::kNullTime ? ~quint64(0) : biased(r.nextAttemptMs);
    case ValidationColumn::Source:
        return quint64(r.sourceIndex()); // api, bulk import, then absent or unknown
    case ValidationColumn::Updated:
        return biased(r.updatedMs);
    case ValidationColumn::Count:
        break;
    }
    return 0;
}

int ValidationSorter::tieBreak(quint32 a, quint32 b) const {
    if (m_column == int(ValidationColumn::Id)) {
        const quint64 la = m_store->row(a).idLo, lb = m_store->row(b).idLo;
        return la < lb ? -1 : la > lb ? 1 : 0;
    }
    return m_store->trackingKey(a).compare(m_store->trackingKey(b));
}

void ValidationSorter::sort(std::vector<quint32> &slotList) const {
    if (m_column < 0) {
        std::sort(slotList.begin(), slotList.end());
        return;
    }
    struct Keyed {
        quint64 key;
        quint32 slot;
    };
    std::vector<Keyed> keyed(slotList.size());
    if (m_column == int(ValidationColumn::Target) && !slotList.empty()) {
        // Tracking keys share long prefixes ("MBAN01002…"): key on the 8 bytes after the prefix
        // all of them share, or nearly every comparison falls through to the string tie-break.
        // Among strings with a common prefix this is still byte order, the order key() gives.
        const std::string_view first = m_store->trackingKey(slotList.front());
        std::size_t common = first.size();
        for (quint32 s : slotList) {
            const std::string_view k = m_store->trackingKey(s);
            std::size_t i = 0;
            const std::size_t n = std::min(common, k.size());
            while (i < n && k[i] == first[i]) {
                ++i;
            }
            common = i;
        }
        for (std::size_t i = 0; i < slotList.size(); ++i) {
            keyed[i] = {prefixKey(m_store->trackingKey(slotList[i]), common), slotList[i]};
        }
    } else {
        for (std::size_t i = 0; i < slotList.size(); ++i) {
            keyed[i] = {key(slotList[i]), slotList[i]};
        }
    }
    // (key, tie-break, slot) is total, so an unstable sort gives the stable result.
    std::sort(keyed.begin(), keyed.end(), [this](const Keyed &a, const Keyed &b) {
        return lessKeyed(a.key, a.slot, b.key, b.slot);
    });
    for (std::size_t i = 0; i < slotList.size(); ++i) {
        slotList[i] = keyed[i].slot;
    }
}

std::size_t ValidationSorter::insertionPoint(const std::vector<quint32> &sorted, quint32 slot,
                                             std::size_t begin, std::size_t end) const {
    const quint64 k = m_column < 0 ? 0 : key(slot);
    const auto it =
        std::lower_bound(sorted.begin() + qsizetype(begin), sorted.begin() + qsizetype(end), slot,
                         [&](quint32 a, quint32) {
                             return m_column < 0 ? a < slot : lessKeyed(key(a), a, k, slot);
                         });
    return std::size_t(it - sorted.begin());
}

int ValidationSorter::find(const std::vector<quint32> &sorted, quint32 slot) const {
    const std::size_t p = insertionPoint(sorted, slot, 0, sorted.size());
    return p < sorted.size() && sorted[p] == slot ? int(p) : -1;
}

} // namespace rd
