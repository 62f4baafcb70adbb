#include "services/WriteOutcome.h"

#include <QObject>

namespace rd {

QString WriteOutcome::adviceFor(const QString &code) {
    if (code == u"retry_not_active") {
        return QObject::tr("This cycle has already ended: there is nothing left to cancel.");
    }
    if (code == u"retry_not_supported_for_bulk") {
        return QObject::tr("This validation came from a bulk import, and imported validations "
                           "cannot be retried. Run it again through the API to retry it.");
    }
    if (code == u"retry_not_applicable") {
        return QObject::tr("Only validations whose outcome is not found, CEP unavailable or "
                           "error can be retried, and this one is not (or it just changed). "
                           "Refresh to see its current state.");
    }
    if (code == u"retry_already_resolved") {
        return QObject::tr("This retry cycle has already ended (resolved or exhausted), so its "
                           "policy can no longer change. Refresh to see the result.");
    }
    if (code == u"retry_age_exceeded") {
        return QObject::tr("This validation is older than the server's retry window. Run a new "
                           "validation instead of retrying this one.");
    }
    if (code == u"retry_pending_cap_exceeded") {
        return QObject::tr("Your plan's limit of pending retry cycles is reached. Cancel another "
                           "pending cycle, or wait for one to end, then try again.");
    }
    if (code == u"reactivation_cap_exceeded") {
        return QObject::tr("This cycle has been re-enabled as many times as allowed. Run a new "
                           "validation to retry again.");
    }
    if (code == u"retry_policy_invalid") {
        return QObject::tr("The server refused the policy. Correct the marked field and save "
                           "again.");
    }
    if (code == u"invalid_uuid" || code == u"not_found") {
        return QObject::tr("This validation no longer exists for this key. Refresh the list.");
    }
    return {};
}

QString WriteOutcome::fieldFor(const QString &code, const QString &serverField) {
    if (code == u"retry_policy_invalid") {
        QString f = serverField;
        if (f.startsWith(u"retry_policy.")) {
            f = f.mid(int(qstrlen("retry_policy.")));
        }
        return f.isEmpty() ? QString() : f;
    }
    if (code == u"retry_pending_cap_exceeded") {
        return QStringLiteral("enabled");
    }
    return {};
}

WriteOutcome WriteOutcome::from(const api::Reply<api::RetryStateUpdate> &reply) {
    WriteOutcome o;
    const net::Result &r = reply.result;
    o.requestId = r.requestId.isEmpty() ? r.error.requestId : r.requestId;
    o.idempotencyKey = r.idempotencyKey;
    const auto withId = [&o](QString text) {
        if (!o.requestId.isEmpty() && !text.contains(o.requestId)) {
            text += u' ' + QObject::tr("Request id: %1.").arg(o.requestId);
        }
        return text;
    };
    if (reply.ok()) {
        o.kind = Kind::Applied;
        o.state = reply.value->retryState;
        return o;
    }
    if (r.ok()) { // a 2xx whose payload was not the documented shape
        o.kind = Kind::Failed;
        o.message = withId(QObject::tr("The server's answer could not be read (%1). Refresh to "
                                       "see whether the change was applied.")
                               .arg(reply.decodeError));
        return o;
    }
    o.code = r.error.code;
    if (r.errorKind == net::ErrorKind::OutcomePending) {
        o.kind = Kind::Pending;
        o.message = withId(r.userMessage);
        return o;
    }
    if (r.httpStatus == 422 && o.code == u"retry_not_active") {
        o.kind = Kind::AlreadyEnded;
        o.message = withId(adviceFor(o.code));
        return o;
    }
    if (r.httpStatus == 422 && o.code != u"idempotency_key_reused") {
        o.kind = Kind::Rejected;
        o.field = fieldFor(o.code, r.error.field);
        QString advice = adviceFor(o.code);
        if (o.code == u"retry_policy_invalid" && !r.error.message.isEmpty()) {
            // The server's words, as sent (they name the value it would accept, and may be in
            // another language), beside RetryDesk's own explanation in the user's.
            advice = QObject::tr("%1 — the server's words. %2").arg(r.error.message, advice);
        }
        o.message = withId(advice.isEmpty() ? r.userMessage : advice);
        return o;
    }
    o.kind = Kind::Failed;
    o.message = withId(r.userMessage.isEmpty() ? r.error.describe() : r.userMessage);
    return o;
}

} // namespace rd
