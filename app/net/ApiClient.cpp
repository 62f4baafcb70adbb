#include "net/ApiClient.h"

#include "core/Clock.h"
#include "core/Random.h"
#include "core/Redaction.h"
#include "net/QtTransport.h"
#include "net/RateLimitTracker.h"
#include "net/RequestLog.h"
#include "net/RetryBudget.h"
#include "net/WriteJournal.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>

namespace rd::net {

namespace {
constexpr Millis kKeyTtl = std::chrono::hours(24); // seed 001: keys expire after 24 h
constexpr int kMaxRememberedKeys = 100000;
} // namespace

ApiClient::ApiClient(ClientConfig config, Clock &clock, Random &jitter, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock)
    , m_jitter(jitter)
    , m_budget(std::make_shared<RetryBudget>(clock))
    , m_rateLimits(std::make_shared<RateLimitTracker>(clock))
    , m_transport(std::make_unique<QtTransport>()) {
    const QUrl &u = m_config.baseUrl;
    m_host = u.host() + u':' + QString::number(u.port(u.scheme() == u"https" ? 443 : 80));
    // The key never appears in a log line, a request-log row or an error string.
    redact::registerSecret(m_config.apiKey);
}

ApiClient::~ApiClient() = default;

void ApiClient::setRetryBudget(std::shared_ptr<RetryBudget> budget) {
    if (budget) {
        m_budget = std::move(budget);
    }
}

void ApiClient::setRateLimits(std::shared_ptr<RateLimitTracker> tracker) {
    if (tracker) {
        m_rateLimits = std::move(tracker);
    }
}

void ApiClient::setRequestLog(RequestLog *log) {
    m_log = log;
}

void ApiClient::setTransport(std::unique_ptr<Transport> transport) {
    if (transport) {
        m_transport = std::move(transport);
    }
}

bool ApiClient::isValidIdempotencyKey(const QString &key) {
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{1,255}$"));
    return re.match(key).hasMatch();
}

Operation *ApiClient::get(const QString &path, const QUrlQuery &query) {
    return send("GET", path, query, {}, {});
}

Operation *ApiClient::put(const QString &path, const QJsonObject &body, const QString &key) {
    return send("PUT", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), key);
}

Operation *ApiClient::post(const QString &path, const QJsonObject &body, const QString &key,
                           const QUrlQuery &query) {
    return send("POST", path, query,
                body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                key);
}

bool ApiClient::keyReusedLocally(const QString &key, const QByteArray &fingerprint) {
    const Millis now = m_clock.monotonicNow();
    if (m_keys.size() > kMaxRememberedKeys) {
        m_keys.removeIf([now](const auto &it) { return now - it.value().at > kKeyTtl; });
    }
    auto it = m_keys.find(key);
    if (it != m_keys.end() && now - it->at <= kKeyTtl && it->fingerprint != fingerprint) {
        return true;
    }
    m_keys.insert(key, KeyUse{fingerprint, now});
    return false;
}

Operation *ApiClient::send(const QByteArray &method, const QString &path, const QUrlQuery &query,
                           const QByteArray &body, const QString &idempotencyKey) {
    WireRequest req;
    req.method = method;
    QUrl url = m_config.baseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + path);
    QUrlQuery q = query;
    if (m_config.style == ApiStyle::QueryApiKey) {
        q.removeAllQueryItems(QStringLiteral("apiKey"));
        q.addQueryItem(QStringLiteral("apiKey"),
                       QString::fromLatin1(QUrl::toPercentEncoding(m_config.apiKey)));
    }
    url.setQuery(q);
    req.url = url;
    req.body = body;
    req.headers.append({QByteArray("Accept"), QByteArray("application/json")});
    req.headers.append({QByteArray("User-Agent"), QByteArray("RetryDesk/0.1")});
    if (m_config.style == ApiStyle::Bearer) {
        req.headers.append({QByteArray("Authorization"), "Bearer " + m_config.apiKey.toUtf8()});
    }
    if (!body.isEmpty()) {
        req.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
    }

    const bool write = method != "GET" && method != "HEAD" && method != "OPTIONS";
    QString key;
    ErrorKind rejected = ErrorKind::None;
    ApiError localError;
    if (write) {
        // Every write carries a key from its first byte (seed 003 "Always, always pass an
        // idempotency key"); 122 random bits from the OS CSPRNG unless the caller reconciles.
        key = idempotencyKey.isEmpty() ? uuidV4(*SystemRandom::instance()) : idempotencyKey;
        req.headers.append({QByteArray("Idempotency-Key"), key.toLatin1()});
        const QByteArray fingerprint = QCryptographicHash::hash(
            method + ' ' + path.toUtf8() + '\n' + body, QCryptographicHash::Sha256);
        if (!isValidIdempotencyKey(key)) {
            rejected = ErrorKind::Terminal;
            localError.code = QStringLiteral("idempotency_key_invalid");
            localError.field = QStringLiteral("Idempotency-Key");
            localError.message = QStringLiteral("The idempotency key must be 1–255 characters "
                                                "of A–Z, a–z, 0–9, _ and -.");
        } else if (keyReusedLocally(key, fingerprint)) {
            // seed 001: same key, different body → 422 idempotency_key_reused. Caught here so the
            // mistake never reaches the server.
            rejected = ErrorKind::KeyReused;
            localError.code = QStringLiteral("idempotency_key_reused");
            localError.field = QStringLiteral("Idempotency-Key");
            localError.message = QStringLiteral("This idempotency key was already used with a "
                                                "different request body.");
        }
    }
    bool journaled = false;
    if (write && rejected == ErrorKind::None && m_journal) {
        // The outbox records the key and the exact bytes before the first byte goes out.
        QString why;
        if (m_journal->beginWrite(JournalWrite{method, path, body, key}, &why)) {
            journaled = true;
        } else {
            rejected = ErrorKind::Terminal;
            localError.code = QStringLiteral("outbox_unavailable");
            localError.message = why.isEmpty()
                                     ? QStringLiteral("The write could not be recorded in the "
                                                      "outbox, so it was not sent.")
                                     : why;
        }
    }

    Operation::Context ctx;
    ctx.clock = &m_clock;
    ctx.jitter = &m_jitter;
    ctx.transport = m_transport.get();
    ctx.budget = m_budget.get();
    ctx.rateLimits = m_rateLimits.get();
    ctx.log = m_log;
    ctx.config = m_config.retry;
    ctx.host = m_host;
    auto *op = new Operation(std::move(ctx), std::move(req), key, this);
    if (journaled) {
        WriteJournal *journal = m_journal;
        connect(op, &Operation::finished, this,
                [journal, key](const Result &r) { journal->endWrite(key, r); });
    }
    if (rejected != ErrorKind::None) {
        QMetaObject::invokeMethod(
            op, [op, rejected, localError] { op->rejectBeforeStart(rejected, localError); },
            Qt::QueuedConnection);
    } else {
        QMetaObject::invokeMethod(op, &Operation::start, Qt::QueuedConnection);
    }
    return op;
}

} // namespace rd::net
