// ValidationPageDecoder: one GET /v1/validations page (JSON bytes) → compact rows, via simdjson.
#pragma once

#include "domain/UnreadableItem.h"
#include "models/StringPool.h"
#include "models/ValidationRow.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <string_view>

namespace rd {

// What a page said besides its rows (seed 003 envelope: data, error, meta).
struct ValidationPage {
    int rows = 0;           // objects decoded and handed to the sink
    int rejected = 0;       // items Validation::fromJson would refuse; skipped
    QString firstRejection; // why the first one was refused ("id: missing")
    QList<UnreadableItem> unreadable; // the first UnreadableItem::kMaxKept of them
    QString nextCursor;     // meta.next_cursor ("" when null)
    bool hasMore = false;   // meta.has_more
    QString error;          // envelope error message or a JSON syntax problem

    bool ok() const { return error.isEmpty(); }
};

// QJsonDocument took 13 s and 2.4 GB for 1M validations; simdjson's on-demand API decodes
// straight into rows. Accepts exactly what Validation::fromJson accepts, object by object (a
// refused item is counted, kept with its JSON and skipped; a broken document yields an error).
// The page may be the seed 003 envelope ({"data": [...], "meta": {...}}) or a bare array.
class ValidationPageDecoder {
public:
    // Receives each row as soon as it is decoded, so rows go straight into storage with no
    // staging copy. A JSON syntax error may only show after some rows were delivered: when
    // decode() returns an error the receiver must drop what it was given for this page.
    class Sink {
    public:
        virtual ~Sink() = default;
        // An object's id, as soon as it is read: the rest of the object is decoded before row()
        // is called, time enough to bring the id's index entry into cache.
        virtual void idRead(quint64 hi, quint64 lo) {
            Q_UNUSED(hi);
            Q_UNUSED(lo);
        }
        // trackingKey is valid during the call only.
        virtual void row(const ValidationRow &row, std::string_view trackingKey) = 0;
    };

    ValidationPageDecoder();
    ~ValidationPageDecoder();

    // Bank names are interned into banks. bytes may get padding capacity added (simdjson reads
    // up to 64 bytes past the end), which is why it is taken by reference.
    ValidationPage decode(QByteArray &bytes, StringPool &banks, Sink &sink);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace rd
