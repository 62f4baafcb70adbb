// PayloadMapping: the one place where a successful answer of either API becomes domain values.
// Pure functions of a net::Result (payload + body), unit-tested with literal JSON.
#pragma once

#include "api/Account.h"
#include "api/Reply.h"
#include "api/ValidationDetail.h"
#include "domain/BulkList.h"
#include "domain/RetryState.h"
#include "domain/Validation.h"
#include "net/Result.h"

#include <optional>

namespace rd::api {

// PUT …/retry-policy and POST …/cancel-retries answer data = {"id", "retry_state"} (seed 001/002).
struct RetryStateUpdate {
    QString id;
    RetryState retryState;
    friend bool operator==(const RetryStateUpdate &, const RetryStateUpdate &) = default;
};

namespace mapping {

// Each returns nullopt and sets *error ("items[3].retry_state.max_retries: …") when the payload
// is not the documented shape.
std::optional<Page<Validation>> validationPage(const net::Result &r, QString *error);
std::optional<ValidationDetail> validationDetail(const net::Result &r, QString *error);
std::optional<RetryStateUpdate> retryStateUpdate(const net::Result &r, QString *error);
std::optional<Account> account(const net::Result &r, QString *error);
// Seed 000 bodies {"success":true,"message":…}: message is a list, a list array, or (retry) the
// new list's {"id","status"}.
std::optional<BulkList> bulkList(const net::Result &r, QString *error);
// The lists listing: an item that is not a list (not an object, no id) is skipped, counted and
// kept with its JSON in the page (nothing dropped silently); only a message that is not an array
// refuses the whole answer. The listing has no paging (docs/api.md): one page, the whole list.
std::optional<Page<BulkList>> bulkListPage(const net::Result &r, QString *error);
// All or nothing, for callers that cannot show a partial listing (the CLI): bulkListPage, refused
// when any item could not be read ("message[3].id: missing").
std::optional<QList<BulkList>> bulkLists(const net::Result &r, QString *error);

} // namespace mapping
} // namespace rd::api
