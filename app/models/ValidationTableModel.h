// ValidationTableModel: the validations table — a million compact rows, sorted and filtered in
// place.
#pragma once

#include "models/ServerTime.h"
#include "models/ValidationColumn.h"
#include "models/ValidationFilter.h"
#include "models/ValidationPageDecoder.h"
#include "models/ValidationRowStore.h"
#include "models/WireParse.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace rd {

struct Validation;

// The validations table / STYLE.md "models are specifications of a table": an enum of columns,
// raw-value roles, id→row lookup, one dataChanged per contiguous range. Rows are ValidationRows (no
// per-row QObjects); the model owns its sort/filter permutation (m_view: view row → slot) because
// a QSortFilterProxyModel at 1M rows took 155 s per filter and 206 ms per countdown tick.
class ValidationTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    using Column = ValidationColumn;
    enum Role {
        RawValueRole =
            Qt::UserRole,      // per column: id, tracking key, Outcome, terminal, ms, Source, ms
        IdRole,                // QString, any column
        NextAttemptMsRole,     // qint64 server-time ms, or invalid QVariant when none
        TerminalStateRole,     // int rd::TerminalState, or -1 when no cycle
        OutcomeRole,           // int rd::Outcome
        SourceRole,            // int rd::Source
        AttemptsCompletedRole, // int
        MaxRetriesRole,        // int, or invalid when null
        AmountCentsRole,       // qint64
        ServerNowMsRole,       // qint64: the shared "server now" (same for every index)
        WatchedRole,           // bool, any column: the id is on the watchlist (setWatchedIds)
    };

    // What one page changed.
    struct PageResult {
        int rows = 0;                     // objects decoded into rows
        int inserted = 0;                 // new ids
        int updated = 0;                  // known ids whose values changed
        int rejected = 0;                 // items the domain parser would refuse (skipped)
        QString firstRejection;           // why the first was refused
        QList<UnreadableItem> unreadable; // the first of them, with their JSON
        QString nextCursor;
        bool hasMore = false;
        QString error; // the page as a whole was unusable; nothing changed
        bool ok() const { return error.isEmpty(); }
    };

    explicit ValidationTableModel(const Clock *clock, QObject *parent = nullptr);
    ~ValidationTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    // Stable; column -1 restores arrival order. Emits layoutChanged with persistent indexes kept.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Upserts every validation of a GET /v1/validations page (seed 003 envelope). The last page
    // (has_more false) also releases growth slack.
    // ids (optional): receives the id of every row the page held, for callers that track which
    // validations a filtered listing returned (only on success). 128-bit ids, not QStrings: a
    // poll reads every pending cycle. pendingIds (optional): the ids of the rows whose cycle is
    // pending, as the page has them.
    PageResult ingestPage(QByteArray json, std::vector<WireParse::Uuid> *ids = nullptr,
                          std::vector<WireParse::Uuid> *pendingIds = nullptr);
    // Upserts one validation (after GET /v1/validations/{id}, a policy change, a cancel). False
    // when v.id is not a UUID.
    bool upsert(const Validation &v);
    // Many at once: one pass, one dataChanged per contiguous range (a bulk run's answers).
    // Validations without a UUID id are skipped; returns how many were taken.
    int upsert(const QList<Validation> &validations);
    // A refresh: pages (or upserts) between begin and end replace the table's contents; rows not
    // seen are removed at endRefresh(). Only real changes are signalled — dataChanged for changed
    // rows, rowsInserted/rowsRemoved where rows appear or go — never a reset, so selection and
    // scroll position survive (a refresh never disturbs the user).
    void beginRefresh();
    int endRefresh(); // rows removed
    // Ends a refresh that could not finish (a page failed): nothing is removed, since the rows it
    // did not reach may well still exist; what it did read stays applied.
    void abortRefresh();
    bool isRefreshing() const { return m_refreshing; }
    bool remove(QStringView id);
    void clear();
    // Releases growth slack in the row storage and id index.
    void squeeze();

    void setFilter(const ValidationFilter &filter);
    const ValidationFilter &filter() const { return m_filter; }
    // The watchlist's ids (a few; ids that are not UUIDs are ignored): WatchedRole, and one
    // dataChanged on the Id column of each shown row whose watched state changed.
    void setWatchedIds(const QStringList &ids);
    bool isWatched(QStringView id) const;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // View row of an id, or -1 (absent or filtered out).
    int rowForId(QStringView id) const;
    // The validation with this id, shown or filtered out; nullopt when the table has none.
    std::optional<Validation> validationById(QStringView id) const;
    QString idAt(int row) const;
    std::optional<Validation> validationAt(int row) const;
    int totalCount() const { return int(m_store.liveCount()); }
    const ValidationRowStore &store() const { return m_store; }
    quint32 slotAt(int row) const { return m_view[std::size_t(row)]; }

    // The shared "server now" of every countdown (local clock + skew from the Date header).
    ServerTime &serverTime() { return m_serverTime; }
    void setServerSkew(Millis skew);
    qint64 serverNowMs() const { return m_serverTime.nowMs(); }
    // Times in the Updated column and tooltips: Qt::LocalTime or Qt::UTC (the user's choice).
    void setTimeSpec(Qt::TimeSpec spec);
    Qt::TimeSpec timeSpec() const { return m_timeSpec; }

    struct Memory {
        std::size_t fixed = 0;   // rows + id index + view permutation
        std::size_t strings = 0; // tracking keys + interned bank names
        std::size_t rows = 0;
    };
    Memory memory() const;
    // data() calls so far (benchmarks bound a countdown tick by the cells it repaints).
    quint64 dataCalls() const { return m_dataCalls; }

    // Bumped on every change to the rows held, shown or filtered out (storeChanged): what a
    // reader of store() — the forecast — watches, since hidden rows change without a row signal.
    quint64 storeVersion() const { return m_storeVersion; }
    // Bumped whenever rows move to other slots (tombstones compacted, the table cleared): a
    // reader that walks the store across event-loop turns starts over when it changed.
    quint64 compactions() const { return m_compactions; }

signals:
    void serverSkewChanged(qint64 skewMs);
    void storeChanged();
    void timeSpecChanged();

private:
    class Batch; // contiguous dataChanged ranges
    void apply(const std::vector<ValidationRow> &rows, const TextArena &keys, PageResult *result);
    bool updateExisting(quint32 slot, const ValidationRow &row, std::string_view key, Batch &batch);
    void insertSlots(std::vector<quint32> slotList);
    void removeSlots(const std::vector<quint32> &slotList);
    void relayout(std::vector<quint32> view, int sortColumn, Qt::SortOrder order);
    void markSeen(quint32 slot);
    void maybeCompact();
    void noteStoreChanged();
    ValidationFilterMatcher matcher() const;
    QVariant display(quint32 slot, Column c) const;
    QVariant raw(quint32 slot, Column c) const;
    bool isWatched(const ValidationRow &r) const;

    ValidationRowStore m_store;
    ValidationPageDecoder m_decoder;
    std::vector<quint32> m_view; // view row → slot, in sort order, filtered
    ValidationFilter m_filter;
    std::vector<std::pair<quint64, quint64>> m_watched; // sorted UUID halves of watched ids
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    ServerTime m_serverTime;
    Qt::TimeSpec m_timeSpec = Qt::LocalTime;
    bool m_refreshing = false;
    quint64 m_storeVersion = 0;
    quint64 m_compactions = 0;
    std::vector<bool> m_seen; // per slot, during a refresh
    mutable quint64 m_dataCalls = 0;
};

} // namespace rd
