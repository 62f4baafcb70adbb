#include "sandbox/AdminApi.h"

#include "domain/JsonUtil.h"
#include "sandbox/Envelope.h"
#include "sandbox/WebhookAdminApi.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace rd::sandbox {

namespace {

QJsonObject toObject(const QHash<QString, int> &h) {
    QJsonObject o;
    for (auto it = h.begin(); it != h.end(); ++it) {
        o.insert(it.key(), it.value());
    }
    return o;
}

// What the sandbox is doing now: GET /_admin/state, and the answer of the two PUTs below.
QJsonObject stateOf(const SandboxState &s) {
    const FaultConfig &c = s.faults.config();
    QJsonObject probabilities;
    QJsonObject injected;
    for (FaultKind k : kAllFaultKinds) {
        if (c.probability(k) > 0) {
            probabilities.insert(faultName(k), c.probability(k));
        }
        if (const int n = s.faultsInjected.value(k)) {
            injected.insert(faultName(k), n);
        }
    }
    return {{QLatin1String("clock_offset_seconds"), double(s.clock.offsetSeconds())},
            {QLatin1String("server_now"), json::formatTimestamp(s.clock.utcNow())},
            {QLatin1String("fault_probabilities"), probabilities},
            {QLatin1String("retry_after"), c.retryAfterSeconds},
            {QLatin1String("latency_ms"), c.latencyMs},
            {QLatin1String("fault_path"), c.pathContains},
            {QLatin1String("scripted_pending"), s.faults.pendingScripted()},
            {QLatin1String("faults_injected"), injected},
            {QLatin1String("requests_received"), s.requestsReceived}};
}

} // namespace

SandboxResponse AdminApi::handle(SandboxState &s, const SandboxRequest &req) {
    const QString requestId = s.newRequestId();
    if (!s.options.adminEnabled) {
        return envelope::error(404, QStringLiteral("not_found"),
                               QStringLiteral("The admin endpoint is off; start the sandbox with "
                                              "--admin."),
                               requestId);
    }
    if (WebhookAdminApi::matches(req.path)) {
        return WebhookAdminApi::handle(s, req, requestId);
    }
    if (req.path == u"/_admin/applied" && req.method == "GET") {
        const QString key = req.query.queryItemValue(QStringLiteral("key"));
        const QString resource = req.query.queryItemValue(QStringLiteral("resource"));
        const QString list = req.query.queryItemValue(QStringLiteral("list"));
        QJsonObject data;
        if (!list.isEmpty()) {
            // seed 000 exactly-once evidence: jobs started by retrying this list / its chain.
            data = {{QLatin1String("list"), list},
                    {QLatin1String("retries_started"), s.lists.retriesStarted(list)},
                    {QLatin1String("chain_retries_started"), s.lists.chainRetriesStarted(list)}};
        } else if (!key.isEmpty()) {
            data = {{QLatin1String("key"), key},
                    {QLatin1String("applied"), s.appliedByKey.value(key)}};
        } else if (!resource.isEmpty()) {
            data = {{QLatin1String("resource"), resource},
                    {QLatin1String("applied"), s.writesByResource.value(resource)}};
        } else {
            data = {{QLatin1String("idempotency_keys"), toObject(s.appliedByKey)},
                    {QLatin1String("resources"), toObject(s.writesByResource)},
                    {QLatin1String("list_retries"), toObject(s.lists.retriesStartedByList())},
                    {QLatin1String("requests_received"), s.requestsReceived},
                    {QLatin1String("keys_with_two_bodies"), int(s.keysWithTwoBodies.size())}};
        }
        return envelope::success(data, requestId);
    }
    if (req.path == u"/_admin/faults" && req.method == "POST") {
        // {"kind":"502","count":2,"path":"/retry-policy","retry_after":2,"latency_ms":500,"method":"PUT"}
        const QJsonObject o = QJsonDocument::fromJson(req.body).object();
        const auto kind = faultFromName(o.value(QLatin1String("kind")).toString());
        if (!kind) {
            return envelope::error(422, QStringLiteral("unknown_fault"),
                                   QStringLiteral("kind must be one of the --fault-<name> names."),
                                   requestId, QStringLiteral("kind"));
        }
        ScriptedFault f;
        f.kind = *kind;
        f.count = o.value(QLatin1String("count")).toInt(1);
        f.pathContains = o.value(QLatin1String("path")).toString();
        f.retryAfterSeconds = o.value(QLatin1String("retry_after")).toInt(-1);
        f.latencyMs = o.value(QLatin1String("latency_ms")).toInt(-1);
        f.method = o.value(QLatin1String("method")).toString();
        s.faults.enqueue(f);
        return envelope::success(
            QJsonObject{{QLatin1String("pending"), s.faults.pendingScripted()}}, requestId);
    }
    if (req.path == u"/_admin/faults" && req.method == "DELETE") {
        s.faults.clearScript();
        return envelope::success(QJsonObject{{QLatin1String("pending"), 0}}, requestId);
    }
    if (req.path == u"/_admin/state" && req.method == "GET") {
        return envelope::success(stateOf(s), requestId);
    }
    if (req.path == u"/_admin/clock" && req.method == "PUT") {
        const QJsonValue offset =
            QJsonDocument::fromJson(req.body).object().value(QLatin1String("offset_seconds"));
        if (!offset.isDouble() || std::abs(offset.toDouble()) > 1e8) {
            return envelope::error(422, QStringLiteral("invalid_offset"),
                                   QStringLiteral("Send {\"offset_seconds\": n}, n a whole number "
                                                  "of seconds within ±100000000."),
                                   requestId, QStringLiteral("offset_seconds"));
        }
        s.setClockOffset(qint64(offset.toDouble()));
        return envelope::success(stateOf(s), requestId);
    }
    if (req.path == u"/_admin/fault-config" && req.method == "PUT") {
        // Replaces the random faults; the clock offset stays (PUT /_admin/clock moves it).
        const QJsonObject o = QJsonDocument::fromJson(req.body).object();
        FaultConfig c;
        c.clockOffsetSeconds = s.clock.offsetSeconds();
        const QJsonObject probabilities = o.value(QLatin1String("probabilities")).toObject();
        for (auto it = probabilities.begin(); it != probabilities.end(); ++it) {
            const auto kind = faultFromName(it.key());
            const double p = it.value().toDouble(-1);
            if (!kind || p < 0 || p > 1) {
                return envelope::error(422, QStringLiteral("invalid_fault_config"),
                                       QStringLiteral("probabilities maps --fault-<name> names to "
                                                      "numbers from 0 to 1; '%1' is not one.")
                                           .arg(it.key()),
                                       requestId, QStringLiteral("probabilities"));
            }
            c.set(*kind, p);
        }
        c.retryAfterSeconds =
            o.value(QLatin1String("retry_after")).toInt(s.faults.config().retryAfterSeconds);
        c.latencyMs = o.value(QLatin1String("latency_ms")).toInt(s.faults.config().latencyMs);
        c.pathContains = o.value(QLatin1String("path")).toString();
        s.faults.setConfig(c);
        return envelope::success(stateOf(s), requestId);
    }
    if (req.path == u"/_admin/raw-validations" && req.method == "POST") {
        // {"items": [<any JSON values>]}: rows for the demo user's first page of
        // GET /v1/validations (SandboxServer::injectRawValidations).
        QJsonParseError perr{};
        const QJsonDocument doc = QJsonDocument::fromJson(req.body, &perr);
        const QJsonValue items = doc.object().value(QLatin1String("items"));
        if (perr.error != QJsonParseError::NoError || !items.isArray()) {
            return envelope::error(400, QStringLiteral("invalid_json"),
                                   QStringLiteral("Send {\"items\": [<JSON values>]}."), requestId,
                                   QStringLiteral("items"));
        }
        const QString user = QLatin1String(kDemoUserId);
        s.addRawValidations(user, items.toArray());
        return envelope::success(
            QJsonObject{{QLatin1String("raw_validations"), s.rawValidations.value(user).size()}},
            requestId);
    }
    if (req.path == u"/_admin/raw-validations" && req.method == "DELETE") {
        s.rawValidations.clear();
        return envelope::success(QJsonObject{{QLatin1String("raw_validations"), 0}}, requestId);
    }
    return envelope::error(404, QStringLiteral("not_found"),
                           QStringLiteral("No admin endpoint at %1.").arg(req.path), requestId);
}

} // namespace rd::sandbox
