// The retry forecast on the validations screen: it shows the loaded cycles' coming attempts,
// clicking a bar filters the table to exactly the cycles with an attempt due in it (as the
// forecast counted them), the "Due …" button and Escape take the filter off, and hiding the
// forecast stops its work.
#include "DashboardFixture.h"

#include "dashboard/DashboardActions.h"
#include "dashboard/FilterBar.h"
#include "forecast/ForecastPanel.h"
#include "models/ForecastFeed.h"

#include <QAction>
#include <QChartView>
#include <QTest>
#include <QToolButton>

using namespace rd;
using namespace rd::test;

namespace {

class DashboardForecast : public DashboardFixture {
protected:
    ui::ForecastPanel &panel() { return *screen().forecast(); }
    // Every row of the table passes the bar's window in the model's own matcher.
    int rowsWithAttemptIn(qint64 origin, qint64 from, qint64 to) {
        ValidationFilter f;
        f.dueOriginMs = origin;
        f.dueFromMs = from;
        f.dueToMs = to;
        return int(
            ValidationFilterMatcher(f, model().store(), model().serverNowMs()).selectAll().size());
    }
};

TEST_F(DashboardForecast, Shown_ByDefault_WithTheLoadedCyclesAttempts) {
    ASSERT_TRUE(panel().isVisible());
    ASSERT_TRUE(screen().forecastFeed().hasResult());
    const ForecastBuckets b = forecast(model().store(), model().serverNowMs());
    EXPECT_TRUE(panel().buckets() == b);
    int attempts = 0;
    for (int n : b.perMinute) {
        attempts += n;
    }
    EXPECT_GT(attempts, 0) << "the small dataset has pending cycles due within the hour";
    EXPECT_TRUE(panel().summaryText().contains(QString::number(attempts)))
        << panel().summaryText().toStdString();
}

TEST_F(DashboardForecast, ClickingABar_FiltersTheTableToItsCycles_DueButtonClearsIt) {
    const int total = model().rowCount();
    int bar = -1;
    for (int i = 0; i < panel().barCount(); ++i) {
        if (panel().attemptsAt(i) > 0) {
            bar = i;
            break;
        }
    }
    ASSERT_GE(bar, 0);
    const int attempts = panel().attemptsAt(bar);
    QTest::mouseClick(panel().chartView()->viewport(), Qt::LeftButton, {},
                      panel().barColumnRect(bar).center());
    ASSERT_EQ(panel().selectedBar(), bar);
    const qint64 origin = panel().buckets().originMs;
    const qint64 from = panel().barFromMs(bar), to = panel().barToMs(bar);
    // Exactly the cycles the bar counted: each has one attempt in a one-minute bar.
    EXPECT_EQ(model().rowCount(), attempts);
    EXPECT_EQ(model().rowCount(), rowsWithAttemptIn(origin, from, to));
    for (int row = 0; row < model().rowCount(); ++row) {
        EXPECT_EQ(model().index(row, 0).data(ValidationTableModel::TerminalStateRole).toInt(),
                  int(TerminalState::Pending));
    }
    ui::FilterBar &filters = *screen().filterBar();
    ASSERT_TRUE(filters.hasDueWindow());
    ASSERT_TRUE(filters.dueWindowButton()->isVisible());
    EXPECT_TRUE(filters.dueWindowButton()->text().startsWith(QStringLiteral("Due ")));

    filters.dueWindowButton()->click(); // the filter off, the bar unselected
    EXPECT_EQ(model().rowCount(), total);
    EXPECT_EQ(panel().selectedBar(), -1);
    EXPECT_FALSE(filters.dueWindowButton()->isVisible());

    // Keyboard: the same bar with Enter, then Escape takes it off again.
    panel().chartView()->setFocus();
    panel().activateBar(bar);
    EXPECT_EQ(model().rowCount(), attempts);
    QTest::keyClick(panel().chartView(), Qt::Key_Escape);
    EXPECT_EQ(model().rowCount(), total);
    EXPECT_FALSE(filters.hasDueWindow());
}

TEST_F(DashboardForecast, Hidden_StopsTheFeed_AndClearsTheBarFilter) {
    int bar = 0;
    while (bar < panel().barCount() && panel().attemptsAt(bar) == 0) {
        ++bar;
    }
    ASSERT_LT(bar, panel().barCount());
    panel().activateBar(bar);
    ASSERT_TRUE(screen().filterBar()->hasDueWindow());
    screen().commands().showForecast->trigger(); // Ctrl+Shift+F
    EXPECT_FALSE(panel().isVisible());
    EXPECT_FALSE(screen().forecastFeed().isActive());
    EXPECT_FALSE(screen().filterBar()->hasDueWindow()) << "no filter left behind a hidden chart";
    const int starts = screen().forecastFeed().recomputeCount();
    m_clock.advance(Millis(120'000)); // minutes pass: nothing computed while hidden
    QCoreApplication::processEvents();
    EXPECT_EQ(screen().forecastFeed().recomputeCount(), starts);
    screen().commands().showForecast->trigger();
    EXPECT_TRUE(panel().isVisible());
    EXPECT_TRUE(screen().forecastFeed().isActive());
    EXPECT_GT(screen().forecastFeed().recomputeCount(), starts);
}

} // namespace
