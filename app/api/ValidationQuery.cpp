#include "api/ValidationQuery.h"

namespace rd::api {

std::optional<ValidationQuery::RetryFilter> ValidationQuery::retryFilterFromWire(QStringView s) {
    if (s == u"none") {
        return RetryFilter::None;
    }
    if (const auto t = terminalStateFromWire(s)) {
        switch (*t) {
        case TerminalState::Pending:
            return RetryFilter::Pending;
        case TerminalState::Resolved:
            return RetryFilter::Resolved;
        case TerminalState::Exhausted:
            return RetryFilter::Exhausted;
        case TerminalState::Cancelled:
            return RetryFilter::Cancelled;
        }
    }
    return std::nullopt;
}

QString ValidationQuery::toWire(RetryFilter f) {
    switch (f) {
    case RetryFilter::Any:
        return {};
    case RetryFilter::Pending:
        return rd::toWire(TerminalState::Pending);
    case RetryFilter::Resolved:
        return rd::toWire(TerminalState::Resolved);
    case RetryFilter::Exhausted:
        return rd::toWire(TerminalState::Exhausted);
    case RetryFilter::Cancelled:
        return rd::toWire(TerminalState::Cancelled);
    case RetryFilter::None:
        return QStringLiteral("none");
    }
    return {};
}

QUrlQuery ValidationQuery::toQuery() const {
    QUrlQuery q;
    if (retryState != RetryFilter::Any) {
        q.addQueryItem(QStringLiteral("retry_state"), toWire(retryState));
    }
    if (status) {
        q.addQueryItem(QStringLiteral("status"), rd::toWire(*status));
    }
    if (source) {
        q.addQueryItem(QStringLiteral("source"), rd::toWire(*source));
    }
    if (limit > 0) {
        q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    }
    if (!cursor.isEmpty()) {
        // The cursor is opaque: percent-encode it so a '+' or '&' in it survives the query.
        q.addQueryItem(QStringLiteral("cursor"),
                       QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    }
    return q;
}

bool ValidationQuery::matches(const Validation &v) const {
    if (status && v.outcome != status) {
        return false;
    }
    if (source && v.source != source) {
        return false;
    }
    const std::optional<TerminalState> state =
        v.retryState ? v.retryState->terminalState : std::nullopt;
    switch (retryState) {
    case RetryFilter::Any:
        return true;
    case RetryFilter::Pending:
        return state == TerminalState::Pending;
    case RetryFilter::Resolved:
        return state == TerminalState::Resolved;
    case RetryFilter::Exhausted:
        return state == TerminalState::Exhausted;
    case RetryFilter::Cancelled:
        return state == TerminalState::Cancelled;
    case RetryFilter::None:
        return !v.retryState || !state;
    }
    return true;
}

} // namespace rd::api
