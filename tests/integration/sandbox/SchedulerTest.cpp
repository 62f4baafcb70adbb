// The retry scheduler's three endings, driven by the FakeClock and read back over loopback.
#include "SandboxTestSupport.h"

#include <QJsonArray>

using namespace rd;
using namespace rd::sandbox;
using namespace rd::sandbox::test;

namespace {

class Scheduler : public SandboxTest {
protected:
    SandboxOptions options() const override {
        SandboxOptions o = SandboxTest::options();
        o.demoDataset = false;
        o.resolveProbability = m_resolve;
        return o;
    }
    // Through the seed-defined part of GET /v1/validations/{id} only, so both wires read it.
    RetryState stateOf(const QString &id) {
        const auto r = get(QStringLiteral("/v1/validations/") + id);
        EXPECT_EQ(r->status(), 200);
        QString why;
        const auto rs = RetryState::fromJson(
            r->data().toObject().value(QLatin1String("retry_state")).toObject(), &why);
        EXPECT_TRUE(rs) << why.toStdString();
        return rs.value_or(RetryState{});
    }
    double m_resolve = 0.0;
};

class ResolvingScheduler : public Scheduler {
public:
    ResolvingScheduler() { m_resolve = 1.0; }
};

} // namespace

TEST_F(Scheduler, AttemptsEveryInterval_UpdatingAttemptsAndNextAttempt) {
    const QString id = m_server->addValidation(Outcome::NotFound);
    ASSERT_EQ(putPolicy(id, policyBody(3, 600))->status(), 200);
    const QDateTime start = m_server->serverNow();
    m_clock.advance(std::chrono::seconds(599));
    EXPECT_EQ(stateOf(id).attemptsCompleted, 0);
    m_clock.advance(std::chrono::seconds(1));
    const RetryState s = stateOf(id);
    EXPECT_EQ(s.attemptsCompleted, 1);
    EXPECT_EQ(s.nextAttemptAt, start.addSecs(1200));
    EXPECT_EQ(s.terminalState, TerminalState::Pending);
}

TEST_F(Scheduler, NoValidOutcome_EndsExhaustedAfterMaxRetries) {
    const QString id = m_server->addValidation(Outcome::Error);
    ASSERT_EQ(putPolicy(id, policyBody(3, 300))->status(), 200);
    const QDateTime start = m_server->serverNow();
    m_clock.advance(std::chrono::seconds(3 * 300));
    const RetryState s = stateOf(id);
    EXPECT_EQ(s.terminalState, TerminalState::Exhausted);
    EXPECT_EQ(s.attemptsCompleted, 3);
    EXPECT_EQ(s.exhaustedAt, start.addSecs(900));
    EXPECT_FALSE(s.nextAttemptAt);
    EXPECT_TRUE(s.consistencyProblems().isEmpty());
}

TEST_F(Scheduler, RetryHistory_ListsEveryAttempt) {
    if (seedsOnly()) {
        GTEST_SKIP() << "retry_history is RetryDesk's assumption; a seeds-only server has none";
    }
    const QString id = m_server->addValidation(Outcome::Error);
    ASSERT_EQ(putPolicy(id, policyBody(3, 300))->status(), 200);
    m_clock.advance(std::chrono::seconds(3 * 300));
    const QJsonArray history = get(QStringLiteral("/v1/validations/") + id)
                                   ->data()
                                   .toObject()
                                   .value(QLatin1String("retry_history"))
                                   .toArray();
    ASSERT_EQ(history.size(), 3);
    EXPECT_EQ(history.at(2).toObject().value(QLatin1String("attempt")).toInt(), 3);
}

TEST_F(ResolvingScheduler, ValidOutcome_EndsResolvedAtTheFirstAttempt) {
    const QString id = m_server->addValidation(Outcome::CepUnavailable);
    ASSERT_EQ(putPolicy(id, policyBody(5, 900))->status(), 200);
    const QDateTime start = m_server->serverNow();
    m_clock.advance(std::chrono::hours(2));
    const RetryState s = stateOf(id);
    EXPECT_EQ(s.terminalState, TerminalState::Resolved);
    EXPECT_EQ(s.attemptsCompleted, 1);
    EXPECT_EQ(s.resolvedAt, start.addSecs(900));
    EXPECT_EQ(m_server->validation(id)->outcome, Outcome::Valid);
    EXPECT_TRUE(s.consistencyProblems().isEmpty());
}

TEST_F(Scheduler, Cancelled_StopsFurtherAttempts) {
    const QString id = m_server->addValidation(Outcome::NotFound);
    ASSERT_EQ(putPolicy(id, policyBody(5, 300))->status(), 200);
    m_clock.advance(std::chrono::seconds(300));
    ASSERT_EQ(cancel(id)->status(), 200);
    m_clock.advance(std::chrono::hours(5));
    const RetryState s = stateOf(id);
    EXPECT_EQ(s.terminalState, TerminalState::Cancelled);
    EXPECT_EQ(s.attemptsCompleted, 1);
    EXPECT_FALSE(s.nextAttemptAt);
}

TEST_F(Scheduler, PendingFilter_FollowsTheCycleToItsEnd) {
    const QString id = m_server->addValidation(Outcome::NotFound);
    ASSERT_EQ(putPolicy(id, policyBody(1, 300))->status(), 200);
    EXPECT_EQ(get(QStringLiteral("/v1/validations?retry_state=pending"))->data().toArray().size(),
              1);
    m_clock.advance(std::chrono::seconds(300));
    EXPECT_EQ(get(QStringLiteral("/v1/validations?retry_state=pending"))->data().toArray().size(),
              0);
    EXPECT_EQ(get(QStringLiteral("/v1/validations?retry_state=exhausted"))->data().toArray().size(),
              1);
}
