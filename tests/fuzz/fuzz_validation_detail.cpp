// fuzz_validation_detail: GET /v1/validations/{id} and the PUT retry-policy / POST cancel-retries
// answers, as the app maps them: api::mapping::validationDetail and retryStateUpdate over the
// payload net::Operation would make of these bytes, and Validation::fromJson /
// RetryState::fromJson directly, plus what the CLI and window compute from a parsed state.
#include "FuzzSupport.h"

#include "api/PayloadMapping.h"
#include "api/ValidationDetail.h"
#include "domain/RetryState.h"
#include "domain/Validation.h"

namespace {

// What the window and `retrydesk-cli validations show` read off a parsed state.
void useState(const rd::RetryState &s) {
    (void)s.isActive();
    (void)s.isTerminal();
    if (const auto left = s.remaining()) {
        FUZZ_EXPECT(*left >= 0, QStringLiteral("remaining() = %1").arg(*left));
    }
    (void)s.policy().validate();
    for (const QString &p : s.consistencyProblems()) {
        rdfuzz::touch(p);
    }
    const QJsonObject written = s.toJson();
    if (rdfuzz::strict()) {
        QString why;
        const auto again = rd::RetryState::fromJson(written, &why);
        FUZZ_CHECK(again.has_value(),
                   QStringLiteral("RetryState::fromJson refuses its own toJson: %1 in %2")
                       .arg(why, QString::fromUtf8(
                                     QJsonDocument(written).toJson(QJsonDocument::Compact))));
        FUZZ_CHECK(*again == s, QStringLiteral("RetryState round trip changed the value: %1")
                                    .arg(QString::fromUtf8(
                                        QJsonDocument(written).toJson(QJsonDocument::Compact))));
    }
}

void useValidation(const rd::Validation &v) {
    rdfuzz::touch(v.id);
    rdfuzz::touch(v.trackingKey);
    rdfuzz::touch(v.senderBank);
    rdfuzz::touch(v.receiverBank);
    FUZZ_CHECK(rd::isUuid(v.id), v.id);
    if (v.retryState) {
        useState(*v.retryState);
    }
    const QJsonObject written = v.toJson();
    if (rdfuzz::strict()) {
        QString why;
        const auto again = rd::Validation::fromJson(written, &why);
        const QString text =
            QString::fromUtf8(QJsonDocument(written).toJson(QJsonDocument::Compact));
        FUZZ_CHECK(
            again.has_value(),
            QStringLiteral("Validation::fromJson refuses its own toJson: %1 in %2").arg(why, text));
        FUZZ_CHECK(*again == v,
                   QStringLiteral("Validation round trip changed the value: %1").arg(text));
    }
}

void expectReason(bool parsed, const QString &error, const char *what) {
    FUZZ_EXPECT(parsed || !error.isEmpty(),
                QStringLiteral("%1 refused without a reason").arg(QLatin1String(what)));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    rdfuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const QByteArray body = rdfuzz::bytesOf(data, size);
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    rd::net::Result r;
    r.httpStatus = 200;
    r.body = body;
    r.payload = rdfuzz::payloadOf(doc);

    QString error;
    const auto detail = rd::api::mapping::validationDetail(r, &error);
    expectReason(detail.has_value(), error, "validationDetail");
    if (detail) {
        useValidation(detail->validation);
        for (const rd::api::RetryAttempt &a : detail->history) {
            FUZZ_CHECK(a.at.isValid(), QStringLiteral("attempt %1 without a time").arg(a.attempt));
        }
        const QJsonObject written = detail->toJson();
        if (rdfuzz::strict()) {
            // Unreadable history entries are counted, not written back: compare what was read.
            const auto again = rd::api::ValidationDetail::fromJson(written);
            FUZZ_CHECK(
                again && again->validation == detail->validation &&
                    again->history == detail->history,
                QStringLiteral("ValidationDetail round trip: %1")
                    .arg(QString::fromUtf8(QJsonDocument(written).toJson(QJsonDocument::Compact))));
        }
    }

    error.clear();
    const auto update = rd::api::mapping::retryStateUpdate(r, &error);
    expectReason(update.has_value(), error, "retryStateUpdate");
    if (update) {
        rdfuzz::touch(update->id);
        useState(update->retryState);
    }

    // The domain parsers on their own, on the payload and on the document itself (a server that
    // forgets the envelope), and RetryState on the payload's retry_state.
    const QJsonObject payload = r.payload.toObject();
    for (const QJsonObject &o : {payload, doc.object()}) {
        error.clear();
        const auto v = rd::Validation::fromJson(o, &error);
        expectReason(v.has_value(), error, "Validation::fromJson");
        if (v) {
            useValidation(*v);
        }
        error.clear();
        const auto s = rd::RetryState::fromJson(o, &error);
        expectReason(s.has_value(), error, "RetryState::fromJson");
        if (s) {
            useState(*s);
        }
    }
    error.clear();
    const auto s =
        rd::RetryState::fromJson(payload.value(QLatin1String("retry_state")).toObject(), &error);
    if (s) {
        useState(*s);
    }
    return 0;
}
