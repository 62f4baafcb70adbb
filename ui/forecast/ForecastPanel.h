// ForecastPanel: the retry forecast as a bar chart — attempts due per minute over the next hour or
// per hour over the next day — above the validations table. A bar is a window of server time:
// clicking it (or Enter on it) asks for the table to show its cycles (barActivated).
#pragma once

#include "models/RetryForecast.h"

#include <QWidget>

class QButtonGroup;
class QGraphicsLineItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QLabel;
class QStackedWidget;
class QToolButton;

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QChart;
class QChartView;
class QValueAxis;
QT_END_NAMESPACE

namespace rd::ui {

class ForecastPanel : public QWidget {
    Q_OBJECT
public:
    enum class Range { NextHour, NextDay }; // bars per minute / per hour

    explicit ForecastPanel(QWidget *parent = nullptr);
    ~ForecastPanel() override;

    void setBuckets(const ForecastBuckets &buckets);
    const ForecastBuckets &buckets() const { return m_buckets; }
    // While the first forecast of a big table is computed: "Computing forecast…" (once there is
    // one, a recompute keeps showing it).
    void setComputing(bool computing);
    // Times in labels, tooltips and the summary: Qt::LocalTime or Qt::UTC.
    void setTimeSpec(Qt::TimeSpec spec);
    Qt::TimeSpec timeSpec() const { return m_spec; }
    void setRange(Range range); // clears the selection (its window was a bar of the other range)
    Range range() const { return m_range; }

    // The activated bar, -1 when none.
    int selectedBar() const { return m_selected; }
    // Clears the activated bar (emits barCleared when there was one).
    void clearSelection();
    // What a click on bar i does: activates it, or clears it when it is the activated one. Bars
    // without attempts are not activated.
    void activateBar(int index);

    int barCount() const;
    int attemptsAt(int index) const;
    // Bar i's window: [originMs + i unit, + 1 unit), unit a minute or an hour.
    qint64 barFromMs(int index) const;
    qint64 barToMs(int index) const;
    // "12:05–12:06 UTC · 14 attempts"
    QString barToolTip(int index) const;
    // "37 attempts in the next hour · busiest 12:05 (12) · 3 overdue"
    QString summaryText() const;
    // The empty state's or the computing state's text; empty while the chart shows.
    QString messageText() const;
    bool isChartShown() const;
    // The keyboard's bar (Left/Right), -1 before the chart had focus.
    int cursorBar() const { return m_cursor; }
    QChartView *chartView() const { return m_view; }
    // Bar i's column in chart-view coordinates (where a click or hover selects it).
    QRect barColumnRect(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void barActivated(qint64 originMs, qint64 fromMs, qint64 toMs, int attempts);
    void barCleared();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    qint64 unitMs() const;
    int barAt(const QPoint &viewPos) const;
    QRectF barRect(int index) const; // in chart coordinates
    QString timeLabel(qint64 ms) const;
    QString zoneSuffix(qint64 ms) const;
    void rebuild();
    void applyColors();
    void updateMarks();
    void rebuildTimeLabels();
    void updateAccessibility();
    void moveCursor(int to); // clamped; shows the bar's tooltip
    bool handleKey(QKeyEvent *event);

    ForecastBuckets m_buckets;
    bool m_hasBuckets = false;
    bool m_computing = false;
    Qt::TimeSpec m_spec = Qt::LocalTime;
    Range m_range = Range::NextHour;
    int m_selected = -1;
    qint64 m_selectedFromMs = 0; // the activated bar's window start (kept across new origins)
    int m_cursor = -1;
    int m_hovered = -1;

    QLabel *m_title;
    QLabel *m_summary;
    QToolButton *m_hourButton;
    QToolButton *m_dayButton;
    QButtonGroup *m_rangeGroup;
    QStackedWidget *m_stack;
    QLabel *m_message;
    QChartView *m_view;
    QChart *m_chart;
    QBarSeries *m_series;
    QBarSet *m_set;
    QBarCategoryAxis *m_xAxis;
    QValueAxis *m_yAxis;
    QGraphicsRectItem *m_selectionMark; // the activated bar's outline
    QGraphicsRectItem *m_cursorMark;    // the keyboard's bar, while the chart has focus
    QGraphicsRectItem *m_hoverMark;     // a faint band behind the hovered column
    // The time axis, drawn here: a category axis labels every bar (and elides them to a bar's
    // width), while this one has a label every 10 minutes / 3 hours at the bars' edges.
    struct TimeLabel {
        int boundary; // bar index whose left edge it marks (barCount(): the right end)
        QGraphicsSimpleTextItem *text;
        QGraphicsLineItem *tick;
    };
    QList<TimeLabel> m_timeLabels;
    QGraphicsLineItem *m_baseline;
    QFont m_axisFont;
    QColor m_labelColor;
    QColor m_axisColor;
};

} // namespace rd::ui
