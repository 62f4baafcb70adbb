#include "validations/CycleTimelineView.h"

#include "dashboard/TimeText.h"
#include "domain/Duration.h"
#include "validations/StateChip.h"

#include <QEvent>
#include <QHash>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace rd::ui {

namespace {

using Plan = CycleTimelinePlan;

constexpr int kPad = 6;               // inside the frame
constexpr int kLabelGap = 6;          // between two labels of one row
constexpr int kChipInset = 12;        // how far the end's pointer sits inside its chip's edge
constexpr int kTail = 4;              // the pointer under the end chip, down to its time
constexpr double kMarkerRadius = 0.5; // of the font's height

// Text mixed toward Base from `start` while it keeps at least `ratio` against Base.
QColor softenedText(const QPalette &p, double start, double ratio) {
    const QColor text = p.color(QPalette::Text), base = p.color(QPalette::Base);
    for (double t = start; t > 0; t -= 0.05) {
        const QColor c = blend(text, base, t);
        if (contrastRatio(c, base) >= ratio) {
            return c;
        }
    }
    return text;
}

// Secondary text (tick labels, legend): softer than Text, never below 4.5:1 on Base.
QColor secondaryText(const QPalette &p) {
    return softenedText(p, 0.4, 4.6);
}

// Lines that carry meaning (the axis, planned markers' outlines): at least 3:1 on Base.
QColor graphicLine(const QPalette &p) {
    return softenedText(p, 0.55, 3.2);
}

ChipKind endChipKind(Plan::End end) {
    switch (end) {
    case Plan::End::Pending:
        return ChipKind::Pending;
    case Plan::End::Resolved:
        return ChipKind::Resolved;
    case Plan::End::Exhausted:
        return ChipKind::Exhausted;
    case Plan::End::Cancelled:
        return ChipKind::Cancelled;
    case Plan::End::NotRetrying:
        break;
    }
    return ChipKind::NoCycle;
}

// How a made attempt is drawn: its outcome's chip colours and a shape of its own.
enum class Shape { Failed, Valid, Unknown, Planned, Overdue };

Shape madeShape(const Plan::Made &m) {
    if (!m.outcome) {
        return Shape::Unknown;
    }
    return *m.outcome == Outcome::Valid ? Shape::Valid : Shape::Failed;
}

void paintMarker(QPainter &p, const QPointF &c, double r, Shape shape, const QPalette &palette) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    const QRectF circle(c.x() - r, c.y() - r, 2 * r, 2 * r);
    switch (shape) {
    case Shape::Planned:
    case Shape::Overdue: {
        const ChipColors pc = chipColors(ChipKind::Pending, palette);
        QPen pen(pc.text, 1.6, Qt::CustomDashLine, Qt::FlatCap);
        pen.setDashPattern({2.2, 1.6});
        p.setPen(pen);
        p.setBrush(shape == Shape::Overdue ? pc.fill : palette.color(QPalette::Base));
        p.drawEllipse(circle.adjusted(0.8, 0.8, -0.8, -0.8));
        if (shape == Shape::Overdue) { // a dot in the middle: due, not yet run
            p.setPen(Qt::NoPen);
            p.setBrush(pc.text);
            p.drawEllipse(c, r * 0.28, r * 0.28);
        }
        break;
    }
    case Shape::Failed:
    case Shape::Valid:
    case Shape::Unknown: {
        const ChipColors cc = chipColors(shape == Shape::Valid    ? ChipKind::Resolved
                                         : shape == Shape::Failed ? ChipKind::Exhausted
                                                                  : ChipKind::NoCycle,
                                         palette);
        p.setPen(QPen(cc.text, 1.4));
        p.setBrush(cc.fill);
        p.drawEllipse(circle.adjusted(0.7, 0.7, -0.7, -0.7));
        QPen glyph(cc.text, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p.setPen(glyph);
        p.setBrush(Qt::NoBrush);
        const double g = r * 0.42;
        if (shape == Shape::Failed) { // a cross
            p.drawLine(c + QPointF(-g, -g), c + QPointF(g, g));
            p.drawLine(c + QPointF(g, -g), c + QPointF(-g, g));
        } else if (shape == Shape::Valid) { // a tick
            QPainterPath tick(c + QPointF(-g, 0));
            tick.lineTo(c + QPointF(-g * 0.25, g * 0.8));
            tick.lineTo(c + QPointF(g * 1.05, -g * 0.85));
            p.drawPath(tick);
        } else { // a question: a dash, the server's word is in the tooltip
            p.drawLine(c + QPointF(-g, 0), c + QPointF(g, 0));
        }
        break;
    }
    }
    p.restore();
}

QString escaped(const QString &s) {
    return s.toHtmlEscaped();
}

QString relative(qint64 ms, qint64 nowMs) {
    const qint64 secs = (ms - nowMs) / 1000;
    if (secs == 0) {
        return QObject::tr("now");
    }
    return secs > 0 ? QObject::tr("in %1").arg(duration::format(secs))
                    : QObject::tr("%1 ago").arg(duration::format(-secs));
}

} // namespace

struct CycleTimelineView::Layout {
    int lh = 0;
    double r = 0;
    QRectF frame;
    double axisLeft = 0, axisRight = 0, axisY = 0;
    double topRow = 0, labelRow = 0, tickRow = 0, legendRow = 0;
    QList<QPointF> madePos, plannedPos;
    QList<TimelineTick> ticks;
    QList<double> tickX;
    QList<bool> tickShown;
    double nowX = 0;
    QRectF nowLabel;
    std::optional<double> endX;
    QRectF endChip;
    struct Label {
        QRectF rect;
        QString text;
        bool made; // the text's colour: an attempt made, or only planned ones
    };
    QList<Label> labels; // in the row above the axis
    QString endText;     // elided when the chip had to be narrowed
    QList<Marker> markers;
    struct LegendItem {
        Shape shape;
        QString text;
        QPointF icon;
        QPointF textAt;
    };
    QList<LegendItem> legend;
    QString zoneText;
    QRectF zoneRect;

    double x(qint64 ms, const Plan &plan) const {
        const double span = double(plan.axisEndMs - plan.axisStartMs);
        return axisLeft + (axisRight - axisLeft) * double(ms - plan.axisStartMs) / span;
    }
};

CycleTimelineView::CycleTimelineView(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("cycleTimelineView"));
    setAccessibleName(tr("Retry cycle on a time axis"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

void CycleTimelineView::setPlan(const CycleTimelinePlan &plan, Qt::TimeSpec spec) {
    // Only now moved (the countdown's repaint): the same attempts, axis and end. Then only the
    // Now line's old and new places (and a planned marker that became overdue) are repainted.
    bool onlyNow = m_plan && m_layout && spec == m_spec &&
                   m_plan->axisStartMs == plan.axisStartMs && m_plan->axisEndMs == plan.axisEndMs &&
                   m_plan->made.size() == plan.made.size() &&
                   m_plan->planned.size() == plan.planned.size() && m_plan->end == plan.end &&
                   m_plan->endAtMs == plan.endAtMs && m_plan->endLabel == plan.endLabel;
    for (int i = 0; onlyNow && i < plan.made.size(); ++i) {
        onlyNow = m_plan->made[i].atMs == plan.made[i].atMs &&
                  m_plan->made[i].outcome == plan.made[i].outcome;
    }
    QRectF dirty;
    for (int i = 0; onlyNow && i < plan.planned.size(); ++i) {
        onlyNow = m_plan->planned[i].atMs == plan.planned[i].atMs;
        if (onlyNow && m_plan->planned[i].overdue != plan.planned[i].overdue) {
            const QPointF c = m_layout->plannedPos[i];
            dirty |=
                QRectF(c.x() - 60, m_layout->labelRow, 120, m_layout->tickRow - m_layout->labelRow);
        }
    }
    const std::shared_ptr<Layout> before = m_layout;
    m_plan = plan;
    m_spec = spec;
    m_layout.reset();
    const QString description = plan.description(spec);
    if (accessibleDescription() != description) {
        setAccessibleDescription(description);
    }
    if (!onlyNow || !before) {
        update();
        return;
    }
    const Layout &after = layout();
    if (after.endChip != before->endChip) {
        update();
        return;
    }
    const auto nowArea = [](const Layout &l) {
        return QRectF(l.nowX - 4, l.topRow, 8, l.axisY + l.r + 3 - l.topRow) | l.nowLabel;
    };
    dirty |= nowArea(*before) | nowArea(after);
    update(dirty.toAlignedRect().adjusted(-2, -2, 2, 2));
}

void CycleTimelineView::clearPlan() {
    m_plan.reset();
    m_layout.reset();
    setAccessibleDescription({});
    update();
}

QSize CycleTimelineView::sizeHint() const {
    return {fontMetrics().averageCharWidth() * 60, minimumSizeHint().height()};
}

QSize CycleTimelineView::minimumSizeHint() const {
    // Five rows: end chip and Now, attempt numbers, the axis with its markers, time labels, legend.
    const int lh = fontMetrics().height();
    const int r = std::max(5, int(std::lround(lh * kMarkerRadius)));
    const int h = kPad + (lh + 4) + kTail + lh + 2 + 2 * r + 3 + lh + 6 + lh + kPad;
    return {fontMetrics().averageCharWidth() * 30, std::max(90, h)};
}

qint64 CycleTimelineView::msPerPixel() const {
    if (!m_plan) {
        return 0;
    }
    const Layout &l = layout();
    const double w = std::max(1.0, l.axisRight - l.axisLeft);
    return qint64(double(m_plan->axisEndMs - m_plan->axisStartMs) / w);
}

void CycleTimelineView::resizeEvent(QResizeEvent *event) {
    m_layout.reset();
    QWidget::resizeEvent(event);
}

void CycleTimelineView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange ||
        event->type() == QEvent::PaletteChange) {
        m_layout.reset();
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

const CycleTimelineView::Layout &CycleTimelineView::layout() const {
    if (m_layout) {
        return *m_layout;
    }
    m_layout = std::make_shared<Layout>();
    Layout &l = *m_layout;
    const QFontMetricsF fm(font());
    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF fmBold(bold);
    l.lh = int(std::ceil(fm.height()));
    l.r = std::max(5.0, std::round(l.lh * kMarkerRadius));
    const double w = width();
    l.frame = QRectF(0.5, 0.5, w - 1, height() - 1);
    l.topRow = kPad;
    l.labelRow = l.topRow + l.lh + 4 + kTail;
    l.axisY = l.labelRow + l.lh + 2 + l.r;
    l.tickRow = l.axisY + l.r + 3;
    l.legendRow = l.tickRow + l.lh + 6;
    l.axisLeft = kPad + l.r + 8;
    l.axisRight = std::max(l.axisLeft + 1, w - kPad - l.r - 8);
    const double minX = kPad, maxX = w - kPad;
    if (!m_plan) {
        return l;
    }
    const Plan &plan = *m_plan;
    const auto clampRow = [&](QRectF r) {
        if (r.left() < minX) {
            r.moveLeft(minX);
        }
        if (r.right() > maxX) {
            r.moveRight(maxX);
        }
        return r;
    };

    // Time labels: the smallest round step whose labels keep apart.
    const double labelW = fm.horizontalAdvance(QStringLiteral("00:00")) + 18;
    const double axisW = l.axisRight - l.axisLeft;
    const qint64 span = plan.axisEndMs - plan.axisStartMs;
    l.ticks = timelineTicks(plan.axisStartMs, plan.axisEndMs,
                            qint64(std::ceil(labelW * double(span) / axisW)), m_spec);
    for (const TimelineTick &t : l.ticks) {
        const double x = l.x(t.ms, plan);
        const double tw = fm.horizontalAdvance(t.label);
        l.tickX.append(x);
        l.tickShown.append(x - tw / 2 >= minX && x + tw / 2 <= maxX);
    }

    for (const auto &m : plan.made) {
        l.madePos.append({l.x(m.atMs, plan), l.axisY});
    }
    for (const auto &a : plan.planned) {
        l.plannedPos.append({l.x(a.atMs, plan), l.axisY});
    }
    l.nowX = l.x(plan.nowMs, plan);

    // The top row: the end chip (at its end time, or at the start when it has none) and Now.
    const double chipH = l.lh + 4;
    const QString nowWord = tr("Now");
    const double nowW = fmBold.horizontalAdvance(nowWord) + 2;
    const QList<QRectF> nowCandidates{QRectF(l.nowX + 5, l.topRow, nowW, chipH),
                                      QRectF(l.nowX - 5 - nowW, l.topRow, nowW, chipH)};
    if (plan.endAtMs) {
        l.endX = l.x(*plan.endAtMs, plan);
    }
    // Where the end chip may go, for a label of width chipW.
    const auto chipCandidates = [&](double chipW) {
        QList<QRectF> out;
        if (l.endX) {
            // Centred over its time, else ending or starting there: the one moved least by the
            // widget's edges first.
            const double ex = *l.endX;
            out << QRectF(ex - chipW / 2, l.topRow, chipW, chipH)
                << QRectF(ex + kChipInset - chipW, l.topRow, chipW, chipH)
                << QRectF(ex - kChipInset, l.topRow, chipW, chipH);
            const auto shift = [&](const QRectF &r) {
                return std::abs(clampRow(r).left() - r.left());
            };
            std::stable_sort(out.begin(), out.end(),
                             [&](const QRectF &a, const QRectF &b) { return shift(a) < shift(b); });
        } else {
            // No end time: a pending cycle's end lies beyond what is drawn (at the right); a
            // cycle that never started says why beside its one attempt (at the left).
            const double first = l.madePos.isEmpty() ? l.axisLeft : l.madePos.first().x();
            const QRectF left(first - l.r, l.topRow, chipW, chipH);
            const QRectF right(maxX - chipW, l.topRow, chipW, chipH);
            out << (plan.isPending() ? right : left) << (plan.isPending() ? left : right);
        }
        return out;
    };
    const auto chipWidthFor = [&](const QString &label) {
        return std::min(6 + 9 + 4 + fm.horizontalAdvance(label) + 6 + 1, maxX - minX);
    };
    bool placed = false;
    // The best place first, with the whole label, else its short form ("Stops after #5"); then
    // the next place.
    for (int place = 0; place < 3 && !placed; ++place) {
        for (const QString &label : {plan.endLabel, plan.endShortLabel}) {
            const double chipW = chipWidthFor(label);
            const QList<QRectF> places = chipCandidates(chipW);
            if (place >= places.size()) {
                continue;
            }
            const QRectF chip = clampRow(places[place]);
            for (const QRectF &now : nowCandidates) {
                if (now.left() < minX || now.right() > maxX ||
                    chip.adjusted(-3, 0, 3, 0).intersects(now)) {
                    continue;
                }
                l.endChip = chip;
                l.endText = fm.elidedText(label, Qt::ElideRight, chipW - (6 + 9 + 4 + 6 + 1));
                l.nowLabel = now;
                placed = true;
                break;
            }
            if (placed) {
                break;
            }
        }
    }
    if (!placed) {
        // Too narrow for both whole: Now where it fits, the chip shortened into the wider side.
        l.nowLabel = clampRow(nowCandidates.first());
        for (const QRectF &now : nowCandidates) {
            if (now.left() >= minX && now.right() <= maxX) {
                l.nowLabel = now;
                break;
            }
        }
        const double leftW = l.nowLabel.left() - 3 - minX;
        const double rightW = maxX - (l.nowLabel.right() + 3);
        const double segLeft = leftW >= rightW ? minX : l.nowLabel.right() + 3;
        const double segW = std::max(leftW, rightW);
        const double w2 = std::min(chipWidthFor(plan.endShortLabel), segW);
        l.endText = fm.elidedText(plan.endShortLabel, Qt::ElideRight,
                                  std::max(0.0, w2 - (6 + 9 + 4 + 6 + 1)));
        const double preferred = chipCandidates(w2).first().left();
        const double left = std::clamp(preferred, segLeft, segLeft + segW - w2);
        l.endChip = QRectF(left, l.topRow, w2, chipH);
    }

    // Attempt numbers above their markers. Markers drawn on one another share one label
    // ("#1–3"); the next planned and the last made come first, then the rest from the left; a
    // label that would touch another is left out (its tooltip stays).
    struct Item {
        Marker::Kind kind;
        int index;
        double x;
        int attempt;
    };
    QList<Item> marks;
    for (int i = 0; i < plan.made.size(); ++i) {
        marks.append({Marker::Kind::Made, i, l.madePos[i].x(), plan.made[i].attempt});
    }
    for (int i = 0; i < plan.planned.size(); ++i) {
        marks.append({Marker::Kind::Planned, i, l.plannedPos[i].x(), plan.planned[i].attempt});
    }
    std::stable_sort(marks.begin(), marks.end(),
                     [](const Item &a, const Item &b) { return a.x < b.x; });
    QList<QList<Item>> clusters;
    for (const Item &item : marks) {
        if (clusters.isEmpty() || item.x - clusters.last().first().x > l.r) {
            clusters.append(QList<Item>());
        }
        clusters.last().append(item);
    }
    const auto contains = [](const QList<Item> &c, Marker::Kind kind, int index) {
        return std::any_of(c.begin(), c.end(),
                           [&](const Item &i) { return i.kind == kind && i.index == index; });
    };
    QList<int> order;
    const auto prefer = [&](Marker::Kind kind, int index) {
        for (int c = 0; c < clusters.size(); ++c) {
            if (contains(clusters[c], kind, index) && !order.contains(c)) {
                order.append(c);
            }
        }
    };
    if (!plan.planned.isEmpty()) {
        prefer(Marker::Kind::Planned, 0);
    }
    if (!plan.made.isEmpty()) {
        prefer(Marker::Kind::Made, int(plan.made.size()) - 1);
    }
    for (int c = 0; c < clusters.size(); ++c) {
        if (!order.contains(c)) {
            order.append(c);
        }
    }
    const auto number = [&](int attempt) {
        return attempt == 0 ? tr("Run") : QStringLiteral("#%1").arg(attempt);
    };
    QList<QRectF> taken;
    const auto tryPlace = [&](QRectF rect) {
        rect = clampRow(rect);
        const bool clash = std::any_of(taken.begin(), taken.end(), [&](const QRectF &t) {
            return t.adjusted(-kLabelGap / 2.0, 0, kLabelGap / 2.0, 0).intersects(rect);
        });
        if (clash) {
            return QRectF();
        }
        taken.append(rect);
        return rect;
    };
    QHash<int, QRectF> clusterRect;
    for (int c : order) {
        const QList<Item> &cluster = clusters[c];
        int lo = cluster.first().attempt, hi = lo;
        bool made = false;
        for (const Item &i : cluster) {
            lo = std::min(lo, i.attempt);
            hi = std::max(hi, i.attempt);
            made = made || i.kind == Marker::Kind::Made;
        }
        QString text = lo == hi ? number(lo) : number(lo) + u'–' + QString::number(hi);
        if (cluster.size() == 1 && cluster.first().kind == Marker::Kind::Planned &&
            plan.planned[cluster.first().index].overdue) {
            text = tr("#%1 due").arg(hi);
        }
        double x = 0;
        for (const Item &i : cluster) {
            x += i.x / double(cluster.size());
        }
        const double tw = fm.horizontalAdvance(text) + 4;
        const QRectF rect = tryPlace(QRectF(x - tw / 2, l.labelRow, tw, l.lh));
        if (!rect.isNull()) {
            clusterRect.insert(c, rect);
            l.labels.append({rect, text, made});
        }
    }

    // Attempts still to come that have no place on the axis: said after the last planned one.
    QRectF moreRect;
    if (plan.isPending() && (plan.unplaced > 0 || plan.openEnded)) {
        const QString more = plan.unplaced > 0 ? tr("+%1 more").arg(plan.unplaced) : tr("+ more");
        const double tw = fm.horizontalAdvance(more) + 4;
        const double after = l.plannedPos.isEmpty() ? l.nowX : l.plannedPos.last().x();
        for (const QRectF &candidate : {QRectF(after + l.r + 4, l.labelRow, tw, l.lh),
                                        QRectF(maxX - tw, l.labelRow, tw, l.lh)}) {
            if (candidate.right() <= maxX + 0.5) {
                moreRect = tryPlace(candidate);
            }
            if (!moreRect.isNull()) {
                l.labels.append({moreRect, more, false});
                break;
            }
        }
    }

    const auto markerHit = [&](const QPointF &c, const QRectF &label) {
        QRectF hit(c.x() - l.r - 3, c.y() - l.r - 3, 2 * l.r + 6, 2 * l.r + 6);
        return label.isNull() ? hit : hit | label;
    };
    for (int c = 0; c < clusters.size(); ++c) {
        for (int k = 0; k < clusters[c].size(); ++k) {
            const Item &i = clusters[c][k];
            const QRectF label = clusterRect.value(c);
            const QPointF centre =
                i.kind == Marker::Kind::Made ? l.madePos[i.index] : l.plannedPos[i.index];
            // The label belongs to the cluster's first marker; every one answers its hover.
            const bool owner = k == 0 && !label.isNull();
            QString text;
            for (const auto &drawn : l.labels) {
                if (owner && drawn.rect == label) {
                    text = drawn.text;
                }
            }
            l.markers.append(
                {i.kind, i.index, markerHit(centre, label), text, owner ? label : QRectF()});
        }
    }
    std::stable_sort(l.markers.begin(), l.markers.end(), [](const Marker &a, const Marker &b) {
        return int(a.kind) < int(b.kind) || (a.kind == b.kind && a.index < b.index);
    });
    QRectF endHit = l.endChip;
    if (!moreRect.isNull()) {
        endHit |= moreRect;
    }
    if (l.endX) {
        endHit |= QRectF(*l.endX - 3, l.topRow, 6, l.axisY - l.topRow);
    }
    l.markers.append({Marker::Kind::End, 0, endHit, l.endText, l.endChip});
    l.markers.append({Marker::Kind::Now, 0,
                      QRectF(l.nowX - 3, l.topRow, 6, l.axisY + l.r + 3 - l.topRow) | l.nowLabel,
                      nowWord, l.nowLabel});

    // The legend: the shapes this plan uses, then the time zone at the right.
    l.zoneText = m_spec == Qt::UTC
                     ? tr("Times in UTC")
                     : tr("Times in %1")
                           .arg(QDateTime::fromMSecsSinceEpoch(plan.nowMs).timeZoneAbbreviation());
    const double zoneW = fm.horizontalAdvance(l.zoneText) + 2;
    l.zoneRect = QRectF(maxX - zoneW, l.legendRow, zoneW, l.lh);
    QList<std::pair<Shape, QString>> items;
    const auto has = [&](Shape s) {
        return std::any_of(plan.made.begin(), plan.made.end(),
                           [&](const Plan::Made &m) { return madeShape(m) == s; });
    };
    if (has(Shape::Failed)) {
        items.append({Shape::Failed, tr("not valid")});
    }
    if (has(Shape::Valid)) {
        items.append({Shape::Valid, tr("valid")});
    }
    if (has(Shape::Unknown)) {
        items.append({Shape::Unknown, tr("outcome unknown")});
    }
    if (std::any_of(plan.planned.begin(), plan.planned.end(),
                    [](const Plan::Planned &a) { return !a.overdue; })) {
        items.append({Shape::Planned, tr("planned")});
    }
    if (std::any_of(plan.planned.begin(), plan.planned.end(),
                    [](const Plan::Planned &a) { return a.overdue; })) {
        items.append({Shape::Overdue, tr("due, not yet run")});
    }
    double x = minX + 2;
    const double ir = std::max(4.0, l.r - 1);
    for (const auto &[shape, text] : items) {
        const double itemW = 2 * ir + 4 + fm.horizontalAdvance(text);
        if (x + itemW > l.zoneRect.left() - 10) {
            break;
        }
        l.legend.append({shape, text, QPointF(x + ir, l.legendRow + l.lh / 2.0),
                         QPointF(x + 2 * ir + 4, l.legendRow)});
        x += itemW + 12;
    }
    if (l.zoneRect.left() < minX) {
        l.zoneText.clear();
    }
    return l;
}

void CycleTimelineView::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setFont(font());
    const QPalette &pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor soft = secondaryText(pal);
    const QColor line = graphicLine(pal);
    const Layout &l = layout();

    p.setPen(QPen(blend(text, base, 0.78), 1));
    p.setBrush(base);
    p.drawRoundedRect(l.frame, 4, 4);
    if (!m_plan) {
        return;
    }
    const Plan &plan = *m_plan;
    const double top = l.topRow + l.lh + 4; // below the top row's labels

    // Faint gridlines up from each time label, then the axis: solid up to now, dashed after.
    p.setPen(QPen(blend(text, base, 0.9), 1));
    for (int i = 0; i < l.ticks.size(); ++i) {
        p.drawLine(QPointF(l.tickX[i], top), QPointF(l.tickX[i], l.axisY));
    }
    const double nowX = std::clamp(l.nowX, l.axisLeft - l.r, l.axisRight + l.r);
    p.setPen(QPen(line, 1.5, Qt::SolidLine, Qt::FlatCap));
    p.drawLine(QPointF(l.axisLeft - l.r - 4, l.axisY), QPointF(nowX, l.axisY));
    QPen future(line, 1.5, Qt::CustomDashLine, Qt::FlatCap);
    future.setDashPattern({3, 2.5});
    p.setPen(future);
    p.drawLine(QPointF(nowX, l.axisY), QPointF(l.axisRight + l.r + 4, l.axisY));

    // Time labels under the axis, each on a short tick.
    p.setPen(QPen(line, 1));
    for (int i = 0; i < l.ticks.size(); ++i) {
        p.drawLine(QPointF(l.tickX[i], l.axisY), QPointF(l.tickX[i], l.axisY + 4));
    }
    p.setPen(soft);
    for (int i = 0; i < l.ticks.size(); ++i) {
        if (!l.tickShown[i]) {
            continue;
        }
        const QRectF r(l.tickX[i] - 40, l.tickRow, 80, l.lh);
        if (l.ticks[i].day) {
            QFont f = font();
            f.setBold(true);
            p.setFont(f);
            p.setPen(text);
        }
        p.drawText(r, Qt::AlignHCenter | Qt::AlignTop, l.ticks[i].label);
        p.setFont(font());
        p.setPen(soft);
    }

    // The end on the axis: a bar across it at the end time (under an attempt made then).
    const ChipKind endKind = endChipKind(plan.end);
    const ChipColors endColors = chipColors(endKind, pal);
    const auto onAMarker = [&](double x) {
        const auto near = [&](const QPointF &c) { return std::abs(c.x() - x) < l.r; };
        return std::any_of(l.madePos.begin(), l.madePos.end(), near) ||
               std::any_of(l.plannedPos.begin(), l.plannedPos.end(), near);
    };
    if (l.endX && !onAMarker(*l.endX)) {
        p.setPen(QPen(endColors.text, 2.5, Qt::SolidLine, Qt::FlatCap));
        p.drawLine(QPointF(*l.endX, l.axisY - l.r), QPointF(*l.endX, l.axisY + l.r));
    }

    // Now: a line from the top row through the axis, labelled.
    p.setPen(QPen(text, 1.5, Qt::SolidLine, Qt::FlatCap));
    p.drawLine(QPointF(l.nowX, l.topRow + 1), QPointF(l.nowX, l.axisY + l.r + 3));

    // Attempt numbers, on Base so a gridline or Now never runs through them.
    for (const auto &label : l.labels) {
        p.fillRect(label.rect, base);
        p.setPen(label.made ? text : chipColors(ChipKind::Pending, pal).text);
        p.drawText(label.rect, Qt::AlignCenter, label.text);
    }

    // Markers: planned first, so an attempt made at the same pixel stays on top.
    for (int i = 0; i < plan.planned.size(); ++i) {
        paintMarker(p, l.plannedPos[i], l.r,
                    plan.planned[i].overdue ? Shape::Overdue : Shape::Planned, pal);
    }
    for (int i = 0; i < plan.made.size(); ++i) {
        paintMarker(p, l.madePos[i], l.r, madeShape(plan.made[i]), pal);
    }

    // The top row last: the chip and Now's word over any line.
    paintChip(p, l.endChip.toAlignedRect(), endKind, l.endText, pal);
    if (l.endX) { // the chip's pointer, down to its time
        const QRect chip = l.endChip.toAlignedRect();
        const double h = std::min(chip.height() - 2, p.fontMetrics().height() + 4);
        const double bottom = chip.top() + (chip.height() - h) / 2.0 + h - 0.5;
        const double x = std::clamp(*l.endX, l.endChip.left() + kChipInset - 4,
                                    l.endChip.right() - kChipInset + 4);
        QPolygonF tail;
        tail << QPointF(x - 4, bottom - 1) << QPointF(x, bottom + kTail)
             << QPointF(x + 4, bottom - 1);
        p.setPen(QPen(endColors.border, 1));
        p.setBrush(endColors.fill);
        p.drawPolygon(tail);
        p.setPen(QPen(endColors.fill, 1.2));
        p.drawLine(QPointF(x - 3.2, bottom - 0.8), QPointF(x + 3.2, bottom - 0.8));
    }
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.fillRect(l.nowLabel, base);
    p.setPen(text);
    p.drawText(l.nowLabel, Qt::AlignVCenter | Qt::AlignHCenter, tr("Now"));
    p.setFont(font());

    // Legend and time zone.
    const double ir = std::max(4.0, l.r - 1);
    for (const auto &item : l.legend) {
        paintMarker(p, item.icon, ir, item.shape, pal);
        p.setPen(soft);
        p.drawText(QRectF(item.textAt, QSizeF(width(), l.lh)), Qt::AlignLeft | Qt::AlignVCenter,
                   item.text);
    }
    if (!l.zoneText.isEmpty()) {
        p.setPen(soft);
        p.drawText(l.zoneRect, Qt::AlignRight | Qt::AlignVCenter, l.zoneText);
    }
}

QList<CycleTimelineView::Marker> CycleTimelineView::markers() const {
    return m_plan ? layout().markers : QList<Marker>();
}

QString CycleTimelineView::toolTipFor(const Marker &m) const {
    const Plan &plan = *m_plan;
    const auto when = [&](qint64 ms) {
        return escaped(timeText(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC), m_spec));
    };
    switch (m.kind) {
    case Marker::Kind::Made: {
        const Plan::Made &a = plan.made[m.index];
        return tr("<b>%1</b><br>%2 (%3)<br>Outcome: %4")
            .arg(escaped(a.label), when(a.atMs), relative(a.atMs, plan.nowMs),
                 escaped(a.outcomeText));
    }
    case Marker::Kind::Planned: {
        const Plan::Planned &a = plan.planned[m.index];
        const QString state = a.overdue ? tr("due, not yet run") : tr("planned");
        const QString note = a.overdue ? tr("The server's scheduler is about to run it.")
                             : m.index == 0
                                 ? tr("The next attempt.")
                                 : tr("Made only if the attempts before it are not valid.");
        return tr("<b>%1</b> — %2<br>%3 (%4)<br>%5")
            .arg(escaped(a.label), state, when(a.atMs), relative(a.atMs, plan.nowMs), note);
    }
    case Marker::Kind::End: {
        QString s = QStringLiteral("<b>%1</b>").arg(escaped(plan.endLabel));
        if (plan.endAtMs) {
            s += QStringLiteral("<br>") + when(*plan.endAtMs);
        }
        if (plan.unplaced > 0) {
            s += QStringLiteral("<br>") +
                 tr("%1 more attempt(s) without a known time (no interval).").arg(plan.unplaced);
        }
        return s + QStringLiteral("<br>") + escaped(plan.endDetail);
    }
    case Marker::Kind::Now:
        return tr("<b>Now</b> (the server's time)<br>%1").arg(when(plan.nowMs));
    }
    return {};
}

QString CycleTimelineView::toolTipAt(const QPoint &pos) const {
    if (!m_plan) {
        return {};
    }
    const QPointF at(pos);
    QStringList attempts;
    for (const Marker &m : layout().markers) {
        if ((m.kind == Marker::Kind::Made || m.kind == Marker::Kind::Planned) &&
            m.hit.contains(at)) {
            attempts << toolTipFor(m);
        }
    }
    if (!attempts.isEmpty()) { // markers drawn on one another: every one of them
        return attempts.join(QStringLiteral("<hr>"));
    }
    for (const Marker::Kind kind : {Marker::Kind::End, Marker::Kind::Now}) {
        for (const Marker &m : layout().markers) {
            if (m.kind == kind && m.hit.contains(at)) {
                return toolTipFor(m);
            }
        }
    }
    return {};
}

bool CycleTimelineView::event(QEvent *event) {
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = toolTipAt(help->pos());
        if (tip.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), tip, this);
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace rd::ui
