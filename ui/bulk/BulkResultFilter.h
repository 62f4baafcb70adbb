// BulkResultFilter: the result list as shown — one result kind or all, and, once the run has
// ended, failures first (then unknown outcomes), each group in the run's order.
#pragma once

#include "services/BulkRun.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace rd::ui {

class BulkResultFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit BulkResultFilter(QObject *parent = nullptr);

    // nullopt: every item.
    void setStatus(std::optional<BulkItem::Status> status);
    std::optional<BulkItem::Status> status() const { return m_status; }
    // Failures first (a run that has ended); off: the run's order.
    void setFailuresFirst(bool on);
    bool failuresFirst() const { return m_failuresFirst; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    std::optional<BulkItem::Status> m_status;
    bool m_failuresFirst = false;
};

} // namespace rd::ui
