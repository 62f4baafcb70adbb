#include "cli/CliApp.h"

#include "cli/CommandLine.h"
#include "cli/Commands.h"
#include "core/Random.h"
#include "core/Redaction.h"
#include "outbox/Outbox.h"
#include "storage/ConnectionRegistry.h"
#include "storage/KeychainSecretStore.h"
#include "storage/MemorySecretStore.h"
#include "storage/ProfileStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSettings>

#include <cmath>

namespace rd::cli {

namespace {

QString shellQuote(const QString &arg) {
    static const QString safe = QStringLiteral("-_./:=,@%+");
    for (QChar c : arg) {
        if (!c.isLetterOrNumber() && !safe.contains(c)) {
            return u'\'' + QString(arg).replace(u'\'', QStringLiteral("'\\''")) + u'\'';
        }
    }
    return arg.isEmpty() ? QStringLiteral("''") : arg;
}

// The command line without any --idempotency-key, for the reconcile hint.
QString reconcileLine(const QStringList &arguments, const QStringList &dropIds = {}) {
    QStringList parts{QStringLiteral("retrydesk-cli")};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (dropIds.contains(a)) {
            continue;
        }
        if (a == u"--idempotency-key") {
            ++i;
            continue;
        }
        if (a.startsWith(QStringLiteral("--idempotency-key="))) {
            continue;
        }
        parts << shellQuote(a);
    }
    return parts.join(u' ');
}

net::RetryConfig scaled(double scale) {
    net::RetryConfig c;
    auto div = [scale](Millis m) { return Millis(qint64(std::ceil(double(m.count()) / scale))); };
    c.backoffBase = div(c.backoffBase);
    c.backoffCap = div(c.backoffCap);
    c.jitterMax = div(c.jitterMax);
    c.attemptTimeout = div(c.attemptTimeout);
    c.totalTimeout = div(c.totalTimeout);
    return c;
}

} // namespace

CliApp::CliApp(QTextStream &out, QTextStream &err, QProcessEnvironment env, Clock &clock)
    : m_out(out)
    , m_err(err)
    , m_env(std::move(env))
    , m_clock(clock) {
    // -v prints each attempt as the request log records it: redacted at the source.
    connect(&m_log, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                if (!m_inv.verbose || from.column() > net::RequestLog::Status ||
                    to.column() < net::RequestLog::Outcome) {
                    return;
                }
                m_printer->note(QStringLiteral("[attempt] ") +
                                net::RequestLog::line(m_log.entry(from.row())));
            });
}

CliApp::~CliApp() = default;

int CliApp::run(const QStringList &arguments) {
    const ParseOutcome parsed = parseCommandLine(arguments);
    switch (parsed.kind) {
    case ParseOutcome::Kind::Help:
        m_out << parsed.text;
        m_out.flush();
        return int(ExitCode::Ok);
    case ParseOutcome::Kind::Version:
        m_out << QStringLiteral("retrydesk-cli %1\n").arg(QCoreApplication::applicationVersion());
        m_out.flush();
        return int(ExitCode::Ok);
    case ParseOutcome::Kind::UsageError:
        m_err << parsed.text;
        m_err.flush();
        return int(ExitCode::Usage);
    case ParseOutcome::Kind::Run:
        break;
    }
    m_inv = parsed.invocation;
    m_printer = std::make_unique<Printer>(m_out, m_err, m_inv.json);
    m_printer->setVerbose(m_inv.verbose);
    {
        const QString force = m_env.value(QStringLiteral("RETRYDESK_COLOR")).toLower();
        const bool wanted = m_terminal && m_env.value(QStringLiteral("NO_COLOR")).isEmpty() &&
                            m_env.value(QStringLiteral("TERM")) != u"dumb";
        m_printer->setColor(force == u"always" || (force != u"never" && wanted));
    }
    m_printer->serverTime().setClock(&m_clock);
    m_arguments = arguments;
    m_reconcile = reconcileLine(arguments);
    bool ok = false;
    const double scale = m_env.value(QStringLiteral("RETRYDESK_CLI_TIME_SCALE")).toDouble(&ok);
    if (ok && scale > 0) {
        m_timeScale = scale;
    }

    if (m_inv.profile.isEmpty()) {
        const QString key = m_env.value(QStringLiteral("RETRYDESK_API_KEY")).trimmed();
        if (key.isEmpty()) {
            m_printer->note(QStringLiteral(
                "Error: no API key. Set the environment variable RETRYDESK_API_KEY (keys are "
                "never taken from the command line), or use --profile NAME for a saved "
                "connection."));
            return int(ExitCode::Credentials);
        }
        // The connection rule: plain http only where it cannot be intercepted on the network.
        if (m_inv.baseUrl.scheme() == u"http" && !isLoopbackHost(m_inv.baseUrl)) {
            m_printer->note(
                QStringLiteral(
                    "Error: refusing to send the API key over plain http to %1. Use https, or save "
                    "a connection in RetryDesk that explicitly allows insecure http and use "
                    "--profile.")
                    .arg(m_inv.baseUrl.host()));
            return int(ExitCode::Usage);
        }
        connectWithKey(m_inv.baseUrl, m_inv.kind.value_or(apiOf(m_inv.command)), key);
    } else {
        QMetaObject::invokeMethod(this, &CliApp::connectProfile, Qt::QueuedConnection);
    }
    if (!m_finished) {
        m_loop.exec();
    }
    return m_exitCode;
}

void CliApp::connectProfile() {
    m_settings = std::make_unique<QSettings>();
    m_profiles = std::make_unique<ProfileStore>(*m_settings);
    const std::optional<ConnectionProfile> profile = m_profiles->findByName(m_inv.profile);
    if (!profile) {
        QStringList names;
        for (const ConnectionProfile &p : m_profiles->profiles()) {
            names << p.name;
        }
        m_printer->note(
            QStringLiteral("Error: no saved connection is called \"%1\". %2")
                .arg(m_inv.profile,
                     names.isEmpty()
                         ? QStringLiteral("None is saved yet: add one in RetryDesk's Connections "
                                          "dialog, or use --base-url with RETRYDESK_API_KEY.")
                         : QStringLiteral("Saved: %1.").arg(names.join(QStringLiteral(", ")))));
        finish(ExitCode::Usage);
        return;
    }
    const Api api = profile->kind == ApiKind::BulkLists ? Api::Lists : Api::Validations;
    if (api != apiOf(m_inv.command) && !anyApi(m_inv.command)) {
        m_printer->note(
            QStringLiteral("Error: the connection \"%1\" is for the %2 API; this "
                           "command needs a %3 connection.")
                .arg(profile->name,
                     api == Api::Lists ? QStringLiteral("lists") : QStringLiteral("validations"),
                     api == Api::Lists ? QStringLiteral("validations") : QStringLiteral("lists")));
        finish(ExitCode::Usage);
        return;
    }
    if (profile->keyStorage == KeyStorage::SessionOnly) {
        m_printer->note(
            QStringLiteral(
                "Error: the key of \"%1\" is kept for RetryDesk's session only, not in the "
                "keychain, "
                "so the CLI cannot read it. Store it in the keychain, or use --base-url with "
                "RETRYDESK_API_KEY.")
                .arg(profile->name));
        finish(ExitCode::Credentials);
        return;
    }
    m_keychain = std::make_unique<KeychainSecretStore>();
    m_session = std::make_unique<MemorySecretStore>();
    m_registry = std::make_unique<ConnectionRegistry>(*m_profiles, *m_keychain, *m_session);
    m_registry->readKey(profile->id, [this, profile, api](const SecretResult &r) {
        if (!r.ok()) {
            // Exit 5: without its key the connection cannot authenticate; a script treats it
            // like a refused key (fix the credentials), not like a usage mistake.
            m_printer->note(QStringLiteral("Error: could not read the key of \"%1\" from the "
                                           "keychain. %2")
                                .arg(profile->name, r.message));
            finish(ExitCode::Credentials);
            return;
        }
        m_connectionId = profile->id; // the window's outbox of this connection
        connectWithKey(profile->baseUrl, api, r.secret);
    });
}

void CliApp::connectWithKey(const QUrl &baseUrl, Api api, const QString &key) {
    redact::registerSecret(key);
    m_api = api;
    if (m_connectionId.isEmpty()) {
        m_connectionId = connectionIdFor(baseUrl);
    }
    net::ClientConfig config;
    config.baseUrl = baseUrl;
    config.style = api == Api::Lists ? net::ApiStyle::QueryApiKey : net::ApiStyle::Bearer;
    config.apiKey = key;
    config.retry = scaled(m_timeScale);
    m_client = std::make_unique<net::ApiClient>(config, m_clock, *SystemRandom::instance());
    m_client->setRequestLog(&m_log);
    m_validations = std::make_unique<api::ValidationsApi>(*m_client);
    m_lists = std::make_unique<api::ListsApi>(*m_client);
    dispatch();
}

void CliApp::dispatch() {
    switch (m_inv.command) {
    case Command::None:
        finish(ExitCode::Usage);
        return;
    case Command::ValidationsList:
        return runValidationsList(*this);
    case Command::ValidationsShow:
        return runValidationsShow(*this);
    case Command::PolicySet:
        return runPolicySet(*this);
    case Command::Cancel:
        return runCancel(*this);
    case Command::ListsList:
        return runListsList(*this);
    case Command::ListsShow:
        return runListsShow(*this);
    case Command::ListsRetry:
        return runListsRetry(*this);
    case Command::Watch:
        return runWatch(*this);
    case Command::BulkPolicy:
    case Command::BulkCancel:
        return runBulk(*this);
    case Command::Outbox:
        return runOutbox(*this);
    case Command::OutboxResume:
        return runOutboxResume(*this);
    }
}

QString CliApp::connectionIdFor(const QUrl &baseUrl) {
    const QByteArray url = baseUrl.adjusted(QUrl::StripTrailingSlash).toString().toUtf8();
    return QStringLiteral("url-") +
           QString::fromLatin1(
               QCryptographicHash::hash(url, QCryptographicHash::Sha256).toHex().left(16));
}

QString CliApp::outboxDirectory() const {
    const QString dir = m_env.value(QStringLiteral("RETRYDESK_OUTBOX_DIR"));
    return dir.isEmpty() ? outbox::Outbox::defaultDirectory() : dir;
}

net::Operation *CliApp::trace(net::Operation *op) {
    if (m_inv.verbose) {
        connect(op, &net::Operation::waiting, this, [this](qint64 ms, net::WaitReason why) {
            m_printer->note(QStringLiteral("[wait] %1 ms before the next attempt (%2)")
                                .arg(ms)
                                .arg(net::toString(why)));
        });
    }
    return op;
}

QString CliApp::reconcileCommandFor(const QString &id) const {
    QStringList others = m_inv.ids;
    others.removeAll(id);
    return reconcileLine(m_arguments, others);
}

void CliApp::finish(ExitCode code) {
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_exitCode = int(m_interrupted ? ExitCode::Interrupted : code);
    m_loop.quit();
}

void CliApp::interrupt() {
    if (m_finished || m_interrupted) {
        return;
    }
    m_interrupted = true;
    m_err << QStringLiteral("Interrupted.\n");
    m_err.flush();
    if (m_onInterrupt) {
        m_onInterrupt();
        return;
    }
    if (m_client) {
        // Their finished handlers report each one (writes with their Idempotency-Key).
        const auto ops = m_client->findChildren<net::Operation *>(Qt::FindDirectChildrenOnly);
        for (net::Operation *op : ops) {
            op->cancel();
        }
    }
    finish(ExitCode::Interrupted);
}

void CliApp::fail(const net::Result &r, const QString &decodeError, bool write) {
    m_printer->error(r, decodeError, write ? m_reconcile : QString());
    finish(decodeError.isEmpty() ? exitCodeFor(r) : ExitCode::NoAnswer);
}

} // namespace rd::cli
