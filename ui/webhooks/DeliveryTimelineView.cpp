#include "webhooks/DeliveryTimelineView.h"

#include "validations/StateChip.h"
#include "webhooks/WebhookSchedule.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <cmath>

namespace rd::ui {

using webhooks::DeliveryOutcome;
using webhooks::WebhookDelivery;

namespace {
constexpr double kMargin = 28;
constexpr double kLogUnitMs = 10'000; // the axis is log(1 + t / 10 s): seconds stay readable
constexpr double kMarkerRadius = 7;

enum class Shape { Circle, Cross, Hourglass, Diamond, Ring, Square };

struct Look {
    Shape shape;
    QColor fill;
    QColor line;
};

Look lookFor(const WebhookDelivery &d, const QPalette &p) {
    const auto chip = [&](ChipKind k) { return chipColors(k, p); };
    switch (d.outcome) {
    case DeliveryOutcome::Accepted:
        return {Shape::Circle, chip(ChipKind::Resolved).fill, chip(ChipKind::Resolved).text};
    case DeliveryOutcome::Duplicate:
        return {Shape::Ring, chip(ChipKind::Queued).fill, chip(ChipKind::Queued).text};
    case DeliveryOutcome::Failed:
        return {Shape::Cross, chip(ChipKind::Exhausted).fill, chip(ChipKind::Exhausted).text};
    case DeliveryOutcome::TimedOut:
        return {Shape::Hourglass, chip(ChipKind::Pending).fill, chip(ChipKind::Pending).text};
    case DeliveryOutcome::Rejected:
    case DeliveryOutcome::Malformed:
        return {Shape::Diamond, errorTextColor(p), errorTextColor(p)};
    case DeliveryOutcome::Pending:
        break;
    }
    return {Shape::Square, p.color(QPalette::Base), p.color(QPalette::Text)};
}

void paintShape(QPainter &painter, Shape shape, QPointF c, double r, const QColor &fill,
                const QColor &line) {
    painter.setPen(QPen(line, 1.6));
    painter.setBrush(fill);
    switch (shape) {
    case Shape::Circle:
        painter.drawEllipse(c, r, r);
        break;
    case Shape::Ring:
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(line, 2.4));
        painter.drawEllipse(c, r - 1, r - 1);
        break;
    case Shape::Cross: {
        painter.drawRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
        painter.setPen(QPen(line, 2));
        const double k = r * 0.55;
        painter.drawLine(QPointF(c.x() - k, c.y() - k), QPointF(c.x() + k, c.y() + k));
        painter.drawLine(QPointF(c.x() - k, c.y() + k), QPointF(c.x() + k, c.y() - k));
        break;
    }
    case Shape::Hourglass: {
        QPainterPath path;
        path.moveTo(c.x() - r, c.y() - r);
        path.lineTo(c.x() + r, c.y() - r);
        path.lineTo(c.x() - r, c.y() + r);
        path.lineTo(c.x() + r, c.y() + r);
        path.closeSubpath();
        painter.drawPath(path);
        break;
    }
    case Shape::Diamond: {
        QPainterPath path;
        path.moveTo(c.x(), c.y() - r - 1);
        path.lineTo(c.x() + r + 1, c.y());
        path.lineTo(c.x(), c.y() + r + 1);
        path.lineTo(c.x() - r - 1, c.y());
        path.closeSubpath();
        painter.drawPath(path);
        break;
    }
    case Shape::Square:
        painter.drawRect(QRectF(c.x() - r + 1, c.y() - r + 1, 2 * r - 2, 2 * r - 2));
        break;
    }
}

QString markerLabel(const WebhookDelivery &d) {
    switch (d.outcome) {
    case DeliveryOutcome::TimedOut:
    case DeliveryOutcome::Pending:
        return webhooks::outcomeWord(d.outcome);
    case DeliveryOutcome::Duplicate:
        return DeliveryTimelineView::tr("dup %1").arg(d.answeredStatus);
    default:
        return QString::number(d.answeredStatus);
    }
}
} // namespace

QString offsetText(qint64 ms) {
    const qint64 s = ms / 1000;
    if (s < 60) {
        return DeliveryTimelineView::tr("+%1 s").arg(s);
    }
    if (s < 3600) {
        return s % 60 ? DeliveryTimelineView::tr("+%1 min %2 s").arg(s / 60).arg(s % 60)
                      : DeliveryTimelineView::tr("+%1 min").arg(s / 60);
    }
    return (s % 3600) / 60
               ? DeliveryTimelineView::tr("+%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60)
               : DeliveryTimelineView::tr("+%1 h").arg(s / 3600);
}

DeliveryTimelineView::DeliveryTimelineView(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("deliveryTimeline"));
    setAccessibleName(tr("Delivery timeline"));
    setFocusPolicy(Qt::StrongFocus); // screen readers reach the description with Tab
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMinimumHeight(minimumSizeHint().height());
    updateDescription();
}

void DeliveryTimelineView::setDeliveries(const QList<WebhookDelivery> &deliveries) {
    m_deliveries = deliveries;
    updateDescription();
    update();
}

qint64 DeliveryTimelineView::axisEndMs() const {
    qint64 end = webhooks::plannedOffset(webhooks::kMaxDeliveries).count();
    if (!m_deliveries.isEmpty()) {
        const qint64 first = m_deliveries.first().receivedMono.count();
        for (const WebhookDelivery &d : m_deliveries) {
            end = std::max(end, d.receivedMono.count() - first);
        }
    }
    return end + end / 8; // room for the last label
}

double DeliveryTimelineView::xFor(qint64 offsetMs) const {
    const double w = width() - 2 * kMargin;
    const double t = std::max<qint64>(0, offsetMs);
    return kMargin + w * std::log1p(t / kLogUnitMs) / std::log1p(axisEndMs() / kLogUnitMs);
}

QList<DeliveryTimelineView::Marker> DeliveryTimelineView::markers() const {
    QList<Marker> out;
    const double axisY = 62;
    for (int n = 1; n <= webhooks::kMaxDeliveries; ++n) {
        const qint64 at = webhooks::plannedOffset(n).count();
        out.append({-1, n, at, QPointF(xFor(at), axisY), tr("#%1").arg(n)});
    }
    if (m_deliveries.isEmpty()) {
        return out;
    }
    const qint64 first = m_deliveries.first().receivedMono.count();
    for (int i = 0; i < m_deliveries.size(); ++i) {
        const WebhookDelivery &d = m_deliveries[i];
        const qint64 at = d.receivedMono.count() - first;
        // Duplicates and rejected deliveries arrive seconds from an attempt: a lane of their own.
        const bool lane2 = d.sameAttemptAgain || d.outcome == DeliveryOutcome::Duplicate ||
                           d.outcome == DeliveryOutcome::Rejected ||
                           d.outcome == DeliveryOutcome::Malformed;
        out.append(
            {i, d.attempt, at, QPointF(xFor(at), axisY + (lane2 ? 46 : 18)), markerLabel(d)});
    }
    return out;
}

void DeliveryTimelineView::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const QColor text = pal.color(QPalette::Text);
    const QColor soft = blend(text, pal.color(QPalette::Base), 0.35);
    const QFontMetrics fm(font());
    const double axisY = 62;
    const double right = width() - kMargin;

    p.setPen(QPen(soft, 1));
    p.drawLine(QPointF(kMargin, axisY), QPointF(right, axisY));
    p.drawText(QRectF(kMargin, 4, right - kMargin, fm.height()), Qt::AlignLeft,
               tr("Seed 003's schedule (dashed) and the deliveries that arrived (log time axis)"));

    const QList<Marker> all = markers();
    double lastLabelRight = -1e9;
    for (const Marker &m : all) {
        if (m.delivery >= 0) {
            continue;
        }
        p.setPen(QPen(soft, 1, Qt::DashLine));
        p.drawLine(QPointF(m.centre.x(), axisY - 3), QPointF(m.centre.x(), height() - 34));
        p.setPen(text);
        const QString top = m.label;
        p.drawText(QPointF(m.centre.x() - fm.horizontalAdvance(top) / 2.0, axisY - 26), top);
        const QString offset = m.attempt == 1 ? tr("first") : offsetText(m.offsetMs);
        const double w = fm.horizontalAdvance(offset);
        const double x = std::clamp(m.centre.x() - w / 2, 0.0, width() - w);
        if (x > lastLabelRight + 4) {
            p.setPen(soft);
            p.drawText(QPointF(x, axisY - 10), offset);
            lastLabelRight = x + w;
        }
    }
    if (m_deliveries.isEmpty()) {
        p.setPen(soft);
        p.drawText(QRectF(kMargin, axisY + 8, right - kMargin, 60), Qt::AlignCenter,
                   tr("Select an event to see its deliveries."));
    }
    QList<QRectF> taken;
    for (const Marker &m : all) {
        if (m.delivery < 0) {
            continue;
        }
        const Look look = lookFor(m_deliveries[m.delivery], pal);
        paintShape(p, look.shape, m.centre, kMarkerRadius, look.fill, look.line);
        const double w = fm.horizontalAdvance(m.label);
        QRectF r(m.centre.x() - w / 2, m.centre.y() + kMarkerRadius + 1, w, fm.height());
        r.moveLeft(std::clamp(r.left(), 0.0, width() - w));
        bool clash = false;
        for (const QRectF &t : std::as_const(taken)) {
            clash = clash || t.adjusted(-3, 0, 3, 0).intersects(r);
        }
        if (!clash) {
            p.setPen(text);
            p.drawText(r, Qt::AlignCenter, m.label);
            taken.append(r);
        }
    }
    // Legend: every shape with its word, so colour is never the only cue.
    double x = kMargin;
    const double y = height() - 14;
    for (DeliveryOutcome o :
         {DeliveryOutcome::Accepted, DeliveryOutcome::Failed, DeliveryOutcome::TimedOut,
          DeliveryOutcome::Rejected, DeliveryOutcome::Duplicate}) {
        WebhookDelivery sample;
        sample.outcome = o;
        const Look look = lookFor(sample, pal);
        paintShape(p, look.shape, QPointF(x + 6, y - fm.ascent() / 2.0 + 1), 5, look.fill,
                   look.line);
        p.setPen(text);
        const QString word = webhooks::outcomeWord(o);
        p.drawText(QPointF(x + 16, y), word);
        x += 16 + fm.horizontalAdvance(word) + 18;
    }
    if (hasFocus()) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect().adjusted(1, 1, -2, -2));
    }
}

QString DeliveryTimelineView::toolTipAt(const QPoint &pos) const {
    for (const Marker &m : markers()) {
        if (m.delivery < 0 || QLineF(m.centre, pos).length() > kMarkerRadius + 3) {
            continue;
        }
        const WebhookDelivery &d = m_deliveries[m.delivery];
        QString tip = tr("Delivery %1, attempt %2, %3 after the first: %4")
                          .arg(d.deliveryId.isEmpty() ? tr("(no id)") : d.deliveryId)
                          .arg(d.attempt)
                          .arg(offsetText(m.offsetMs))
                          .arg(webhooks::outcomeWord(d.outcome));
        if (!d.problem.isEmpty()) {
            tip += QStringLiteral("\n") + d.problem;
        }
        return tip;
    }
    return {};
}

bool DeliveryTimelineView::event(QEvent *e) {
    if (e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        const QString tip = toolTipAt(help->pos());
        if (tip.isEmpty()) {
            QToolTip::hideText();
            e->ignore();
        } else {
            QToolTip::showText(help->globalPos(), tip, this);
        }
        return true;
    }
    return QWidget::event(e);
}

void DeliveryTimelineView::updateDescription() {
    if (m_deliveries.isEmpty()) {
        setAccessibleDescription(tr("No event selected."));
        return;
    }
    QStringList parts;
    const qint64 first = m_deliveries.first().receivedMono.count();
    for (const WebhookDelivery &d : std::as_const(m_deliveries)) {
        parts << tr("attempt %1 at %2: %3")
                     .arg(d.attempt)
                     .arg(offsetText(d.receivedMono.count() - first))
                     .arg(webhooks::outcomeWord(d.outcome));
    }
    setAccessibleDescription(tr("%n deliveries: ", nullptr, int(m_deliveries.size())) +
                             parts.join(QStringLiteral("; ")));
}

} // namespace rd::ui
