// Cancel through the screen: a confirmation first, then seed 001's 200 and, the second time,
// 422 retry_not_active shown as "this cycle has already ended" followed by a refresh.
#include "DashboardFixture.h"

#include "dashboard/CancelCycleDialog.h"

using namespace rd;
using rd::test::DashboardFixture;

namespace {

class DashboardCancel : public DashboardFixture {
protected:
    void SetUp() override {
        DashboardFixture::SetUp();
        screen().setConfirmCancel([this](ui::CancelCycleDialog &) {
            ++m_asked;
            return m_answer;
        });
    }
    int m_asked = 0;
    bool m_answer = true;
};

TEST_F(DashboardCancel, CancelTwice_SecondSaysTheCycleHasAlreadyEnded) {
    const QString id = QLatin1String(sandbox::demo::kPendingId);
    ASSERT_TRUE(m_h->selectAndLoad(id));
    const WriteOutcome first = awaitWrite([&] { screen().cancelCycle(); });
    EXPECT_EQ(first.kind, WriteOutcome::Kind::Applied) << qPrintable(first.message);
    EXPECT_EQ(screen().detailPanel()->message(), QStringLiteral("Retry cycle cancelled."));
    ASSERT_TRUE(m_h->waitUntil([&] {
        return screen().detailPanel()->fieldText(QStringLiteral("terminal_state")) ==
               QStringLiteral("cancelled");
    }));

    const WriteOutcome second = awaitWrite([&] { screen().cancelCycle(); });
    EXPECT_EQ(second.kind, WriteOutcome::Kind::AlreadyEnded);
    EXPECT_TRUE(screen().detailPanel()->message().startsWith(
        QStringLiteral("This cycle has already ended")))
        << qPrintable(screen().detailPanel()->message());
    EXPECT_EQ(m_asked, 2);
    EXPECT_EQ(server().writesApplied(id), 1);
    EXPECT_EQ(countdown(id), QString()) << "a cancelled cycle has no next attempt";
}

TEST_F(DashboardCancel, AlreadyEnded_RefreshesTheRowFromTheServer) {
    const QString id = QLatin1String(sandbox::demo::kPendingId);
    ASSERT_TRUE(m_h->selectAndLoad(id));
    // Someone else cancels it meanwhile: the table still says pending.
    ASSERT_EQ(server().validation(id)->retryState->terminalState, TerminalState::Pending);
    Validation v = *server().validation(id);
    v.retryState->terminalState = TerminalState::Cancelled;
    v.retryState->nextAttemptAt.reset();
    v.retryState->cancelledAt = server().serverNow();
    server().insertValidation(v);
    EXPECT_FALSE(countdown(id).isEmpty());

    const WriteOutcome o = awaitWrite([&] { screen().cancelCycle(); });
    EXPECT_EQ(o.kind, WriteOutcome::Kind::AlreadyEnded);
    ASSERT_TRUE(m_h->waitUntil([&] { return countdown(id).isEmpty(); }));
}

TEST_F(DashboardCancel, Declining_SendsNothing) {
    ASSERT_TRUE(m_h->selectAndLoad(QLatin1String(sandbox::demo::kPendingId)));
    m_answer = false;
    const int before = server().requestsReceived();
    screen().cancelCycle();
    QCoreApplication::processEvents();
    EXPECT_EQ(m_asked, 1);
    EXPECT_EQ(server().requestsReceived(), before);
}

} // namespace
