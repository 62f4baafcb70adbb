// SandboxServer: the seeds' validations and lists APIs on a loopback port, with faults on demand.
#pragma once

#include "core/Clock.h"
#include "domain/BulkList.h"
#include "domain/Validation.h"
#include "sandbox/FaultConfig.h"
#include "sandbox/SandboxOptions.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

namespace rd::sandbox {

class SandboxState;
class HttpTransport;

// Owns the whole server: data (validations + retry scheduler, lists), idempotency cache, rate
// limiter, fault injector and the HTTP transport. Everything runs on the thread that created it
// and every wait (latency, retry attempts, TTLs, rate windows) is on the injected Clock, so a
// FakeClock drives it completely in tests.
class SandboxServer : public QObject {
    Q_OBJECT
public:
    SandboxServer(Clock &clock, SandboxOptions options = {}, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Binds the HTTP port; port 0 picks a free one. False (and a warning) when binding fails.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:<port>
    const SandboxOptions &options() const;

    // Random faults (seeded) and the server clock offset. A new offset moves the whole world
    // (setClockOffset).
    void setFaults(const FaultConfig &faults);
    FaultConfig faults() const;
    // The server's clock runs `seconds` ahead (+) of or behind (-) the injected Clock. Changing it
    // moves every stored timestamp and scheduled attempt by the change (also PUT /_admin/clock):
    // a client that honours the Date header shows the same countdowns before and after, and each
    // attempt still fires at the same moment of the injected Clock.
    void setClockOffset(qint64 seconds);
    qint64 clockOffsetSeconds() const;
    // Faults played so far, by kind, scripted and random (also "faults_injected" at
    // GET /_admin/state).
    QHash<FaultKind, int> faultsInjected() const;
    // Scripted: the next `count` requests whose path contains pathContains get `kind`.
    void enqueueFault(FaultKind kind, int count = 1, const QString &pathContains = {},
                      int retryAfterSeconds = -1);
    void enqueueFault(const ScriptedFault &fault);
    void clearScriptedFaults();
    int pendingScriptedFaults() const;

    // Exactly-once evidence (also at GET /_admin/applied when adminEnabled): how many times a
    // write carrying this Idempotency-Key was applied, and how many writes changed this resource
    // (policy sets, cancels, list retries). Replays and rejected writes do not count.
    int appliedCount(const QString &idempotencyKey) const;
    int writesApplied(const QString &resourceId) const;
    // Requests that reached the server (faulted ones included; admin requests excluded).
    int requestsReceived() const;
    // Idempotency-Keys (per user) that arrived with a body other than their first one, ever (also
    // "keys_with_two_bodies" at GET /_admin/applied): a client that resends a key must resend its
    // bytes.
    int keysWithTwoBodies() const;
    // Exactly-once evidence for seed 000's retry (also "list_retries" at GET /_admin/applied):
    // how many new jobs retrying this list started, and how many retrying any list of its chain
    // (the lists linked to it by retry_of). A refused retry or a replayed answer starts none.
    int listRetriesStarted(const QString &listId) const;
    int listChainRetriesStarted(const QString &listId) const;

    // Test data. insert* replace an existing record with the same id; a validation with a
    // pending retry_state is scheduled from its next_attempt_at.
    void insertValidation(const Validation &v, const QString &userId = QLatin1String(kDemoUserId));
    // A fresh validation (new UUID, created ageSeconds ago, no retry_state) with this outcome.
    QString addValidation(Outcome outcome, Source source = Source::Api, qint64 ageSeconds = 3600,
                          const QString &userId = QLatin1String(kDemoUserId));
    void insertList(const BulkList &l, const QString &userId = QLatin1String(kDemoUserId));
    // Rows a client cannot read (e.g. `{"amount":"1.00"}` without an id, `42`,
    // `{"id":"…","retry_state":"oops"}`): each element is one JSON value as bytes. They are
    // appended, as they are, after the regular items of the first page (no cursor) of
    // GET /v1/validations for userId, whatever the filters and the wire mode. All or nothing:
    // false (nothing stored) when an element is not exactly one valid JSON value.
    bool injectRawValidations(const QList<QByteArray> &rawJsonValues,
                              const QString &userId = QLatin1String(kDemoUserId));
    // Removes the raw rows of every user.
    void clearRawValidations();
    std::optional<Validation> validation(const QString &id) const;
    std::optional<BulkList> list(const QString &id) const;
    QStringList validationIds() const;
    // The ids one user's listing holds (every validation of that user).
    QStringList validationIdsOf(const QString &userId) const;
    QStringList listIds() const;

    // The server's wall clock: the Clock's UTC plus FaultConfig::clockOffsetSeconds.
    QDateTime serverNow() const;

    // Webhooks (docs/api.md, "Webhooks"; also /_admin/webhooks). addWebhook fills in the id, a
    // generated secret when none is given, the owner (demo user when empty) and created_at, and
    // returns the subscription as stored; nullopt (reason in *error) when it is unusable.
    std::optional<WebhookSubscription> addWebhook(const WebhookSubscription &subscription,
                                                  QString *error = nullptr);
    std::optional<WebhookSubscription>
    addWebhook(const QUrl &url, const QByteArray &secret, double duplicateRate = 0,
               const QStringList &events = {QStringLiteral("*")});
    bool removeWebhook(const QString &subscriptionId);
    QList<WebhookSubscription> webhooks() const;
    // Every delivery attempt so far, oldest first (only eventId's when given).
    QList<WebhookDelivery> webhookDeliveries(const QString &eventId = {}) const;
    // Deliveries on the wire now (drive fake time only while this is 0).
    int webhookDeliveriesInFlight() const;
    // Events with a retry or a duplicate still to come, or on the wire.
    int webhookJobsPending() const;

signals:
    // After every answer (or fault) — for logs in the tool and the demo.
    void requestHandled(const QString &method, const QString &path, int status,
                        const QString &fault);

private:
    std::unique_ptr<SandboxState> m_state;
    std::unique_ptr<HttpTransport> m_transport;
};

} // namespace rd::sandbox
