// ConnectionTester: "Test connection": one cheap authenticated GET, a plain verdict (ok / bad key
// / no permission / unreachable / TLS error) and what to do about it. One attempt, never retried:
// a retry would hide exactly what the user is asking about.
#pragma once

#include "core/Clock.h"
#include "storage/ConnectionProfile.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

namespace rd {

class Random;

namespace net {
class ApiClient;
class Operation;
struct Result;
} // namespace net

enum class ConnectionVerdict {
    Ok,
    BadKey,          // 401
    NoPermission,    // 403
    Unreachable,     // no answer: refused, unknown host, timed out
    TlsError,        // certificate or handshake failure; never ignored
    InsecureRefused, // plain http:// to a non-loopback host without the user's opt-in; not sent
    Unexpected,      // any other answer (404: wrong base URL, 5xx, 3xx …)
};

struct ConnectionTestResult {
    ConnectionVerdict verdict = ConnectionVerdict::Unexpected;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString requestId;  // X-Request-Id / meta.requestId, to cite in a support ticket
    QString detail;     // the network or server message, redacted

    QString title() const;  // "Connection works", "The key was refused", …
    QString advice() const; // what to do next, with the request id when there is one
};

class ConnectionTester : public QObject {
    Q_OBJECT
public:
    // seed 003: 30 s request timeout.
    static constexpr Millis kTimeout{30'000};

    // The probe goes through rd::net::ApiClient (the one place that builds requests)
    // with a single attempt; jitter is the client's randomness, unused with one attempt.
    ConnectionTester(Clock &clock, Random &jitter, QObject *parent = nullptr);
    ~ConnectionTester() override;

    // GET /v1/validations?limit=1 (validations, Bearer; seed 002) or
    // GET /v1/webhooks/email-validations/bulk-emails?apiKey= (lists). Emits finished exactly once, never synchronously. A running test is
    // aborted.
    void start(const ConnectionProfile &profile, const QString &key);
    void abort();
    bool isRunning() const { return !m_operation.isNull(); }

    static QUrl probeUrl(const ConnectionProfile &profile, const QString &key);

signals:
    void finished(const rd::ConnectionTestResult &result);

private:
    void onFinished(const net::Result &r, const QUrl &probe);

    Clock &m_clock;
    Random &m_jitter;
    QPointer<net::ApiClient> m_client; // one per test: its base URL, style and key
    QPointer<net::Operation> m_operation;
    QString m_key;
};

} // namespace rd
