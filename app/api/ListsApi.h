// ListsApi: typed calls of the bulk lists API (seed 000, key in ?apiKey=) over the one resilient
// client; each call is one net::Operation and ends in a Reply of rd::BulkList values.
#pragma once

#include "api/PayloadMapping.h"
#include "api/Reply.h"
#include "domain/BulkList.h"

namespace rd::net {
class ApiClient;
class Operation;
} // namespace rd::net

namespace rd::api {

// Same contract as ValidationsApi: the started Operation is returned, done is called once.
class ListsApi {
public:
    explicit ListsApi(net::ApiClient &client)
        : m_client(client) {}

    // GET …/bulk-emails and GET …/bulk-emails/{listId}: RetryDesk's assumption (docs/api.md).
    // list() refuses a listing holding any unreadable item; listPage() skips, counts and keeps
    // them (mapping::bulkListPage), for screens that show what they can and say what they cannot.
    net::Operation *list(Callback<QList<BulkList>> done);
    net::Operation *listPage(Callback<Page<BulkList>> done);
    net::Operation *get(const QString &listId, Callback<BulkList> done);
    // seed 000: POST …/bulk-emails/{listId}/retry. The answer names the NEW list (retry_of = the
    // old one); the Idempotency-Key makes a retried POST start one new job, not two.
    net::Operation *retry(const QString &listId, const QString &idempotencyKey,
                          Callback<BulkList> done);

    static QString listsPath();

private:
    net::ApiClient &m_client;
};

} // namespace rd::api
