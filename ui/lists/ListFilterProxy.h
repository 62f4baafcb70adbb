// ListFilterProxy: the lists table as filtered (status, text) and sorted by the user. Lists count
// in dozens to thousands per account, so a QSortFilterProxyModel is enough here (the validations
// table, at a million rows, sorts and filters in its own model instead).
#pragma once

#include "domain/BulkList.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace rd::ui {

class ListFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ListFilterProxy(QObject *parent = nullptr);

    // nullopt: every status.
    void setStatus(std::optional<BulkList::Status> status);
    // Case-insensitive, in the id, the name and the chain.
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<BulkList::Status> m_status;
    QString m_text;
};

} // namespace rd::ui
