#include "validations/IdDelegate.h"

#include "models/ValidationTableModel.h"
#include "validations/StateChip.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <cmath>
#include <numbers>

namespace rd {

namespace {

using Model = ValidationTableModel;

constexpr int kStarSize = 14; // at most; less in a short row
constexpr int kMargin = 4;    // left of the star, and between star and text

// The first colour at least 3:1 (WCAG non-text contrast) against both backgrounds, else Text.
QColor readable(std::initializer_list<QColor> candidates, const QPalette &p) {
    const QColor base = p.color(QPalette::Base), alternate = p.color(QPalette::AlternateBase);
    for (const QColor &c : candidates) {
        if (ui::contrastRatio(c, base) >= 3.0 && ui::contrastRatio(c, alternate) >= 3.0) {
            return c;
        }
    }
    return p.color(QPalette::Text);
}

QPainterPath starPath(const QRectF &box) {
    const QPointF c = box.center();
    const double outer = box.width() / 2.0, inner = outer * 0.45;
    QPainterPath path;
    for (int i = 0; i < 10; ++i) {
        const double r = i % 2 ? inner : outer;
        const double a = -std::numbers::pi / 2 + i * std::numbers::pi / 5;
        const QPointF pt(c.x() + r * std::cos(a), c.y() + r * std::sin(a) + outer * 0.08);
        if (i == 0) {
            path.moveTo(pt);
        } else {
            path.lineTo(pt);
        }
    }
    path.closeSubpath();
    return path;
}

} // namespace

IdDelegate::IdDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , m_view(view) {
    view->viewport()->setAttribute(Qt::WA_Hover);
    view->viewport()->installEventFilter(this);
}

QRect IdDelegate::starRect(const QRect &cell) {
    const int size = std::max(6, std::min(kStarSize, cell.height() - 6));
    return {cell.left() + kMargin, cell.top() + (cell.height() - size) / 2, size, size};
}

QRect IdDelegate::textRect(const QRect &cell) {
    const QRect star = starRect(cell);
    return cell.adjusted(star.right() + 1 + kMargin - cell.left(), 0, -kMargin, 0);
}

QString IdDelegate::elidedId(const QFontMetrics &fm, const QString &id, int cellWidth) {
    return fm.elidedText(id, Qt::ElideMiddle, textRect(QRect(0, 0, cellWidth, 20)).width());
}

QColor IdDelegate::starColor(const QPalette &palette) {
    // Amber, dark enough on white (about 4:1) and light enough on the dark base (about 9:1).
    return ui::isDarkPalette(palette)
               ? readable({QColor(0xff, 0xc2, 0x33), QColor(0xff, 0xd4, 0x66)}, palette)
               : readable({QColor(0xb8, 0x6e, 0x00), QColor(0x99, 0x5c, 0x00)}, palette);
}

QColor IdDelegate::outlineColor(const QPalette &palette) {
    // The text colour, softened towards the base as far as 3:1 allows.
    const QColor text = palette.color(QPalette::Text), base = palette.color(QPalette::Base);
    return readable(
        {ui::blend(text, base, 0.45), ui::blend(text, base, 0.35), ui::blend(text, base, 0.2)},
        palette);
}

QString IdDelegate::tooltip(const QString &id, bool watched) {
    return watched ? tr("%1\nWatched").arg(id) : id;
}

void IdDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                       const QModelIndex &index) const {
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString id = opt.text;
    opt.text.clear(); // the style paints background, selection and focus; the text is ours
    const QWidget *w = opt.widget;
    QStyle *style = w ? w->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, w);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Active
                                                                            : QPalette::Inactive;
    const bool watched = index.data(Model::WatchedRole).toBool();
    const bool hovered = index.row() == m_hoveredRow;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (watched || hovered) {
        const QColor color = selected  ? opt.palette.color(group, QPalette::HighlightedText)
                             : watched ? starColor(opt.palette)
                                       : outlineColor(opt.palette);
        const QPainterPath star = starPath(QRectF(starRect(opt.rect)));
        painter->setPen(
            QPen(color, watched ? 1.0 : 1.3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(watched ? QBrush(color) : QBrush(Qt::NoBrush));
        painter->drawPath(star);
    }
    painter->setPen(
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(opt.font);
    const QRect text = textRect(opt.rect);
    painter->drawText(text, Qt::AlignVCenter | Qt::AlignLeft,
                      opt.fontMetrics.elidedText(id, Qt::ElideMiddle, text.width()));
    painter->restore();
}

QSize IdDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const {
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setWidth(s.width() + kStarSize + 2 * kMargin);
    return s;
}

bool IdDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                             const QStyleOptionViewItem &option, const QModelIndex &index) {
    const auto type = event->type();
    if (type == QEvent::MouseButtonRelease || type == QEvent::MouseButtonDblClick) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        // A little slack around the star: it is a small target.
        if (mouse->button() == Qt::LeftButton &&
            starRect(option.rect).adjusted(-3, -3, 3, 3).contains(mouse->position().toPoint())) {
            if (type == QEvent::MouseButtonRelease) {
                emit watchToggled(index.data(Model::IdRole).toString());
            }
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

bool IdDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                           const QStyleOptionViewItem &option, const QModelIndex &index) {
    if (event->type() != QEvent::ToolTip || !index.isValid()) {
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    }
    QToolTip::showText(
        event->globalPos(),
        tooltip(index.data(Model::IdRole).toString(), index.data(Model::WatchedRole).toBool()),
        view, option.rect);
    return true;
}

void IdDelegate::setHoveredRow(int row) {
    if (row == m_hoveredRow) {
        return;
    }
    const int column = int(ValidationColumn::Id);
    QAbstractItemModel *model = m_view->model();
    for (int r : {m_hoveredRow, row}) {
        if (model && r >= 0 && r < model->rowCount()) {
            m_view->viewport()->update(m_view->visualRect(model->index(r, column)));
        }
    }
    m_hoveredRow = row;
}

bool IdDelegate::eventFilter(QObject *watched, QEvent *event) {
    if (watched != m_view->viewport()) {
        return QStyledItemDelegate::eventFilter(watched, event); // an editor's
    }
    switch (event->type()) {
    case QEvent::HoverEnter:
    case QEvent::HoverMove:
        setHoveredRow(
            m_view->indexAt(static_cast<QHoverEvent *>(event)->position().toPoint()).row());
        break;
    case QEvent::HoverLeave:
    case QEvent::Leave:
        setHoveredRow(-1);
        break;
    default:
        break;
    }
    return false; // only looking
}

} // namespace rd
