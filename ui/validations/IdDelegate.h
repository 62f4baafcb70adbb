// IdDelegate: the validations table's ID column — a watch star, then the id elided in the middle.
#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace rd {

// The star: filled in the accent colour when the row is watched (the model's WatchedRole), an
// outline on the hovered row only, nothing otherwise. Clicking it emits watchToggled(id); the
// watchlist decides. The id keeps its start and end (what people compare) and loses its middle
// when the column is narrow; the tooltip has the whole id. No per-row state: the hovered row is
// the one the view's viewport reports.
class IdDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    // view: whose viewport's hover this delegate follows (and repaints); the parent.
    explicit IdDelegate(QAbstractItemView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // The row whose star outline shows (-1: none). Follows the mouse; set directly for pictures.
    int hoveredRow() const { return m_hoveredRow; }
    void setHoveredRow(int row);

    // Where the star of a cell is, and where its text goes.
    static QRect starRect(const QRect &cell);
    static QRect textRect(const QRect &cell);
    // The id as drawn in a cell of that width: elided in the middle.
    static QString elidedId(const QFontMetrics &fm, const QString &id, int cellWidth);
    // The filled star's colour on this palette (≥ 3:1 against Base and AlternateBase), and the
    // hover outline's.
    static QColor starColor(const QPalette &palette);
    static QColor outlineColor(const QPalette &palette);
    // The tooltip of a row: the whole id, and "Watched" when it is.
    static QString tooltip(const QString &id, bool watched);

signals:
    void watchToggled(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
    int m_hoveredRow = -1;
};

} // namespace rd
