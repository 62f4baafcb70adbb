#include "webhooks/WebhookSignature.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QList>
#include <QMessageAuthenticationCode>

namespace rd::webhooks {

namespace {

QByteArray hmacHex(const QByteArray &secret, qint64 unixSeconds, const QByteArray &body) {
    const QByteArray text = QByteArray::number(unixSeconds) + '.' + body;
    return QMessageAuthenticationCode::hash(text, secret, QCryptographicHash::Sha256).toHex();
}

// Compares without an early exit, so the time taken does not tell an attacker how many leading
// characters of a forged signature were right.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b) {
    if (a.size() != b.size()) {
        return false;
    }
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    }
    return diff == 0;
}

bool isLowerHex(const QByteArray &s) {
    for (const char c : s) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    return true;
}

} // namespace

QByteArray signatureHeader(const QByteArray &secret, qint64 unixSeconds, const QByteArray &body) {
    return "t=" + QByteArray::number(unixSeconds) + ",v1=" + hmacHex(secret, unixSeconds, body);
}

SignatureCheck verifySignature(const QByteArray &secret, const QByteArray &header,
                               const QByteArray &body, qint64 nowUnixSeconds,
                               qint64 toleranceSeconds) {
    const QByteArray trimmed = header.trimmed();
    if (trimmed.isEmpty()) {
        return SignatureCheck::Missing;
    }
    QByteArray t;
    QByteArray v1;
    for (const QByteArray &part : trimmed.split(',')) {
        const qsizetype eq = part.indexOf('=');
        if (eq <= 0) {
            return SignatureCheck::Malformed;
        }
        const QByteArray key = part.left(eq).trimmed();
        const QByteArray value = part.mid(eq + 1).trimmed();
        if (key == "t") {
            if (!t.isNull()) {
                return SignatureCheck::Malformed;
            }
            t = value;
        } else if (key == "v1") {
            if (!v1.isNull()) {
                return SignatureCheck::Malformed;
            }
            v1 = value;
        }
        // Unknown keys (a future v2 scheme) are ignored, as signature schemes customarily do.
    }
    bool ok = false;
    const qint64 ts = t.toLongLong(&ok);
    if (!ok || ts < 0 || v1.size() != 64 || !isLowerHex(v1.toLower())) {
        return SignatureCheck::Malformed;
    }
    if (!constantTimeEquals(v1.toLower(), hmacHex(secret, ts, body))) {
        return SignatureCheck::Mismatch;
    }
    if (nowUnixSeconds - ts > toleranceSeconds) {
        return SignatureCheck::TooOld;
    }
    if (ts - nowUnixSeconds > toleranceSeconds) {
        return SignatureCheck::TooNew;
    }
    return SignatureCheck::Valid;
}

QString describe(SignatureCheck c) {
    switch (c) {
    case SignatureCheck::Valid:
        return QCoreApplication::translate(
            "rd::webhooks", "The signature is valid for this subscription's secret.");
    case SignatureCheck::Missing:
        return QCoreApplication::translate(
            "rd::webhooks",
            "The delivery has no RetryDesk-Signature header, so it cannot be trusted.");
    case SignatureCheck::Malformed:
        return QCoreApplication::translate(
            "rd::webhooks",
            "The RetryDesk-Signature header is not in the form t=<seconds>,v1=<64 hex digits>.");
    case SignatureCheck::Mismatch:
        return QCoreApplication::translate(
            "rd::webhooks",
            "The signature does not match the body: the secret differs or the body was altered.");
    case SignatureCheck::TooOld:
        return QCoreApplication::translate(
            "rd::webhooks",
            "The signature timestamp is too old: this looks like a replayed delivery.");
    case SignatureCheck::TooNew:
        return QCoreApplication::translate("rd::webhooks",
                                           "The signature timestamp is in the future: check the "
                                           "sender's and this computer's clocks.");
    }
    return {};
}

} // namespace rd::webhooks
