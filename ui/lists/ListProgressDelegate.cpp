#include "lists/ListProgressDelegate.h"

#include "models/ListTableModel.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

namespace rd::ui {

void ListProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const {
    const QVariant fraction = index.data(ListTableModel::ProgressFractionRole);
    if (!fraction.isValid()) {
        QStyledItemDelegate::paint(painter, option, index); // no total: the text says "—"
        return;
    }
    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(2, 3, -2, -3);
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = int(std::clamp(fraction.toDouble(), 0.0, 1.0) * 1000);
    bar.text = index.data(Qt::DisplayRole).toString(); // "1830 of 4000", never colour alone
    bar.textVisible = true;
    bar.state = option.state | QStyle::State_Horizontal;
    bar.palette = option.palette;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    if (option.state & QStyle::State_Selected) {
        painter->fillRect(option.rect, option.palette.highlight());
    }
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

} // namespace rd::ui
