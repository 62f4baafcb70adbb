#include "forecast/ForecastPanel.h"

#include "validations/StateChip.h"

#include <QAccessible>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QStackedWidget>
#include <QTimeZone>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace rd::ui {

namespace {

constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr int kDefaultHeight = 170;
const QChar kEnDash(0x2013);
const QString kDot = QStringLiteral(" \u00b7 ");

// t of a, 1 − t of b.
QColor mix(const QColor &a, const QColor &b, double t) {
    return blend(b, a, t);
}

bool isDark(const QColor &c) {
    return c.lightnessF() < 0.5;
}

// c moved away from bg (darker on a light background, lighter on a dark one) until it stands
// at least `ratio` against it.
QColor withContrast(QColor c, const QColor &bg, double ratio) {
    for (int i = 0; i < 20 && contrastRatio(c, bg) < ratio; ++i) {
        c = isDark(bg) ? c.lighter(110) : c.darker(110);
    }
    return c;
}

struct ChartColors {
    QColor background;
    QColor text;      // axis labels
    QColor grid;      // value grid lines
    QColor axis;      // the time axis' line
    QColor bar;       // ≥ 3:1 against the background (WCAG 1.4.11, graphical objects)
    QColor selected;  // the activated bar: a deeper accent, outlined in `outline`
    QColor outline;   // the activated bar's and the keyboard bar's outline
    QColor hover;     // the band behind the hovered column
    QColor secondary; // the summary and the empty state's text (≥ 4.5:1)
};

ChartColors chartColors(const QPalette &p) {
    ChartColors c;
    c.background = p.color(QPalette::Window);
    const QColor text = p.color(QPalette::WindowText);
    const bool dark = isDark(c.background);
    c.text = withContrast(mix(text, c.background, 0.80), c.background, 4.5);
    c.secondary = withContrast(mix(text, c.background, 0.72), c.background, 4.5);
    c.grid = mix(text, c.background, dark ? 0.14 : 0.11);
    c.axis = mix(text, c.background, 0.40);
    c.hover = mix(text, c.background, dark ? 0.08 : 0.06);
    c.bar = withContrast(p.color(QPalette::Highlight), c.background, 3.0);
    c.selected = dark ? c.bar.lighter(145) : c.bar.darker(165);
    c.outline = text;
    return c;
}

// A tick step of 1, 2 or 5 × 10^k giving at most four intervals up to max.
int niceStep(int max) {
    for (int base = 1;; base *= 10) {
        for (int m : {1, 2, 5}) {
            if (max <= 4 * m * base) {
                return m * base;
            }
        }
    }
}

// One half of the "Next hour | Next day" segmented control: a checkable tool button painted as a
// segment (the checked one filled with the accent), so the pair reads as one control.
class SegmentButton final : public QToolButton {
public:
    enum class Side { Left, Right };
    SegmentButton(const QString &text, Side side)
        : m_side(side) {
        setText(text);
        setCheckable(true);
        setToolButtonStyle(Qt::ToolButtonTextOnly);
        setFocusPolicy(Qt::StrongFocus);
        setAttribute(Qt::WA_Hover);
        setCursor(Qt::PointingHandCursor);
    }

    QSize sizeHint() const override {
        const QFontMetrics fm(font());
        return {fm.horizontalAdvance(text()) + 24, fm.height() + 8};
    }
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *) override {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QPalette &pal = palette();
        const QColor window = pal.color(QPalette::Window);
        const QColor ink = pal.color(QPalette::WindowText);
        const QColor accent =
            withContrast(pal.color(QPalette::Highlight), pal.color(QPalette::HighlightedText), 4.5);
        const QColor border = isChecked() ? accent : mix(ink, window, 0.32);
        QColor fill = pal.color(QPalette::Button);
        if (isChecked()) {
            fill = accent;
        } else if (isDown()) {
            fill = mix(ink, fill, 0.14);
        } else if (underMouse()) {
            fill = mix(ink, fill, 0.07);
        }
        // A rounded rectangle whose inner side runs past the edge and is clipped: square there.
        QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
        if (m_side == Side::Left) {
            r.setRight(r.right() + 8);
        } else {
            r.setLeft(r.left() - 8);
        }
        p.setClipRect(rect());
        p.setPen(QPen(border, 1));
        p.setBrush(fill);
        p.drawRoundedRect(r, 4, 4);
        if (m_side == Side::Left) { // the divider (the right half has none of its own)
            p.setPen(QPen(isChecked() ? accent : border, 1));
            p.drawLine(QPointF(width() - 0.5, 0.5), QPointF(width() - 0.5, height() - 0.5));
        }
        if (hasFocus()) {
            QPen ring(isChecked() ? pal.color(QPalette::HighlightedText) : accent, 1);
            ring.setStyle(Qt::DotLine);
            p.setPen(ring);
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(QRectF(rect()).adjusted(3.5, 3.5, -3.5, -3.5), 2, 2);
        }
        p.setPen(isChecked() ? pal.color(QPalette::HighlightedText)
                             : pal.color(QPalette::ButtonText));
        p.drawText(rect(), Qt::AlignCenter, text());
    }

private:
    Side m_side;
};

QString attempts(int n) {
    // Two messages, not %n: English is the source language and has no translator of its own, and
    // Spanish splits singular and plural the same way.
    return n == 1 ? ForecastPanel::tr("1 attempt")
                  : ForecastPanel::tr("%1 attempts").arg(n);
}

} // namespace

ForecastPanel::ForecastPanel(QWidget *parent)
    : QWidget(parent) {
    m_title = new QLabel(tr("Retry forecast"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_summary = new QLabel;
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_hourButton = new SegmentButton(tr("Next hour"), SegmentButton::Side::Left);
    m_hourButton->setToolTip(tr("Attempts per minute over the next hour"));
    m_dayButton = new SegmentButton(tr("Next day"), SegmentButton::Side::Right);
    m_dayButton->setToolTip(tr("Attempts per hour over the next 24 hours"));
    m_hourButton->setChecked(true);
    m_rangeGroup = new QButtonGroup(this);
    m_rangeGroup->setExclusive(true);
    m_rangeGroup->addButton(m_hourButton);
    m_rangeGroup->addButton(m_dayButton);
    connect(m_hourButton, &QToolButton::toggled, this, [this](bool on) {
        if (on) {
            setRange(Range::NextHour);
        }
    });
    connect(m_dayButton, &QToolButton::toggled, this, [this](bool on) {
        if (on) {
            setRange(Range::NextDay);
        }
    });

    auto *segments = new QHBoxLayout;
    segments->setSpacing(0);
    segments->addWidget(m_hourButton);
    segments->addWidget(m_dayButton);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->setSpacing(12);
    header->addWidget(m_title);
    header->addWidget(m_summary, 1);
    header->addLayout(segments);

    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->hide();
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(0, 6, 6, 0)); // the bottom one: the time labels' (applyColors)
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setDropShadowEnabled(false);
    m_chart->setLocalizeNumbers(false);

    m_set = new QBarSet(QStringLiteral("Attempts"));
    m_series = new QBarSeries;
    m_series->append(m_set);
    m_chart->addSeries(m_series);
    m_xAxis = new QBarCategoryAxis;
    m_yAxis = new QValueAxis;
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    m_series->attachAxis(m_xAxis);
    m_series->attachAxis(m_yAxis);
    m_xAxis->setVisible(false); // lays the bars out; the time axis is drawn by this panel
    m_yAxis->setLineVisible(false);
    m_yAxis->setMinorGridLineVisible(false);
    m_yAxis->setLabelFormat(QStringLiteral("%d"));
    m_yAxis->setTickType(QValueAxis::TicksDynamic);
    m_yAxis->setTickAnchor(0);

    // Outlines drawn over the bars (a bar set has one pen for all its bars).
    const auto mark = [this](qreal z) {
        auto *item = new QGraphicsRectItem(m_chart);
        item->setZValue(z);
        item->setBrush(Qt::NoBrush);
        item->hide();
        return item;
    };
    m_hoverMark = mark(-1);
    m_selectionMark = mark(100);
    m_cursorMark = mark(101);
    m_baseline = new QGraphicsLineItem(m_chart);
    m_baseline->setZValue(50);

    m_view = new QChartView(m_chart);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setRenderHint(QPainter::Antialiasing, false); // crisp bar edges
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->setAccessibleName(tr("Retry forecast"));
    m_view->setMinimumHeight(100);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->viewport()->setMouseTracking(true);
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    connect(m_chart, &QChart::plotAreaChanged, this, [this] { updateMarks(); });

    m_message = new QLabel;
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_message);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 4);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);

    applyColors();
    rebuild();
}

ForecastPanel::~ForecastPanel() = default;

QSize ForecastPanel::sizeHint() const {
    return {640, kDefaultHeight};
}

QSize ForecastPanel::minimumSizeHint() const {
    return {320, 130};
}

void ForecastPanel::setBuckets(const ForecastBuckets &buckets) {
    m_buckets = buckets;
    m_hasBuckets = true;
    rebuild();
}

void ForecastPanel::setComputing(bool computing) {
    if (computing != m_computing) {
        m_computing = computing;
        rebuild();
    }
}

void ForecastPanel::setTimeSpec(Qt::TimeSpec spec) {
    spec = spec == Qt::UTC ? Qt::UTC : Qt::LocalTime;
    if (spec != m_spec) {
        m_spec = spec;
        rebuild();
    }
}

void ForecastPanel::setRange(Range range) {
    QAbstractButton *button = range == Range::NextHour ? m_hourButton : m_dayButton;
    if (!button->isChecked()) {
        button->setChecked(true); // comes back here through toggled
        return;
    }
    if (range == m_range) {
        return;
    }
    m_range = range;
    m_cursor = -1;
    const bool hadSelection = m_selected >= 0;
    m_selected = -1;
    rebuild();
    if (hadSelection) {
        emit barCleared();
    }
}

void ForecastPanel::clearSelection() {
    if (m_selected < 0) {
        return;
    }
    m_selected = -1;
    m_set->deselectAllBars();
    updateMarks();
    updateAccessibility();
    emit barCleared();
}

void ForecastPanel::activateBar(int index) {
    if (!isChartShown() || index < 0 || index >= barCount()) {
        return;
    }
    if (index == m_selected) {
        clearSelection();
        return;
    }
    const int n = attemptsAt(index);
    if (n == 0) {
        return; // an empty bar would filter the table to nothing
    }
    m_selected = index;
    m_selectedFromMs = barFromMs(index);
    m_set->deselectAllBars();
    m_set->selectBar(index);
    updateMarks();
    updateAccessibility();
    emit barActivated(m_buckets.originMs, barFromMs(index), barToMs(index), n);
}

int ForecastPanel::barCount() const {
    return m_range == Range::NextHour ? ForecastBuckets::kMinutes : ForecastBuckets::kHours;
}

int ForecastPanel::attemptsAt(int index) const {
    if (index < 0 || index >= barCount()) {
        return 0;
    }
    return m_range == Range::NextHour ? m_buckets.perMinute[std::size_t(index)]
                                      : m_buckets.perHour[std::size_t(index)];
}

qint64 ForecastPanel::unitMs() const {
    return m_range == Range::NextHour ? kMinuteMs : kHourMs;
}

qint64 ForecastPanel::barFromMs(int index) const {
    return m_buckets.originMs + index * unitMs();
}

qint64 ForecastPanel::barToMs(int index) const {
    return barFromMs(index) + unitMs();
}

QString ForecastPanel::timeLabel(qint64 ms) const {
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    return (m_spec == Qt::UTC ? t : t.toLocalTime()).toString(QStringLiteral("HH:mm"));
}

QString ForecastPanel::zoneSuffix(qint64 ms) const {
    if (m_spec == Qt::UTC) {
        return u' ' + tr("UTC");
    }
    const QString zone = QDateTime::fromMSecsSinceEpoch(ms).timeZoneAbbreviation();
    return zone.isEmpty() ? QString() : u' ' + zone;
}

QString ForecastPanel::barToolTip(int index) const {
    if (index < 0 || index >= barCount()) {
        return {};
    }
    const qint64 from = barFromMs(index), to = barToMs(index);
    QString when = timeLabel(from) + kEnDash + timeLabel(to) + zoneSuffix(from);
    // A bar of tomorrow says so (the day view reaches 24 hours ahead).
    const auto day = [this](qint64 ms) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
        return (m_spec == Qt::UTC ? t : t.toLocalTime()).date();
    };
    if (day(from) != day(m_buckets.originMs)) {
        when = QLocale().toString(day(from), tr("ddd d MMM", "date of a forecast bar")) + u' ' +
               when;
    }
    const int n = attemptsAt(index);
    QString text = when + kDot + (n == 0 ? tr("no attempts") : attempts(n));
    if (index == 0 && m_buckets.overdue > 0) {
        text += u' ' + tr("(%1 overdue)").arg(m_buckets.overdue);
    }
    return text;
}

QString ForecastPanel::summaryText() const {
    if (!m_hasBuckets) {
        return {};
    }
    int total = 0, peak = 0;
    for (int i = 0; i < barCount(); ++i) {
        total += attemptsAt(i);
        if (attemptsAt(i) > attemptsAt(peak)) {
            peak = i;
        }
    }
    const QString span = m_range == Range::NextHour ? tr("the next hour") : tr("the next 24 hours");
    if (total == 0) {
        return {}; // the empty state says it, once
    }
    QString text = tr("%1 in %2", "attempts in the next hour").arg(attempts(total), span);
    text += kDot + tr("busiest %1 (%2)")
                       .arg(timeLabel(barFromMs(peak)))
                       .arg(attemptsAt(peak));
    if (m_buckets.overdue > 0) {
        text += kDot + tr("%1 overdue").arg(m_buckets.overdue);
    }
    return text;
}

QString ForecastPanel::messageText() const {
    return isChartShown() ? QString() : m_message->text();
}

bool ForecastPanel::isChartShown() const {
    return m_stack->currentWidget() == m_view;
}

void ForecastPanel::rebuild() {
    const int n = barCount();
    int total = 0, max = 0;
    QList<qreal> values;
    values.reserve(n);
    for (int i = 0; i < n; ++i) {
        values.append(attemptsAt(i));
        total += attemptsAt(i);
        max = std::max(max, attemptsAt(i));
    }

    // The activated bar follows its window: a minute bar moves left as minutes pass (and goes
    // when its minute has); an hour bar is "the i-th hour from now", so it keeps its place and
    // its window moves on, and the table is told.
    bool cleared = false, moved = false;
    if (m_selected >= 0) {
        if (m_range == Range::NextHour) {
            const qint64 offset = m_selectedFromMs - m_buckets.originMs;
            const qint64 i = offset / kMinuteMs;
            if (offset < 0 || offset % kMinuteMs != 0 || i >= n || values[int(i)] == 0) {
                cleared = true;
            } else {
                m_selected = int(i);
            }
        } else if (values[m_selected] == 0) {
            cleared = true;
        } else if (barFromMs(m_selected) != m_selectedFromMs) {
            moved = true;
            m_selectedFromMs = barFromMs(m_selected);
        }
        if (cleared) {
            m_selected = -1;
        }
    }

    const bool empty = total == 0;
    if (!m_hasBuckets && m_computing) {
        m_message->setText(tr("Computing forecast\u2026"));
        m_stack->setCurrentWidget(m_message);
    } else if (empty) {
        m_message->setText(m_range == Range::NextHour
                               ? tr("No retries are scheduled in the next hour.")
                               : tr("No retries are scheduled in the next day."));
        m_stack->setCurrentWidget(m_message);
    } else {
        m_stack->setCurrentWidget(m_view);
    }

    QStringList categories;
    categories.reserve(n);
    for (int i = 0; i < n; ++i) {
        categories.append(QString::number(i));
    }
    m_xAxis->setCategories(categories);
    if (m_set->count() == n) {
        for (int i = 0; i < n; ++i) {
            if (m_set->at(i) != values[i]) {
                m_set->replace(i, values[i]);
            }
        }
    } else {
        m_set->remove(0, m_set->count());
        m_set->append(values);
    }
    const int step = niceStep(std::max(1, max));
    m_yAxis->setTickInterval(step);
    m_yAxis->setRange(0, std::max(1, (max + step - 1) / step * step));
    m_series->setBarWidth(m_range == Range::NextHour ? 0.72 : 0.68);

    m_set->deselectAllBars();
    if (m_selected >= 0) {
        m_set->selectBar(m_selected);
    }
    if (m_cursor >= n) {
        m_cursor = n - 1;
    }
    rebuildTimeLabels();
    m_summary->setText(summaryText());
    updateMarks();
    updateAccessibility();
    if (cleared) {
        emit barCleared();
    } else if (moved) {
        emit barActivated(m_buckets.originMs, barFromMs(m_selected), barToMs(m_selected),
                          attemptsAt(m_selected));
    }
}

void ForecastPanel::applyColors() {
    const ChartColors c = chartColors(palette());
    m_chart->setBackgroundBrush(c.background);
    m_chart->setBackgroundPen(Qt::NoPen);
    QFont axisFont = font();
    axisFont.setPointSizeF(std::max(7.0, axisFont.pointSizeF() - 1));
    m_yAxis->setLabelsBrush(c.text);
    m_yAxis->setLabelsFont(axisFont);
    m_yAxis->setGridLinePen(QPen(c.grid, 1));
    m_yAxis->setShadesVisible(false);
    m_axisFont = axisFont;
    m_labelColor = c.text;
    m_axisColor = c.axis;
    m_baseline->setPen(QPen(c.axis, 1));
    for (const TimeLabel &l : m_timeLabels) {
        l.text->setFont(axisFont);
        l.text->setBrush(c.text);
        l.tick->setPen(QPen(c.axis, 1));
    }
    QMargins margins = m_chart->margins();
    margins.setBottom(QFontMetrics(axisFont).height() + 4);
    m_chart->setMargins(margins);
    m_set->setColor(c.bar);
    m_set->setBorderColor(c.bar);
    m_set->setPen(Qt::NoPen);
    m_set->setSelectedColor(c.selected);
    QPen outline(c.outline, 2);
    outline.setJoinStyle(Qt::MiterJoin);
    m_selectionMark->setPen(outline);
    QPen dotted(c.outline, 1, Qt::DotLine);
    m_cursorMark->setPen(dotted);
    m_hoverMark->setPen(Qt::NoPen);
    m_hoverMark->setBrush(c.hover);
    m_view->setBackgroundBrush(c.background);

    QPalette secondary = palette();
    secondary.setColor(QPalette::WindowText, c.secondary);
    m_summary->setPalette(secondary);
    m_message->setPalette(secondary);
}

void ForecastPanel::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::StyleChange) {
        applyColors();
        updateMarks();
    }
}

void ForecastPanel::rebuildTimeLabels() {
    for (const TimeLabel &l : m_timeLabels) {
        delete l.text;
        delete l.tick;
    }
    m_timeLabels.clear();
    const int n = barCount();
    // At the clock's 10-minute marks (the hour's right end too) / every third hour from now.
    for (int k = 0; k <= n; ++k) {
        bool labelled = false;
        if (m_range == Range::NextHour) {
            const QDateTime t = QDateTime::fromMSecsSinceEpoch(barFromMs(k), QTimeZone::utc());
            labelled = (m_spec == Qt::UTC ? t : t.toLocalTime()).time().minute() % 10 == 0;
        } else {
            labelled = k < n && k % 3 == 0;
        }
        if (!labelled) {
            continue;
        }
        auto *text = new QGraphicsSimpleTextItem(timeLabel(barFromMs(k)), m_chart);
        text->setFont(m_axisFont);
        text->setBrush(m_labelColor);
        text->setZValue(50);
        auto *tick = new QGraphicsLineItem(m_chart);
        tick->setPen(QPen(m_axisColor, 1));
        tick->setZValue(50);
        m_timeLabels.append({k, text, tick});
    }
}

QRectF ForecastPanel::barRect(int index) const {
    const QRectF area = m_chart->plotArea();
    const int n = barCount();
    if (index < 0 || index >= n || area.isEmpty()) {
        return {};
    }
    const qreal column = area.width() / n;
    const qreal width = column * m_series->barWidth();
    const qreal left = area.left() + index * column + (column - width) / 2;
    const qreal top = m_chart->mapToPosition(QPointF(index, attemptsAt(index)), m_series).y();
    return QRectF(QPointF(left, std::min(top, area.bottom())),
                  QPointF(left + width, area.bottom()));
}

QRect ForecastPanel::barColumnRect(int index) const {
    const QRectF area = m_chart->plotArea();
    const int n = barCount();
    if (index < 0 || index >= n || area.isEmpty()) {
        return {};
    }
    const qreal column = area.width() / n;
    const QRectF r(area.left() + index * column, area.top(), column, area.height());
    return m_view->mapFromScene(m_chart->mapToScene(r)).boundingRect();
}

int ForecastPanel::barAt(const QPoint &viewPos) const {
    const QPointF p = m_chart->mapFromScene(m_view->mapToScene(viewPos));
    const QRectF area = m_chart->plotArea();
    // The whole column counts (a short bar is hard to hit), plus the labels under it.
    if (p.x() < area.left() || p.x() >= area.right() || p.y() < area.top() ||
        p.y() > area.bottom() + 16) {
        return -1;
    }
    return std::clamp(int((p.x() - area.left()) / (area.width() / barCount())), 0, barCount() - 1);
}

void ForecastPanel::updateMarks() {
    const auto place = [](QGraphicsRectItem *item, const QRectF &r, qreal inset) {
        if (r.isEmpty()) {
            item->hide();
            return;
        }
        item->setRect(r.adjusted(inset, inset, -inset, -inset));
        item->show();
    };
    const bool shown = isChartShown();
    const QRectF area = m_chart->plotArea();
    if (!area.isEmpty()) {
        const qreal column = area.width() / barCount();
        const qreal baseline = std::floor(area.bottom()) + 0.5;
        m_baseline->setLine(area.left(), baseline, area.right(), baseline);
        for (const TimeLabel &l : m_timeLabels) {
            const qreal x = std::floor(area.left() + l.boundary * column) + 0.5;
            l.tick->setLine(x, baseline, x, baseline + 3);
            const qreal w = l.text->boundingRect().width();
            l.text->setPos(std::clamp(x - w / 2, area.left() - 2, area.right() - w + 4),
                           baseline + 3);
        }
    }
    if (shown && m_selected >= 0) {
        // The outline sits on the bar's edge; a bar too short to hold it grows to 3 px.
        QRectF r = barRect(m_selected);
        if (r.height() < 3) {
            r.setTop(r.bottom() - 3);
        }
        place(m_selectionMark, r.adjusted(-1, -1, 0, 0), 0);
    } else {
        m_selectionMark->hide();
    }
    if (shown && m_cursor >= 0 && m_view->hasFocus()) {
        const qreal column = area.width() / barCount();
        place(m_cursorMark,
              QRectF(area.left() + m_cursor * column, area.top(), column, area.height()), 0.5);
    } else {
        m_cursorMark->hide();
    }
    if (shown && m_hovered >= 0) {
        const qreal column = area.width() / barCount();
        place(m_hoverMark,
              QRectF(area.left() + m_hovered * column, area.top(), column, area.height()), 0);
    } else {
        m_hoverMark->hide();
    }
}

void ForecastPanel::updateAccessibility() {
    QString description = summaryText();
    if (!isChartShown()) {
        description = m_message->text();
    } else {
        if (m_selected >= 0) {
            description += tr(". Selected: %1").arg(barToolTip(m_selected));
        }
        if (m_cursor >= 0 && m_cursor != m_selected) {
            description += tr(". Bar: %1").arg(barToolTip(m_cursor));
        }
    }
    m_view->setAccessibleDescription(description);
}

void ForecastPanel::moveCursor(int to) {
    m_cursor = std::clamp(to, 0, barCount() - 1);
    updateMarks();
    updateAccessibility();
    const QRect column = barColumnRect(m_cursor);
    if (m_view->isVisible() && !column.isEmpty()) {
        QToolTip::showText(m_view->mapToGlobal(column.topLeft()), barToolTip(m_cursor), m_view,
                           column);
    }
}

bool ForecastPanel::handleKey(QKeyEvent *event) {
    if (!isChartShown()) {
        return false;
    }
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int step = event->key() == Qt::Key_Left ? -1 : +1;
        // The first key lands on the activated bar (or the first) before it moves on.
        moveCursor(m_cursor >= 0 ? m_cursor + step : std::max(m_selected, 0));
        return true;
    }
    case Qt::Key_Home:
        moveCursor(0);
        return true;
    case Qt::Key_End:
        moveCursor(barCount() - 1);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_cursor < 0) {
            moveCursor(std::max(m_selected, 0));
        }
        activateBar(m_cursor);
        return true;
    case Qt::Key_Escape:
        if (m_selected >= 0) {
            clearSelection();
            return true;
        }
        return false; // nothing to clear: let the window have it
    default:
        return false;
    }
}

bool ForecastPanel::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_view) {
        switch (event->type()) {
        case QEvent::KeyPress:
            if (handleKey(static_cast<QKeyEvent *>(event))) {
                return true;
            }
            break;
        case QEvent::FocusIn:
            if (m_cursor < 0) {
                m_cursor = m_selected >= 0 ? m_selected : 0;
                updateAccessibility();
            }
            updateMarks();
            break;
        case QEvent::FocusOut:
            updateMarks();
            break;
        default:
            break;
        }
        return QWidget::eventFilter(watched, event);
    }
    if (watched == m_view->viewport()) {
        switch (event->type()) {
        case QEvent::MouseButtonPress: {
            auto *e = static_cast<QMouseEvent *>(event);
            if (e->button() == Qt::LeftButton) {
                const int i = barAt(e->position().toPoint());
                if (i >= 0) {
                    m_cursor = i;
                    activateBar(i);
                }
                m_view->setFocus(Qt::MouseFocusReason);
                return true;
            }
            break;
        }
        case QEvent::MouseButtonDblClick:
        case QEvent::MouseButtonRelease:
            return true; // a double click is two clicks (on, then off), nothing more
        case QEvent::MouseMove: {
            auto *e = static_cast<QMouseEvent *>(event);
            const int i = barAt(e->position().toPoint());
            if (i != m_hovered) {
                m_hovered = i;
                updateMarks();
                m_view->viewport()->setCursor(i >= 0 && attemptsAt(i) > 0 ? Qt::PointingHandCursor
                                                                          : Qt::ArrowCursor);
                if (i >= 0) {
                    QToolTip::showText(e->globalPosition().toPoint(), barToolTip(i), m_view,
                                       barColumnRect(i));
                } else {
                    QToolTip::hideText();
                }
            }
            return false;
        }
        case QEvent::Leave:
            if (m_hovered >= 0) {
                m_hovered = -1;
                updateMarks();
            }
            break;
        case QEvent::ToolTip:
            return true; // shown on mouse moves, per bar
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace rd::ui
