// ListRetryOutcome: how one retry of a bulk list (seed 000) ended — started, refused before any
// request, refused by the server, or sent without a definitive answer.
#pragma once

#include "domain/BulkList.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rd {

struct ListRetryOutcome {
    enum class Kind {
        Started,        // the server started a new job: newList (id, status; retry_of = listId)
        RefusedLocally, // not sent: reason and message say why and when it can be sent
        Refused,        // the server said no: message is the server's, as it said it
        Unconfirmed,    // no definitive answer (no connection, 5xx to the end, 409 in progress,
                        // timeout): the job may have started; a retry of this list resends the
                        // same Idempotency-Key, so it starts at most one
    };
    enum class Reason {
        None,
        Processing, // a job of the list's chain is Queued / In Progress (blockingListId)
        TooSoon,    // seed 000's "wait at least 5 minutes between retries" (retryAllowedAt)
        ChainBusy,  // a retry of another list of the chain is being sent (blockingListId)
        Cancelled,  // a retry of several lists was stopped before this one was sent
    };

    QString listId;
    Kind kind = Kind::Refused;
    Reason reason = Reason::None;
    std::optional<BulkList> newList;
    // What to show: the server's own words when its answer carried a message (seed 000's
    // {"success":false,"message":…}, whatever the HTTP status), else RetryDesk's sentence.
    QString message;
    QString serverMessage; // the server's words verbatim; empty when it sent none
    // What to do next, in RetryDesk's words (empty for Started).
    QString advice;
    QString blockingListId;
    std::optional<QDateTime> retryAllowedAt; // UTC, local clock
    int httpStatus = 0;                      // 0: no request, or no HTTP answer
    QString requestId;
    QString idempotencyKey;
    bool replayed = false; // seed 001 Idempotent-Replayed: the answer of an earlier send

    bool started() const { return kind == Kind::Started; }
    // Every outcome but a started job can be tried again (later, for TooSoon and Processing).
    bool retryable() const { return kind != Kind::Started; }

    // The ids of outcomes that did not start a job, in order: what "Retry failed" sends again.
    static QStringList retryableIds(const QList<ListRetryOutcome> &outcomes);
    // Seed 000 bodies {"success":false,"message":…}: the message as the server said it (a
    // string verbatim; an object's "message" or "error" string; else the JSON). Empty when the
    // body is not one.
    static QString serverMessageOf(const QByteArray &body);
};

} // namespace rd
