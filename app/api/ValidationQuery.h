// ValidationQuery: the filters and paging of GET /v1/validations, as a query string.
#pragma once

#include "domain/Enums.h"
#include "domain/Validation.h"

#include <QString>
#include <QUrlQuery>

#include <optional>

namespace rd::api {

struct ValidationQuery {
    // seed 002 names ?retry_state=pending; the other values, "none", status, source, limit and
    // cursor are RetryDesk's assumption (docs/api.md).
    enum class RetryFilter { Any, Pending, Resolved, Exhausted, Cancelled, None };

    RetryFilter retryState = RetryFilter::Any;
    std::optional<Outcome> status;
    std::optional<Source> source;
    int limit = 0;  // 0: the server's default (100); docs/api.md allows 1..1000
    QString cursor; // from the previous page's nextCursor

    QUrlQuery toQuery() const;
    // The same filters applied here: a server may ignore the parameters the seeds do not name
    // (status, source, retry states other than pending), so answers are filtered again.
    bool matches(const Validation &v) const;

    // "pending", "resolved", "exhausted", "cancelled", "none"; nullopt for anything else.
    static std::optional<RetryFilter> retryFilterFromWire(QStringView s);
    static QString toWire(RetryFilter f);
};

} // namespace rd::api
