// WebhookSignature: signs a webhook body for the RetryDesk-Signature header and verifies one.
#pragma once

#include <QByteArray>
#include <QString>

namespace rd::webhooks {

inline constexpr char kSignatureHeaderName[] = "RetryDesk-Signature";

// Header value "t=<unix seconds>,v1=<lowercase hex HMAC-SHA256(secret, "<t>.<body>")>". The
// timestamp is inside the signed text so a captured delivery cannot be replayed later with a new t.
QByteArray signatureHeader(const QByteArray &secret, qint64 unixSeconds, const QByteArray &body);

enum class SignatureCheck { Valid, Missing, Malformed, Mismatch, TooOld, TooNew };

// TooOld = the timestamp is more than tolerance behind now (a replayed, stale delivery);
// TooNew = more than tolerance ahead (a forged or badly skewed sender). The HMAC is checked first,
// so TooOld/TooNew are only reported for signatures that are otherwise genuine.
SignatureCheck verifySignature(const QByteArray &secret, const QByteArray &header,
                               const QByteArray &body, qint64 nowUnixSeconds,
                               qint64 toleranceSeconds = 300);

// One sentence for the UI, translated (context "rd::webhooks").
QString describe(SignatureCheck c);

} // namespace rd::webhooks
