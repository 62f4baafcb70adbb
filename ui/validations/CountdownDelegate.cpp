#include "validations/CountdownDelegate.h"

#include "domain/Enums.h"
#include "models/CountdownFormatter.h"
#include "models/ValidationRow.h"
#include "models/ValidationTableModel.h"

#include <QApplication>
#include <QPainter>

namespace rd {

namespace {

using Model = ValidationTableModel;

qint64 nextAttemptMs(const QModelIndex &index) {
    const QVariant v = index.data(Model::NextAttemptMsRole);
    return v.isValid() ? v.toLongLong() : ValidationRow::kNullTime;
}

bool isPending(const QModelIndex &index) {
    return index.data(Model::TerminalStateRole).toInt() == int(TerminalState::Pending);
}

} // namespace

CountdownDelegate::CountdownDelegate(QObject *parent)
    : QStyledItemDelegate(parent) {}

QString CountdownDelegate::textFor(const QModelIndex &index, qint64 serverNowMs) {
    return CountdownFormatter::text(nextAttemptMs(index), isPending(index), serverNowMs);
}

void CountdownDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const {
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const qint64 now = m_nowMs ? *m_nowMs : index.data(Model::ServerNowMsRole).toLongLong();
    const qint64 next = nextAttemptMs(index);
    const bool pending = isPending(index);
    opt.text = CountdownFormatter::text(next, pending, now);
    const auto phase = CountdownFormatter::phase(next, pending, now);
    if (phase == CountdownFormatter::Phase::Retrying) {
        opt.font.setItalic(true); // under way: the next refresh shows the outcome
    }
    if (phase != CountdownFormatter::Phase::Future && !(opt.state & QStyle::State_Selected)) {
        opt.palette.setColor(QPalette::Text, opt.palette.color(QPalette::Link));
    }
    const QWidget *w = opt.widget;
    QStyle *style = w ? w->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, w);
}

QSize CountdownDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const {
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    // Wide enough for the longest text ("in 23 h 59 min") so ticking never resizes the column.
    s.setWidth(std::max(
        s.width(), option.fontMetrics.horizontalAdvance(
                               CountdownFormatter::remainingText((23 * 3600 + 59 * 60) * 1000LL)) +
                               16));
    return s;
}

} // namespace rd
