#include "net/WriteJournal.h"

namespace rd::net {

WriteJournal::~WriteJournal() = default;

bool WriteJournal::isDefinitive(const Result &r) {
    const int status = r.httpStatus;
    if (status >= 200 && status < 300) {
        return true;
    }
    // Seed 003: 408 / 409 (a key still in progress) / 425 / 429 say "not now", not "no"; 0 (no
    // answer), 5xx, 1xx and 3xx say nothing about whether the write was applied.
    if (status >= 400 && status < 500) {
        return status != 408 && status != 409 && status != 425 && status != 429;
    }
    return false;
}

} // namespace rd::net
