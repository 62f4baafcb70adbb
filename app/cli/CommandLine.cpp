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
            QCommandLineOption(QStringLiteral("disable"))};
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
        if (id.isEmpty() || id.contains(u'/') || id.startsWith(u'-')) {
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
    if (inv.kind && *inv.kind != apiOf(inv.command)) {
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
