#include "validations/StateChip.h"

#include "domain/BulkList.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace rd::ui {

namespace {

constexpr int kPadding = 6;
constexpr int kIcon = 9;
constexpr int kGap = 4;

double channel(double c) {
    c /= 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c) {
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

// The icon: a shape per state, so the chip reads without its colour.
void paintIcon(QPainter &p, const QRectF &r, ChipKind kind, const QColor &color) {
    QPen pen(color, 1.6);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (kind) {
    case ChipKind::Pending: { // a clock
        p.drawEllipse(r.adjusted(0.8, 0.8, -0.8, -0.8));
        const QPointF c = r.center();
        p.drawLine(c, QPointF(c.x(), r.top() + 2.5));
        p.drawLine(c, QPointF(r.right() - 2.5, c.y()));
        break;
    }
    case ChipKind::Resolved: { // a tick
        QPainterPath path(QPointF(r.left() + 1, r.center().y()));
        path.lineTo(r.left() + r.width() * 0.4, r.bottom() - 1.5);
        path.lineTo(r.right() - 0.5, r.top() + 1.5);
        p.drawPath(path);
        break;
    }
    case ChipKind::Exhausted: // a cross
        p.drawLine(r.topLeft() + QPointF(1.5, 1.5), r.bottomRight() - QPointF(1.5, 1.5));
        p.drawLine(r.topRight() + QPointF(-1.5, 1.5), r.bottomLeft() + QPointF(1.5, -1.5));
        break;
    case ChipKind::Cancelled: // a stop sign: a circle struck through
        p.drawEllipse(r.adjusted(0.8, 0.8, -0.8, -0.8));
        p.drawLine(r.topRight() + QPointF(-2.2, 2.2), r.bottomLeft() + QPointF(2.2, -2.2));
        break;
    case ChipKind::NoCycle: // a dash
        p.drawLine(QPointF(r.left() + 1.5, r.center().y()),
                   QPointF(r.right() - 1.5, r.center().y()));
        break;
    case ChipKind::Queued: { // three dots: waiting its turn
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        const double d = 2.2;
        for (int i = 0; i < 3; ++i) {
            const double x = r.left() + 0.4 + i * (r.width() - d - 0.8) / 2.0;
            p.drawEllipse(QRectF(x, r.center().y() - d / 2, d, d));
        }
        break;
    }
    case ChipKind::Running: { // an open circle with an arrowhead: work going round
        const QRectF ring = r.adjusted(0.8, 0.8, -0.8, -0.8);
        p.drawArc(ring, 90 * 16, 270 * 16);
        const QPointF tip(ring.center().x(), ring.top());
        p.drawLine(tip, tip + QPointF(-2.6, -1.6));
        p.drawLine(tip, tip + QPointF(-2.2, 2.2));
        break;
    }
    }
}

} // namespace

ChipColors chipColors(ChipKind kind, const QPalette &palette) {
    // Each pair is far beyond 4.5:1; the tests compute it for both palettes.
    struct Pair {
        QRgb fill, text;
    };
    static const Pair light[] = {{0xdbeafe, 0x1e3a8a},  // pending: blue
                                 {0xdcfce7, 0x14532d},  // resolved: green
                                 {0xfee2e2, 0x7f1d1d},  // exhausted: red
                                 {0xe5e7eb, 0x374151},  // cancelled: grey
                                 {0xf3f4f6, 0x4b5563},  // no cycle: light grey
                                 {0xfef3c7, 0x78350f},  // queued: amber
                                 {0xe0e7ff, 0x312e81}}; // running: indigo
    static const Pair dark[] = {{0x1e3a8a, 0xdbeafe}, {0x14532d, 0xdcfce7}, {0x7f1d1d, 0xfee2e2},
                                {0x374151, 0xe5e7eb}, {0x2d2f33, 0xc8ccd2}, {0x78350f, 0xfef3c7},
                                {0x312e81, 0xe0e7ff}};
    const Pair &pair = (isDarkPalette(palette) ? dark : light)[int(kind)];
    ChipColors c;
    c.fill = QColor::fromRgb(pair.fill);
    c.text = QColor::fromRgb(pair.text);
    c.border = isDarkPalette(palette) ? c.fill.lighter(130) : c.fill.darker(112);
    return c;
}

QColor errorTextColor(const QPalette &palette) {
    return isDarkPalette(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

QString chipWord(ChipKind kind) {
    switch (kind) {
    case ChipKind::Pending:
        return QCoreApplication::translate("rd::ui::StateChip", "Pending");
    case ChipKind::Resolved:
        return QCoreApplication::translate("rd::ui::StateChip", "Resolved");
    case ChipKind::Exhausted:
        return QCoreApplication::translate("rd::ui::StateChip", "Exhausted");
    case ChipKind::Cancelled:
        return QCoreApplication::translate("rd::ui::StateChip", "Cancelled");
    case ChipKind::NoCycle:
        return QCoreApplication::translate("rd::ui::StateChip", "No cycle");
    case ChipKind::Queued:
        return QCoreApplication::translate("rd::ui::StateChip", "Queued");
    case ChipKind::Running:
        return QCoreApplication::translate("rd::ui::StateChip", "In progress");
    }
    return {};
}

ChipKind chipKindForListStatus(int status) {
    switch (BulkList::Status(status)) {
    case BulkList::Status::Queued:
        return ChipKind::Queued;
    case BulkList::Status::InProgress:
        return ChipKind::Running;
    case BulkList::Status::Completed:
        return ChipKind::Resolved;
    case BulkList::Status::Failed:
        return ChipKind::Exhausted;
    case BulkList::Status::Unknown:
        break;
    }
    return ChipKind::NoCycle;
}

ChipKind chipKindForTerminal(int terminalState) {
    return terminalState >= 0 && terminalState <= int(ChipKind::Cancelled) ? ChipKind(terminalState)
                                                                           : ChipKind::NoCycle;
}

double contrastRatio(const QColor &a, const QColor &b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

int chipWidth(const QFontMetrics &metrics, const QString &label) {
    return kPadding + kIcon + kGap + metrics.horizontalAdvance(label) + kPadding;
}

int chipWidth(const QPainter &painter, const QString &label) {
    return chipWidth(painter.fontMetrics(), label);
}

QColor blend(const QColor &a, const QColor &b, double towardB) {
    return QColor::fromRgbF(float(a.redF() * (1 - towardB) + b.redF() * towardB),
                            float(a.greenF() * (1 - towardB) + b.greenF() * towardB),
                            float(a.blueF() * (1 - towardB) + b.blueF() * towardB));
}

bool isDarkPalette(const QPalette &palette) {
    return palette.color(QPalette::Base).lightness() < 128;
}

void paintChip(QPainter &painter, const QRect &rect, ChipKind kind, const QString &label,
               const QPalette &palette) {
    const ChipColors c = chipColors(kind, palette);
    const QFontMetrics fm = painter.fontMetrics();
    const int h = std::min(rect.height() - 2, fm.height() + 4);
    const int w = std::min(rect.width(), chipWidth(painter, label));
    const QRectF chip(rect.left() + 0.5, rect.top() + (rect.height() - h) / 2.0 + 0.5, w - 1,
                      h - 1);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(c.border, 1));
    painter.setBrush(c.fill);
    painter.drawRoundedRect(chip, h / 2.0, h / 2.0);
    const QRectF icon(chip.left() + kPadding, chip.center().y() - kIcon / 2.0, kIcon, kIcon);
    paintIcon(painter, icon, kind, c.text);
    painter.setPen(c.text);
    const QRectF text(icon.right() + kGap, chip.top(),
                      chip.right() - icon.right() - kGap - kPadding + 2, chip.height());
    painter.drawText(text, Qt::AlignVCenter | Qt::AlignLeft,
                     fm.elidedText(label, Qt::ElideRight, int(text.width())));
    painter.restore();
}

} // namespace rd::ui
