// CountdownDelegate: paints a validation's next-attempt countdown from the model's raw values.
#pragma once

#include <QStyledItemDelegate>

namespace rd {

// STYLE.md "delegates paint, models know": the model gives next_attempt_at (NextAttemptMsRole)
// and the shared server now; this delegate turns them into "in 4 min 12 s" / "due now" /
// "retrying…" with CountdownFormatter. It holds no per-row state and no timer — the view's one
// CountdownTicker repaints the visible cells.
class CountdownDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit CountdownDelegate(QObject *parent = nullptr);

    // The server time every cell of one repaint uses, so a column never shows two "nows".
    // Unset (the default), the model's ServerNowMsRole is read per cell.
    void setServerNowMs(std::optional<qint64> nowMs) { m_nowMs = nowMs; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The cell's text at serverNowMs (what paint() draws).
    static QString textFor(const QModelIndex &index, qint64 serverNowMs);

private:
    std::optional<qint64> m_nowMs;
};

} // namespace rd
