// ValidationRowStore: the table's data — compact rows, their strings and the id index.
#pragma once

#include "models/IdIndex.h"
#include "models/RowChunks.h"
#include "models/StringPool.h"
#include "models/TextArena.h"
#include "models/ValidationRow.h"

#include <QStringView>

#include <vector>

namespace rd {

struct Validation;

// Rows keep their slot for life (slots are what the view permutation holds); a removed row becomes
// a tombstone until compact(), which the model calls when it owns no permutation-dependent state.
class ValidationRowStore {
public:
    static constexpr quint32 npos = IdIndex::npos;

    quint32 find(quint64 hi, quint64 lo) const { return m_index.find(hi, lo, m_rows); }
    quint32 find(QStringView id) const;
    void prefetch(quint64 hi, quint64 lo) const { m_index.prefetch(hi, lo); }
    // Appends a row whose id is not stored yet; its tracking key is copied from `key`.
    quint32 append(const ValidationRow &row, std::string_view key);
    // Ingest's one probe per row: appends row (key copied from `key`) when its id is new and
    // returns its slot (== the old size()); otherwise returns the slot holding the id, unchanged.
    // npos when the store is full.
    quint32 findOrAppend(const ValidationRow &row, std::string_view key);
    // Where a page's appends began, to undo them if the page turns out broken.
    struct Mark {
        quint32 rows = 0;
        std::size_t keyBytes = 0;
    };
    Mark mark() const { return {size(), m_keys.size()}; }
    // Drops every row appended since m (and their index entries and keys).
    void rollback(const Mark &m);
    // Overwrites slot with row's values; false when nothing differs.
    bool update(quint32 slot, const ValidationRow &row, std::string_view key);
    void erase(quint32 slot);

    const ValidationRow &row(quint32 slot) const { return m_rows[slot]; }
    quint32 size() const { return m_rows.size(); }
    quint32 liveCount() const { return m_live; }
    quint32 deletedCount() const { return m_rows.size() - m_live; }
    std::string_view trackingKey(quint32 slot) const { return m_keys.at(m_rows[slot].trackingKey); }
    std::string_view trackingKeyAt(const ValidationRow &r) const {
        return m_keys.at(r.trackingKey);
    }
    QString trackingKeyText(quint32 slot) const { return m_keys.text(m_rows[slot].trackingKey); }
    QString idText(quint32 slot) const;
    StringPool &banks() { return m_banks; }
    const StringPool &banks() const { return m_banks; }

    // Drops tombstones; returns old slot → new slot (npos for dropped ones).
    std::vector<quint32> compact();
    // Releases growth slack (after the last page: the server said has_more=false).
    void squeeze();
    void clear();

    // The domain value of a stored row (ids in canonical lower case).
    Validation toValidation(quint32 slot) const;
    // The compact form of a domain value; interns its banks, puts its tracking key into keys.
    ValidationRow fromValidation(const Validation &v, TextArena &keys);

    struct Memory {
        std::size_t rows = 0;    // row chunks
        std::size_t index = 0;   // id index
        std::size_t strings = 0; // tracking-key arena + interned bank names
    };
    Memory memory() const;

private:
    RowChunks m_rows;
    TextArena m_keys;
    StringPool m_banks;
    IdIndex m_index;
    quint32 m_live = 0;
};

} // namespace rd
