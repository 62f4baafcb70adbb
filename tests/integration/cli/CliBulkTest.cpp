// retrydesk-cli validations bulk-policy / bulk-cancel and outbox against an in-process sandbox of
// a few hundred validations: every eligible one applied exactly once, what the dry run leaves out
// never sent, the summary and the JSON result list as a script reads them.
#include "CliTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <csignal>

using namespace rd;
using namespace rd::cli::test;

namespace {

QStringList bulkPolicy(const QStringList &more = {}) {
    return QStringList{QStringLiteral("validations"),   QStringLiteral("bulk-policy"),
                       QStringLiteral("--max-retries"), QStringLiteral("3"),
                       QStringLiteral("--interval"),    QStringLiteral("10m"),
                       QStringLiteral("--outcomes"),    QStringLiteral("not_found,error")} +
           more;
}

} // namespace

class CliBulk : public CliTest {
protected:
    static constexpr int kEligible = 300;
    static constexpr int kImported = 20;
    static constexpr int kTooOld = 15;

    void configure(sandbox::SandboxOptions &o) override {
        o.demoDataset = false;
        // The dry run reads source, outcome and created_at, which only the full wire promises.
        o.wire = sandbox::WireMode::Full;
        o.maxPendingPerUser = 100'000;
    }

    void SetUp() override {
        CliTest::SetUp();
        for (int i = 0; i < kEligible; ++i) {
            m_eligible << m_server->addValidation(Outcome::NotFound, Source::Api, 3600 + i);
        }
        for (int i = 0; i < kImported; ++i) {
            m_skipped << m_server->addValidation(Outcome::NotFound, Source::BulkImport, 3600);
        }
        for (int i = 0; i < kTooOld; ++i) {
            m_skipped << m_server->addValidation(Outcome::Error, Source::Api, 40LL * 24 * 3600);
        }
        QObject::connect(m_server.get(), &sandbox::SandboxServer::requestHandled, m_server.get(),
                         [this](const QString &method, const QString &path, int, const QString &) {
                             m_requests << method + u' ' + path;
                             if (m_onRequest) {
                                 m_onRequest(method);
                             }
                         });
    }

    int writes(const QString &method) const {
        return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                                 [&](const QString &r) { return r.startsWith(method + u' '); }));
    }

    QStringList m_eligible;
    QStringList m_skipped;
    QStringList m_requests;
    std::function<void(const QString &)> m_onRequest;
};

TEST_F(CliBulk, BulkPolicy_EveryValidation_AppliesEachEligibleOnceAndSkipsTheRest) {
    const CliRun r = run(bulkPolicy({QStringLiteral("--yes")}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString() << r.out.toStdString();
    for (const QString &id : m_eligible) {
        ASSERT_EQ(m_server->writesApplied(id), 1) << id.toStdString();
    }
    for (const QString &id : m_skipped) {
        ASSERT_EQ(m_server->writesApplied(id), 0) << id.toStdString();
    }
    EXPECT_EQ(writes(QStringLiteral("PUT")), kEligible) << "the skipped ones are never sent";
    EXPECT_TRUE(r.out.contains(QString::fromUtf8(
        "335 validations: applied 300 · replayed 0 · skipped 35 · failed 0 · unknown 0")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QLatin1String("retry_not_supported_for_bulk  20")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QLatin1String("retry_age_exceeded  15"))) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(QLatin1String("Failed"))) << r.out.toStdString();
}

TEST_F(CliBulk, BulkPolicy_DryRun_SendsNothingAndSaysWhatItWouldDo) {
    const CliRun r = run(bulkPolicy({QStringLiteral("--dry-run")}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(writes(QStringLiteral("PUT")), 0);
    EXPECT_TRUE(r.out.contains(QString::fromUtf8("considered 335 · eligible 300 · skipped 35")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QLatin1String("skipped 20: from a bulk import")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QLatin1String("skipped 15: older than the 30-day age window")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QLatin1String("300 validations take"))) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(QLatin1String("nothing was sent"))) << r.err.toStdString();
}

TEST_F(CliBulk, BulkPolicy_MoreThan100WithoutYes_PrintsTheDryRunAndExits2) {
    const CliRun r = run(bulkPolicy());
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
    EXPECT_EQ(writes(QStringLiteral("PUT")), 0);
    EXPECT_TRUE(r.out.contains(QLatin1String("eligible 300"))) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(QLatin1String("with --yes to start"))) << r.err.toStdString();
}

TEST_F(CliBulk, BulkPolicy_FilterAndJson_PrintsEveryItemWithStatusKeyAndRequestId) {
    const CliRun r = run(bulkPolicy({QStringLiteral("--source"), QStringLiteral("api"),
                                     QStringLiteral("--status"), QStringLiteral("not_found"),
                                     QStringLiteral("--yes"), QStringLiteral("--json")}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QJsonParseError error{};
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
    EXPECT_EQ(o.value(QLatin1String("state")).toString(), QStringLiteral("finished"));
    EXPECT_EQ(o.value(QLatin1String("applied")).toInt(), kEligible);
    EXPECT_EQ(o.value(QLatin1String("failed")).toInt(), 0);
    const QJsonArray items = o.value(QLatin1String("items")).toArray();
    ASSERT_EQ(items.size(), kEligible) << "the filter matched the eligible ones only";
    QSet<QString> ids;
    for (const QJsonValue &v : items) {
        EXPECT_EQ(v[QLatin1String("status")].toString(), QStringLiteral("applied"));
        EXPECT_EQ(v[QLatin1String("http_status")].toInt(), 200);
        EXPECT_TRUE(v[QLatin1String("request_id")].toString().startsWith(u"req_"));
        EXPECT_FALSE(v[QLatin1String("idempotency_key")].toString().isEmpty());
        ids.insert(v[QLatin1String("id")].toString());
    }
    EXPECT_EQ(ids, QSet<QString>(m_eligible.cbegin(), m_eligible.cend()));
}

TEST_F(CliBulk, BulkCancel_Ids_CancelsActiveCyclesAndSkipsThoseWithout) {
    const QStringList withCycle = m_eligible.mid(0, 5);
    const CliRun set = run(bulkPolicy(withCycle));
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();

    const QStringList ids = withCycle + m_eligible.mid(5, 2);
    const CliRun r = run({QStringLiteral("validations"), QStringLiteral("bulk-cancel"),
                          QStringLiteral("--ids"), ids.join(u',')});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString() << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QString::fromUtf8("7 validations: applied 5 · replayed 0 · "
                                                 "skipped 2")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QLatin1String("retry_not_active  2"))) << r.out.toStdString();
    EXPECT_EQ(writes(QStringLiteral("POST")), 5);
    for (const QString &id : withCycle) {
        EXPECT_EQ(m_server->writesApplied(id), 2) << "the policy, then the cancel";
    }
    EXPECT_EQ(m_server->writesApplied(m_eligible.at(5)), 0);
}

TEST_F(CliBulk, BulkPolicy_ServerRefusesSome_ListsEachWithCodeAndRequestId_Exits3) {
    // usr_capped's plan allows one active cycle: the first policy is applied, the others refused.
    QStringList capped;
    for (int i = 0; i < 3; ++i) {
        capped << m_server->addValidation(Outcome::NotFound, Source::Api, 3600,
                                          QLatin1String(sandbox::kCappedUserId));
    }
    const CliRun r = run(bulkPolicy({QStringLiteral("--source"), QStringLiteral("api")}),
                         QLatin1String(sandbox::kCappedUserKey));
    EXPECT_EQ(r.exitCode, 3) << r.err.toStdString() << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QString::fromUtf8("applied 1 · replayed 0 · skipped 0 · failed 2")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QLatin1String("Failed (2):"))) << r.out.toStdString();
    EXPECT_EQ(r.out.count(QLatin1String("retry_pending_cap_exceeded  HTTP 422  request req_")), 2)
        << r.out.toStdString();
}

#if defined(Q_OS_UNIX)
TEST_F(CliBulk, CtrlC_DuringARun_FinishesTheRequestUnderWayDropsTheRestAndExits130) {
    // Ctrl-C once the first item was answered: at 60 a minute the next one waits a second.
    QProcess *cli = nullptr;
    bool answered = false;
    bool sent = false;
    auto ctrlC = [&] {
        if (cli && answered && !sent) {
            sent = true;
            ::kill(pid_t(cli->processId()), SIGINT);
        }
    };
    m_onError = [&](QProcess &p, const QString &) {
        cli = &p; // the dry run's note comes before any write
        ctrlC();
    };
    m_onRequest = [&](const QString &method) {
        answered = answered || method == u"PUT";
        ctrlC();
    };
    const CliRun r =
        run(bulkPolicy(m_eligible.mid(0, 5) << QStringLiteral("--speed") << QStringLiteral("60")));
    m_onRequest = {};
    m_onError = {};
    ASSERT_TRUE(sent) << r.err.toStdString();
    EXPECT_EQ(r.exitCode, 130) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QLatin1String("Stopping:"))) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QString::fromUtf8("applied 1 · replayed 0 · skipped 4")))
        << r.out.toStdString();
    EXPECT_EQ(writes(QStringLiteral("PUT")), 1);
}
#endif

TEST_F(CliBulk, Outbox_AfterACompleteRun_HasNothingUnfinished) {
    ASSERT_EQ(run(bulkPolicy(m_eligible.mid(0, 3))).exitCode, 0);
    const CliRun r = run({QStringLiteral("outbox")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QLatin1String("Nothing unfinished"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(m_data.filePath(QStringLiteral("outbox"))))
        << "the outbox the run used: " << r.out.toStdString();
}

TEST_F(CliBulk, Usage_IdsAndFilterTogether_OrNoPolicy_Exit2AndSendNothing) {
    const CliRun both = run(
        bulkPolicy({m_eligible.first(), QStringLiteral("--status"), QStringLiteral("not_found")}));
    EXPECT_EQ(both.exitCode, 2);
    EXPECT_TRUE(both.err.contains(QLatin1String("not both"))) << both.err.toStdString();
    const CliRun noPolicy = run({QStringLiteral("validations"), QStringLiteral("bulk-policy")});
    EXPECT_EQ(noPolicy.exitCode, 2);
    EXPECT_TRUE(noPolicy.err.contains(QLatin1String("say which policy")))
        << noPolicy.err.toStdString();
    EXPECT_EQ(m_server->requestsReceived(), 0);
}
