// Countdowns as the table paints them at fixed fake times, and corrected for a server clock 90 s
// ahead.
#include "DashboardFixture.h"

#include "sandbox/FaultConfig.h"

using namespace rd;
using rd::test::DashboardFixture;

namespace {

class DashboardCountdown : public DashboardFixture {};

// DemoData: the pending fixture's next attempt is 330 s after the sandbox started.
TEST_F(DashboardCountdown, PendingFixture_CountsDownOnTheFakeClock) {
    const QString id = QLatin1String(sandbox::demo::kPendingId);
    EXPECT_EQ(countdown(id), QStringLiteral("in 5 min 30 s"));
    m_clock.advance(Millis(60'000));
    EXPECT_EQ(countdown(id), QStringLiteral("in 4 min 30 s"));
    m_clock.advance(Millis(269'500));
    EXPECT_EQ(countdown(id), QStringLiteral("in 1 s"));
    m_clock.advance(Millis(500));
    EXPECT_EQ(countdown(id), QStringLiteral("due now"));
}

TEST_F(DashboardCountdown, RowThatBecameDue_IsRefreshedShortlyAfter) {
    const QString id = QLatin1String(sandbox::demo::kPendingId);
    m_clock.advance(Millis(331'000)); // the sandbox ran the attempt; the ticker saw it due
    QCoreApplication::processEvents();
    m_clock.advance(ValidationService::kDueRefreshDelay);
    ASSERT_TRUE(m_h->waitUntil([&] {
        const auto v = model().validationAt(model().rowForId(id));
        return v && v->retryState && v->retryState->attemptsCompleted == 2;
    })) << "the row shows the attempt the server made";
    const QString text = countdown(id);
    // Resolved (no countdown) or rescheduled one interval (600 s) after the attempt.
    EXPECT_TRUE(text.isEmpty() || text == QStringLiteral("in 9 min 56 s")) << qPrintable(text);
}

class DashboardSkew : public DashboardFixture {
protected:
    void SetUp() override {} // started by the test, after the server's clock is set
};

TEST_F(DashboardSkew, ServerClockNinetySecondsAhead_CountdownsStayRight) {
    start();
    sandbox::FaultConfig faults = server().faults();
    faults.clockOffsetSeconds = 90;
    server().setFaults(faults);
    // Ten minutes from now on the server's clock.
    Validation v = *server().validation(QLatin1String(sandbox::demo::kPendingId));
    v.retryState->nextAttemptAt = server().serverNow().addSecs(600);
    server().insertValidation(v);
    m_h->service().refresh();
    ASSERT_TRUE(m_h->waitForRefresh());
    EXPECT_EQ(m_h->service().clockSkew(), Millis(90'000));
    EXPECT_EQ(countdown(v.id), QStringLiteral("in 10 min")) << "not \"in 11 min 30 s\"";
}

} // namespace
