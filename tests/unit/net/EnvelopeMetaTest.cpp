// EnvelopeMeta: the request id and seed 000's success:false, read from an answer's envelope
// without a JSON tree of the whole body.
#include "net/EnvelopeMeta.h"

#include <gtest/gtest.h>

using namespace rd::net;

TEST(EnvelopeMetaTest, RequestId_FromMetaInEitherSpelling_CamelCaseFirst) {
    EXPECT_EQ(readEnvelopeMeta(R"({"data":[1,2],"meta":{"requestId":"req_a"}})").requestId,
              QStringLiteral("req_a"));
    EXPECT_EQ(readEnvelopeMeta(R"({"meta":{"request_id":"req_b"},"data":{"x":"y"}})").requestId,
              QStringLiteral("req_b"));
    EXPECT_EQ(readEnvelopeMeta(R"({"meta":{"request_id":"req_s","requestId":"req_c"}})").requestId,
              QStringLiteral("req_c"));
    EXPECT_EQ(readEnvelopeMeta(R"({"meta":{"requestId":"req_\u00e9"}})").requestId,
              QStringLiteral("req_\u00e9"));
}

TEST(EnvelopeMetaTest, SuccessFalse_OnlyForTheBooleanFalse) {
    EXPECT_TRUE(readEnvelopeMeta(R"({"success":false,"message":"no"})").successFalse);
    EXPECT_FALSE(readEnvelopeMeta(R"({"success":true,"message":{}})").successFalse);
    EXPECT_FALSE(readEnvelopeMeta(R"({"success":"false"})").successFalse);
    EXPECT_FALSE(readEnvelopeMeta(R"({"data":null})").successFalse);
}

TEST(EnvelopeMetaTest, BodiesWithoutAnObjectEnvelope_HaveNoMeta) {
    for (const char *body : {"", "[]", "null", "42", R"("text")", "not json", "{",
                             R"({"meta":{"requestId":"req_x"},"data":[1,2)", R"({"meta":"req_x"})",
                             R"({"meta":{"requestId":7}})"}) {
        const EnvelopeMeta m = readEnvelopeMeta(QByteArray(body));
        EXPECT_TRUE(m.requestId.isEmpty()) << body;
        EXPECT_FALSE(m.successFalse) << body;
    }
}
