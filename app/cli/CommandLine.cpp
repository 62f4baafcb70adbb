#include "cli/CommandLine.h"

#include "domain/Duration.h"
#include "net/ApiClient.h"

#include <QCommandLineParser>

namespace rd::cli {

Api apiOf(Command c) {
    switch (c) {
    case Command::ListsList:
    case Command::ListsShow:
    case Command::ListsRetry:
        return Api::Lists;
    default:
        return Api::Validations;
    }
}

bool anyApi(Command c) {
    return c == Command::Outbox || c == Command::OutboxResume;
}

namespace {

struct Spec {
    Command command;
    QStringList words; // "validations", "list"
    int minIds;
    int maxIds;          // -1: any number
    QStringList options; // command-specific option names
};

const QStringList kGlobalOptions{QStringLiteral("base-url"), QStringLiteral("kind"),
                                 QStringLiteral("profile"),  QStringLiteral("json"),
                                 QStringLiteral("verbose"),  QStringLiteral("help"),
                                 QStringLiteral("version")};

// The filters of `validations list` (not its paging: a bulk run reads every page) and the run's
// own.
const QStringList kBulkOptions{QStringLiteral("retry-state"), QStringLiteral("status"),
                               QStringLiteral("source"),      QStringLiteral("ids"),
                               QStringLiteral("concurrency"), QStringLiteral("speed"),
                               QStringLiteral("dry-run"),     QStringLiteral("yes")};

const QList<Spec> &specs() {
    static const QList<Spec> s{
        {Command::ValidationsList,
         {QStringLiteral("validations"), QStringLiteral("list")},
         0,
         0,
         {QStringLiteral("retry-state"), QStringLiteral("status"), QStringLiteral("source"),
          QStringLiteral("limit"), QStringLiteral("cursor"), QStringLiteral("all")}},
        {Command::ValidationsShow,
         {QStringLiteral("validations"), QStringLiteral("show")},
         1,
         1,
         {}},
        {Command::PolicySet,
         {QStringLiteral("policy"), QStringLiteral("set")},
         1,
         1,
         {QStringLiteral("max-retries"), QStringLiteral("interval"), QStringLiteral("outcomes"),
          QStringLiteral("disable"), QStringLiteral("idempotency-key")}},
        {Command::Cancel, {QStringLiteral("cancel")}, 1, 1, {QStringLiteral("idempotency-key")}},
        {Command::ListsList, {QStringLiteral("lists"), QStringLiteral("list")}, 0, 0, {}},
        {Command::ListsShow, {QStringLiteral("lists"), QStringLiteral("show")}, 1, 1, {}},
        {Command::ListsRetry,
         {QStringLiteral("lists"), QStringLiteral("retry")},
         1,
         -1,
         {QStringLiteral("idempotency-key")}},
        {Command::Watch, {QStringLiteral("watch")}, 1, 1, {}},
        {Command::BulkPolicy,
         {QStringLiteral("validations"), QStringLiteral("bulk-policy")},
         0,
         -1,
         kBulkOptions + QStringList{QStringLiteral("max-retries"), QStringLiteral("interval"),
                                    QStringLiteral("outcomes"), QStringLiteral("disable")}},
        {Command::BulkCancel,
         {QStringLiteral("validations"), QStringLiteral("bulk-cancel")},
         0,
         -1,
         kBulkOptions},
        // "outbox resume" before "outbox": the first spec whose words lead the line wins.
        {Command::OutboxResume,
         {QStringLiteral("outbox"), QStringLiteral("resume")},
         0,
         0,
         {QStringLiteral("concurrency"), QStringLiteral("speed")}},
        {Command::Outbox, {QStringLiteral("outbox")}, 0, 0, {}},
    };
    return s;
}

// The command named by the leading positional words; consumed = how many words it took.
const Spec *findSpec(const QStringList &positionals, int *consumed) {
    for (const Spec &s : specs()) {
        if (positionals.size() >= s.words.size() && positionals.mid(0, s.words.size()) == s.words) {
            *consumed = int(s.words.size());
            return &s;
        }
    }
    return nullptr;
}

ParseOutcome usage(const QString &message, Command command = Command::None) {
    ParseOutcome o;
    o.kind = ParseOutcome::Kind::UsageError;
    const QString hint =
        command == Command::None
            ? QStringLiteral("Run 'retrydesk-cli --help' for the commands.")
            : QStringLiteral("Run 'retrydesk-cli %1 --help' for its options.").arg([command] {
                  for (const Spec &s : specs()) {
                      if (s.command == command) {
                          return s.words.join(u' ');
                      }
                  }
                  return QString();
              }());
    o.text = QStringLiteral("retrydesk-cli: %1\n%2\n").arg(message, hint);
    return o;
}

QList<QCommandLineOption> allOptions() {
    auto valued = [](const QString &name, const QString &value) {
        return QCommandLineOption(name, QString(), value);
    };
    return {valued(QStringLiteral("base-url"), QStringLiteral("URL")),
            valued(QStringLiteral("kind"), QStringLiteral("KIND")),
            valued(QStringLiteral("profile"), QStringLiteral("NAME")),
            QCommandLineOption(QStringLiteral("json")),
            QCommandLineOption(QStringList{QStringLiteral("v"), QStringLiteral("verbose")}),
            QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}),
            QCommandLineOption(QStringLiteral("version")),
            valued(QStringLiteral("idempotency-key"), QStringLiteral("KEY")),
            valued(QStringLiteral("retry-state"), QStringLiteral("STATE")),
            valued(QStringLiteral("status"), QStringLiteral("OUTCOME")),
            valued(QStringLiteral("source"), QStringLiteral("SOURCE")),
            valued(QStringLiteral("limit"), QStringLiteral("N")),
            valued(QStringLiteral("cursor"), QStringLiteral("CURSOR")),
            QCommandLineOption(QStringLiteral("all")),
            valued(QStringLiteral("max-retries"), QStringLiteral("N")),
            valued(QStringLiteral("interval"), QStringLiteral("DURATION")),
            valued(QStringLiteral("outcomes"), QStringLiteral("LIST")),
            QCommandLineOption(QStringLiteral("disable")),
            valued(QStringLiteral("ids"), QStringLiteral("ID,ID…")),
            valued(QStringLiteral("concurrency"), QStringLiteral("N")),
            valued(QStringLiteral("speed"), QStringLiteral("N")),
            QCommandLineOption(QStringLiteral("dry-run")),
            QCommandLineOption(QStringLiteral("yes"))};
}

// What is not an id: empty, or something that would address another path ('/', an option).
bool isIdLike(const QString &id) {
    return !id.isEmpty() && !id.contains(u'/') && !id.startsWith(u'-');
}

QString readBulkOptions(const QCommandLineParser &p, Invocation &inv) {
    for (const QString &value : p.values(QStringLiteral("ids"))) {
        for (const QString &id : value.split(u',', Qt::SkipEmptyParts)) {
            if (!isIdLike(id.trimmed())) {
                return QStringLiteral("'%1' is not an id.").arg(id.trimmed());
            }
            inv.ids << id.trimmed();
        }
    }
    const bool filtered = p.isSet(QStringLiteral("retry-state")) ||
                          p.isSet(QStringLiteral("status")) || p.isSet(QStringLiteral("source"));
    if (!inv.ids.isEmpty() && filtered) {
        return QStringLiteral("give either ids (arguments or --ids) or filters (--retry-state, "
                              "--status, --source), not both.");
    }
    if (p.isSet(QStringLiteral("ids")) && inv.ids.isEmpty()) {
        return QStringLiteral("--ids takes comma-separated validation ids.");
    }
    if (p.isSet(QStringLiteral("concurrency"))) {
        bool ok = false;
        inv.concurrency = p.value(QStringLiteral("concurrency")).toInt(&ok);
        if (!ok || inv.concurrency < 1 || inv.concurrency > 64) {
            return QStringLiteral("--concurrency must be a whole number from 1 to 64.");
        }
    }
    if (p.isSet(QStringLiteral("speed"))) {
        bool ok = false;
        inv.speed = p.value(QStringLiteral("speed")).toInt(&ok);
        if (!ok || inv.speed < 0) {
            return QStringLiteral("--speed must be a whole number of validations a minute (0: no "
                                  "limit).");
        }
    }
    inv.dryRun = p.isSet(QStringLiteral("dry-run"));
    inv.yes = p.isSet(QStringLiteral("yes"));
    if (inv.command == Command::BulkPolicy && !p.isSet(QStringLiteral("disable")) &&
        !p.isSet(QStringLiteral("max-retries")) && !p.isSet(QStringLiteral("interval")) &&
        !p.isSet(QStringLiteral("outcomes"))) {
        return QStringLiteral("say which policy to apply: --max-retries N --interval DURATION "
                              "--outcomes LIST, or --disable.");
    }
    return {};
}

// Fills the command's own options; returns a usage error message or an empty string.
QString readCommandOptions(const QCommandLineParser &p, Invocation &inv) {
    if (p.isSet(QStringLiteral("retry-state"))) {
        const auto f =
            api::ValidationQuery::retryFilterFromWire(p.value(QStringLiteral("retry-state")));
        if (!f) {
            return QStringLiteral("--retry-state must be one of pending, resolved, exhausted, "
                                  "cancelled, none.");
        }
        inv.query.retryState = *f;
    }
    if (p.isSet(QStringLiteral("status"))) {
        inv.query.status = outcomeFromWire(p.value(QStringLiteral("status")));
        if (!inv.query.status) {
            return QStringLiteral(
                "--status must be one of valid, not_found, cep_unavailable, error.");
        }
    }
    if (p.isSet(QStringLiteral("source"))) {
        inv.query.source = sourceFromWire(p.value(QStringLiteral("source")));
        if (!inv.query.source) {
            return QStringLiteral("--source must be api or bulk_import.");
        }
    }
    if (p.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        inv.query.limit = p.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || inv.query.limit < 1 || inv.query.limit > 1000) {
            return QStringLiteral("--limit must be a whole number from 1 to 1000.");
        }
    }
    inv.query.cursor = p.value(QStringLiteral("cursor"));
    inv.all = p.isSet(QStringLiteral("all"));

    if (inv.command == Command::BulkPolicy || inv.command == Command::BulkCancel ||
        inv.command == Command::OutboxResume) {
        if (const QString error = readBulkOptions(p, inv); !error.isEmpty()) {
            return error;
        }
    }

    const bool disable = p.isSet(QStringLiteral("disable"));
    inv.policy.enabled = !disable;
    if (disable && (p.isSet(QStringLiteral("max-retries")) || p.isSet(QStringLiteral("interval")) ||
                    p.isSet(QStringLiteral("outcomes")))) {
        return QStringLiteral("--disable ends the cycle; it takes no --max-retries, --interval "
                              "or --outcomes.");
    }
    if (p.isSet(QStringLiteral("max-retries"))) {
        bool ok = false;
        const int n = p.value(QStringLiteral("max-retries")).toInt(&ok);
        if (!ok) {
            return QStringLiteral("--max-retries must be a whole number, e.g. --max-retries 3.");
        }
        inv.policy.maxRetries = n;
    }
    if (p.isSet(QStringLiteral("interval"))) {
        // The one duration parser (domain/Duration): "10m", "1h 30m", "600".
        inv.policy.intervalSeconds = duration::parseSeconds(p.value(QStringLiteral("interval")));
        if (!inv.policy.intervalSeconds) {
            return QStringLiteral("--interval must be a duration such as 600, 10m, 1h or 1h30m.");
        }
    }
    if (p.isSet(QStringLiteral("outcomes"))) {
        QList<Outcome> outcomes;
        for (const QString &word :
             p.value(QStringLiteral("outcomes")).split(u',', Qt::SkipEmptyParts)) {
            const auto o = outcomeFromWire(word.trimmed());
            if (!o) {
                return QStringLiteral("--outcomes: unknown outcome '%1' (use not_found, "
                                      "cep_unavailable, error, comma-separated).")
                    .arg(word.trimmed());
            }
            outcomes.append(*o);
        }
        inv.policy.outcomes = outcomes;
    }
    return {};
}

} // namespace

ParseOutcome parseCommandLine(const QStringList &arguments) {
    QCommandLineParser p;
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    p.addOptions(allOptions());
    const bool parsed = p.parse(arguments);

    const QStringList positionals = p.positionalArguments();
    int consumed = 0;
    const Spec *spec = findSpec(positionals, &consumed);

    if (parsed && p.isSet(QStringLiteral("help"))) {
        ParseOutcome o;
        o.kind = ParseOutcome::Kind::Help;
        o.text = helpText(spec ? spec->command : Command::None);
        return o;
    }
    if (!parsed) {
        return usage(p.errorText() + u'.', spec ? spec->command : Command::None);
    }
    if (p.isSet(QStringLiteral("version"))) {
        ParseOutcome o;
        o.kind = ParseOutcome::Kind::Version;
        return o;
    }
    if (positionals.isEmpty()) {
        return usage(QStringLiteral("no command given."));
    }
    if (!spec) {
        return usage(QStringLiteral("unknown command '%1'.").arg(positionals.mid(0, 2).join(u' ')));
    }

    Invocation inv;
    inv.command = spec->command;
    inv.ids = positionals.mid(consumed);
    if (inv.ids.size() < spec->minIds) {
        return usage(QStringLiteral("'%1' needs an id.").arg(spec->words.join(u' ')), inv.command);
    }
    if (spec->maxIds >= 0 && inv.ids.size() > spec->maxIds) {
        return usage(QStringLiteral("unexpected argument '%1'.").arg(inv.ids.value(spec->maxIds)),
                     inv.command);
    }
    for (const QString &id : inv.ids) {
        // Ids become one path segment: a '/' would address another endpoint.
        if (!isIdLike(id)) {
            return usage(QStringLiteral("'%1' is not an id.").arg(id), inv.command);
        }
    }
    for (const QString &name : p.optionNames()) {
        const QString longName = name == u"v" ? QStringLiteral("verbose") : name;
        if (!kGlobalOptions.contains(longName) && !spec->options.contains(longName)) {
            return usage(QStringLiteral("--%1 is not an option of '%2'.")
                             .arg(longName, spec->words.join(u' ')),
                         inv.command);
        }
    }

    if (p.isSet(QStringLiteral("base-url"))) {
        inv.baseUrl = QUrl(p.value(QStringLiteral("base-url")), QUrl::StrictMode);
        if (!inv.baseUrl.isValid() || inv.baseUrl.host().isEmpty() ||
            (inv.baseUrl.scheme() != u"http" && inv.baseUrl.scheme() != u"https")) {
            return usage(QStringLiteral("--base-url must be an http(s) URL such as "
                                        "https://api.example.com."),
                         inv.command);
        }
    }
    if (p.isSet(QStringLiteral("kind"))) {
        const QString k = p.value(QStringLiteral("kind"));
        if (k == u"validations") {
            inv.kind = Api::Validations;
        } else if (k == u"lists") {
            inv.kind = Api::Lists;
        } else {
            return usage(QStringLiteral("--kind must be validations or lists."), inv.command);
        }
    }
    if (inv.kind && *inv.kind != apiOf(inv.command) && !anyApi(inv.command)) {
        return usage(QStringLiteral("'%1' talks to the %2 API; drop --kind or use the matching "
                                    "connection.")
                         .arg(spec->words.join(u' '), apiOf(inv.command) == Api::Lists
                                                          ? QStringLiteral("lists")
                                                          : QStringLiteral("validations")),
                     inv.command);
    }
    inv.profile = p.value(QStringLiteral("profile"));
    if (!inv.profile.isEmpty() && p.isSet(QStringLiteral("base-url"))) {
        return usage(QStringLiteral("use either --profile or --base-url, not both."), inv.command);
    }
    if (inv.profile.isEmpty() && !p.isSet(QStringLiteral("base-url"))) {
        return usage(QStringLiteral("say where to connect: --base-url URL (key in "
                                    "RETRYDESK_API_KEY) or --profile NAME."),
                     inv.command);
    }
    inv.json = p.isSet(QStringLiteral("json"));
    inv.verbose = p.isSet(QStringLiteral("verbose"));
    inv.idempotencyKey = p.value(QStringLiteral("idempotency-key"));
    if (p.isSet(QStringLiteral("idempotency-key"))) {
        if (!net::ApiClient::isValidIdempotencyKey(inv.idempotencyKey)) {
            return usage(QStringLiteral("--idempotency-key must be 1–255 characters of A–Z, a–z, "
                                        "0–9, _ and - (seed 001)."),
                         inv.command);
        }
        // seed 001: one key is one logical operation; several lists are several operations.
        if (inv.ids.size() > 1) {
            return usage(QStringLiteral("--idempotency-key names one operation: give one list id "
                                        "with it."),
                         inv.command);
        }
    }
    if (const QString error = readCommandOptions(p, inv); !error.isEmpty()) {
        return usage(error, inv.command);
    }
    ParseOutcome o;
    o.kind = ParseOutcome::Kind::Run;
    o.invocation = inv;
    return o;
}

} // namespace rd::cli
