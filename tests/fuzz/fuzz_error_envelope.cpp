// fuzz_error_envelope: an error answer's body → rd::ApiError, the one public parser of the three
// error shapes (seed 003 envelope, meta.request_id of seeds 001/002, seed 000 success:false), and
// the sentence net::userMessageFor builds from it, with a registered secret that must never show;
// and net::readEnvelopeMeta, Operation's read of every answer's envelope.
#include "FuzzSupport.h"

#include "core/Redaction.h"
#include "domain/ApiError.h"
#include "net/EnvelopeMeta.h"
#include "net/Result.h"

namespace {

// A key the user holds; servers echo requests, and Operation scrubs what it shows (seed 003).
const QString kSecret = QStringLiteral("mxcep_demo_update_key");
constexpr int kStatuses[] = {0,   200, 400, 401, 403, 404, 409, 422,
                             429, 500, 502, 503, 504, 599, 999};

void checkScrubbed(const QString &text, const char *what) {
    FUZZ_CHECK(!text.contains(kSecret),
               QStringLiteral("%1 shows the registered secret: %2").arg(QLatin1String(what), text));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    rdfuzz::quietQt();
    rd::redact::registerSecret(kSecret);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const QByteArray body = rdfuzz::bytesOf(data, size);
    // One status from the input's length: the body decides the rest, so sandbox answers stay
    // usable seeds as they are (no header bytes to prepend).
    const int status = kStatuses[size % std::size(kStatuses)];
    const QByteArray header = size % 2 ? QByteArray("req_0123456789abcdef01234567") : QByteArray();

    for (const int s : {status, 422}) {
        const rd::ApiError e = rd::ApiError::fromResponse(s, body, header);
        FUZZ_CHECK(e.httpStatus == s, QString::number(e.httpStatus));
        FUZZ_CHECK(!e.code.isEmpty(), QStringLiteral("an error without a code"));
        FUZZ_CHECK(!e.message.isEmpty(), QStringLiteral("an error without a message"));
        // X-Request-Id fills in for a body without one; a body's id only ever replaces it.
        FUZZ_CHECK(header.isEmpty() || !e.requestId.isEmpty(), QStringLiteral("X-Request-Id lost"));
        rdfuzz::touch(e.field);
        rdfuzz::touch(e.docs);
        const QString described = e.describe();
        FUZZ_CHECK(described.contains(e.message) && described.contains(e.code), described);
        FUZZ_CHECK(e == rd::ApiError::fromResponse(s, body, header),
                   QStringLiteral("not deterministic"));

        // What Operation::finish does with it: scrub every field, then the user's sentence for
        // each way an operation can end with this error.
        rd::net::Result r;
        r.httpStatus = s;
        r.body = body;
        r.error = e;
        for (QString *field :
             {&r.error.code, &r.error.message, &r.error.field, &r.error.docs, &r.error.requestId}) {
            *field = rd::redact::scrub(*field);
            checkScrubbed(*field, "a scrubbed error field");
        }
        for (const auto kind :
             {rd::net::ErrorKind::Terminal, rd::net::ErrorKind::GaveUp,
              rd::net::ErrorKind::BudgetExhausted, rd::net::ErrorKind::OutcomePending,
              rd::net::ErrorKind::KeyReused, rd::net::ErrorKind::Network,
              rd::net::ErrorKind::RetryAfterBeyondDeadline}) {
            r.errorKind = kind;
            const QString text = rd::net::userMessageFor(r, 5, rd::Millis(300000));
            FUZZ_CHECK(!text.isEmpty(), rd::net::toString(kind));
            checkScrubbed(text, "userMessageFor");
        }
    }

    // The envelope's data as Operation unwraps it on success.
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    (void)rd::json::unwrapData(doc.object());

    // Operation's read of every answer's envelope (the request id, seed 000's success:false),
    // with simdjson and without a JSON tree: any bytes, the same answer twice.
    const rd::net::EnvelopeMeta meta = rd::net::readEnvelopeMeta(body);
    const rd::net::EnvelopeMeta again = rd::net::readEnvelopeMeta(body);
    FUZZ_CHECK(meta.requestId == again.requestId && meta.successFalse == again.successFalse,
               QStringLiteral("readEnvelopeMeta is not deterministic"));
    rdfuzz::touch(meta.requestId);
    return 0;
}
