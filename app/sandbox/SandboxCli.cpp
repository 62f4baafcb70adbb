#include "sandbox/SandboxCli.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace rd::sandbox {

namespace {

bool readNumber(const QCommandLineParser &p, const QString &name, double low, double high,
                double *out, QString *error) {
    if (!p.isSet(name)) {
        return true;
    }
    bool ok = false;
    const double v = p.value(name).toDouble(&ok);
    if (!ok || v < low || v > high) {
        *error = QStringLiteral("--%1 must be a number from %2 to %3; got '%4'.")
                     .arg(name)
                     .arg(low)
                     .arg(high)
                     .arg(p.value(name));
        return false;
    }
    *out = v;
    return true;
}

// --webhook-url / --webhook-secret / --webhook-duplicate-rate: one subscription of the demo user.
bool readWebhook(const QCommandLineParser &p, SandboxCliConfig *c, QString *message,
                 int *exitCode) {
    const QString urlName = QStringLiteral("webhook-url");
    const QString secretName = QStringLiteral("webhook-secret");
    const QString rateName = QStringLiteral("webhook-duplicate-rate");
    auto refuse = [&](const QString &why) {
        *message = why;
        *exitCode = 2;
        return false;
    };
    if (!p.isSet(urlName)) {
        if (p.isSet(secretName) || p.isSet(rateName)) {
            return refuse(QStringLiteral("--webhook-secret and --webhook-duplicate-rate need "
                                         "--webhook-url."));
        }
        return true;
    }
    WebhookSubscription w;
    w.url = QUrl(p.value(urlName), QUrl::StrictMode);
    w.secret = p.value(secretName).toUtf8();
    if (w.secret.isEmpty()) {
        return refuse(QStringLiteral("--webhook-url needs --webhook-secret, the HMAC secret the "
                                     "receiver verifies RetryDesk-Signature with."));
    }
    QString error;
    if (!readNumber(p, rateName, 0, 1, &w.duplicateRate, &error)) {
        return refuse(error);
    }
    if (const QString why = w.problem(); !why.isEmpty()) {
        return refuse(QStringLiteral("--webhook-url: %1").arg(why));
    }
    c->options.webhooks.append(w);
    return true;
}

} // namespace

bool parseSandboxCli(const QStringList &arguments, SandboxCliConfig *c, QString *message,
                     int *exitCode) {
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "RetryDesk sandbox: the validations API (seeds 001/002), the bulk-lists API (seed 000) and "
        "the error contract of seed 003 on a local port, with a demo dataset, a retry scheduler "
        "and fault injection.\n\nDemo keys: mxcep_demo_update_key (read+update), "
        "mxcep_demo_readonly_key (read only), mxcep_other_user_key (a second user), "
        "cliova_demo_lists_key (lists, ?apiKey=), mxcep_demo_capped_key (pending cap reached). "
        "See docs/api.md."));
    p.addHelpOption();
    p.addVersionOption();
    const auto opt = [&](const QString &name, const QString &help, const QString &value = {}) {
        p.addOption(value.isEmpty() ? QCommandLineOption(name, help)
                                    : QCommandLineOption(name, help, value));
    };
    opt(QStringLiteral("port"), QStringLiteral("TCP port (0 picks a free one; default 8787)."),
        QStringLiteral("port"));
    opt(QStringLiteral("bind"), QStringLiteral("Address to listen on (default 127.0.0.1)."),
        QStringLiteral("address"));
    opt(QStringLiteral("seed"),
        QStringLiteral("Seed of the demo data, outcomes and random faults (default 42)."),
        QStringLiteral("n"));
    opt(QStringLiteral("time-scale"),
        QStringLiteral("Server seconds per real second, to watch retry cycles (default 1)."),
        QStringLiteral("n"));
    opt(QStringLiteral("no-demo-data"), QStringLiteral("Start with no validations or lists."));
    opt(QStringLiteral("dataset-size"),
        QStringLiteral("Seeded validations besides the fixtures (default 300)."),
        QStringLiteral("n"));
    opt(QStringLiteral("eligible-validations"),
        QStringLiteral("Further validations of the demo user that can take a retry policy "
                       "(not_found, api, 1 h old, no cycle), e.g. for bulk runs (default 0)."),
        QStringLiteral("n"));
    opt(QStringLiteral("max-pending"),
        QStringLiteral("Active retry cycles a user may have (retry_pending_cap_exceeded beyond; "
                       "default 200)."),
        QStringLiteral("n"));
    opt(QStringLiteral("rate-limit"),
        QStringLiteral("Requests per key per window; 0 disables (default 600)."),
        QStringLiteral("n"));
    opt(QStringLiteral("rate-window"), QStringLiteral("Rate-limit window in seconds (default 60)."),
        QStringLiteral("s"));
    opt(QStringLiteral("plan-max-retries"),
        QStringLiteral("The plan's retry_max_retries cap for max_retries (default 5)."),
        QStringLiteral("n"));
    opt(QStringLiteral("admin"),
        QStringLiteral("Enable GET /_admin/applied, POST /_admin/faults, POST "
                       "/_admin/raw-validations and /_admin/webhooks (subscriptions, deliveries)."));
    opt(QStringLiteral("wire"),
        QStringLiteral("How answers are rendered: 'full' (RetryDesk's assumptions, default) or "
                       "'seeds-only' (only what the seeds define is reliable; other fields may be "
                       "absent, null, retyped or unknown, GET /v1/account does not exist). "
                       "Default: $RETRYDESK_SANDBOX_WIRE, else full."),
        QStringLiteral("mode"));
    opt(QStringLiteral("clock-offset"),
        QStringLiteral("Server clock ahead (+) or behind (-) by this many seconds: the Date "
                       "header, the seeded data and every timestamp and scheduled attempt are on "
                       "that clock (PUT /_admin/clock moves it at run time)."),
        QStringLiteral("s"));
    opt(QStringLiteral("retry-after"),
        QStringLiteral("Retry-After of injected 429/503 (default 2 s)."), QStringLiteral("s"));
    opt(QStringLiteral("latency-ms"),
        QStringLiteral("Delay of the latency fault (default 2000 ms)."), QStringLiteral("ms"));
    opt(QStringLiteral("fault-path"),
        QStringLiteral("Random faults only on paths containing this text."),
        QStringLiteral("text"));
    for (FaultKind k : kAllFaultKinds) {
        opt(QStringLiteral("fault-") + faultName(k),
            QStringLiteral("Probability (0..1) of the '%1' fault per request.").arg(faultName(k)),
            QStringLiteral("p"));
    }
    opt(QStringLiteral("webhook-url"),
        QStringLiteral("Send webhooks for the demo user's validation changes (attempt made, "
                       "resolved, exhausted, cancelled) to this http(s) URL, signed, retried on "
                       "seed 003's schedule. Needs --webhook-secret."),
        QStringLiteral("url"));
    opt(QStringLiteral("webhook-secret"),
        QStringLiteral("Secret of the RetryDesk-Signature HMAC for --webhook-url."),
        QStringLiteral("secret"));
    opt(QStringLiteral("webhook-duplicate-rate"),
        QStringLiteral("Chance (0..1) that a delivered webhook is delivered once more, as seed 003 "
                       "warns happens (default 0)."),
        QStringLiteral("p"));
    opt(QStringLiteral("quiet"), QStringLiteral("Do not log one line per request."));

    if (!p.parse(arguments)) {
        *message = p.errorText() + QStringLiteral("\nTry --help.");
        *exitCode = 2;
        return false;
    }
    if (p.isSet(QStringLiteral("help"))) {
        *message = p.helpText();
        *exitCode = 0;
        return false;
    }
    if (p.isSet(QStringLiteral("version"))) {
        *message =
            QStringLiteral("retrydesk-sandbox %1").arg(QCoreApplication::applicationVersion());
        *exitCode = 0;
        return false;
    }
    if (!p.positionalArguments().isEmpty()) {
        *message = QStringLiteral("Unexpected argument '%1'. Try --help.")
                       .arg(p.positionalArguments().first());
        *exitCode = 2;
        return false;
    }
    QString error;
    double port = c->port, seed = double(c->options.seed), size = c->options.datasetSize,
           rate = c->options.rateLimit, window = c->options.rateLimitWindowSeconds,
           cap = c->options.planMaxRetries, offset = 0, retryAfter = c->faults.retryAfterSeconds,
           latency = c->faults.latencyMs, eligible = c->options.eligibleValidations,
           maxPending = c->options.maxPendingPerUser;
    bool ok = readNumber(p, QStringLiteral("port"), 0, 65535, &port, &error) &&
              readNumber(p, QStringLiteral("seed"), 0, 9e15, &seed, &error) &&
              readNumber(p, QStringLiteral("time-scale"), 0.001, 1e6, &c->timeScale, &error) &&
              readNumber(p, QStringLiteral("dataset-size"), 0, 1e6, &size, &error) &&
              readNumber(p, QStringLiteral("eligible-validations"), 0, 1e6, &eligible, &error) &&
              readNumber(p, QStringLiteral("max-pending"), 0, 1e9, &maxPending, &error) &&
              readNumber(p, QStringLiteral("rate-limit"), 0, 1e9, &rate, &error) &&
              readNumber(p, QStringLiteral("rate-window"), 1, 86400, &window, &error) &&
              readNumber(p, QStringLiteral("plan-max-retries"), 1, 100, &cap, &error) &&
              readNumber(p, QStringLiteral("clock-offset"), -1e8, 1e8, &offset, &error) &&
              readNumber(p, QStringLiteral("retry-after"), 0, 86400, &retryAfter, &error) &&
              readNumber(p, QStringLiteral("latency-ms"), 0, 1e7, &latency, &error);
    for (FaultKind k : kAllFaultKinds) {
        double prob = 0;
        ok = ok && readNumber(p, QStringLiteral("fault-") + faultName(k), 0, 1, &prob, &error);
        if (ok && prob > 0) {
            c->faults.set(k, prob);
        }
    }
    if (!ok) {
        *message = error;
        *exitCode = 2;
        return false;
    }
    c->port = quint16(port);
    c->options.seed = quint64(seed);
    c->options.datasetSize = int(size);
    c->options.eligibleValidations = int(eligible);
    c->options.maxPendingPerUser = int(maxPending);
    c->options.rateLimit = int(rate);
    c->options.rateLimitWindowSeconds = int(window);
    c->options.planMaxRetries = int(cap);
    c->options.demoDataset = !p.isSet(QStringLiteral("no-demo-data"));
    c->options.adminEnabled = p.isSet(QStringLiteral("admin"));
    c->options.wire = wireModeFromEnvironment();
    if (p.isSet(QStringLiteral("wire"))) {
        const auto wire = wireModeFromString(p.value(QStringLiteral("wire")));
        if (!wire) {
            *message = QStringLiteral("--wire must be full or seeds-only; got '%1'.")
                           .arg(p.value(QStringLiteral("wire")));
            *exitCode = 2;
            return false;
        }
        c->options.wire = *wire;
    }
    c->faults.clockOffsetSeconds = qint64(offset);
    c->faults.retryAfterSeconds = int(retryAfter);
    c->faults.latencyMs = int(latency);
    c->faults.pathContains = p.value(QStringLiteral("fault-path"));
    if (p.isSet(QStringLiteral("bind"))) {
        c->bind = p.value(QStringLiteral("bind"));
    }
    c->quiet = p.isSet(QStringLiteral("quiet"));
    return readWebhook(p, c, message, exitCode);
}

} // namespace rd::sandbox
