#include "api/ValidationsApi.h"

#include "api/PathSegment.h"
#include "api/ReplyBinding.h"
#include "net/ApiClient.h"

namespace rd::api {

QString ValidationsApi::validationPath(const QString &id) {
    return QStringLiteral("/v1/validations/") + pathSegment(id);
}

net::Operation *ValidationsApi::list(const ValidationQuery &query,
                                     Callback<Page<Validation>> done) {
    return detail::bindReply(m_client.get(QStringLiteral("/v1/validations"), query.toQuery()),
                             std::move(done), &mapping::validationPage);
}

net::Operation *ValidationsApi::get(const QString &id, Callback<ValidationDetail> done) {
    return detail::bindReply(m_client.get(validationPath(id)), std::move(done),
                             &mapping::validationDetail);
}

namespace {
// seeds 001/002 list only retry_state in a write's answer: the id is the one written to.
auto stateOf(const QString &id) {
    return [id](const net::Result &r, QString *error) {
        std::optional<RetryStateUpdate> u = mapping::retryStateUpdate(r, error);
        if (u && u->id.isEmpty()) {
            u->id = id;
        }
        return u;
    };
}
} // namespace

net::Operation *ValidationsApi::setRetryPolicy(const QString &id, const RetryPolicy &policy,
                                               const QString &idempotencyKey,
                                               Callback<RetryStateUpdate> done) {
    return detail::bindReply(m_client.put(validationPath(id) + QStringLiteral("/retry-policy"),
                                          policy.toRequestBody(), idempotencyKey),
                             std::move(done), stateOf(id));
}

net::Operation *ValidationsApi::cancelRetries(const QString &id, const QString &idempotencyKey,
                                              Callback<RetryStateUpdate> done) {
    return detail::bindReply(
        m_client.post(validationPath(id) + QStringLiteral("/cancel-retries"), {}, idempotencyKey),
        std::move(done), stateOf(id));
}

net::Operation *ValidationsApi::account(Callback<Account> done) {
    return detail::bindReply(m_client.get(QStringLiteral("/v1/account")), std::move(done),
                             &mapping::account);
}

} // namespace rd::api
