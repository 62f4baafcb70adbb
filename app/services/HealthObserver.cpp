#include "services/HealthObserver.h"

namespace rd {

ConnectionHealth healthAfter(const ConnectionHealth &before, const net::Result &r,
                             std::optional<int> rateLimitRemaining) {
    ConnectionHealth h = before;
    h.rateLimitRemaining = rateLimitRemaining;
    if (r.errorKind == net::ErrorKind::Cancelled) {
        return h;
    }
    using net::ErrorKind;
    const bool noAnswer = r.httpStatus == 0 || r.httpStatus >= 500;
    const bool outage =
        noAnswer && (r.errorKind == ErrorKind::GaveUp || r.errorKind == ErrorKind::Network ||
                     r.errorKind == ErrorKind::DeadlineExceeded ||
                     r.errorKind == ErrorKind::RetryAfterBeyondDeadline);
    h.budgetEmpty = r.errorKind == ErrorKind::BudgetExhausted;
    h.reachable = !outage;
    h.problem = h.healthy() ? QString() : r.userMessage;
    h.requestId = h.healthy() ? QString() : r.requestId;
    return h;
}

} // namespace rd
