#include "core/Redaction.h"

#include <gtest/gtest.h>

using namespace rd;

TEST(Redaction, ApiKeyQueryValue_IsMasked)
{
    const QUrl u(QStringLiteral("https://api.example/v1/webhooks/email-validations/bulk-emails/list_1/retry?apiKey=sk_live_secret123"));
    const QString out = redact::url(u);
    EXPECT_FALSE(out.contains(QLatin1String("sk_live_secret123")));
    EXPECT_TRUE(out.contains(QLatin1String("apiKey=***")));
    EXPECT_TRUE(out.contains(QLatin1String("list_1/retry")));
}

TEST(Redaction, AuthorizationHeader_IsMasked)
{
    EXPECT_EQ(redact::headerValue("Authorization", "Bearer mxcep_abc"), QByteArray("***"));
    EXPECT_EQ(redact::headerValue("Idempotency-Key", "k-1"), QByteArray("k-1"));
}

TEST(Redaction, RegisteredSecret_IsScrubbedFromFreeText_AlsoPercentEncoded)
{
    redact::registerSecret(QStringLiteral("s3cr3t+key/x"));
    EXPECT_EQ(redact::scrub(QStringLiteral("oops s3cr3t+key/x leaked")), QStringLiteral("oops *** leaked"));
    EXPECT_EQ(redact::scrub(QStringLiteral("q=s3cr3t%2Bkey%2Fx")), QStringLiteral("q=***"));
    redact::forgetSecret(QStringLiteral("s3cr3t+key/x"));
    EXPECT_EQ(redact::scrub(QStringLiteral("s3cr3t+key/x")), QStringLiteral("s3cr3t+key/x"));
}
