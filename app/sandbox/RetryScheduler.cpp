#include "sandbox/RetryScheduler.h"

#include "domain/JsonUtil.h"

#include <QJsonObject>

namespace rd::sandbox {

RetryScheduler::RetryScheduler(Clock &serverClock, ValidationStore &store, Random &random,
                               double resolveProbability, QObject *timerContext)
    : m_clock(serverClock)
    , m_store(store)
    , m_random(random)
    , m_resolveProbability(resolveProbability)
    , m_context(timerContext) {}

void RetryScheduler::schedule(ValidationRecord &r) {
    if (r.timer) {
        m_clock.cancel(r.timer);
        r.timer = 0;
    }
    const auto &rs = r.v.retryState;
    if (!rs || !rs->isActive() || !rs->nextAttemptAt) {
        return;
    }
    const qint64 delay = std::max<qint64>(0, m_clock.utcNow().msecsTo(*rs->nextAttemptAt));
    const QString id = r.v.id;
    r.timer = m_clock.callAfter(Millis(delay), m_context, [this, id] { attempt(id); });
}

Outcome RetryScheduler::drawOutcome(const RetryState &rs) {
    constexpr quint64 kScale = 1'000'000;
    const double draw = double(m_random.uniform(0, kScale - 1)) / double(kScale);
    if (draw < m_resolveProbability) {
        return Outcome::Valid;
    }
    // A failed retry comes back with one of the outcomes the policy retries on, so the cycle goes
    // on.
    const QList<Outcome> outs =
        rs.outcomes && !rs.outcomes->isEmpty() ? *rs.outcomes : kRetryableOutcomes;
    return outs.at(int(m_random.uniform(0, quint64(outs.size() - 1))));
}

void RetryScheduler::attempt(const QString &id) {
    ValidationRecord *r = m_store.find(id);
    if (!r) {
        return;
    }
    r->timer = 0;
    auto &rs = r->v.retryState;
    if (!rs || !rs->isActive()) {
        return;
    }
    const QDateTime now = m_clock.utcNow();
    const Outcome outcome = drawOutcome(*rs);
    ++rs->attemptsCompleted;
    r->v.outcome = outcome;
    r->v.updatedAt = now;
    r->history.append(QJsonObject{{QLatin1String("attempt"), rs->attemptsCompleted},
                                  {QLatin1String("at"), json::formatTimestamp(now)},
                                  {QLatin1String("outcome"), toWire(outcome)}});
    if (outcome == Outcome::Valid) {
        rs->terminalState = TerminalState::Resolved;
        rs->resolvedAt = now;
        rs->nextAttemptAt.reset();
    } else if (rs->attemptsCompleted >= rs->maxRetries.value_or(0)) {
        rs->terminalState = TerminalState::Exhausted;
        rs->exhaustedAt = now;
        rs->nextAttemptAt.reset();
    } else {
        rs->nextAttemptAt = now.addSecs(rs->intervalSeconds.value_or(300));
        schedule(*r);
    }
    m_store.noteCycle(*r);
    if (m_onAttempt) {
        m_onAttempt(*r);
    }
}

} // namespace rd::sandbox
