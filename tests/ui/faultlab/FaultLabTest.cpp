// The fault lab driven through its widgets, on the validations screen and the embedded sandbox
// over loopback (fake clock): what a tester would watch — the request log's waits, the banner,
// the countdowns.
#include "dashboard/DashboardFixture.h"

#include "dashboard/OutageBanner.h"
#include "faultlab/FaultLabPanel.h"
#include "net/RequestLog.h"

#include <QAbstractButton>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace rd;
using rd::test::DashboardFixture;
using Preset = rd::ui::FaultLabController::Preset;

namespace {

class FaultLab : public DashboardFixture {
protected:
    void SetUp() override {
        DashboardFixture::SetUp();
        m_panel = std::make_unique<ui::FaultLabPanel>(server());
        m_panel->setAttribute(Qt::WA_DontShowOnScreen);
        m_panel->show();
    }
    void TearDown() override { m_panel.reset(); }

    void click(Preset p) { QTest::mouseClick(m_panel->presetButton(p), Qt::LeftButton); }
    net::RequestLog &log() { return m_h->service().requestLog(); }

    // Rows of the request log from row `from` on with this status.
    QList<net::RequestLog::Entry> entriesWithStatus(int status, int from = 0) {
        QList<net::RequestLog::Entry> out;
        for (int row = from; row < log().rowCount(); ++row) {
            if (log().entry(row).status == status) {
                out.append(log().entry(row));
            }
        }
        return out;
    }

    std::unique_ptr<ui::FaultLabPanel> m_panel;
};

TEST_F(FaultLab, StormThenReset_TheRequestLogWaitsRetryAfterThenRequestsSucceed) {
    click(Preset::RateLimitStorm);
    m_panel->retryAfterBox()->setValue(3);
    EXPECT_TRUE(m_panel->presetButton(Preset::RateLimitStorm)->isChecked());
    EXPECT_EQ(m_panel->stateText(),
              QStringLiteral("429 storm on: 429 with Retry-After 3 s on every request."));

    std::optional<bool> refreshed;
    QString message;
    QObject::connect(&m_h->service(), &ValidationService::refreshFinished, m_panel.get(),
                     [&](bool ok, const QString &why) {
                         refreshed = ok;
                         message = why;
                     });
    const int from = log().rowCount();
    m_h->service().refresh();
    ASSERT_TRUE(m_h->waitUntil([&] { return entriesWithStatus(429, from).size() >= 2; }, 500));
    const auto throttled = entriesWithStatus(429, from);
    for (const auto &e : throttled.mid(0, throttled.size() - 1)) {
        if (e.waitMs >= 0) {
            EXPECT_EQ(e.waitMs, 3000) << "the wait is the server's Retry-After";
            EXPECT_EQ(e.waitReason, net::WaitReason::RetryAfter);
        }
    }
    EXPECT_EQ(throttled.first().waitMs, 3000);
    EXPECT_EQ(throttled.first().waitReason, net::WaitReason::RetryAfter);
    EXPECT_TRUE(m_panel->activityText().contains(QStringLiteral("429 × ")))
        << qPrintable(m_panel->activityText());
    ASSERT_TRUE(m_h->waitUntil([&] { return refreshed.has_value(); }, 1000));
    EXPECT_FALSE(*refreshed) << "the storm outlasted the refresh's retries";
    EXPECT_TRUE(message.contains(QStringLiteral("429")) ||
                message.contains(QStringLiteral("rate"), Qt::CaseInsensitive))
        << qPrintable(message);
    refreshed.reset();

    QTest::mouseClick(m_panel->resetButton(), Qt::LeftButton);
    EXPECT_TRUE(m_panel->presetButton(Preset::Normal)->isChecked());
    EXPECT_FALSE(m_panel->resetButton()->isEnabled());
    const int afterReset = log().rowCount();
    m_clock.advance(Millis(60'000)); // the budget refills; the screen checks again by itself
    m_h->service().refresh();
    ASSERT_TRUE(m_h->waitUntil([&] { return refreshed.has_value(); }, 500, 2000));
    EXPECT_TRUE(*refreshed) << qPrintable(message);
    EXPECT_FALSE(entriesWithStatus(200, afterReset).isEmpty());
    EXPECT_TRUE(entriesWithStatus(429, afterReset).isEmpty());
    EXPECT_TRUE(screen().banner()->isHidden());
}

TEST_F(FaultLab, ClockAhead_LeavesTheShownCountdownsUnchanged) {
    const QString id = QLatin1String(sandbox::demo::kPendingId);
    const QString before = countdown(id);
    ASSERT_FALSE(before.isEmpty());
    click(Preset::ClockAhead);
    EXPECT_EQ(server().clockOffsetSeconds(), ui::FaultLabController::kClockAheadSeconds);
    m_h->service().refresh();
    ASSERT_TRUE(m_h->waitForRefresh());
    EXPECT_EQ(m_h->service().clockSkew(), Millis(120'000)) << "the client saw the new Date header";
    EXPECT_EQ(countdown(id), before);

    QTest::mouseClick(m_panel->resetButton(), Qt::LeftButton);
    EXPECT_EQ(server().clockOffsetSeconds(), 0);
    m_h->service().refresh();
    ASSERT_TRUE(m_h->waitForRefresh());
    EXPECT_EQ(m_h->service().clockSkew(), Millis(0));
    EXPECT_EQ(countdown(id), before);
}

// A client holding rows from before a clock change must not see them jump under a refresh the
// storm keeps from getting through: faults come and go, the clock stays where the tester put it.
TEST_F(FaultLab, ClockAhead_StaysOnThroughFaultPresets_NormalTurnsBothOff) {
    click(Preset::ClockAhead);
    click(Preset::RateLimitStorm);
    EXPECT_EQ(server().clockOffsetSeconds(), 120);
    EXPECT_TRUE(m_panel->presetButton(Preset::ClockAhead)->isChecked());
    EXPECT_TRUE(m_panel->presetButton(Preset::RateLimitStorm)->isChecked());
    EXPECT_FALSE(m_panel->presetButton(Preset::Normal)->isChecked());
    EXPECT_TRUE(m_panel->stateText().contains(QStringLiteral("429 storm on")));
    EXPECT_TRUE(m_panel->stateText().contains(QStringLiteral("120 s ahead")));
    click(Preset::ClockAhead); // the toggle: off again, the storm stays
    EXPECT_EQ(server().clockOffsetSeconds(), 0);
    EXPECT_EQ(server().faults().probability(sandbox::FaultKind::Http429), 1.0);
    click(Preset::ClockAhead);
    click(Preset::Normal);
    EXPECT_EQ(server().clockOffsetSeconds(), 0);
    EXPECT_TRUE(server().faults().probabilities.isEmpty() ||
                server().faults().probability(sandbox::FaultKind::Http429) == 0.0);
    EXPECT_TRUE(m_panel->presetButton(Preset::Normal)->isChecked());
    EXPECT_FALSE(m_panel->presetButton(Preset::ClockAhead)->isChecked());
}

TEST_F(FaultLab, EachPreset_SaysWhatIsOnAndEnablesOnlyItsKnobs) {
    click(Preset::Slow);
    EXPECT_TRUE(m_panel->latencyBox()->isEnabled());
    EXPECT_FALSE(m_panel->retryAfterBox()->isEnabled());
    EXPECT_EQ(server().faults().probability(sandbox::FaultKind::Latency), 1.0);
    click(Preset::BadGateway);
    EXPECT_EQ(m_panel->intensityBox()->value(), 50);
    m_panel->intensityBox()->setValue(20);
    EXPECT_DOUBLE_EQ(server().faults().probability(sandbox::FaultKind::Http502), 0.2);
    EXPECT_EQ(server().faults().probability(sandbox::FaultKind::Latency), 0.0) << "one at a time";
    EXPECT_EQ(m_panel->stateText(),
              QStringLiteral("502s on: 502 Bad Gateway on 20 % of requests."));
    click(Preset::Outage);
    EXPECT_EQ(server().faults().probability(sandbox::FaultKind::ResetBeforeReply), 1.0);
    click(Preset::CommitThenDrop);
    EXPECT_EQ(server().faults().probability(sandbox::FaultKind::CommitThenDrop), 0.5);
    for (Preset p : ui::FaultLabController::kPresets) {
        EXPECT_FALSE(m_panel->presetButton(p)->accessibleName().isEmpty());
        EXPECT_FALSE(m_panel->presetButton(p)->accessibleDescription().isEmpty());
    }
}

} // namespace
