// ApiClient: the one way RetryDesk talks to an API — builds requests (auth, Idempotency-Key,
// body bytes) and starts an Operation per logical call. Nothing else retries, waits or builds
// requests.
#pragma once

#include "net/Operation.h"
#include "net/RetryRules.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace rd::net {

class RateLimitTracker;
class RequestLog;
class RetryBudget;
class Transport;
class WriteJournal;

// How the API authenticates: seeds 001/002 (validations) with "Authorization: Bearer <key>",
// seed 000 (bulk lists) with "?apiKey=<key>" in the query string.
enum class ApiStyle { Bearer, QueryApiKey };

struct ClientConfig {
    QUrl baseUrl; // e.g. http://127.0.0.1:8080 — paths are appended to it
    ApiStyle style = ApiStyle::Bearer;
    QString apiKey; // registered with rd::redact so it is scrubbed from every log and message
    RetryConfig retry;
};

// Usage:
//   auto *op = client.put("/v1/validations/<id>/retry-policy", body);
//   connect(op, &Operation::finished, this, [](const Result &r) { … r.payload / r.userMessage });
// The operation starts on the next event-loop turn and deletes itself after finished().
class ApiClient : public QObject {
    Q_OBJECT
public:
    // jitter: the backoff's randomness (SystemRandom in production, SeededRandom in tests).
    // Idempotency keys always come from the OS CSPRNG (rd::SystemRandom), never from jitter.
    ApiClient(ClientConfig config, Clock &clock, Random &jitter, QObject *parent = nullptr);
    ~ApiClient() override;

    // Share one budget and one tracker between every client of a host (docs/retries.md: per host).
    // By default each client has its own.
    void setRetryBudget(std::shared_ptr<RetryBudget> budget);
    void setRateLimits(std::shared_ptr<RateLimitTracker> tracker);
    void setRequestLog(RequestLog *log);                     // not owned; null: no request log
    void setTransport(std::unique_ptr<Transport> transport); // tests; default QtTransport
    // Every write is recorded here before its first byte and its answer after (the connection's
    // durable outbox); a write the journal refuses is not sent. Not owned; null: none.
    void setJournal(WriteJournal *journal) { m_journal = journal; }
    WriteJournal *journal() const { return m_journal; }

    const ClientConfig &config() const { return m_config; }
    // Timeouts, attempts and backoff of the operations started from now on (one under way keeps
    // the deadline it started with).
    void setRetryConfig(const RetryConfig &retry) { m_config.retry = retry; }
    RetryBudget &retryBudget() const { return *m_budget; }
    RateLimitTracker &rateLimits() const { return *m_rateLimits; }
    QString hostKey() const { return m_host; }

    Operation *get(const QString &path, const QUrlQuery &query = {});
    // Writes. The body is serialised once (compact JSON); an empty object sends no body (seed
    // 001's cancel-retries and seed 000's retry take none). idempotencyKey: empty for a fresh
    // UUIDv4; pass the key of an earlier operation to reconcile it (same body required).
    Operation *put(const QString &path, const QJsonObject &body,
                   const QString &idempotencyKey = {});
    Operation *post(const QString &path, const QJsonObject &body = {},
                    const QString &idempotencyKey = {}, const QUrlQuery &query = {});
    // The general form behind the three above.
    Operation *send(const QByteArray &method, const QString &path, const QUrlQuery &query,
                    const QByteArray &body, const QString &idempotencyKey);

    // seed 001: "1–255 characters, alphanumeric + `_` + `-`".
    static bool isValidIdempotencyKey(const QString &key);

private:
    bool keyReusedLocally(const QString &key, const QByteArray &fingerprint);

    ClientConfig m_config;
    Clock &m_clock;
    Random &m_jitter;
    QString m_host;
    std::shared_ptr<RetryBudget> m_budget;
    std::shared_ptr<RateLimitTracker> m_rateLimits;
    RequestLog *m_log = nullptr;
    WriteJournal *m_journal = nullptr;
    std::unique_ptr<Transport> m_transport;
    struct KeyUse {
        QByteArray fingerprint;
        Millis at;
    };
    QHash<QString, KeyUse> m_keys; // seed 001: a key means one request for 24 h
};

} // namespace rd::net
