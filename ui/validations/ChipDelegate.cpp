#include "validations/ChipDelegate.h"

#include <QApplication>
#include <QPainter>

namespace rd::ui {

namespace {
const QString kSeparator = QStringLiteral(" · ");
constexpr int kMargin = 4; // left of the chip, and between the chip and the rest
} // namespace

ChipDelegate::ChipDelegate(KindOf kindOf, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_kindOf(std::move(kindOf)) {}

std::pair<QString, QString> ChipDelegate::split(const QString &text) {
    const qsizetype at = text.indexOf(kSeparator);
    if (at < 0) {
        return {text, QString()};
    }
    return {text.left(at), text.mid(at + kSeparator.size())};
}

int ChipDelegate::widthFor(const QFontMetrics &fm, const QString &text) {
    const auto [word, rest] = split(text);
    int w = kMargin + chipWidth(fm, word);
    if (!rest.isEmpty()) {
        w += kMargin + 2 + fm.horizontalAdvance(rest);
    }
    return w + kMargin;
}

void ChipDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, focus
    if (text.isEmpty()) {
        return;
    }
    const auto [word, rest] = split(text);
    const ChipKind kind = m_kindOf(index);
    painter->save();
    painter->setFont(opt.font);
    const QRect cell = opt.rect.adjusted(kMargin, 0, -kMargin, 0);
    const int chip = std::min(cell.width(), chipWidth(*painter, word));
    paintChip(*painter, QRect(cell.left(), cell.top(), chip, cell.height()), kind, word,
              opt.palette);
    if (!rest.isEmpty() && cell.width() > chip + kMargin) {
        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group =
            opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        painter->setPen(
            opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        const QRect restRect = cell.adjusted(chip + kMargin + 2, 0, 0, 0);
        painter->drawText(restRect, Qt::AlignVCenter | Qt::AlignLeft,
                          opt.fontMetrics.elidedText(rest, Qt::ElideRight, restRect.width()));
    }
    painter->restore();
}

QSize ChipDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const {
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setWidth(widthFor(option.fontMetrics, index.data(Qt::DisplayRole).toString()));
    s.setHeight(std::max(s.height(), option.fontMetrics.height() + 6));
    return s;
}

} // namespace rd::ui
