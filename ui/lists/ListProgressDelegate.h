// ListProgressDelegate: paints a list's progress (processed of total) as a bar with its text.
// Delegates paint, models know: the fraction comes from ListTableModel::ProgressFractionRole.
#pragma once

#include <QStyledItemDelegate>

namespace rd::ui {

class ListProgressDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    // Room for the bar's frame around "1830 of 200000".
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(24, 6);
    }
};

} // namespace rd::ui
