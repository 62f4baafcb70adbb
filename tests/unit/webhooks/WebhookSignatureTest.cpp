#include "webhooks/WebhookSignature.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QStringList>

#include <gtest/gtest.h>

using namespace rd::webhooks;

namespace {
const QByteArray kSecret = "whsec_test_secret";
const QByteArray kBody = R"({"id":"evt_0123456789abcdef01234567"})";
constexpr qint64 kNow = 1'780'000'000;
} // namespace

TEST(WebhookSignature, Header_IsTimestampAndLowercaseHexHmacOfTimestampDotBody) {
    const QByteArray expected =
        QMessageAuthenticationCode::hash("1780000000." + kBody, kSecret, QCryptographicHash::Sha256)
            .toHex();
    EXPECT_EQ(signatureHeader(kSecret, kNow, kBody), "t=1780000000,v1=" + expected);
}

TEST(WebhookSignature, RoundTrip_IsValid) {
    EXPECT_EQ(verifySignature(kSecret, signatureHeader(kSecret, kNow, kBody), kBody, kNow),
              SignatureCheck::Valid);
}

TEST(WebhookSignature, WithinTolerance_IsValid) {
    const QByteArray h = signatureHeader(kSecret, kNow, kBody);
    EXPECT_EQ(verifySignature(kSecret, h, kBody, kNow + 300), SignatureCheck::Valid);
    EXPECT_EQ(verifySignature(kSecret, h, kBody, kNow - 300), SignatureCheck::Valid);
}

TEST(WebhookSignature, OtherSecret_IsMismatch) {
    EXPECT_EQ(verifySignature("whsec_other", signatureHeader(kSecret, kNow, kBody), kBody, kNow),
              SignatureCheck::Mismatch);
}

TEST(WebhookSignature, AlteredBody_IsMismatch) {
    EXPECT_EQ(verifySignature(kSecret, signatureHeader(kSecret, kNow, kBody), kBody + " ", kNow),
              SignatureCheck::Mismatch);
}

TEST(WebhookSignature, TimestampRewrittenWithoutResigning_IsMismatch) {
    QByteArray h = signatureHeader(kSecret, kNow, kBody);
    h.replace("t=1780000000", "t=1780000100");
    EXPECT_EQ(verifySignature(kSecret, h, kBody, kNow), SignatureCheck::Mismatch);
}

TEST(WebhookSignature, EmptyHeader_IsMissing) {
    EXPECT_EQ(verifySignature(kSecret, QByteArray(), kBody, kNow), SignatureCheck::Missing);
    EXPECT_EQ(verifySignature(kSecret, "   ", kBody, kNow), SignatureCheck::Missing);
}

TEST(WebhookSignature, BrokenHeaders_AreMalformed) {
    const QByteArray good = signatureHeader(kSecret, kNow, kBody);
    const QByteArray hex = good.mid(good.indexOf("v1=") + 3);
    for (const QByteArray &h :
         {QByteArray("garbage"), QByteArray("t=abc,v1=") + hex, QByteArray("v1=") + hex,
          QByteArray("t=1780000000"), QByteArray("t=1780000000,v1=") + hex.left(63),
          QByteArray("t=1780000000,v1=") + hex.left(62) + "zz", QByteArray("t=1,t=2,v1=") + hex}) {
        EXPECT_EQ(verifySignature(kSecret, h, kBody, kNow), SignatureCheck::Malformed) << h.data();
    }
}

TEST(WebhookSignature, StaleTimestamp_IsTooOld) {
    EXPECT_EQ(verifySignature(kSecret, signatureHeader(kSecret, kNow - 301, kBody), kBody, kNow),
              SignatureCheck::TooOld);
}

TEST(WebhookSignature, FutureTimestamp_IsTooNew) {
    EXPECT_EQ(verifySignature(kSecret, signatureHeader(kSecret, kNow + 301, kBody), kBody, kNow),
              SignatureCheck::TooNew);
}

TEST(WebhookSignature, ToleranceIsAParameter) {
    const QByteArray h = signatureHeader(kSecret, kNow - 60, kBody);
    EXPECT_EQ(verifySignature(kSecret, h, kBody, kNow, 30), SignatureCheck::TooOld);
    EXPECT_EQ(verifySignature(kSecret, h, kBody, kNow, 60), SignatureCheck::Valid);
}

TEST(WebhookSignature, Describe_GivesADistinctSentencePerOutcome) {
    QStringList seen;
    for (auto c : {SignatureCheck::Valid, SignatureCheck::Missing, SignatureCheck::Malformed,
                   SignatureCheck::Mismatch, SignatureCheck::TooOld, SignatureCheck::TooNew}) {
        const QString s = describe(c);
        EXPECT_FALSE(s.isEmpty());
        EXPECT_FALSE(seen.contains(s));
        seen << s;
    }
}
