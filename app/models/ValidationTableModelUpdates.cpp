// ValidationTableModel's write side: ingest, upsert, refresh — each change signalled minimally.
#include "models/ValidationTableModel.h"

#include "domain/Validation.h"
#include "models/ValidationSorter.h"
#include "models/WireParse.h"

#include <algorithm>

namespace rd {

// Rows whose values changed, as view positions; flushed as one dataChanged per contiguous range
// (STYLE.md: batched updates, never one signal per cell). Must be flushed before any structural
// change, because positions are only valid until rows move.
class ValidationTableModel::Batch {
public:
    explicit Batch(ValidationTableModel *m)
        : m_model(m) {}
    ~Batch() { flush(); }
    void add(int row) { m_rows.push_back(row); }
    void flush() {
        std::sort(m_rows.begin(), m_rows.end());
        m_rows.erase(std::unique(m_rows.begin(), m_rows.end()), m_rows.end());
        const int last = kValidationColumnCount - 1;
        for (std::size_t i = 0; i < m_rows.size();) {
            std::size_t j = i;
            while (j + 1 < m_rows.size() && m_rows[j + 1] == m_rows[j] + 1) {
                ++j;
            }
            emit m_model->dataChanged(m_model->index(m_rows[i], 0),
                                      m_model->index(m_rows[j], last));
            i = j + 1;
        }
        m_rows.clear();
    }

private:
    ValidationTableModel *m_model;
    std::vector<int> m_rows;
};

namespace {

// A page's rows go straight into the store as they are decoded (no staging copy, one id probe per
// row): new ids are appended but not yet shown — the view gets them in one insertSlots() after the
// page; rows for ids already shown are kept aside, to be applied (and signalled) only once the
// page is known to be whole.
class PageSink final : public ValidationPageDecoder::Sink {
public:
    PageSink(ValidationRowStore &store, std::vector<WireParse::Uuid> *ids,
             std::vector<WireParse::Uuid> *pendingIds)
        : m_store(store)
        , m_firstNew(store.size())
        , m_ids(ids)
        , m_pendingIds(pendingIds) {}

    void idRead(quint64 hi, quint64 lo) override { m_store.prefetch(hi, lo); }

    void row(const ValidationRow &r, std::string_view key) override {
        if (m_ids) [[unlikely]] {
            m_ids->push_back({r.idHi, r.idLo});
        }
        if (m_pendingIds && r.isPending()) {
            m_pendingIds->push_back({r.idHi, r.idLo});
        }
        const quint32 next = m_store.size();
        const quint32 slot = m_store.findOrAppend(r, key);
        if (slot == next && m_store.size() > next) {
            added.push_back(slot);
        } else if (slot == ValidationRowStore::npos) {
            return; // the store is full
        } else if (slot >= m_firstNew) {
            m_store.update(slot, r, key); // repeated within this page, not shown yet
        } else {
            known.push_back(r);
            known.back().trackingKey = knownKeys.append(key);
        }
    }

    std::vector<quint32> added;
    std::vector<ValidationRow> known;
    TextArena knownKeys;

private:
    ValidationRowStore &m_store;
    quint32 m_firstNew;
    std::vector<WireParse::Uuid> *m_ids;
    std::vector<WireParse::Uuid> *m_pendingIds;
};

} // namespace

ValidationTableModel::PageResult
ValidationTableModel::ingestPage(QByteArray json, std::vector<WireParse::Uuid> *ids,
                                 std::vector<WireParse::Uuid> *pendingIds) {
    const ValidationRowStore::Mark mark = m_store.mark();
    const std::size_t idsBefore = ids ? ids->size() : 0;
    const std::size_t pendingBefore = pendingIds ? pendingIds->size() : 0;
    PageSink sink(m_store, ids, pendingIds);
    const ValidationPage page = m_decoder.decode(json, m_store.banks(), sink);
    PageResult result;
    result.error = page.error;
    result.rejected = page.rejected;
    result.firstRejection = page.firstRejection;
    result.unreadable = page.unreadable;
    result.nextCursor = page.nextCursor;
    result.hasMore = page.hasMore;
    if (!page.ok()) {
        m_store.rollback(mark); // a broken page changes nothing
        if (ids) {
            ids->resize(idsBefore);
        }
        if (pendingIds) {
            pendingIds->resize(pendingBefore);
        }
        return result;
    }
    result.rows = page.rows;
    apply(sink.known, sink.knownKeys, &result);
    result.inserted = int(sink.added.size());
    insertSlots(std::move(sink.added));
    if (!page.hasMore && !m_refreshing) {
        squeeze(); // the last page: no more growth expected
    }
    noteStoreChanged();
    return result;
}

bool ValidationTableModel::upsert(const Validation &v) {
    if (!isUuid(v.id)) {
        return false;
    }
    TextArena keys;
    const std::vector<ValidationRow> rows{m_store.fromValidation(v, keys)};
    apply(rows, keys, nullptr);
    noteStoreChanged();
    return true;
}

int ValidationTableModel::upsert(const QList<Validation> &validations) {
    TextArena keys;
    std::vector<ValidationRow> rows;
    rows.reserve(validations.size());
    for (const Validation &v : validations) {
        if (isUuid(v.id)) {
            rows.push_back(m_store.fromValidation(v, keys));
        }
    }
    if (!rows.empty()) {
        apply(rows, keys, nullptr);
        noteStoreChanged();
    }
    return int(rows.size());
}

void ValidationTableModel::markSeen(quint32 slot) {
    if (m_refreshing && slot < m_seen.size()) {
        m_seen[slot] = true;
    }
}

void ValidationTableModel::apply(const std::vector<ValidationRow> &rows, const TextArena &keys,
                                 PageResult *result) {
    const quint32 firstNew = m_store.size();
    std::vector<quint32> added;
    {
        Batch batch(this);
        for (const ValidationRow &r : rows) {
            const std::string_view key = keys.at(r.trackingKey);
            const quint32 slot = m_store.find(r.idHi, r.idLo);
            if (slot == ValidationRowStore::npos) {
                const quint32 s = m_store.append(r, key); // not visible until insertSlots()
                if (s != ValidationRowStore::npos) {
                    added.push_back(s);
                }
                continue;
            }
            markSeen(slot);
            if (slot >= firstNew) {
                m_store.update(slot, r, key); // repeated within this page, not shown yet
            } else if (updateExisting(slot, r, key, batch) && result) {
                ++result->updated;
            }
        }
    }
    if (result) {
        result->inserted = int(added.size());
    }
    insertSlots(std::move(added));
}

bool ValidationTableModel::updateExisting(quint32 slot, const ValidationRow &row,
                                          std::string_view key, Batch &batch) {
    const ValidationSorter sorter(m_store, m_sortColumn, m_sortOrder);
    const int pos = sorter.find(m_view, slot); // with the old values: where the row is now
    if (!m_store.update(slot, row, key)) {
        return false;
    }
    const bool visible = matcher()(slot);
    if (pos >= 0 && visible) {
        const bool before = pos > 0 && sorter.less(slot, m_view[std::size_t(pos) - 1]);
        const bool after =
            std::size_t(pos) + 1 < m_view.size() && sorter.less(m_view[std::size_t(pos) + 1], slot);
        if (!before && !after) {
            batch.add(pos);
            return true;
        }
        // Its sort key changed: move the one row (rowsMoved keeps selection on it).
        batch.flush();
        const std::size_t p = std::size_t(pos);
        const std::size_t dest = before ? sorter.insertionPoint(m_view, slot, 0, p)
                                        : sorter.insertionPoint(m_view, slot, p + 1, m_view.size());
        beginMoveRows({}, pos, pos, {}, int(dest));
        if (dest < p) {
            std::rotate(m_view.begin() + qsizetype(dest), m_view.begin() + qsizetype(p),
                        m_view.begin() + qsizetype(p) + 1);
        } else {
            std::rotate(m_view.begin() + qsizetype(p), m_view.begin() + qsizetype(p) + 1,
                        m_view.begin() + qsizetype(dest));
        }
        endMoveRows();
        const int now = int(before ? dest : dest - 1);
        emit dataChanged(index(now, 0), index(now, kValidationColumnCount - 1));
    } else if (pos >= 0) {
        batch.flush();
        beginRemoveRows({}, pos, pos);
        m_view.erase(m_view.begin() + pos);
        endRemoveRows();
    } else if (visible) {
        batch.flush();
        insertSlots({slot});
    }
    return true;
}

void ValidationTableModel::insertSlots(std::vector<quint32> slotList) {
    const ValidationFilterMatcher match = matcher();
    slotList.erase(
        std::remove_if(slotList.begin(), slotList.end(), [&](quint32 s) { return !match(s); }),
        slotList.end());
    if (slotList.empty()) {
        return;
    }
    std::sort(slotList.begin(), slotList.end());
    if (m_sortColumn < 0 && (m_view.empty() || slotList.front() > m_view.back())) {
        // Arrival order and only new slots: they all go at the end (the ingest path).
        const int at = int(m_view.size());
        beginInsertRows({}, at, at + int(slotList.size()) - 1);
        m_view.insert(m_view.end(), slotList.begin(), slotList.end());
        endInsertRows();
        return;
    }
    const ValidationSorter sorter(m_store, m_sortColumn, m_sortOrder);
    sorter.sort(slotList);
    // Group the new rows by insertion point and insert from the back, so earlier points stay valid.
    std::vector<std::size_t> points(slotList.size());
    for (std::size_t i = 0; i < slotList.size(); ++i) {
        points[i] = sorter.insertionPoint(m_view, slotList[i], 0, m_view.size());
    }
    for (std::size_t end = slotList.size(); end > 0;) {
        std::size_t begin = end - 1;
        while (begin > 0 && points[begin - 1] == points[end - 1]) {
            --begin;
        }
        const auto at = qsizetype(points[begin]);
        beginInsertRows({}, int(at), int(at + qsizetype(end - begin)) - 1);
        m_view.insert(m_view.begin() + at, slotList.begin() + qsizetype(begin),
                      slotList.begin() + qsizetype(end));
        endInsertRows();
        end = begin;
    }
}

void ValidationTableModel::removeSlots(const std::vector<quint32> &slotList) {
    const ValidationSorter sorter(m_store, m_sortColumn, m_sortOrder);
    std::vector<int> rows;
    for (quint32 s : slotList) {
        const int r = sorter.find(m_view, s);
        if (r >= 0) {
            rows.push_back(r);
        }
    }
    std::sort(rows.begin(), rows.end());
    // One rowsRemoved per contiguous range, from the back so earlier rows keep their numbers.
    for (std::size_t end = rows.size(); end > 0;) {
        std::size_t begin = end - 1;
        while (begin > 0 && rows[begin - 1] + 1 == rows[begin]) {
            --begin;
        }
        beginRemoveRows({}, rows[begin], rows[end - 1]);
        m_view.erase(m_view.begin() + rows[begin], m_view.begin() + rows[end - 1] + 1);
        endRemoveRows();
        end = begin;
    }
    for (quint32 s : slotList) {
        m_store.erase(s);
    }
    maybeCompact();
    if (!slotList.empty()) {
        noteStoreChanged();
    }
}

void ValidationTableModel::beginRefresh() {
    m_refreshing = true;
    m_seen.assign(m_store.size(), false);
}

int ValidationTableModel::endRefresh() {
    if (!m_refreshing) {
        return 0;
    }
    m_refreshing = false;
    std::vector<quint32> gone;
    for (quint32 s = 0; s < m_seen.size(); ++s) {
        if (!m_seen[s] && !m_store.row(s).has(ValidationRow::Deleted)) {
            gone.push_back(s);
        }
    }
    std::vector<bool>().swap(m_seen);
    removeSlots(gone);
    return int(gone.size());
}

void ValidationTableModel::abortRefresh() {
    m_refreshing = false;
    std::vector<bool>().swap(m_seen);
}

bool ValidationTableModel::remove(QStringView id) {
    const quint32 slot = m_store.find(id);
    if (slot == ValidationRowStore::npos) {
        return false;
    }
    removeSlots({slot});
    return true;
}

void ValidationTableModel::clear() {
    beginResetModel();
    m_view.clear();
    m_store.clear();
    m_refreshing = false;
    std::vector<bool>().swap(m_seen);
    ++m_compactions;
    endResetModel();
    noteStoreChanged();
}

void ValidationTableModel::noteStoreChanged() {
    ++m_storeVersion;
    emit storeChanged();
}

void ValidationTableModel::maybeCompact() {
    // Tombstones cost 80 B each; drop them once they are a quarter of the rows. Slots keep their
    // relative order, so the view's order (ties broken by slot) is unchanged: no signal needed.
    if (m_refreshing || m_store.deletedCount() * 4 < m_store.size()) {
        return;
    }
    const std::vector<quint32> map = m_store.compact();
    ++m_compactions;
    for (quint32 &s : m_view) {
        s = map[s];
    }
}

void ValidationTableModel::squeeze() {
    m_store.squeeze();
    m_view.shrink_to_fit();
}

} // namespace rd
