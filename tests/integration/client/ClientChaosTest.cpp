// The client's chaos test: 2,000 writes through the client against the sandbox with 15% 5xx,
// 5% 429, 5% resets and 2% commit-then-drop. Every write is applied exactly once; every
// operation ends confirmed or with a surfaced error, and surfaced ones are reconciled with the
// same key and body.
#include "ClientSandboxTest.h"

#include <QElapsedTimer>

#include <iostream>

using namespace rd;
using namespace rd::net;
using namespace rd::net::test;
using rd::sandbox::FaultKind;

namespace {
struct Write {
    QString validationId;
    Result result;
    bool finished = false;
};
} // namespace

class Chaos : public ClientSandboxTest {
protected:
    // Starts writes[next…] while fewer than `window` are unfinished, as a bulk runner would.
    void pump(QList<Write> &writes, int &next, int &open, int window, bool reconcile) {
        while (open < window && next < writes.size()) {
            Write &w = writes[next++];
            if (reconcile && w.result.ok()) {
                continue;
            }
            const QString key = reconcile ? w.result.idempotencyKey : QString();
            Operation *op = m_client->put(policyPath(w.validationId), policyBody(), key);
            track(op);
            ++open;
            w.finished = false;
            QObject::connect(
                op, &Operation::finished, op,
                [this, &writes, &next, &open, window, reconcile, wp = &w](const Result &r) {
                    wp->result = r;
                    wp->finished = true;
                    --open;
                    pump(writes, next, open, window, reconcile);
                });
        }
    }
};

TEST_F(Chaos, TwoThousandWritesUnderFaults_AreEachAppliedExactlyOnce) {
    constexpr int kWrites = 2000;
    constexpr int kWindow = 64;
    QList<Write> writes(kWrites);
    for (Write &w : writes) {
        w.validationId = m_server->addValidation(Outcome::NotFound);
    }
    sandbox::FaultConfig faults;
    faults.set(FaultKind::Http500, 0.05)
        .set(FaultKind::Http502, 0.05)
        .set(FaultKind::Http504, 0.05);
    faults.set(FaultKind::Http429, 0.05);
    faults.set(FaultKind::ResetBeforeReply, 0.05);
    faults.set(FaultKind::CommitThenDrop, 0.02);
    faults.retryAfterSeconds = 1;
    m_server->setFaults(faults);
    QHash<QString, int> faultCounts;
    QObject::connect(m_server.get(), &sandbox::SandboxServer::requestHandled, m_server.get(),
                     [&](const QString &, const QString &, int, const QString &fault) {
                         if (!fault.isEmpty()) {
                             ++faultCounts[fault];
                         }
                     });

    QElapsedTimer real;
    real.start();
    const Millis fakeStart = m_clock.monotonicNow();
    int next = 0;
    int open = 0;
    pump(writes, next, open, kWindow, false);
    ASSERT_TRUE(drive([&] { return next == kWrites && open == 0; }));
    const int requestsUnderChaos = m_server->requestsReceived();
    const Millis fakeElapsed = m_clock.monotonicNow() - fakeStart;

    QHash<ErrorKind, int> endings;
    int replayed = 0;
    int retried = 0;
    for (const Write &w : std::as_const(writes)) {
        ASSERT_TRUE(w.finished);
        ++endings[w.result.errorKind];
        replayed += w.result.replayed;
        retried += w.result.attempts > 1;
        if (w.result.ok()) {
            EXPECT_EQ(m_server->appliedCount(w.result.idempotencyKey), 1)
                << w.validationId.toStdString();
            EXPECT_EQ(m_server->writesApplied(w.validationId), 1) << w.validationId.toStdString();
        } else {
            // Surfaced: a sentence for the user, and never applied twice.
            EXPECT_FALSE(w.result.userMessage.isEmpty());
            EXPECT_LE(m_server->writesApplied(w.validationId), 1);
        }
    }

    // Reconcile the surfaced ones once the faults are gone: same key, same body.
    m_server->setFaults({});
    const int surfaced = kWrites - endings.value(ErrorKind::None);
    next = 0;
    open = 0;
    pump(writes, next, open, kWindow, true);
    ASSERT_TRUE(drive([&] { return next == kWrites && open == 0; }));
    for (const Write &w : std::as_const(writes)) {
        ASSERT_TRUE(w.result.ok()) << w.result.userMessage.toStdString();
        EXPECT_EQ(m_server->appliedCount(w.result.idempotencyKey), 1);
        EXPECT_EQ(m_server->writesApplied(w.validationId), 1) << w.validationId.toStdString();
    }

    QStringList faultText;
    for (auto it = faultCounts.cbegin(); it != faultCounts.cend(); ++it) {
        faultText << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    }
    faultText.sort();
    std::cout << "[chaos] writes=" << kWrites << " window=" << kWindow
              << " requests=" << requestsUnderChaos
              << " amplification=" << double(requestsUnderChaos) / kWrites
              << " retried_ops=" << retried << " replayed=" << replayed
              << " confirmed=" << endings.value(ErrorKind::None)
              << " gave_up=" << endings.value(ErrorKind::GaveUp)
              << " budget_exhausted=" << endings.value(ErrorKind::BudgetExhausted)
              << " deadline=" << endings.value(ErrorKind::DeadlineExceeded) << " other_errors="
              << surfaced - endings.value(ErrorKind::GaveUp) -
                     endings.value(ErrorKind::BudgetExhausted) -
                     endings.value(ErrorKind::DeadlineExceeded)
              << " reconciled=" << surfaced << " fake_s=" << fakeElapsed.count() / 1000
              << " real_ms=" << real.elapsed() << " faults: " << faultText.join(u' ').toStdString()
              << std::endl;
    EXPECT_GT(endings.value(ErrorKind::None), kWrites * 95 / 100);
    EXPECT_GT(replayed, 0); // commit-then-drop was answered by the replay of the first write
}
