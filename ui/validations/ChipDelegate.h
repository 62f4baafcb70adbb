// ChipDelegate: paints a state column as a chip (icon + word, StateChip) followed by the rest of
// the cell's text in the ordinary text colour — "[◷ Pending] attempt 1 of 3 · 2 remaining". The
// cell's display text stays the model's (what search, copy and CSV see); the delegate only splits
// it at its first " · " and asks `kindOf` which chip the row gets.
#pragma once

#include "validations/StateChip.h"

#include <QStyledItemDelegate>

#include <functional>

namespace rd::ui {

class ChipDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using KindOf = std::function<ChipKind(const QModelIndex &)>;
    ChipDelegate(KindOf kindOf, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The width a cell needs for this text in this font (column sizing).
    static int widthFor(const QFontMetrics &fm, const QString &text);
    // "Pending · attempt 1 of 3" → {"Pending", "attempt 1 of 3"}; no separator → {text, ""}.
    static std::pair<QString, QString> split(const QString &text);

private:
    KindOf m_kindOf;
};

} // namespace rd::ui
