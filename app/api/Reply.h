// Reply: what an API adapter hands back — the client's Result plus the payload mapped to a domain
// type (or why the payload could not be mapped).
#pragma once

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

// One page of a cursor-paged list (docs/api.md: meta.next_cursor, meta.has_more).
template <typename T> struct Page {
    QList<T> items;
    QString nextCursor; // opaque; empty on the last page
    bool hasMore = false;
};

} // namespace rd::api
