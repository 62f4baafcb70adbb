// EnvelopeMeta: the two things every answer's envelope tells the client itself — seed 003's
// meta.requestId (or meta.request_id) and seed 000's {"success":false} — read without building a
// QJsonDocument of the whole body. A page of 1,000 validations is ~400 KB: parsing it into Qt's
// JSON tree took several milliseconds of the GUI thread per page (three times over), while its
// rows are decoded with simdjson anyway (models/ValidationPageDecoder).
#pragma once

#include <QByteArray>
#include <QString>

namespace rd::net {

struct EnvelopeMeta {
    QString requestId;         // empty when the body has none (or is not a JSON object)
    bool successFalse = false; // a top-level "success": false
};

// Never fails: a body that is not a JSON object (or not JSON) has no meta.
EnvelopeMeta readEnvelopeMeta(const QByteArray &body);

} // namespace rd::net
