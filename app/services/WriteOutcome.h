// WriteOutcome: how a policy change or a cancel ended, typed for the screen — applied, the cycle
// had already ended, a business rule refused it (which field, what to do), or it failed.
#pragma once

#include "api/PayloadMapping.h"
#include "api/Reply.h"
#include "domain/RetryState.h"

#include <QString>
#include <optional>

namespace rd {

struct WriteOutcome {
    enum class Kind {
        Applied,      // 2xx (or an idempotent replay of one): state holds the new retry_state
        AlreadyEnded, // seed 001: 422 retry_not_active — "this cycle has already ended"
        Rejected,     // any other 422: code, field (when one is at fault) and advice
        Pending,      // 409 in progress to the end: not known yet, re-send with idempotencyKey
        Failed,       // everything else: message says what happened and what to do
    };
    Kind kind = Kind::Failed;
    std::optional<RetryState> state;
    QString code;    // the server's error.code ("retry_age_exceeded", …)
    QString field;   // the form field at fault ("max_retries", "interval_seconds", "outcomes", …)
    QString message; // a sentence that says what to do, with the request id when there is one
    QString requestId;
    QString idempotencyKey;

    bool applied() const { return kind == Kind::Applied; }

    static WriteOutcome from(const api::Reply<api::RetryStateUpdate> &reply);
    // seed 002's 422 codes, and 001's retry_not_active, as advice for a person.
    static QString adviceFor(const QString &code);
    // Which form field a 422 belongs next to; empty when it is about the validation as a whole.
    static QString fieldFor(const QString &code, const QString &serverField);
};

} // namespace rd
