// Reply: what an API adapter hands back — the client's Result plus the payload mapped to a domain
// type (or why the payload could not be mapped).
#pragma once

#include "domain/UnreadableItem.h"
#include "net/Result.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace rd::api {

template <typename T> struct Reply {
    net::Result result;     // attempts, requestId, replayed, clock skew, the error when not ok
    std::optional<T> value; // set when the call succeeded and its payload mapped
    // The call succeeded but its payload was not the documented shape (a server bug or an API
    // version mismatch): says which field. Empty otherwise.
    QString decodeError;

    bool ok() const { return result.ok() && value.has_value(); }
};

template <typename T> using Callback = std::function<void(const Reply<T> &)>;

// One page of a list. Paging (meta.next_cursor, meta.has_more) is RetryDesk's assumption
// (docs/api.md): a server without it sends one page, the whole list.
template <typename T> struct Page {
    QList<T> items;
    QString nextCursor; // opaque; empty on the last page
    bool hasMore = false;
    // Items that could not be read as T, skipped: how many, and the first of them with their JSON
    // (nothing is dropped silently).
    int unreadableCount = 0;
    QList<UnreadableItem> unreadable;
};

} // namespace rd::api
