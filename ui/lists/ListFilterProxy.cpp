#include "lists/ListFilterProxy.h"

#include "models/ListTableModel.h"

namespace rd::ui {

ListFilterProxy::ListFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(ListTableModel::RawValueRole);
    setDynamicSortFilter(true);
}

void ListFilterProxy::setStatus(std::optional<BulkList::Status> status) {
    m_status = status;
    invalidateFilter();
}

void ListFilterProxy::setText(const QString &text) {
    m_text = text.trimmed();
    invalidateFilter();
}

bool ListFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_status && BulkList::Status(i.data(ListTableModel::StatusRole).toInt()) != *m_status) {
        return false;
    }
    if (m_text.isEmpty()) {
        return true;
    }
    const QString name = sourceModel()
                             ->index(sourceRow, int(ListColumn::Name), sourceParent)
                             .data()
                             .toString();
    return i.data(ListTableModel::IdRole).toString().contains(m_text, Qt::CaseInsensitive) ||
           name.contains(m_text, Qt::CaseInsensitive) ||
           i.data(ListTableModel::ChainRole).toStringList().join(u' ').contains(
               m_text, Qt::CaseInsensitive);
}

} // namespace rd::ui
