// rd::redact::text and the strengthened scrub(): what the log files and the support report rely
// on to never show a key.
#include "core/Redaction.h"

#include <QUrl>

#include <gtest/gtest.h>

using namespace rd;

namespace {
const QString kKey = QStringLiteral("Zq7_Kx9+Tp/Lm3Vw8Rb2");

class RedactText : public ::testing::Test {
protected:
    void SetUp() override { redact::registerSecret(kKey); }
    void TearDown() override { redact::forgetSecret(kKey); }
};
} // namespace

TEST_F(RedactText, RegisteredSecret_InAnyCase_IsScrubbed) {
    EXPECT_EQ(redact::scrub(QStringLiteral("k=") + kKey.toLower()), QStringLiteral("k=***"));
    EXPECT_EQ(redact::scrub(QStringLiteral("k=") + kKey.toUpper()), QStringLiteral("k=***"));
}

TEST_F(RedactText, RegisteredSecret_PercentEncodedInLowercaseHex_IsScrubbed) {
    const QString enc = QString::fromLatin1(QUrl::toPercentEncoding(kKey)).toLower();
    EXPECT_EQ(redact::scrub(QStringLiteral("q=") + enc), QStringLiteral("q=***"));
}

TEST_F(RedactText, RegisteredSecret_Base64Encoded_AtEveryAlignment_IsScrubbed) {
    for (const QByteArray &prefix : {QByteArray(), QByteArray("u:"), QByteArray("user:")}) {
        for (auto option : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
            const QString b64 =
                QString::fromLatin1((prefix + kKey.toUtf8() + "!tail").toBase64(option));
            const QString out = redact::scrub(b64);
            const QString bare = QString::fromLatin1(kKey.toUtf8().toBase64(option));
            EXPECT_NE(out, b64) << qPrintable(b64);
            EXPECT_FALSE(out.contains(bare.left(12))) << qPrintable(out);
        }
    }
}

TEST_F(RedactText, AuthorizationHeader_LosesItsValue) {
    EXPECT_EQ(redact::text(QStringLiteral("Authorization: Bearer abc.def-123")),
              QStringLiteral("Authorization: ***"));
    EXPECT_EQ(redact::text(QStringLiteral("sent proxy-authorization=Basic dXNlcjpwdw==")),
              QStringLiteral("sent proxy-authorization=***"));
}

TEST(RedactTextShapes, BearerToken_ApiKeyQuery_JsonField_AreMasked_WithoutRegistration) {
    EXPECT_EQ(redact::text(QStringLiteral("using bearer q1w2e3r4t5y6")),
              QStringLiteral("using bearer ***"));
    EXPECT_EQ(redact::text(QStringLiteral("GET /retry?apiKey=q1w2e3r4&x=1")),
              QStringLiteral("GET /retry?apiKey=***&x=1"));
    EXPECT_EQ(redact::text(QStringLiteral("form api_key=q1w2e3r4 token=abc")),
              QStringLiteral("form api_key=*** token=***"));
    EXPECT_EQ(redact::text(QStringLiteral(R"({"api_key": "q1w2e3r4", "id": "v1"})")),
              QStringLiteral(R"({"api_key": "***", "id": "v1"})"));
    EXPECT_EQ(redact::text(QStringLiteral(R"("{\"apiKey\":\"q1w2e3r4\"}")")),
              QStringLiteral(R"("{\"apiKey\":\"***\"}")"));
    EXPECT_EQ(redact::text(QStringLiteral("password: hunter22")), QStringLiteral("password: ***"));
}

TEST(RedactTextShapes, KeyShapedStrings_AndJwts_AreMasked) {
    EXPECT_EQ(redact::text(QStringLiteral("key mxcep_demo_update_key used")),
              QStringLiteral("key *** used"));
    EXPECT_EQ(redact::text(QStringLiteral("ic_live_abc123def and sk_test_4eC39HqLyjWDarjtT1")),
              QStringLiteral("*** and ***"));
    EXPECT_EQ(redact::text(QStringLiteral("t=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.sig")),
              QStringLiteral("t=***"));
}

TEST(RedactTextShapes, OrdinaryLogText_IsLeftAlone) {
    const QString line = QStringLiteral(
        "PUT "
        "http://127.0.0.1:8787/v1/validations/0000000a-0000-4000-8000-000000000001/retry-policy "
        "attempt=2 status=503 outcome=\"HTTP 503\" request_id=req_01H9XBADREQUEST "
        "idempotency_key=6f1c2a9e-1111-4222-8333-944455556666 replayed=false duration_ms=12");
    EXPECT_EQ(redact::text(line), line);
    EXPECT_EQ(
        redact::text(QStringLiteral("Invalid/missing Bearer. Re-auth; list_12345 risk_level")),
        QStringLiteral("Invalid/missing Bearer. Re-auth; list_12345 risk_level"));
}

TEST(RedactTextShapes, SensitiveNames_AreRecognised) {
    for (const char *name : {"apiKey", "connections/3/api_key", "clientSecret", "auth/token",
                             "Password", "proxy/credentials", "X-Api-Key"}) {
        EXPECT_TRUE(redact::isSensitiveName(QString::fromLatin1(name))) << name;
    }
    for (const char *name : {"connections/3/baseUrl", "ui/theme", "window/geometry",
                             "notifications/resolved", "monkey", "tokenizer"}) {
        EXPECT_FALSE(redact::isSensitiveName(QString::fromLatin1(name))) << name;
    }
}
