// WriteJournal: where ApiClient records every write before its first byte and how it ended — the
// hook of the durable outbox (app/outbox). A write the journal cannot record is not sent.
#pragma once

#include "net/Result.h"

#include <QByteArray>
#include <QString>

namespace rd::net {

// One write as it goes on the wire: method, path (no query: the lists API's ?apiKey= is never
// journaled; resending re-adds it), the exact body bytes and the Idempotency-Key.
struct JournalWrite {
    QByteArray method;
    QString path;
    QByteArray body;
    QString idempotencyKey;
};

class WriteJournal {
public:
    virtual ~WriteJournal();

    // Called by ApiClient::send for every write, before the operation starts. True: recorded (a
    // key recorded earlier with the same method, path and bytes is the same logical write and is
    // accepted again). False with *error set: the write must not be sent (the journal cannot be
    // written, or this key was journaled with other bytes).
    virtual bool beginWrite(const JournalWrite &write, QString *error) = 0;
    // The operation finished. The journal decides whether the answer is definitive (a 2xx, or a
    // 4xx other than 408 / 409 / 425 / 429): only then is the write done; otherwise it stays
    // unsettled, to be resent with the same key and bytes.
    virtual void endWrite(const QString &idempotencyKey, const Result &result) = 0;

    // True when result says for certain whether the server applied the write.
    static bool isDefinitive(const Result &result);
};

} // namespace rd::net
