#include "bulk/BulkResultFilter.h"

#include "bulk/BulkResultModel.h"

namespace rd::ui {

namespace {
int rank(const QModelIndex &index) {
    switch (BulkItem::Status(index.data(BulkResultModel::StatusRole).toInt())) {
    case BulkItem::Status::Failed:
        return 0;
    case BulkItem::Status::Unknown:
        return 1;
    default:
        return 2;
    }
}
} // namespace

BulkResultFilter::BulkResultFilter(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setDynamicSortFilter(true);
}

void BulkResultFilter::setStatus(std::optional<BulkItem::Status> status) {
    if (status == m_status) {
        return;
    }
    m_status = status;
    invalidateFilter();
}

void BulkResultFilter::setFailuresFirst(bool on) {
    if (on == m_failuresFirst) {
        return;
    }
    m_failuresFirst = on;
    // Column -1 restores the run's order; while a run sends, rows never move under the user.
    sort(on ? 0 : -1);
}

bool BulkResultFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (!m_status) {
        return true;
    }
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    return BulkItem::Status(i.data(BulkResultModel::StatusRole).toInt()) == *m_status;
}

bool BulkResultFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    const int a = rank(left);
    const int b = rank(right);
    return a != b ? a < b : left.row() < right.row();
}

} // namespace rd::ui
