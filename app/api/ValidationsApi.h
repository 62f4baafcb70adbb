// ValidationsApi: typed calls of the validations API (seeds 001/002, docs/api.md) over the one
// resilient client; each call is one net::Operation and ends in a Reply of domain values.
#pragma once

#include "api/Account.h"
#include "api/PayloadMapping.h"
#include "api/Reply.h"
#include "api/ValidationDetail.h"
#include "api/ValidationQuery.h"
#include "domain/RetryPolicy.h"

namespace rd::net {
class ApiClient;
class Operation;
} // namespace rd::net

namespace rd::api {

// Every method returns the started Operation (connect to its attempt signals for progress, or
// cancel() it); `done` is called exactly once, from the event loop, and the Operation deletes
// itself afterwards. Writes take an idempotency key: empty for a fresh one, or the key of an
// earlier OutcomePending write to reconcile it (seed 001: same key + same body = same result).
class ValidationsApi {
public:
    explicit ValidationsApi(net::ApiClient &client)
        : m_client(client) {}

    net::Operation *list(const ValidationQuery &query, Callback<Page<Validation>> done);
    net::Operation *get(const QString &id, Callback<ValidationDetail> done);
    // seed 002: PUT /v1/validations/{id}/retry-policy {"retry_policy": …}.
    net::Operation *setRetryPolicy(const QString &id, const RetryPolicy &policy,
                                   const QString &idempotencyKey, Callback<RetryStateUpdate> done);
    // seed 001: POST /v1/validations/{id}/cancel-retries, no body.
    net::Operation *cancelRetries(const QString &id, const QString &idempotencyKey,
                                  Callback<RetryStateUpdate> done);
    // GET /v1/account (docs/api.md assumption): the plan's max_retries cap and permissions.
    net::Operation *account(Callback<Account> done);

    static QString validationPath(const QString &id);

private:
    net::ApiClient &m_client;
};

} // namespace rd::api
