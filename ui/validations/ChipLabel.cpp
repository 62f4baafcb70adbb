#include "validations/ChipLabel.h"

#include <QEvent>
#include <QPainter>

namespace rd::ui {

ChipLabel::ChipLabel(QWidget *parent)
    : ChipLabel(ChipKind::NoCycle, QString(), parent) {}

ChipLabel::ChipLabel(ChipKind kind, const QString &text, QWidget *parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    setChip(kind, text);
}

void ChipLabel::setChip(ChipKind kind, const QString &text) {
    if (kind == m_kind && text == m_text) {
        return;
    }
    m_kind = kind;
    m_text = text;
    setAccessibleName(text);
    updateGeometry();
    update();
}

QSize ChipLabel::sizeHint() const {
    // chipWidth() without a painter: padding, icon, gap, text, padding (StateChip.cpp), and the
    // chip's height (text + 4) plus the pixel paintChip keeps free above and below.
    const QFontMetrics fm = fontMetrics();
    return {6 + 9 + 4 + fm.horizontalAdvance(m_text) + 6 + 1, fm.height() + 6};
}

QSize ChipLabel::minimumSizeHint() const {
    const QFontMetrics fm = fontMetrics();
    return {6 + 9 + 4 + fm.horizontalAdvance(QStringLiteral("…")) + 6, fm.height() + 6};
}

void ChipLabel::paintEvent(QPaintEvent *) {
    if (m_text.isEmpty()) {
        return;
    }
    QPainter p(this);
    p.setFont(font());
    paintChip(p, rect(), m_kind, m_text, palette());
}

void ChipLabel::changeEvent(QEvent *event) {
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

} // namespace rd::ui
