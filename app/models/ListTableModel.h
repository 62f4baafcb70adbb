// ListTableModel: the bulk-lists table (seed 000) — one row per list, with its retry chain.
#pragma once

#include "domain/BulkList.h"
#include "models/ListChains.h"
#include "models/ListColumn.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace rd {

// STYLE.md "models are specifications of a table": an enum of columns, raw-value roles for
// sorting (a QSortFilterProxyModel with sortRole = RawValueRole: an account holds dozens to
// thousands of lists, not millions), id→row lookup, one dataChanged per contiguous range. Rows
// keep arrival order; updates never reset the model, so selection and scroll position survive.
class ListTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    using Column = ListColumn;
    enum Role {
        // Per column: id, name, int Status, progress fraction (-1 when the total is not known),
        // valid, invalid, unknown (int), created / updated (qint64 ms since the epoch, invalid
        // when absent), chain text.
        RawValueRole = Qt::UserRole,
        IdRole,               // QString, any column
        StatusRole,           // int BulkList::Status, any column
        ProgressFractionRole, // double 0..1 (processed / total), invalid when the total is unknown
        ProcessedRole,        // int
        TotalRole,            // int (0: not known)
        ChainRole,            // QStringList, the root first; just the id when it is in no chain
        RetryOfRole,          // QString: the list this one retries, or empty
    };

    explicit ListTableModel(QObject *parent = nullptr);
    ~ListTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    // Inserts or replaces the list with l.id (the server's answer is the truth about a list);
    // a retry_of joins it to its chain. True when something the table shows changed.
    bool upsert(const BulkList &l);
    // A whole listing: every list upserted; rows the listing did not hold are removed unless
    // their id is in keep (lists learned from a retry answer or typed by the user, which a
    // listing may not show yet). Returns the rows removed.
    int applyListing(const QList<BulkList> &lists, const QSet<QString> &keep = {});
    bool remove(const QString &id);
    void clear();

    // newId retries oldId (seed 000's retry answer). Rows of the chain show it at once.
    bool addRetryLink(const QString &oldId, const QString &newId);
    const ListChains &chains() const { return m_chains; }

    int rowForId(const QString &id) const { return m_index.value(id, -1); }
    QString idAt(int row) const;
    std::optional<BulkList> list(const QString &id) const;
    const BulkList &listAt(int row) const { return m_rows.at(row); }
    const QList<BulkList> &lists() const { return m_rows; }

    // Times in the Created and Updated columns: Qt::LocalTime or Qt::UTC (the user's choice).
    void setTimeSpec(Qt::TimeSpec spec);
    Qt::TimeSpec timeSpec() const { return m_timeSpec; }

    // The words the table uses (also for detail panels and the CLI-like summaries).
    static QString statusText(const BulkList &l);
    static QString progressText(const BulkList &l); // "1830 of 4000", "—" when no total

signals:
    void timeSpecChanged();

private:
    QVariant display(const BulkList &l, Column c) const;
    QVariant raw(const BulkList &l, Column c) const;
    // dataChanged for these rows, columns first..last, one signal per contiguous range.
    void emitRowsChanged(QList<int> rows, Column first, Column last);
    void chainChanged(const QString &id);
    void reindex();

    QList<BulkList> m_rows;
    QHash<QString, int> m_index;
    ListChains m_chains;
    Qt::TimeSpec m_timeSpec = Qt::LocalTime;
};

} // namespace rd
