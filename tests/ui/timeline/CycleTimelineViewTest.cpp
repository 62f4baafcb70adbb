// The drawn retry timeline in the detail panel: its accessible description is the plan's, every
// marker (attempts made and planned, Now, the end) answers a hover with a tooltip, labels drawn in
// one row never overlap, Now moves on the injected clock only while the cycle is pending, and the
// Retry state field is a chip whose accessible name is its text.
#include "validations/CycleTimelineView.h"
#include "core/FakeClock.h"
#include "dashboard/DetailPanel.h"
#include "models/CycleTimelinePlan.h"
#include "support/RenderedTest.h"
#include "validations/ChipLabel.h"

#include <QApplication>
#include <QHelpEvent>
#include <QToolTip>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace rd;
using namespace rd::ui;

namespace {

class CycleTimelineViewTest : public rd::test::RenderedTest {
protected:
    FakeClock clock; // 2026-01-01 12:00:00 UTC
    QDateTime now() const { return clock.utcNow(); }

    // Created two hours ago; 2 of 5 retries made ten minutes apart, the next in 5 min 30 s.
    api::ValidationDetail pending() const {
        api::ValidationDetail d;
        d.validation.id = QStringLiteral("0000000a-0000-4000-8000-000000000002");
        d.validation.createdAt = now().addSecs(-7200);
        d.validation.outcome = Outcome::NotFound;
        d.validation.source = Source::Api;
        RetryState s;
        s.enabled = true;
        s.maxRetries = 5;
        s.intervalSeconds = 600;
        s.outcomes = kRetryableOutcomes;
        s.attemptsCompleted = 2;
        s.terminalState = TerminalState::Pending;
        s.nextAttemptAt = now().addSecs(330);
        d.validation.retryState = s;
        for (int k = 1; k <= 2; ++k) {
            api::RetryAttempt a;
            a.attempt = k;
            a.at = now().addSecs(-270 - 600 * (2 - k));
            a.outcome = Outcome::NotFound;
            d.history.append(a);
        }
        return d;
    }
    api::ValidationDetail exhausted() const {
        api::ValidationDetail d = pending();
        RetryState &s = *d.validation.retryState;
        s.terminalState = TerminalState::Exhausted;
        s.nextAttemptAt.reset();
        s.exhaustedAt = now().addSecs(-60);
        s.attemptsCompleted = 5;
        d.history.clear();
        for (int k = 1; k <= 5; ++k) {
            api::RetryAttempt a;
            a.attempt = k;
            a.at = now().addSecs(-60 - 600 * (5 - k));
            a.outcome = Outcome::Error;
            d.history.append(a);
        }
        return d;
    }

    std::unique_ptr<DetailPanel> shown(const api::ValidationDetail &d) {
        auto panel = std::make_unique<DetailPanel>();
        panel->setAttribute(Qt::WA_DontShowOnScreen);
        panel->resize(480, 760);
        panel->show();
        panel->showDetail(d, QStringLiteral("req_1"), now(), Qt::UTC);
        QCoreApplication::sendPostedEvents();
        return panel;
    }
};

TEST_F(CycleTimelineViewTest, AccessibleDescription_IsThePlansInWords) {
    auto panel = shown(pending());
    CycleTimelineView *chart = panel->timelineChart();
    ASSERT_TRUE(chart->isVisible());
    ASSERT_TRUE(chart->plan());
    const CycleTimelinePlan plan = CycleTimelinePlan::build(pending(), now().toMSecsSinceEpoch());
    EXPECT_EQ(chart->accessibleDescription(), plan.description(Qt::UTC));
    EXPECT_EQ(chart->accessibleDescription(),
              QStringLiteral("Timeline: 2 attempts made, 3 planned, next at 12:05 UTC; will stop "
                             "after retry 5 of 5 unless one is valid."));
    EXPECT_FALSE(chart->accessibleName().isEmpty());
    EXPECT_GE(chart->height(), 90);
    EXPECT_EQ(panel->timeline()->topLevelItemCount(), 3) << "the table is still there";

    panel->showDetail(exhausted(), QStringLiteral("req_2"), now(), Qt::TimeSpec::LocalTime);
    EXPECT_EQ(chart->accessibleDescription(),
              CycleTimelinePlan::build(exhausted(), now().toMSecsSinceEpoch())
                  .description(Qt::LocalTime));
    EXPECT_TRUE(chart->accessibleDescription().contains(QStringLiteral("exhausted at")));
}

TEST_F(CycleTimelineViewTest, EveryMarker_HasAHoverTooltip) {
    auto panel = shown(pending());
    CycleTimelineView *chart = panel->timelineChart();
    const QList<CycleTimelineView::Marker> markers = chart->markers();
    int made = 0, planned = 0, nowMarks = 0, ends = 0;
    for (const auto &m : markers) {
        using Kind = CycleTimelineView::Marker::Kind;
        made += m.kind == Kind::Made;
        planned += m.kind == Kind::Planned;
        nowMarks += m.kind == Kind::Now;
        ends += m.kind == Kind::End;
        ASSERT_TRUE(chart->rect().contains(m.hit.center().toPoint()));
        const QString tip = chart->toolTipAt(m.hit.center().toPoint());
        EXPECT_FALSE(tip.isEmpty()) << int(m.kind) << " " << m.index;
    }
    EXPECT_EQ(made, 2);
    EXPECT_EQ(planned, 3);
    EXPECT_EQ(nowMarks, 1);
    EXPECT_EQ(ends, 1);

    // Retry 3 of 5, the next attempt: its number, time and state.
    const auto next = std::find_if(markers.begin(), markers.end(), [](const auto &m) {
        return m.kind == CycleTimelineView::Marker::Kind::Planned && m.index == 0;
    });
    ASSERT_NE(next, markers.end());
    const QPoint at = next->hit.center().toPoint();
    const QString tip = chart->toolTipAt(at);
    EXPECT_TRUE(tip.contains(QStringLiteral("Retry 3 of 5"))) << qPrintable(tip);
    EXPECT_TRUE(tip.contains(QStringLiteral("2026-01-01 12:05:30 UTC"))) << qPrintable(tip);
    EXPECT_TRUE(tip.contains(QStringLiteral("planned"))) << qPrintable(tip);

    // Through the real event: a hover shows it.
    QHelpEvent help(QEvent::ToolTip, at, chart->mapToGlobal(at));
    QApplication::sendEvent(chart, &help);
    EXPECT_TRUE(QToolTip::isVisible());
    EXPECT_EQ(QToolTip::text(), tip);
    QToolTip::hideText();

    const auto first = std::find_if(markers.begin(), markers.end(), [](const auto &m) {
        return m.kind == CycleTimelineView::Marker::Kind::Made && m.index == 0;
    });
    ASSERT_NE(first, markers.end());
    const QString madeTip = chart->toolTipAt(first->hit.center().toPoint());
    EXPECT_TRUE(madeTip.contains(QStringLiteral("Retry 1"))) << qPrintable(madeTip);
    EXPECT_TRUE(madeTip.contains(QStringLiteral("not found"))) << qPrintable(madeTip);

    EXPECT_TRUE(chart->toolTipAt(QPoint(2, chart->height() - 2)).isEmpty())
        << "away from every marker";
}

TEST_F(CycleTimelineViewTest, DrawnLabels_NeverOverlap_EvenWhenNarrow) {
    for (const auto &detail : {pending(), exhausted()}) {
        for (int width : {480, 320, 240}) {
            auto panel = shown(detail);
            panel->resize(width, 760);
            QCoreApplication::sendPostedEvents();
            CycleTimelineView *chart = panel->timelineChart();
            QList<QRectF> labels;
            for (const auto &m : chart->markers()) {
                if (m.labelRect.isNull()) {
                    continue;
                }
                EXPECT_TRUE(chart->rect().contains(m.labelRect.toAlignedRect()))
                    << width << ": " << qPrintable(m.label) << " is clipped";
                for (const QRectF &other : labels) {
                    EXPECT_FALSE(other.intersects(m.labelRect))
                        << width << ": " << qPrintable(m.label) << " overlaps another label";
                }
                labels.append(m.labelRect);
            }
            EXPECT_GE(labels.size(), 3) << width << ": the end, Now and at least one attempt";
        }
    }
}

TEST_F(CycleTimelineViewTest, Now_MovesOnTheClock_OnlyWhilePendingAndVisible) {
    auto panel = shown(pending());
    panel->setNowSource(&clock, [this] { return now(); });
    CycleTimelineView *chart = panel->timelineChart();
    const qint64 before = chart->plan()->nowMs;
    EXPECT_EQ(clock.pendingTimers(), 1);

    clock.advance(Millis(6 * 60 * 1000)); // past the next attempt's time
    EXPECT_GT(chart->plan()->nowMs, before);
    EXPECT_LE(now().toMSecsSinceEpoch() - chart->plan()->nowMs, chart->msPerPixel() + 1000)
        << "redrawn each time Now moves by a pixel";
    ASSERT_FALSE(chart->plan()->planned.isEmpty());
    EXPECT_TRUE(chart->plan()->planned[0].overdue);
    EXPECT_TRUE(chart->accessibleDescription().contains(QStringLiteral("overdue")))
        << qPrintable(chart->accessibleDescription());

    panel->hide();
    EXPECT_EQ(clock.pendingTimers(), 0) << "hidden: no repaint";
    panel->show();
    EXPECT_EQ(clock.pendingTimers(), 1);

    panel->showDetail(exhausted(), QStringLiteral("req_2"), now(), Qt::UTC);
    EXPECT_EQ(clock.pendingTimers(), 0) << "an ended cycle has nothing counting down";
}

TEST_F(CycleTimelineViewTest, RetryState_IsAChip_NamedByItsText) {
    auto panel = shown(exhausted());
    ChipLabel *chip = panel->stateChip();
    EXPECT_EQ(chip->kind(), ChipKind::Exhausted);
    EXPECT_EQ(chip->text(), QStringLiteral("Exhausted"));
    EXPECT_EQ(chip->accessibleName(), chip->text());
    EXPECT_EQ(panel->fieldText(QStringLiteral("terminal_state")), QStringLiteral("exhausted"));
    EXPECT_GE(chip->height(), chip->fontMetrics().height());

    ChipLabel wide(ChipKind::Pending, QStringLiteral("Pending"));
    ChipLabel wider(ChipKind::Pending, QStringLiteral("Pending · attempt 2 of 5"));
    EXPECT_GT(wider.sizeHint().width(), wide.sizeHint().width());
    EXPECT_EQ(wider.accessibleName(), QStringLiteral("Pending · attempt 2 of 5"));

    api::ValidationDetail none = exhausted();
    none.validation.retryState.reset();
    none.history.clear();
    panel->showDetail(none, QStringLiteral("req_3"), now(), Qt::UTC);
    EXPECT_EQ(chip->kind(), ChipKind::NoCycle);
    EXPECT_EQ(panel->fieldText(QStringLiteral("terminal_state")), QStringLiteral("no cycle"));
    EXPECT_TRUE(
        panel->timelineChart()->accessibleDescription().contains(QStringLiteral("no retry policy")))
        << qPrintable(panel->timelineChart()->accessibleDescription());
}

} // namespace

namespace {

// RETRYDESK_TIMELINE_DUMP=<dir>: writes the drawn timeline of several cycles at several widths,
// in both themes (timeline_<case>_<width>_<theme>.png), to look at them.
TEST_F(CycleTimelineViewTest, Drawings_CanBeLookedAt) {
    const QString dir = qEnvironmentVariable("RETRYDESK_TIMELINE_DUMP");
    if (dir.isEmpty()) {
        GTEST_SKIP() << "set RETRYDESK_TIMELINE_DUMP to a folder to write the drawings as PNGs";
    }
    api::ValidationDetail overdue = pending();
    overdue.validation.retryState->nextAttemptAt = now().addSecs(-90);
    api::ValidationDetail noInterval = pending();
    noInterval.validation.retryState->intervalSeconds.reset();
    api::ValidationDetail none = pending();
    none.validation.retryState.reset();
    none.history.clear();
    api::ValidationDetail daily = pending();
    daily.validation.retryState->intervalSeconds = 86400;
    daily.validation.retryState->maxRetries = 4;
    const QList<std::pair<const char *, api::ValidationDetail>> cases{
        {"pending", pending()},     {"exhausted", exhausted()}, {"overdue", overdue},
        {"nointerval", noInterval}, {"nocycle", none},          {"daily", daily}};
    for (Theme theme : {Theme::Light, Theme::Dark}) {
        RenderEnvironment::applyTheme(theme);
        for (const auto &[name, detail] : cases) {
            for (int width : {480, 320, 240}) {
                auto panel = shown(detail);
                panel->resize(width, 760);
                QCoreApplication::sendPostedEvents();
                panel->timelineChart()->grab().save(QStringLiteral("%1/timeline_%2_%3_%4.png")
                                                        .arg(dir, QLatin1String(name))
                                                        .arg(width)
                                                        .arg(themeName(theme)));
            }
        }
    }
}

} // namespace
