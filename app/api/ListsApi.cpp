#include "api/ListsApi.h"

#include "api/PathSegment.h"
#include "api/ReplyBinding.h"
#include "net/ApiClient.h"

namespace rd::api {

QString ListsApi::listsPath() {
    return QStringLiteral("/v1/webhooks/email-validations/bulk-emails");
}

net::Operation *ListsApi::list(Callback<QList<BulkList>> done) {
    return detail::bindReply(m_client.get(listsPath()), std::move(done), &mapping::bulkLists);
}

net::Operation *ListsApi::listPage(Callback<Page<BulkList>> done) {
    return detail::bindReply(m_client.get(listsPath()), std::move(done), &mapping::bulkListPage);
}

net::Operation *ListsApi::get(const QString &listId, Callback<BulkList> done) {
    return detail::bindReply(m_client.get(listsPath() + u'/' + pathSegment(listId)),
                             std::move(done), &mapping::bulkList);
}

net::Operation *ListsApi::retry(const QString &listId, const QString &idempotencyKey,
                                Callback<BulkList> done) {
    return detail::bindReply(
        m_client.post(listsPath() + u'/' + pathSegment(listId) + QStringLiteral("/retry"), {},
                      idempotencyKey),
        std::move(done), &mapping::bulkList);
}

} // namespace rd::api
