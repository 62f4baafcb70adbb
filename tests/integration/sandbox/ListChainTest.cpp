// Seed 000's "currently processing" for a whole retry chain, and the exactly-once evidence of list
// retries (SandboxServer::listRetriesStarted, "list_retries" at GET /_admin/applied).
#include "SandboxTestSupport.h"

#include "sandbox/DemoData.h"

using namespace rd;
using namespace rd::sandbox;
using namespace rd::sandbox::test;

namespace {

constexpr auto kProcessingAnswer =
    R"({"message":"Cannot retry validation job that is currently processing","success":false})";

class ListChain : public SandboxTest {
protected:
    std::unique_ptr<Exchange> retry(const QString &listId, const QByteArray &idemKey = {}) {
        Headers h;
        if (!idemKey.isEmpty()) {
            h.append({"Idempotency-Key", idemKey});
        }
        return send("POST",
                    QStringLiteral("/v1/webhooks/email-validations/bulk-emails/%1/retry?apiKey=%2")
                        .arg(listId, QLatin1String(kDemoListsKey)),
                    {}, h);
    }
    static QString newIdOf(const Exchange &e) {
        return e.json()
            .value(QLatin1String("message"))
            .toObject()
            .value(QLatin1String("id"))
            .toString();
    }
    // Moves server time on until the list has ended (Completed or Failed).
    void runUntilEnded(const QString &listId) {
        for (int i = 0; i < 600 && !m_server->list(listId)->canRetry(); ++i) {
            m_clock.advance(std::chrono::seconds(30));
        }
        ASSERT_TRUE(m_server->list(listId)->canRetry());
    }
    QJsonObject applied(const QString &query = {}) {
        return send("GET", QStringLiteral("/_admin/applied") + query)->data().toObject();
    }
};

} // namespace

TEST_F(ListChain, RetryingAnOldListWhileItsRetryRuns_IsTheSeedErrorAndStartsNothing) {
    const auto first = retry(QLatin1String(demo::kCompletedListId));
    ASSERT_EQ(first->status(), 200);
    const QString running = newIdOf(*first);
    ASSERT_FALSE(m_server->list(running)->canRetry()) << "the new job is still processing";

    const auto again = retry(QLatin1String(demo::kCompletedListId));
    EXPECT_EQ(again->status(), 422);
    EXPECT_EQ(again->body(), QByteArray(kProcessingAnswer));
    EXPECT_EQ(m_server->listRetriesStarted(QLatin1String(demo::kCompletedListId)), 1);
    EXPECT_EQ(m_server->listChainRetriesStarted(running), 1);
}

TEST_F(ListChain, EveryListOfAChainWhoseNewestJobRuns_IsRefused) {
    // list_12345 → a (ended) → b (running): retrying the root or the middle would start a job
    // beside b.
    const QString a = newIdOf(*retry(QLatin1String(demo::kCompletedListId)));
    runUntilEnded(a);
    const auto second = retry(a);
    ASSERT_EQ(second->status(), 200);
    const QString b = newIdOf(*second);
    for (const QString &id : {QString::fromLatin1(demo::kCompletedListId), a, b}) {
        const auto r = retry(id);
        EXPECT_EQ(r->status(), 422) << id.toStdString();
        EXPECT_EQ(r->body(), QByteArray(kProcessingAnswer)) << id.toStdString();
    }
    EXPECT_EQ(m_server->listChainRetriesStarted(QLatin1String(demo::kCompletedListId)), 2);
}

TEST_F(ListChain, OnceTheNewestJobEnded_AnyListOfTheChainCanBeRetriedAgain) {
    const QString a = newIdOf(*retry(QLatin1String(demo::kCompletedListId)));
    runUntilEnded(a);
    const auto r = retry(QLatin1String(demo::kCompletedListId));
    ASSERT_EQ(r->status(), 200);
    EXPECT_EQ(m_server->list(newIdOf(*r))->retryOf, QLatin1String(demo::kCompletedListId));
    EXPECT_EQ(m_server->listRetriesStarted(QLatin1String(demo::kCompletedListId)), 2);
    EXPECT_EQ(m_server->listRetriesStarted(a), 0);
    EXPECT_EQ(m_server->listChainRetriesStarted(a), 2);
}

TEST_F(ListChain, ReplayedRetry_StartsNoSecondJob) {
    const auto first = retry(QLatin1String(demo::kFailedListId), "list-retry-1");
    ASSERT_EQ(first->status(), 200);
    const auto replay = retry(QLatin1String(demo::kFailedListId), "list-retry-1");
    ASSERT_EQ(replay->status(), 200);
    EXPECT_EQ(replay->header("Idempotent-Replayed"), QByteArray("true"));
    EXPECT_EQ(newIdOf(*replay), newIdOf(*first));
    EXPECT_EQ(m_server->listRetriesStarted(QLatin1String(demo::kFailedListId)), 1);
}

TEST_F(ListChain, A502BeforeTheRetryRuns_StartsNothing_TheResentPostStartsOne) {
    m_server->enqueueFault(FaultKind::Http502, 1, QStringLiteral("/retry"));
    EXPECT_EQ(retry(QLatin1String(demo::kFailedListId), "list-retry-502")->status(), 502);
    EXPECT_EQ(m_server->listRetriesStarted(QLatin1String(demo::kFailedListId)), 0);
    EXPECT_EQ(retry(QLatin1String(demo::kFailedListId), "list-retry-502")->status(), 200);
    EXPECT_EQ(m_server->listRetriesStarted(QLatin1String(demo::kFailedListId)), 1);
}

TEST_F(ListChain, AdminApplied_ReportsListRetriesPerListAndPerChain) {
    EXPECT_TRUE(applied().value(QLatin1String("list_retries")).toObject().isEmpty());
    const QString a = newIdOf(*retry(QLatin1String(demo::kFailedListId)));
    ASSERT_FALSE(a.isEmpty());
    EXPECT_EQ(retry(QLatin1String(demo::kFailedListId))->status(), 422); // a still runs
    const QJsonObject all = applied();
    EXPECT_EQ(all.value(QLatin1String("list_retries")).toObject(),
              QJsonObject({{QLatin1String(demo::kFailedListId), 1}}));

    const QJsonObject one = applied(QStringLiteral("?list=") + a);
    EXPECT_EQ(one.value(QLatin1String("list")).toString(), a);
    EXPECT_EQ(one.value(QLatin1String("retries_started")).toInt(-1), 0);
    EXPECT_EQ(one.value(QLatin1String("chain_retries_started")).toInt(-1), 1);
}
