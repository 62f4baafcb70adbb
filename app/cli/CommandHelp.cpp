// The --help texts of retrydesk-cli: the overview and one page per command (CommandLine.h).
#include "cli/CommandLine.h"
#include "cli/ExitCode.h"

namespace rd::cli {

namespace {

const char *const kConnection =
    "Connection (one of):\n"
    "  --base-url URL          API base URL, e.g. https://api.example.com; the key is read from\n"
    "                          the environment variable RETRYDESK_API_KEY (never from the\n"
    "                          command line, where other users could see it in process lists)\n"
    "  --kind validations|lists\n"
    "                          which API the URL serves (default: the one the command needs)\n"
    "  --profile NAME          a connection saved in RetryDesk; its key is read from the OS\n"
    "                          keychain (no keychain or no entry: exit 5)\n";

const char *const kCommon =
    "Output:\n"
    "  --json                  machine-readable JSON on stdout (stable snake_case field names,\n"
    "                          the API's own); errors as {\"error\":{…}} on stdout too\n"
    "  -v, --verbose           each attempt on stderr: status, wait and why, requestId,\n"
    "                          replayed (keys are redacted)\n"
    "  -h, --help              this help\n";

QString page(const QString &usage, const QString &what, const QString &options,
             const QString &examples) {
    QString s = QStringLiteral("Usage: retrydesk-cli %1\n\n%2\n").arg(usage, what);
    if (!options.isEmpty()) {
        s += QStringLiteral("\nOptions:\n") + options;
    }
    s += u'\n' + QString::fromUtf8(kConnection) + u'\n' + QString::fromUtf8(kCommon);
    s += QStringLiteral("\nExamples:\n") + examples;
    s += u'\n' + exitCodeHelp();
    return s;
}

const char *const kKeyOption =
    "  --idempotency-key KEY   use this Idempotency-Key (1–255 of A–Z a–z 0–9 _ -) instead of a\n"
    "                          fresh one: re-running an unfinished write with its key returns\n"
    "                          the original result and never applies it twice (seed 001)\n";

const char *const kBulkText =
    "\n\nMore than 100 validations start only with --yes (without it: the dry run, exit 2).";

const char *const kBulkSelection =
    "  ID…, --ids ID,ID…       these validations (instead of filters)\n"
    "  --retry-state STATE     pending, resolved, exhausted, cancelled or none\n"
    "  --status OUTCOME        valid, not_found, cep_unavailable or error\n"
    "  --source SOURCE         api or bulk_import\n"
    "                          (no ids and no filters: every validation)\n";

const char *const kBulkRunOptions =
    "  --concurrency N         requests in flight at once, 1–64 (default 6)\n"
    "  --speed N               at most N validations a minute (default 0: as fast as the key's\n"
    "                          rate limit allows, less a reserve for your own actions)\n"
    "  --dry-run               print what would be sent and what is left out, and why; send\n"
    "                          nothing\n"
    "  --yes                   start without asking (required above 100 validations)\n"
    "  --json                  the result list on stdout: one object per validation\n";

} // namespace

QString helpText(Command command) {
    switch (command) {
    case Command::None:
        break;
    case Command::ValidationsList:
        return page(
            QStringLiteral("validations list [--retry-state S] [--status O] [--source S] "
                           "[--limit N] [--cursor C | --all]"),
            QStringLiteral("Lists validations, newest first, with their retry cycle and a "
                           "countdown to the next attempt\n(corrected for the server's clock)."),
            QStringLiteral(
                "  --retry-state STATE     pending, resolved, exhausted, cancelled or none\n"
                "  --status OUTCOME        valid, not_found, cep_unavailable or error\n"
                "  --source SOURCE         api or bulk_import\n"
                "  --limit N               page size, 1–1000 (server default 100)\n"
                "  --cursor CURSOR         the next page, as printed after the previous one\n"
                "  --all                   follow every page to the end\n"),
            QStringLiteral("  RETRYDESK_API_KEY=… retrydesk-cli --base-url https://api.example.com "
                           "validations list --retry-state pending\n"
                           "  retrydesk-cli --profile prod validations list --status not_found "
                           "--all --json\n"));
    case Command::ValidationsShow:
        return page(QStringLiteral("validations show ID"),
                    QStringLiteral("Shows one validation: its data, every retry_state field, the "
                                   "policy and the attempts made so far."),
                    {},
                    QStringLiteral("  retrydesk-cli --profile prod validations show "
                                   "0000000a-0000-4000-8000-000000000002\n"));
    case Command::PolicySet:
        return page(
            QStringLiteral("policy set ID --max-retries N --interval DURATION --outcomes LIST\n"
                           "       retrydesk-cli policy set ID --disable"),
            QStringLiteral(
                "Sets (or with --disable ends) the automatic retry policy of a validation\n"
                "(PUT /v1/validations/{id}/retry-policy, seed 002). The policy is checked before\n"
                "it is sent — interval 5 min to 24 h, max retries 1 to your plan's cap, outcomes\n"
                "from not_found, cep_unavailable, error — and each problem is shown by option."),
            QStringLiteral(
                "  --max-retries N         retries before the cycle is exhausted (plan cap)\n"
                "  --interval DURATION     time between retries: 600, 10m, 1h30m, 1d (300–86400 "
                "s)\n"
                "  --outcomes LIST         comma-separated: not_found,cep_unavailable,error\n"
                "  --disable               end the active cycle instead (recorded as "
                "cancelled)\n") +
                QString::fromUtf8(kKeyOption),
            QStringLiteral(
                "  retrydesk-cli --profile prod policy set ID --max-retries 3 --interval "
                "10m --outcomes not_found,cep_unavailable\n"
                "  retrydesk-cli --profile prod policy set ID --disable\n"));
    case Command::Cancel:
        return page(
            QStringLiteral("cancel ID"),
            QStringLiteral("Cancels the active retry cycle of a validation "
                           "(POST /v1/validations/{id}/cancel-retries, seed 001).\nA "
                           "cycle that has already ended answers retry_not_active (exit 3)."),
            QString::fromUtf8(kKeyOption),
            QStringLiteral("  retrydesk-cli --profile prod cancel ID\n"));
    case Command::ListsList:
        return page(QStringLiteral("lists list"),
                    QStringLiteral("Lists the bulk validation jobs (seed 000 lists API, key sent "
                                   "as ?apiKey=) with their status and counts."),
                    {},
                    QStringLiteral("  RETRYDESK_API_KEY=… retrydesk-cli --base-url "
                                   "https://api.example.com --kind lists lists list\n"));
    case Command::ListsShow:
        return page(QStringLiteral("lists show ID"),
                    QStringLiteral("Shows one bulk validation job: status, progress and counts."),
                    {}, QStringLiteral("  retrydesk-cli --profile lists lists show list_12345\n"));
    case Command::ListsRetry:
        return page(
            QStringLiteral("lists retry ID [ID…]"),
            QStringLiteral(
                "Retries failed or completed lists (POST …/bulk-emails/{id}/retry, seed 000); "
                "each\n"
                "retry starts a NEW list, printed with its id. Several ids run one after another\n"
                "with progress on stderr and a summary; the exit code is the worst of them.\n"
                "A list still processing cannot be retried (exit 3). Seed 000 advises at least\n"
                "5 minutes between retries of the same list."),
            QString::fromUtf8(kKeyOption) +
                QStringLiteral("                          (only with a single ID)\n"),
            QStringLiteral("  retrydesk-cli --profile lists lists retry list_12345 list_12346\n"));
    case Command::BulkPolicy:
        return page(
            QStringLiteral(
                "validations bulk-policy [ID…] [--ids ID,ID…]\n"
                "       [--retry-state S] [--status O] [--source S]\n"
                "       --max-retries N --interval DURATION --outcomes LIST | --disable\n"
                "       [--concurrency N] [--speed N] [--dry-run] [--yes]"),
            QStringLiteral(
                "Applies one retry policy to many validations: the ids given, or every validation\n"
                "matching the filters (all pages). A dry run first leaves out what the server\n"
                "would refuse (bulk imports, outcomes not retried, closed cycles, older than 30\n"
                "days) and says how long the rest takes. Every item is recorded with its\n"
                "Idempotency-Key in the connection's outbox (the window's) before it is sent, so\n"
                "running the same command again after a crash or a kill resumes the run with the\n"
                "same keys and bytes: nothing is applied twice. Ctrl-C stops it: requests under "
                "way\n"
                "finish, the rest are not sent. Progress on stderr, a summary (each failed item\n"
                "with its code and request id) at the end; the exit code is the worst outcome.") +
                QString::fromUtf8(kBulkText),
            QString::fromUtf8(kBulkSelection) +
                QStringLiteral(
                    "  --max-retries N, --interval DURATION, --outcomes LIST, --disable\n"
                    "                          the policy, as for 'policy set'\n") +
                QString::fromUtf8(kBulkRunOptions),
            QStringLiteral(
                "  retrydesk-cli --profile prod validations bulk-policy --status not_found "
                "--source api \\\n"
                "      --max-retries 3 --interval 10m --outcomes not_found --dry-run\n"
                "  retrydesk-cli --profile prod validations bulk-policy --ids ID1,ID2 "
                "--disable\n"));
    case Command::BulkCancel:
        return page(
            QStringLiteral("validations bulk-cancel [ID…] [--ids ID,ID…]\n"
                           "       [--retry-state S] [--status O] [--source S]\n"
                           "       [--concurrency N] [--speed N] [--dry-run] [--yes]"),
            QStringLiteral(
                "Cancels the active retry cycles of many validations: the ids given, or every\n"
                "validation matching the filters. Validations without an active cycle are left\n"
                "out by the dry run (a cycle that ends meanwhile is reported as skipped). Runs\n"
                "like bulk-policy: journaled in the outbox, resumed by running the same command\n"
                "again, progress on stderr, a summary, the worst outcome as exit code.") +
                QString::fromUtf8(kBulkText),
            QString::fromUtf8(kBulkSelection) + QString::fromUtf8(kBulkRunOptions),
            QStringLiteral("  retrydesk-cli --profile prod validations bulk-cancel --retry-state "
                           "pending --yes\n"));
    case Command::Outbox:
        return page(
            QStringLiteral("outbox"),
            QStringLiteral(
                "Lists what the connection's outbox holds unfinished: bulk runs interrupted\n"
                "(by a crash, Ctrl-C or a closed window) and single writes still without a\n"
                "definitive answer. Writes sent more than 24 h ago without an answer are marked\n"
                "unknown first (their keys have expired; check those validations). The outbox is\n"
                "the window's: the same file for a --profile, in $RETRYDESK_OUTBOX_DIR or the\n"
                "default folder. A damaged outbox file is kept aside and a fresh one made."),
            {}, QStringLiteral("  retrydesk-cli --profile prod outbox\n"));
    case Command::OutboxResume:
        return page(
            QStringLiteral("outbox resume [--concurrency N] [--speed N]"),
            QStringLiteral(
                "Finishes everything 'outbox' lists: single writes are resent with their own\n"
                "keys and bytes (the server replays what it already applied), then each bulk run\n"
                "is resumed, one after another, with progress and a summary each. The exit code\n"
                "is the worst outcome."),
            QStringLiteral("  --concurrency N, --speed N\n"
                           "                          for the runs, as for the bulk commands\n"),
            QStringLiteral("  retrydesk-cli --profile prod outbox resume\n"));
    case Command::Watch:
        return page(
            QStringLiteral("watch ID"),
            QStringLiteral(
                "Follows a validation's retry cycle until it ends: a live countdown to the next\n"
                "attempt (corrected for the server's clock skew from its Date header) and one\n"
                "line per state change. Polls just after each scheduled attempt, backing off\n"
                "(1 s doubling to 60 s) while the server has not recorded it yet. Exits 0 when\n"
                "the cycle is resolved, exhausted or cancelled (or has none). With --json, one\n"
                "JSON object per state change (NDJSON)."),
            {}, QStringLiteral("  retrydesk-cli --profile prod watch ID\n"));
    }
    return QStringLiteral(
               "Usage: retrydesk-cli [connection] COMMAND [ARGS] [options]\n\n"
               "Check and steer validation retry cycles and bulk lists from scripts and CI,\n"
               "on the same core as the RetryDesk window: one resilient client that honours\n"
               "Retry-After, backs off with jitter, and sends every write with an\n"
               "Idempotency-Key so a retried write is never applied twice.\n\n"
               "Commands:\n"
               "  validations list        list validations (filters, paging)\n"
               "  validations show ID     one validation with its retry cycle\n"
               "  policy set ID …         set or disable a validation's retry policy\n"
               "  cancel ID               cancel a validation's retry cycle\n"
               "  lists list              list bulk validation jobs\n"
               "  lists show ID           one bulk job\n"
               "  lists retry ID [ID…]    retry failed or completed bulk jobs\n"
               "  watch ID                follow a retry cycle live until it ends\n"
               "  validations bulk-policy …  apply a retry policy to many validations\n"
               "  validations bulk-cancel …  cancel the retry cycles of many validations\n"
               "  outbox                  unfinished bulk runs and writes of a connection\n"
               "  outbox resume           finish them\n\n"
               "'retrydesk-cli COMMAND --help' shows each command's options and examples.\n\n") +
           QString::fromUtf8(kConnection) + u'\n' + QString::fromUtf8(kCommon) +
           QStringLiteral(
               "  --version               the version\n\n"
               "Environment:\n"
               "  RETRYDESK_API_KEY       the API key for --base-url\n"
               "  RETRYDESK_OUTBOX_DIR    the outbox folder (default: RetryDesk's, shared\n"
               "                          with the window)\n"
               "  RETRYDESK_CLI_TIME_SCALE  testing only: divide the client's backoff,\n"
               "                          timeouts and watch polls by this factor\n\n") +
           exitCodeHelp();
}

} // namespace rd::cli
