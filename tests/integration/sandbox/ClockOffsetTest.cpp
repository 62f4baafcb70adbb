// The server clock offset moves the sandbox's whole world: seeded on the server's clock, and a
// change at run time shifts every stored time and keeps every countdown a client derives from the
// Date header (ServerTime + CountdownFormatter) as it was.
#include "SandboxTestSupport.h"

#include "domain/JsonUtil.h"
#include "domain/RetryState.h"
#include "models/CountdownFormatter.h"
#include "models/ServerTime.h"
#include "sandbox/DemoData.h"
#include "sandbox/SandboxCli.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace rd;
using namespace rd::sandbox;
using namespace rd::sandbox::test;

namespace {

class ClockOffset : public SandboxTest {
protected:
    // Every pending cycle's next_attempt_at, read over the wire (all pages), by id.
    QHash<QString, QDateTime> pendingNextAttempts() {
        QHash<QString, QDateTime> out;
        QString cursor;
        do {
            QString target = QStringLiteral("/v1/validations?retry_state=pending&limit=50");
            if (!cursor.isEmpty()) {
                target += QStringLiteral("&cursor=") + cursor;
            }
            const auto page = get(target);
            EXPECT_EQ(page->status(), 200);
            for (const QJsonValue &item : page->data().toArray()) {
                const QJsonObject o = item.toObject();
                const auto rs =
                    RetryState::fromJson(o.value(QLatin1String("retry_state")).toObject());
                if (rs && rs->nextAttemptAt) {
                    out.insert(o.value(QLatin1String("id")).toString(), *rs->nextAttemptAt);
                }
            }
            cursor = page->nextCursor();
        } while (!cursor.isEmpty());
        return out;
    }

    // The server's now as its Date header says, at the moment of the answer.
    static QDateTime dateOf(const Exchange &e) {
        QDateTime t = QLocale::c().toDateTime(QString::fromLatin1(e.header("Date")),
                                              QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        t.setTimeSpec(Qt::UTC);
        return t;
    }

    // The countdown text a client shows for id: next_attempt_at from GET …/{id}, "now" from the
    // local clock plus the skew learned from that answer's Date header.
    QString clientCountdown(const QString &id) {
        const auto r = get(QStringLiteral("/v1/validations/") + id);
        EXPECT_EQ(r->status(), 200);
        const auto rs = RetryState::fromJson(
            r->data().toObject().value(QLatin1String("retry_state")).toObject());
        EXPECT_TRUE(rs && rs->nextAttemptAt);
        if (!rs || !rs->nextAttemptAt) {
            return {};
        }
        ServerTime serverTime(&m_clock);
        serverTime.setSkew(
            ServerTime::skewFromDateHeader(r->header("Date"), m_clock.utcNow().toMSecsSinceEpoch())
                .value_or(Millis(0)));
        return CountdownFormatter::text(rs->nextAttemptAt->toMSecsSinceEpoch(), true,
                                        serverTime.nowMs());
    }

    int attemptsOf(const QString &id) {
        return m_server->validation(id)->retryState->attemptsCompleted;
    }
};

// What `retrydesk-sandbox --clock-offset 3600` does: the CLI's faults applied to a seeded server.
TEST_F(ClockOffset, SandboxCliOffsetAnHourAhead_NoSeededPendingCycleIsOverdue) {
    SandboxCliConfig config;
    QString message;
    int exitCode = 0;
    ASSERT_TRUE(parseSandboxCli({QStringLiteral("retrydesk-sandbox"),
                                 QStringLiteral("--clock-offset"), QStringLiteral("3600")},
                                &config, &message, &exitCode))
        << message.toStdString();
    config.options.wire = m_server->options().wire;
    config.options.datasetSize = 120;
    m_server = std::make_unique<SandboxServer>(m_clock, config.options);
    m_server->setFaults(config.faults);
    ASSERT_TRUE(m_server->listen());

    const auto probe = get(QStringLiteral("/v1/validations?limit=1"));
    const QDateTime serverNow = dateOf(*probe);
    ASSERT_EQ(serverNow, m_clock.utcNow().addSecs(3600));
    const auto pending = pendingNextAttempts();
    ASSERT_GT(pending.size(), 5);
    for (auto it = pending.begin(); it != pending.end(); ++it) {
        EXPECT_GT(it.value(), serverNow) << it.key().toStdString() << " is overdue";
    }
    // The fixture is due 330 s after the start, on the server's clock.
    EXPECT_EQ(pending.value(QLatin1String(demo::kPendingId)), serverNow.addSecs(330));
}

TEST_F(ClockOffset, RuntimeChange_ShiftsEveryNextAttemptByExactlyTheDelta) {
    const auto before = pendingNextAttempts();
    ASSERT_FALSE(before.isEmpty());
    m_server->setClockOffset(120);
    const auto after = pendingNextAttempts();
    ASSERT_EQ(after.size(), before.size());
    for (auto it = before.begin(); it != before.end(); ++it) {
        EXPECT_EQ(after.value(it.key()), it.value().addSecs(120)) << it.key().toStdString();
    }
}

TEST_F(ClockOffset, AdminClockEndpoint_ShiftsTheWorldByTheDeltaFromTheCurrentOffset) {
    m_server->setClockOffset(-300);
    const auto before = pendingNextAttempts();
    const auto r = send("PUT", QStringLiteral("/_admin/clock"), R"({"offset_seconds": 60})");
    ASSERT_EQ(r->status(), 200);
    EXPECT_EQ(r->data().toObject().value(QLatin1String("clock_offset_seconds")).toInteger(), 60);
    EXPECT_EQ(m_server->clockOffsetSeconds(), 60);
    const auto after = pendingNextAttempts();
    for (auto it = before.begin(); it != before.end(); ++it) {
        EXPECT_EQ(after.value(it.key()), it.value().addSecs(360)) << it.key().toStdString();
    }
    EXPECT_EQ(
        send("PUT", QStringLiteral("/_admin/clock"), R"({"offset_seconds": "soon"})")->status(),
        422);
}

TEST_F(ClockOffset, RuntimeChange_SchedulerFiresAtTheSameLocalMoment) {
    const QString id = QLatin1String(demo::kPendingId); // due 330 s after the start
    const int made = attemptsOf(id);
    m_clock.advance(std::chrono::seconds(100));
    m_server->setClockOffset(7200);
    m_clock.advance(std::chrono::seconds(229));
    EXPECT_EQ(attemptsOf(id), made) << "two hours ahead must not make the attempt overdue";
    m_clock.advance(std::chrono::seconds(1));
    EXPECT_EQ(attemptsOf(id), made + 1);
}

TEST_F(ClockOffset, RuntimeChange_LeavesTheClientCountdownAsItWas) {
    const QString id = QLatin1String(demo::kPendingId);
    const QString before = clientCountdown(id);
    EXPECT_EQ(before, QStringLiteral("in 5 min 30 s"));
    m_server->setClockOffset(120); // the fault lab's "server clock two minutes ahead"
    EXPECT_EQ(clientCountdown(id), before);
    m_server->setClockOffset(-45);
    EXPECT_EQ(clientCountdown(id), before);
}

TEST_F(ClockOffset, RuntimeChange_MovesStoredTimestampsAndTheirHistory) {
    const QString id = QLatin1String(demo::kExhaustedId);
    const Validation v = *m_server->validation(id);
    m_server->setClockOffset(600);
    const Validation w = *m_server->validation(id);
    EXPECT_EQ(w.createdAt, v.createdAt.addSecs(600));
    EXPECT_EQ(w.updatedAt, v.updatedAt.addSecs(600));
    EXPECT_EQ(*w.retryState->exhaustedAt, v.retryState->exhaustedAt->addSecs(600));
    if (seedsOnly()) {
        return; // retry_history is RetryDesk's assumption (docs/api.md)
    }
    const QJsonArray history = get(QStringLiteral("/v1/validations/") + id)
                                   ->data()
                                   .toObject()
                                   .value(QLatin1String("retry_history"))
                                   .toArray();
    ASSERT_FALSE(history.isEmpty());
    const auto last =
        json::parseTimestamp(history.last().toObject().value(QLatin1String("at")).toString());
    EXPECT_EQ(last, w.retryState->exhaustedAt);
}

TEST_F(ClockOffset, RuntimeChange_ListsKeepTheirProgressAndMoveTheirTimes) {
    const QString id = QLatin1String(demo::kProcessingListId);
    const BulkList before = *m_server->list(id);
    m_server->setClockOffset(3600);
    const BulkList after = *m_server->list(id);
    EXPECT_EQ(after.processed, before.processed);
    EXPECT_EQ(after.status, before.status);
    EXPECT_EQ(*after.createdAt, before.createdAt->addSecs(3600));
}

TEST_F(ClockOffset, RuntimeChange_ACursorFromBeforeStillContinuesTheListing) {
    const auto first = get(QStringLiteral("/v1/validations?limit=5"));
    const QString cursor = first->nextCursor();
    ASSERT_FALSE(cursor.isEmpty());
    const auto expected = get(QStringLiteral("/v1/validations?limit=5&cursor=") + cursor);
    m_server->setClockOffset(900);
    const auto next = get(QStringLiteral("/v1/validations?limit=5&cursor=") + cursor);
    ASSERT_EQ(next->status(), 200);
    QStringList a, b;
    for (const QJsonValue &v : expected->data().toArray()) {
        a << v.toObject().value(QLatin1String("id")).toString();
    }
    for (const QJsonValue &v : next->data().toArray()) {
        b << v.toObject().value(QLatin1String("id")).toString();
    }
    EXPECT_EQ(b, a);
}

TEST_F(ClockOffset, RuntimeChange_RateLimitWindowEndsAtTheSameMomentAndKeepsItsCount) {
    const auto first = get(QStringLiteral("/v1/validations?limit=1"));
    const qint64 reset = first->header("X-RateLimit-Reset").toLongLong();
    const qint64 remaining = first->header("X-RateLimit-Remaining").toLongLong();
    m_server->setClockOffset(45);
    const auto second = get(QStringLiteral("/v1/validations?limit=1"));
    EXPECT_EQ(second->header("X-RateLimit-Reset").toLongLong(), reset + 45);
    EXPECT_EQ(second->header("X-RateLimit-Remaining").toLongLong(), remaining - 1);
}

TEST_F(ClockOffset, AdminState_ReportsTheOffsetAndTheFaultsPlayed) {
    m_server->enqueueFault(FaultKind::Http429, 2);
    get(QStringLiteral("/v1/validations?limit=1"));
    get(QStringLiteral("/v1/validations?limit=1"));
    m_server->setClockOffset(120);
    const auto r = send("GET", QStringLiteral("/_admin/state"));
    ASSERT_EQ(r->status(), 200);
    const QJsonObject state = r->data().toObject();
    EXPECT_EQ(state.value(QLatin1String("clock_offset_seconds")).toInteger(), 120);
    EXPECT_EQ(state.value(QLatin1String("faults_injected")).toObject().value(QLatin1String("429")),
              2);
    EXPECT_EQ(m_server->faultsInjected().value(FaultKind::Http429), 2);
}

TEST_F(ClockOffset, AdminFaultConfig_ReplacesTheRandomFaultsAndKeepsTheOffset) {
    m_server->setClockOffset(120);
    const auto r = send("PUT", QStringLiteral("/_admin/fault-config"),
                        R"({"probabilities": {"502": 1}, "retry_after": 9})");
    ASSERT_EQ(r->status(), 200);
    EXPECT_EQ(m_server->faults().probability(FaultKind::Http502), 1.0);
    EXPECT_EQ(m_server->faults().retryAfterSeconds, 9);
    EXPECT_EQ(m_server->clockOffsetSeconds(), 120);
    EXPECT_EQ(get(QStringLiteral("/v1/validations?limit=1"))->status(), 502);
    EXPECT_EQ(
        send("PUT", QStringLiteral("/_admin/fault-config"), R"({"probabilities": {"teapot": 1}})")
            ->status(),
        422);
}

} // namespace
