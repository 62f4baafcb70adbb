#include "sandbox/ValidationsApi.h"

#include "sandbox/Envelope.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rd::sandbox {

namespace {

// The envelopes in the server's wire mode (seeds-only: seed 003's meta).
SandboxResponse fail(const SandboxState &s, int status, const QString &code, const QString &message,
                     const QString &requestId, const QString &field = {}) {
    return envelope::error(status, code, message, requestId, field, s.options.wire);
}

SandboxResponse answer(const SandboxState &s, const QJsonValue &data, const QString &requestId,
                       const QJsonObject &extraMeta = {}) {
    return envelope::success(data, requestId, extraMeta, 200, s.options.wire);
}

// seed 001: ids are UUIDs (422 invalid_uuid); another user's validation is 404 like a missing one.
std::optional<ValidationRecord> findOwned(SandboxState &s, const ApiKey &caller, const QString &id,
                                          const QString &requestId, SandboxResponse *error) {
    if (!isUuid(id)) {
        *error = fail(s, 422, QStringLiteral("invalid_uuid"),
                      QStringLiteral("'%1' is not a validation UUID. Copy the id from "
                                     "GET /v1/validations.")
                          .arg(id.left(80)),
                      requestId, QStringLiteral("id"));
        return std::nullopt;
    }
    auto r = s.validations.find(id);
    if (!r || r->userId != caller.userId) {
        *error = fail(s, 404, QStringLiteral("not_found"),
                      QStringLiteral("Validation %1 was not found for this API key.").arg(id),
                      requestId);
        return std::nullopt;
    }
    return r;
}

QJsonObject stateBody(const SandboxState &s, const ValidationRecord &r) {
    // seed 001/002: "Returns the full current state of the retry cycle".
    const QJsonValue state =
        r.v.retryState ? QJsonValue(r.v.retryState->toJson()) : QJsonValue(QJsonValue::Null);
    if (s.seedsOnly()) {
        // The seeds list retry_state as the one response field; the id is RetryDesk's addition.
        return QJsonObject{
            {QLatin1String("retry_state"), s.seedsOnlyWire.retryState(state, r.v.id)}};
    }
    return QJsonObject{{QLatin1String("id"), r.v.id}, {QLatin1String("retry_state"), state}};
}

// A validation object as the server's wire mode renders it.
QJsonObject render(const SandboxState &s, const ValidationRecord &r) {
    return s.seedsOnly() ? s.seedsOnlyWire.validation(r.v.toJson()) : r.v.toJson();
}

SandboxResponse badParam(const SandboxState &s, const QString &field, const QString &message,
                         const QString &requestId) {
    return fail(s, 400, QStringLiteral("invalid_parameter"), message, requestId, field);
}

} // namespace

SandboxResponse ValidationsApi::account(SandboxState &s, const SandboxRequest &,
                                        const ApiKey &caller, const QString &requestId,
                                        const QString &) {
    const QJsonObject data{
        {QLatin1String("user_id"), caller.userId},
        {QLatin1String("plan"),
         QJsonObject{{QLatin1String("name"), caller.planName},
                     {QLatin1String("retry_max_retries"), s.options.planMaxRetries}}},
        {QLatin1String("permissions"), QJsonArray::fromStringList(caller.permissions)}};
    return answer(s, data, requestId);
}

SandboxResponse ValidationsApi::list(SandboxState &s, const SandboxRequest &req,
                                     const ApiKey &caller, const QString &requestId,
                                     const QString &) {
    ValidationStore::Query q;
    q.userId = caller.userId;
    const QUrlQuery &uq = req.query;
    if (uq.hasQueryItem(QStringLiteral("retry_state"))) {
        const QString v = uq.queryItemValue(QStringLiteral("retry_state"));
        if (v != u"none" && !terminalStateFromWire(v)) {
            return badParam(s, QStringLiteral("retry_state"),
                            QStringLiteral("retry_state must be pending, resolved, exhausted, "
                                           "cancelled or none."),
                            requestId);
        }
        q.retryState = v;
    }
    // status and source are RetryDesk's assumption: a seeds-only server, like any server that
    // does not know a parameter, ignores them.
    if (uq.hasQueryItem(QStringLiteral("status")) && !s.seedsOnly()) {
        q.status = outcomeFromWire(uq.queryItemValue(QStringLiteral("status")));
        if (!q.status) {
            return badParam(
                s, QStringLiteral("status"),
                QStringLiteral("status must be valid, not_found, cep_unavailable or error."),
                requestId);
        }
    }
    if (uq.hasQueryItem(QStringLiteral("source")) && !s.seedsOnly()) {
        q.source = sourceFromWire(uq.queryItemValue(QStringLiteral("source")));
        if (!q.source) {
            return badParam(s, QStringLiteral("source"),
                            QStringLiteral("source must be api or bulk_import."), requestId);
        }
    }
    if (uq.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        q.limit = uq.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || q.limit < 1 || q.limit > 1000) {
            return badParam(s, QStringLiteral("limit"),
                            QStringLiteral("limit must be a whole number from 1 to 1000."),
                            requestId);
        }
    }
    q.cursor = uq.queryItemValue(QStringLiteral("cursor"));
    const auto page = s.validations.query(q);
    if (!page.cursorValid) {
        return badParam(s, QStringLiteral("cursor"),
                        QStringLiteral("The cursor is not one this server issued; start again "
                                       "without a cursor."),
                        requestId);
    }
    const QJsonObject meta{{QLatin1String("next_cursor"), page.nextCursor.isEmpty()
                                                              ? QJsonValue(QJsonValue::Null)
                                                              : QJsonValue(page.nextCursor)},
                           {QLatin1String("has_more"), !page.nextCursor.isEmpty()}};
    // Injected unreadable rows, whatever the filters (SandboxServer::injectRawValidations).
    const QJsonArray raw =
        q.cursor.isEmpty() ? s.rawValidations.value(caller.userId) : QJsonArray();
    if (s.seedsOnly()) {
        QJsonArray data;
        for (const RowId row : page.items) {
            data.append(render(s, s.validations.table().record(row)));
        }
        for (const QJsonValue &v : raw) {
            data.append(v);
        }
        return answer(s, data, requestId, meta);
    }
    // The full wire writes each row's JSON straight into the page (a page of 1,000 through
    // QJsonObject cost more than the rest of the request; ValidationTable::writeJson).
    QByteArray data;
    data.reserve(page.items.size() * 640 + 2);
    data.append('[');
    for (const RowId row : page.items) {
        if (data.size() > 1) {
            data.append(',');
        }
        s.validations.table().writeJson(row, data);
    }
    if (!raw.isEmpty()) {
        QByteArray rest = QJsonDocument(raw).toJson(QJsonDocument::Compact); // "[…]"
        if (data.size() > 1) {
            data.append(',');
        }
        data.append(rest.mid(1, rest.size() - 2));
    }
    data.append(']');
    return envelope::successRaw(data, requestId, meta, 200, s.options.wire);
}

SandboxResponse ValidationsApi::get(SandboxState &s, const SandboxRequest &, const ApiKey &caller,
                                    const QString &requestId, const QString &arg) {
    SandboxResponse err;
    const auto r = findOwned(s, caller, arg, requestId, &err);
    if (!r) {
        return err;
    }
    return answer(s, object(s, *r), requestId);
}

QJsonObject ValidationsApi::object(const SandboxState &s, const ValidationRecord &r) {
    QJsonObject data = render(s, r);
    if (!s.seedsOnly()) {
        data.insert(QLatin1String("retry_history"), // RetryDesk's assumption
                    ValidationStore::historyJson(r));
    }
    return data;
}

SandboxResponse ValidationsApi::putPolicy(SandboxState &s, const SandboxRequest &req,
                                          const ApiKey &caller, const QString &requestId,
                                          const QString &arg) {
    SandboxResponse err;
    auto r = findOwned(s, caller, arg, requestId, &err);
    if (!r) {
        return err;
    }
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(req.body, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(s, 400, QStringLiteral("invalid_json"),
                    QStringLiteral("The body is not a JSON object. Send "
                                   "{\"retry_policy\": {…}}."),
                    requestId);
    }
    const QJsonValue wrapped = doc.object().value(QLatin1String("retry_policy"));
    auto invalid = [&](const QString &field, const QString &message) {
        return fail(s, 422, QStringLiteral("retry_policy_invalid"), message, requestId, field);
    };
    if (!wrapped.isObject()) {
        return invalid(QStringLiteral("retry_policy"),
                       QStringLiteral("retry_policy is required and must be an object."));
    }
    // The one JSON mapping and the one rule set of a policy: the domain type (seed 002 ranges).
    FieldErrors errors;
    const auto policy = RetryPolicy::fromJson(wrapped.toObject(), &errors);
    if (policy) {
        errors = policy->validate(s.options.planMaxRetries);
    }
    if (!errors.isEmpty()) {
        return invalid(errors.first().field, errors.first().message);
    }
    const bool wasActive = r->v.retryState && r->v.retryState->isActive();
    const PolicyRejection why = s.validations.setPolicy(*r, *policy, s.pendingCapFor(caller));
    auto reject = [&](const char *code, const QString &message) {
        return fail(s, 422, QLatin1String(code), message, requestId);
    };
    switch (why) {
    case PolicyRejection::None:
        break;
    case PolicyRejection::NotSupportedForBulk:
        return reject("retry_not_supported_for_bulk",
                      QStringLiteral("Validations from bulk imports cannot have a retry policy; "
                                     "retry the list instead."));
    case PolicyRejection::NotApplicable:
        return reject("retry_not_applicable",
                      QStringLiteral("Only validations with outcome not_found, cep_unavailable or "
                                     "error can be retried; this one is %1.")
                          .arg(r->v.outcomeWire()));
    case PolicyRejection::AlreadyResolved:
        return reject(
            "retry_already_resolved",
            QStringLiteral("The retry cycle is already closed (%1); it cannot be changed.")
                .arg(toWire(r->v.retryState->terminalState.value_or(TerminalState::Resolved))));
    case PolicyRejection::AgeExceeded:
        return reject("retry_age_exceeded",
                      QStringLiteral("The validation is older than %1 days; run a new validation "
                                     "instead.")
                          .arg(s.options.maxAgeSeconds / 86400));
    case PolicyRejection::PendingCapExceeded:
        return reject("retry_pending_cap_exceeded",
                      QStringLiteral("Your plan allows %1 active retry cycles; cancel one or wait "
                                     "for one to end.")
                          .arg(s.pendingCapFor(caller)));
    case PolicyRejection::ReactivationCap:
        return reject("reactivation_cap_exceeded",
                      QStringLiteral("This validation's retry cycle was re-enabled %1 times "
                                     "already, the most allowed.")
                          .arg(s.options.maxReactivations));
    }
    ++s.writesByResource[r->v.id];
    if (wasActive && r->v.retryState && !r->v.retryState->isActive()) {
        s.webhooks.validationCancelled(*r); // a disabling policy ends the cycle as cancelled
    }
    return answer(s, stateBody(s, *r), requestId);
}

SandboxResponse ValidationsApi::cancel(SandboxState &s, const SandboxRequest &,
                                       const ApiKey &caller, const QString &requestId,
                                       const QString &arg) {
    SandboxResponse err;
    auto r = findOwned(s, caller, arg, requestId, &err);
    if (!r) {
        return err;
    }
    if (!s.validations.cancel(*r)) {
        // seed 001: "subsequent calls (with no active cycle) return 422 (retry_not_active)".
        return fail(s, 422, QStringLiteral("retry_not_active"),
                    QStringLiteral("There is no active retry cycle to cancel."), requestId);
    }
    ++s.writesByResource[r->v.id];
    s.webhooks.validationCancelled(*r); // a replay of this answer never gets here (seed 001)
    return answer(s, stateBody(s, *r), requestId);
}

} // namespace rd::sandbox
