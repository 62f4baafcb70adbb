#include "sandbox/SandboxServer.h"

#include "sandbox/DemoData.h"
#include "sandbox/HttpTransport.h"
#include "sandbox/SandboxState.h"

namespace rd::sandbox {

SandboxServer::SandboxServer(Clock &clock, SandboxOptions options, QObject *parent)
    : QObject(parent)
    , m_state(std::make_unique<SandboxState>(clock, std::move(options), this)) {
    m_transport =
        std::make_unique<HttpTransport>(*m_state, [this](const QString &method, const QString &path,
                                                         int status, const QString &fault) {
            emit requestHandled(method, path, status, fault);
        });
    if (m_state->options.demoDataset) {
        demo::populate(m_state->validations, m_state->lists, m_state->dataRandom,
                       m_state->clock.utcNow(), m_state->options);
    }
    for (int i = 0; i < m_state->options.eligibleValidations; ++i) {
        addValidation(Outcome::NotFound, Source::Api, 3600);
    }
}

SandboxServer::~SandboxServer() {
    m_transport.reset(); // sockets first: their pending timers capture the state
}

bool SandboxServer::listen(const QHostAddress &address, quint16 port) {
    return m_transport->listenOn(address, port);
}

quint16 SandboxServer::port() const {
    return m_transport->port();
}

QUrl SandboxServer::baseUrl() const {
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(port());
    return u;
}

const SandboxOptions &SandboxServer::options() const {
    return m_state->options;
}

void SandboxServer::setFaults(const FaultConfig &faults) {
    FaultConfig c = faults;
    c.clockOffsetSeconds = m_state->clock.offsetSeconds(); // setClockOffset moves it, and the world
    m_state->faults.setConfig(c);
    m_state->setClockOffset(faults.clockOffsetSeconds);
}

void SandboxServer::setClockOffset(qint64 seconds) {
    m_state->setClockOffset(seconds);
}

qint64 SandboxServer::clockOffsetSeconds() const {
    return m_state->clock.offsetSeconds();
}

QHash<FaultKind, int> SandboxServer::faultsInjected() const {
    return m_state->faultsInjected;
}

FaultConfig SandboxServer::faults() const {
    return m_state->faults.config();
}

void SandboxServer::enqueueFault(FaultKind kind, int count, const QString &pathContains,
                                 int retryAfterSeconds) {
    ScriptedFault f;
    f.kind = kind;
    f.count = count;
    f.pathContains = pathContains;
    f.retryAfterSeconds = retryAfterSeconds;
    enqueueFault(f);
}

void SandboxServer::enqueueFault(const ScriptedFault &fault) {
    m_state->faults.enqueue(fault);
}

void SandboxServer::clearScriptedFaults() {
    m_state->faults.clearScript();
}

int SandboxServer::pendingScriptedFaults() const {
    return m_state->faults.pendingScripted();
}

int SandboxServer::appliedCount(const QString &idempotencyKey) const {
    return m_state->appliedByKey.value(idempotencyKey);
}

int SandboxServer::writesApplied(const QString &resourceId) const {
    return m_state->writesByResource.value(resourceId);
}

int SandboxServer::requestsReceived() const {
    return m_state->requestsReceived;
}

int SandboxServer::keysWithTwoBodies() const {
    return int(m_state->keysWithTwoBodies.size());
}

int SandboxServer::listRetriesStarted(const QString &listId) const {
    return m_state->lists.retriesStarted(listId);
}

int SandboxServer::listChainRetriesStarted(const QString &listId) const {
    return m_state->lists.chainRetriesStarted(listId);
}

void SandboxServer::insertValidation(const Validation &v, const QString &userId) {
    m_state->validations.insert(v, userId);
}

QString SandboxServer::addValidation(Outcome outcome, Source source, qint64 ageSeconds,
                                     const QString &userId) {
    const Validation v = demo::makeValidation(m_state->dataRandom, m_state->clock.utcNow(), outcome,
                                              source, ageSeconds);
    m_state->validations.insert(v, userId);
    return v.id;
}

void SandboxServer::insertList(const BulkList &l, const QString &userId) {
    m_state->lists.insert(l, userId);
}

bool SandboxServer::injectRawValidations(const QList<QByteArray> &rawJsonValues,
                                         const QString &userId) {
    QJsonArray parsed;
    for (const QByteArray &raw : rawJsonValues) {
        const auto value = SandboxState::parseJsonValue(raw);
        if (!value) {
            qWarning("injectRawValidations: not one JSON value: %s", raw.left(80).constData());
            return false;
        }
        parsed.append(*value);
    }
    m_state->addRawValidations(userId, parsed);
    return true;
}

void SandboxServer::clearRawValidations() {
    m_state->rawValidations.clear();
}

std::optional<Validation> SandboxServer::validation(const QString &id) const {
    const auto r = m_state->validations.find(id);
    return r ? std::optional<Validation>(r->v) : std::nullopt;
}

std::optional<BulkList> SandboxServer::list(const QString &id) const {
    return m_state->lists.get(id);
}

QStringList SandboxServer::validationIds() const {
    return m_state->validations.ids();
}

QStringList SandboxServer::validationIdsOf(const QString &userId) const {
    return m_state->validations.ids(&userId);
}

QStringList SandboxServer::listIds() const {
    return m_state->lists.ids();
}

QDateTime SandboxServer::serverNow() const {
    return m_state->clock.utcNow();
}

std::optional<WebhookSubscription>
SandboxServer::addWebhook(const WebhookSubscription &subscription, QString *error) {
    return m_state->webhooks.addSubscription(subscription, error);
}

std::optional<WebhookSubscription> SandboxServer::addWebhook(const QUrl &url,
                                                             const QByteArray &secret,
                                                             double duplicateRate,
                                                             const QStringList &events) {
    WebhookSubscription s;
    s.url = url;
    s.secret = secret;
    s.duplicateRate = duplicateRate;
    s.events = events;
    QString why;
    auto added = addWebhook(s, &why);
    if (!added) {
        qWarning("addWebhook: %s", qPrintable(why));
    }
    return added;
}

bool SandboxServer::removeWebhook(const QString &subscriptionId) {
    return m_state->webhooks.removeSubscription(subscriptionId);
}

QList<WebhookSubscription> SandboxServer::webhooks() const {
    return m_state->webhooks.subscriptions();
}

QList<WebhookDelivery> SandboxServer::webhookDeliveries(const QString &eventId) const {
    return m_state->webhooks.deliveries(eventId);
}

int SandboxServer::webhookDeliveriesInFlight() const {
    return m_state->webhooks.inFlight();
}

int SandboxServer::webhookJobsPending() const {
    return m_state->webhooks.pendingJobs();
}

} // namespace rd::sandbox
