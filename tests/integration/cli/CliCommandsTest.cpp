// retrydesk-cli's subcommands, help and exit codes 0/2/3/5, as a user runs them.
#include "CliTestSupport.h"

#include "sandbox/DemoData.h"
#include "storage/ProfileStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>

using namespace rd;
using namespace rd::cli::test;
namespace demo = rd::sandbox::demo;

namespace {
QJsonObject json(const CliRun &r) {
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}
const QString kId = QString::fromLatin1(demo::kEligibleId);
const QString kPending = QString::fromLatin1(demo::kPendingId);
// `policy set kId` with these values, plus any further arguments.
QStringList policySet(const char *maxRetries, const char *interval, const char *outcomes,
                      const QStringList &more = {}) {
    return QStringList{QStringLiteral("policy"),
                       QStringLiteral("set"),
                       kId,
                       QStringLiteral("--max-retries"),
                       QLatin1String(maxRetries),
                       QStringLiteral("--interval"),
                       QLatin1String(interval),
                       QStringLiteral("--outcomes"),
                       QLatin1String(outcomes)} +
           more;
}
} // namespace

using CliCommands = CliTest;

TEST_F(CliCommands, Help_NamesEveryCommandAndExitCode) {
    const CliRun r = runRaw({QStringLiteral("--help")}, baseEnvironment());
    EXPECT_EQ(r.exitCode, 0);
    for (const char *text :
         {"validations list", "validations show", "policy set", "cancel ID", "lists list",
          "lists show", "lists retry", "watch ID", "validations bulk-policy", "outbox resume",
          "RETRYDESK_API_KEY", "--profile", "Exit codes", "  5  credentials"}) {
        EXPECT_TRUE(r.out.contains(QLatin1String(text))) << text;
    }
}

TEST_F(CliCommands, Help_OfEachSubcommand_ShowsUsageOptionsExamplesAndExitCodes) {
    for (const char *name :
         {"validations list", "validations show", "policy set", "cancel", "lists list",
          "lists show", "lists retry", "watch", "validations bulk-policy",
          "validations bulk-cancel", "outbox", "outbox resume"}) {
        const QString cmd = QLatin1String(name);
        const CliRun r = runRaw(cmd.split(u' ') << QStringLiteral("--help"), baseEnvironment());
        EXPECT_EQ(r.exitCode, 0) << cmd.toStdString();
        EXPECT_TRUE(r.out.startsWith(QStringLiteral("Usage: retrydesk-cli ") + cmd))
            << r.out.toStdString();
        EXPECT_TRUE(r.out.contains(QLatin1String("Examples:"))) << cmd.toStdString();
        EXPECT_TRUE(r.out.contains(QLatin1String("Exit codes:"))) << cmd.toStdString();
    }
}

TEST_F(CliCommands, Usage_OptionOfAnotherCommand_Exits2AndSendsNothing) {
    const CliRun r = run(
        {QStringLiteral("cancel"), kPending, QStringLiteral("--max-retries"), QStringLiteral("3")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QLatin1String("--max-retries is not an option of 'cancel'")));
    EXPECT_EQ(m_server->requestsReceived(), 0);
}

TEST_F(CliCommands, NoKeyInEnvironment_Exits5WithWhatToDo) {
    const CliRun r = run({QStringLiteral("validations"), QStringLiteral("list")}, QString());
    EXPECT_EQ(r.exitCode, 5);
    EXPECT_TRUE(r.err.contains(QLatin1String("RETRYDESK_API_KEY")));
}

TEST_F(CliCommands, ValidationsList_PendingFilter_ReturnsOnlyPendingCyclesAsJson) {
    const CliRun r =
        run({QStringLiteral("validations"), QStringLiteral("list"), QStringLiteral("--retry-state"),
             QStringLiteral("pending"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray items = json(r).value(QLatin1String("items")).toArray();
    ASSERT_FALSE(items.isEmpty());
    for (const QJsonValue &v : items) {
        EXPECT_EQ(v[QLatin1String("retry_state")][QLatin1String("terminal_state")].toString(),
                  QStringLiteral("pending"));
    }
}

// States in colour where a terminal wants them (RETRYDESK_COLOR=always stands in for a tty here),
// the word always there, columns still aligned on what is visible; never colour in a pipe.
TEST_F(CliCommands, ValidationsList_Colours_OnlyWhenWanted_ColumnsStayAligned) {
    const QStringList args = {QStringLiteral("validations"), QStringLiteral("list"),
                              QStringLiteral("--limit"), QStringLiteral("60")};
    const CliRun plain = run(args);
    ASSERT_EQ(plain.exitCode, 0) << plain.err.toStdString();
    EXPECT_FALSE(plain.out.contains(u'\x1b')) << "a pipe gets no escapes";
    m_extraEnv = {{QStringLiteral("RETRYDESK_COLOR"), QStringLiteral("always")}};
    const CliRun coloured = run(args);
    ASSERT_EQ(coloured.exitCode, 0) << coloured.err.toStdString();
    EXPECT_TRUE(coloured.out.contains(QStringLiteral("\x1b[36mpending\x1b[0m")));
    EXPECT_TRUE(coloured.out.contains(QStringLiteral("\x1b[31mexhausted\x1b[0m")));
    // Without the escapes it is the same table, character for character.
    QString stripped = coloured.out;
    stripped.remove(QRegularExpression(QStringLiteral("\x1b\\[[0-9;]*m")));
    const auto rowsOf = [](const QString &out) {
        QStringList rows = out.split(u'\n');
        for (QString &row : rows) { // countdowns move between runs
            row = row.left(row.indexOf(QStringLiteral("in ")) < 0
                               ? row.size()
                               : row.indexOf(QStringLiteral("in ")));
        }
        return rows;
    };
    EXPECT_EQ(rowsOf(stripped), rowsOf(plain.out));
    m_extraEnv = {{QStringLiteral("RETRYDESK_COLOR"), QStringLiteral("always")},
                  {QStringLiteral("NO_COLOR"), QStringLiteral("1")}};
    EXPECT_TRUE(run(args).out.contains(u'\x1b')) << "always overrides NO_COLOR";
    m_extraEnv = {{QStringLiteral("RETRYDESK_COLOR"), QStringLiteral("never")}};
    EXPECT_FALSE(run(args).out.contains(u'\x1b'));
}

TEST_F(CliCommands, ValidationsList_All_FollowsEveryPage) {
    const CliRun one =
        run({QStringLiteral("validations"), QStringLiteral("list"), QStringLiteral("--limit"),
             QStringLiteral("40"), QStringLiteral("--json")});
    const CliRun all =
        run({QStringLiteral("validations"), QStringLiteral("list"), QStringLiteral("--limit"),
             QStringLiteral("40"), QStringLiteral("--all"), QStringLiteral("--json")});
    ASSERT_EQ(all.exitCode, 0) << all.err.toStdString();
    EXPECT_TRUE(json(one).value(QLatin1String("has_more")).toBool());
    EXPECT_EQ(json(one).value(QLatin1String("items")).toArray().size(), 40);
    EXPECT_GT(json(all).value(QLatin1String("items")).toArray().size(), 200);
    EXPECT_FALSE(json(all).value(QLatin1String("has_more")).toBool());
}

TEST_F(CliCommands, ValidationsShow_PrintsTheCycleAndTheRequestId) {
    const CliRun r = run({QStringLiteral("validations"), QStringLiteral("show"), kPending});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QLatin1String("Retry cycle   pending"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QLatin1String("Request       req_")));
}

TEST_F(CliCommands, ValidationsShow_NotAUuid_Exits3WithCodeMessageAndRequestId) {
    const CliRun r =
        run({QStringLiteral("validations"), QStringLiteral("show"), QStringLiteral("not-a-uuid")});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QLatin1String("invalid_uuid, HTTP 422, request req_")))
        << r.err.toStdString();
}

TEST_F(CliCommands, UnknownKey_Exits5AndNeverPrintsTheKey) {
    const CliRun r =
        run({QStringLiteral("validations"), QStringLiteral("show"), kPending, QStringLiteral("-v")},
            QStringLiteral("mxcep_wrong_secret_key"));
    EXPECT_EQ(r.exitCode, 5);
    EXPECT_TRUE(r.err.contains(QLatin1String("HTTP 401")));
    EXPECT_FALSE((r.out + r.err).contains(QLatin1String("mxcep_wrong_secret_key")));
}

TEST_F(CliCommands, Cancel_WithReadOnlyKey_Exits5AndChangesNothing) {
    const CliRun r =
        run({QStringLiteral("cancel"), kPending}, QLatin1String(sandbox::kDemoReadOnlyKey));
    EXPECT_EQ(r.exitCode, 5);
    EXPECT_TRUE(r.err.contains(QLatin1String("HTTP 403")));
    EXPECT_EQ(m_server->writesApplied(kPending), 0);
}

TEST_F(CliCommands, PolicySet_Eligible_IsAppliedOnceWithTheGivenKey) {
    const CliRun r = run(policySet("3", "10m", "not_found,cep_unavailable",
                                   {QStringLiteral("--idempotency-key"),
                                    QStringLiteral("cli-test-1"), QStringLiteral("--json")}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject state = json(r).value(QLatin1String("retry_state")).toObject();
    EXPECT_EQ(state.value(QLatin1String("interval_seconds")).toInt(), 600);
    EXPECT_EQ(state.value(QLatin1String("terminal_state")).toString(), QStringLiteral("pending"));
    EXPECT_EQ(m_server->appliedCount(QStringLiteral("cli-test-1")), 1);
    EXPECT_EQ(m_server->writesApplied(kId), 1);
    // The written validation is named even where the answer carries only retry_state (seeds).
    EXPECT_EQ(json(r).value(QLatin1String("id")).toString(), kId);
}

TEST_F(CliCommands, PolicySet_IntervalTooShort_ShowsTheFieldAndSendsNothing) {
    const CliRun r = run(policySet("3", "1m", "not_found"));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QLatin1String("  --interval: "))) << r.err.toStdString();
    EXPECT_EQ(m_server->requestsReceived(), 0);
}

TEST_F(CliCommands, PolicySet_MaxRetriesAbovePlanCap_NamesTheOptionWithoutWriting) {
    const CliRun r = run(policySet("9", "10m", "not_found"));
    if (m_server->options().wire == sandbox::WireMode::SeedsOnly) {
        // No GET /v1/account: the cap is not known here, the server's 422 names the field.
        EXPECT_EQ(r.exitCode, 3);
        EXPECT_TRUE(r.err.contains(QLatin1String("retry_policy_invalid"))) << r.err.toStdString();
    } else {
        EXPECT_EQ(r.exitCode, 2); // checked before sending, against the plan's cap
    }
    EXPECT_TRUE(r.err.contains(QLatin1String("  --max-retries: "))) << r.err.toStdString();
    EXPECT_EQ(m_server->writesApplied(kId), 0);
}

TEST_F(CliCommands, Cancel_Twice_SecondIsRetryNotActiveExit3) {
    const CliRun first = run({QStringLiteral("cancel"), kPending});
    const CliRun second = run({QStringLiteral("cancel"), kPending});
    EXPECT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.out.contains(QLatin1String("cancelled")));
    EXPECT_EQ(second.exitCode, 3);
    EXPECT_TRUE(second.err.contains(QLatin1String("retry_not_active"))) << second.err.toStdString();
    EXPECT_EQ(m_server->writesApplied(kPending), 1);
}

TEST_F(CliCommands, ListsListAndShow_UseTheListsKeyInTheQuery) {
    const QString key = QLatin1String(sandbox::kDemoListsKey);
    const CliRun all = run({QStringLiteral("--kind"), QStringLiteral("lists"),
                            QStringLiteral("lists"), QStringLiteral("list")},
                           key);
    const CliRun one = run(
        {QStringLiteral("lists"), QStringLiteral("show"), QLatin1String(demo::kFailedListId)}, key);
    ASSERT_EQ(all.exitCode, 0) << all.err.toStdString();
    EXPECT_TRUE(all.out.contains(QLatin1String(demo::kCompletedListId)));
    ASSERT_EQ(one.exitCode, 0) << one.err.toStdString();
    EXPECT_TRUE(one.out.contains(QLatin1String("Status     Failed")));
}

TEST_F(CliCommands, ListsRetry_SeveralIds_ShowsProgressSummaryAndWorstExitCode) {
    const CliRun r =
        run({QStringLiteral("lists"), QStringLiteral("retry"),
             QLatin1String(demo::kCompletedListId), QLatin1String(demo::kProcessingListId)},
            QLatin1String(sandbox::kDemoListsKey));
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QLatin1String("[2/2] retrying list_12347")));
    EXPECT_TRUE(r.err.contains(QLatin1String("currently processing")));
    EXPECT_TRUE(r.err.contains(QLatin1String("Summary: 1 of 2 lists retried, 1 failed.")));
    EXPECT_TRUE(r.out.contains(QLatin1String("list_12345 retried: new list list_")));
    EXPECT_EQ(m_server->writesApplied(QLatin1String(demo::kCompletedListId)), 1);
}

TEST_F(CliCommands, Profile_Unknown_Exits2AndNamesTheSavedOnes) {
    QProcessEnvironment env = baseEnvironment();
    const CliRun r = runRaw(
        {QStringLiteral("--profile"), QStringLiteral("nope"), QStringLiteral("cancel"), kPending},
        env);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QLatin1String("no saved connection is called \"nope\"")));
}

TEST_F(CliCommands, Profile_WithoutAKeychain_Exits5AndSaysSo) {
    {
        QSettings settings(m_config.path() + QStringLiteral("/RetryDesk/RetryDesk.conf"),
                           QSettings::IniFormat);
        ProfileStore store(settings);
        ConnectionProfile p;
        p.id = QStringLiteral("11111111-1111-4111-8111-111111111111");
        p.name = QStringLiteral("sandbox");
        p.baseUrl = m_server->baseUrl();
        ASSERT_TRUE(store.save(p));
    }
    QProcessEnvironment env = baseEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=") + m_config.path() + QStringLiteral("/no-bus"));
    const CliRun r = runRaw({QStringLiteral("--profile"), QStringLiteral("sandbox"),
                             QStringLiteral("cancel"), kPending},
                            env);
    EXPECT_EQ(r.exitCode, 5) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QLatin1String("keychain"))) << r.err.toStdString();
    EXPECT_EQ(m_server->requestsReceived(), 0);
}
