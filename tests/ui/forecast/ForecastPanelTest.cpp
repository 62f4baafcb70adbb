// ForecastPanel: a click, or Enter on the keyboard's bar, emits the bar's window (from = origin +
// i minutes / hours); a second click or Escape clears it; the summary counts what the bars show;
// no attempts → the empty state's sentence instead of an empty chart; colours hold their
// contrast in both palettes.
#include "forecast/ForecastPanel.h"
#include "forecast/ForecastScreens.h"
#include "support/RenderedTest.h"
#include "validations/StateChip.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QSignalSpy>
#include <QTest>

#include <ostream>

// gtest prints a QString through ADL in its (the global) namespace: as text, not UTF-16 units.
inline void PrintTo(const QString &s, std::ostream *os) {
    *os << '"' << s.toStdString() << '"';
}

using namespace rd;
using namespace rd::ui;

namespace {

constexpr qint64 kMin = 60'000;
constexpr qint64 kHour = 60 * kMin;
const qint64 kOrigin = 1767268800000; // 2026-01-01 12:00 UTC

class ForecastPanelTest : public rd::test::RenderedTest {
protected:
    void SetUp() override {
        panel.setTimeSpec(Qt::UTC);
        panel.setBuckets(sampleForecast());
        RenderEnvironment::render(panel, QSize(900, 220)); // laid out, shown off-screen
    }
    void click(int bar) {
        const QRect column = panel.barColumnRect(bar);
        ASSERT_FALSE(column.isEmpty());
        QTest::mouseClick(panel.chartView()->viewport(), Qt::LeftButton, {},
                          QPoint(column.center().x(), column.bottom() - 2));
    }
    void key(Qt::Key k) { QTest::keyClick(panel.chartView(), k); }

    ForecastPanel panel;
};

TEST_F(ForecastPanelTest, ClickingBar_EmitsItsMinute_ClickingAgainClears) {
    QSignalSpy activated(&panel, &ForecastPanel::barActivated);
    QSignalSpy cleared(&panel, &ForecastPanel::barCleared);
    for (int bar : {0, 5, 30, 59}) {
        click(bar);
        ASSERT_EQ(activated.count(), 1) << bar;
        const QList<QVariant> args = activated.takeFirst();
        EXPECT_EQ(args.at(0).toLongLong(), kOrigin);
        EXPECT_EQ(args.at(1).toLongLong(), kOrigin + bar * kMin) << bar;
        EXPECT_EQ(args.at(2).toLongLong(), kOrigin + (bar + 1) * kMin) << bar;
        EXPECT_EQ(args.at(3).toInt(), sampleForecast().perMinute[std::size_t(bar)]) << bar;
        EXPECT_EQ(panel.selectedBar(), bar);
    }
    EXPECT_EQ(cleared.count(), 0); // another bar replaces the selection
    click(59);
    EXPECT_EQ(cleared.count(), 1);
    EXPECT_EQ(panel.selectedBar(), -1);
    EXPECT_EQ(activated.count(), 0);
}

TEST_F(ForecastPanelTest, NextDay_BarsAreHours) {
    QSignalSpy activated(&panel, &ForecastPanel::barActivated);
    QSignalSpy cleared(&panel, &ForecastPanel::barCleared);
    click(30);
    panel.setRange(ForecastPanel::Range::NextDay); // the minute's window is no bar of the day
    EXPECT_EQ(cleared.count(), 1);
    EXPECT_EQ(panel.barCount(), 24);
    RenderEnvironment::render(panel);
    activated.clear();
    click(5);
    ASSERT_EQ(activated.count(), 1);
    const QList<QVariant> args = activated.takeFirst();
    EXPECT_EQ(args.at(1).toLongLong(), kOrigin + 5 * kHour);
    EXPECT_EQ(args.at(2).toLongLong(), kOrigin + 6 * kHour);
    EXPECT_EQ(args.at(3).toInt(), sampleForecast().perHour[5]);
}

TEST_F(ForecastPanelTest, Keyboard_LeftRightMove_EnterActivates_EscapeClears) {
    QSignalSpy activated(&panel, &ForecastPanel::barActivated);
    QSignalSpy cleared(&panel, &ForecastPanel::barCleared);
    key(Qt::Key_Home);
    EXPECT_EQ(panel.cursorBar(), 0);
    key(Qt::Key_Right);
    key(Qt::Key_Right);
    key(Qt::Key_Right);
    key(Qt::Key_Left);
    key(Qt::Key_Right);
    EXPECT_EQ(panel.cursorBar(), 3);
    EXPECT_EQ(activated.count(), 0) << "moving does not filter";
    key(Qt::Key_Return);
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.at(0).at(1).toLongLong(), kOrigin + 3 * kMin);
    EXPECT_EQ(activated.at(0).at(2).toLongLong(), kOrigin + 4 * kMin);
    key(Qt::Key_Right);
    key(Qt::Key_Space);
    ASSERT_EQ(activated.count(), 2);
    EXPECT_EQ(activated.at(1).at(1).toLongLong(), kOrigin + 4 * kMin);
    EXPECT_TRUE(panel.chartView()->accessibleDescription().contains(
        QStringLiteral("Selected: 12:04\u201312:05 UTC")));
    key(Qt::Key_Escape);
    EXPECT_EQ(cleared.count(), 1);
    EXPECT_EQ(panel.selectedBar(), -1);
    key(Qt::Key_End);
    EXPECT_EQ(panel.cursorBar(), 59);
    EXPECT_EQ(panel.chartView()->accessibleName(), QStringLiteral("Retry forecast"));
    EXPECT_EQ(panel.chartView()->focusPolicy(), Qt::StrongFocus);
}

TEST_F(ForecastPanelTest, ClearSelection_EmitsBarCleared_OnlyWhenThereWasOne) {
    QSignalSpy cleared(&panel, &ForecastPanel::barCleared);
    panel.clearSelection();
    EXPECT_EQ(cleared.count(), 0);
    panel.activateBar(30);
    panel.clearSelection();
    EXPECT_EQ(cleared.count(), 1);
    panel.activateBar(38); // no attempts in 12:38: nothing to show
    EXPECT_EQ(panel.selectedBar(), -1);
}

TEST_F(ForecastPanelTest, SummaryAndToolTips) {
    int hour = 0;
    for (int n : sampleForecast().perMinute) {
        hour += n;
    }
    EXPECT_EQ(
        panel.summaryText(),
        QStringLiteral("%1 attempts in the next hour \u00b7 busiest 12:30 (18) \u00b7 3 overdue")
            .arg(hour));
    EXPECT_EQ(panel.barToolTip(5), QStringLiteral("12:05\u201312:06 UTC \u00b7 9 attempts"));
    EXPECT_EQ(panel.barToolTip(3), QStringLiteral("12:03\u201312:04 UTC \u00b7 1 attempt"));
    EXPECT_EQ(panel.barToolTip(38), QStringLiteral("12:38\u201312:39 UTC \u00b7 no attempts"));
    EXPECT_EQ(panel.barToolTip(0),
              QStringLiteral("12:00\u201312:01 UTC \u00b7 7 attempts (3 overdue)"));
    EXPECT_TRUE(panel.chartView()->accessibleDescription().startsWith(panel.summaryText()));

    panel.setRange(ForecastPanel::Range::NextDay);
    int day = 0;
    for (int n : sampleForecast().perHour) {
        day += n;
    }
    EXPECT_EQ(panel.summaryText(),
              QStringLiteral("%1 attempts in the next 24 hours \u00b7 busiest 13:00 (236) \u00b7 "
                             "3 overdue")
                  .arg(day));
    EXPECT_EQ(panel.barToolTip(12),
              QStringLiteral("Fri 2 Jan 00:00\u201301:00 UTC \u00b7 22 attempts"));
}

TEST_F(ForecastPanelTest, NoAttempts_ShowsTheEmptyState) {
    ForecastBuckets none;
    none.originMs = kOrigin;
    panel.setBuckets(none);
    EXPECT_FALSE(panel.isChartShown());
    EXPECT_EQ(panel.messageText(), QStringLiteral("No retries are scheduled in the next hour."));
    panel.setRange(ForecastPanel::Range::NextDay);
    EXPECT_EQ(panel.messageText(), QStringLiteral("No retries are scheduled in the next day."));
    EXPECT_EQ(panel.chartView()->accessibleDescription(), panel.messageText());

    // Only later in the day: the hour is empty, the day is not.
    none.perHour[7] = 4;
    panel.setBuckets(none);
    EXPECT_TRUE(panel.isChartShown());
    panel.setRange(ForecastPanel::Range::NextHour);
    EXPECT_FALSE(panel.isChartShown());
}

TEST(ForecastPanelComputing, FirstComputation_SaysSo_ARecomputeKeepsTheChart) {
    ForecastPanel panel;
    panel.setComputing(true);
    EXPECT_FALSE(panel.isChartShown());
    EXPECT_EQ(panel.messageText(), QStringLiteral("Computing forecast\u2026"));
    panel.setBuckets(sampleForecast());
    panel.setComputing(false);
    EXPECT_TRUE(panel.isChartShown());
    panel.setComputing(true);
    EXPECT_TRUE(panel.isChartShown());
}

// A new origin (the minute rolled over): a minute bar keeps its window, so it moves left, and
// goes (barCleared) once its minute has passed; an hour bar keeps its place and re-emits.
TEST_F(ForecastPanelTest, SelectionFollowsTheMinute) {
    QSignalSpy activated(&panel, &ForecastPanel::barActivated);
    QSignalSpy cleared(&panel, &ForecastPanel::barCleared);
    panel.activateBar(30);
    activated.clear();
    ForecastBuckets b = sampleForecast();
    b.originMs = kOrigin + kMin;
    std::rotate(b.perMinute.begin(), b.perMinute.begin() + 1, b.perMinute.end());
    panel.setBuckets(b);
    EXPECT_EQ(panel.selectedBar(), 29);
    EXPECT_EQ(activated.count(), 0);
    EXPECT_EQ(cleared.count(), 0);
    b.originMs = kOrigin + 31 * kMin;
    panel.setBuckets(b);
    EXPECT_EQ(panel.selectedBar(), -1);
    EXPECT_EQ(cleared.count(), 1);

    panel.setRange(ForecastPanel::Range::NextDay);
    panel.activateBar(2);
    activated.clear();
    b.originMs += kMin;
    panel.setBuckets(b);
    EXPECT_EQ(panel.selectedBar(), 2);
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.at(0).at(1).toLongLong(), b.originMs + 2 * kHour);
}

TEST(ForecastPanelColours, BarsStandOut_InBothPalettes) {
    for (Theme theme : {Theme::Light, Theme::Dark}) {
        ForecastPanel panel;
        panel.setPalette(RenderEnvironment::palette(theme));
        QChart *chart = panel.chartView()->chart();
        const QColor background = chart->backgroundBrush().color();
        EXPECT_EQ(background, RenderEnvironment::palette(theme).color(QPalette::Window));
        auto *series = qobject_cast<QBarSeries *>(chart->series().value(0));
        ASSERT_TRUE(series);
        QBarSet *set = series->barSets().value(0);
        EXPECT_GE(contrastRatio(set->color(), background), 3.0) << themeName(theme).toStdString();
        EXPECT_GE(contrastRatio(set->selectedColor(), background), 3.0);
        EXPECT_NE(set->selectedColor(), set->color());
        EXPECT_EQ(chart->animationOptions(), QChart::NoAnimation);
        EXPECT_FALSE(chart->legend()->isVisible());
    }
}

} // namespace
