// ApiError: an error answer of either API, in one shape the UI and CLI can show and cite.
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace rd {

struct ApiError {
    int httpStatus = 0;     // 0 when no HTTP status was received
    QString code;           // stable machine code (seed 003 error.code), e.g. "retry_not_active"
    QString message;        // human-readable; never parsed
    QString field;          // the request field at fault, when the server named one
    QString docs;           // link to the server's documentation of the code
    QString requestId;      // cite this in a support ticket

    // Parses an error body of any of the three shapes the APIs use:
    //  - seed 003 envelope {"data":null,"error":{code,message,field,docs},"meta":{"requestId"}}
    //  - seeds 001/002 envelopes naming it meta.request_id
    //  - seed 000 {"success":false,"message":"…"}
    // requestIdHeader (X-Request-Id) fills requestId when the body has none. A body that is none
    // of these (an HTML page from a proxy, empty) gives code "http_<status>".
    static ApiError fromResponse(int httpStatus, const QByteArray &body,
                                 const QByteArray &requestIdHeader = {});

    // "message (code, HTTP 422, request req_…)" — what the CLI prints and the UI shows in detail.
    QString describe() const;

    friend bool operator==(const ApiError &, const ApiError &) = default;
};

} // namespace rd
