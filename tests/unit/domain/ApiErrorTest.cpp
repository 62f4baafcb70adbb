#include "domain/ApiError.h"

#include <gtest/gtest.h>

using namespace rd;

TEST(ApiError, Seed003Envelope_ReadsEveryField)
{
    const QByteArray body = R"({"data":null,"error":{"code":"sender_domain_blocked",
        "message":"Sender domain 'example.tld' is on the internal block list.","field":"from",
        "docs":"https://docs.example/errors#sender_domain_blocked"},
        "meta":{"requestId":"req_01H9XBADREQUEST","version":"2026-07-01"}})";
    const ApiError e = ApiError::fromResponse(422, body, "req_header");
    EXPECT_EQ(e.httpStatus, 422);
    EXPECT_EQ(e.code, QStringLiteral("sender_domain_blocked"));
    EXPECT_EQ(e.message, QStringLiteral("Sender domain 'example.tld' is on the internal block list."));
    EXPECT_EQ(e.field, QStringLiteral("from"));
    EXPECT_EQ(e.docs, QStringLiteral("https://docs.example/errors#sender_domain_blocked"));
    EXPECT_EQ(e.requestId, QStringLiteral("req_01H9XBADREQUEST")); // the body wins over the header
}

TEST(ApiError, SnakeCaseRequestId_IsRead)
{
    const QByteArray body = R"({"error":{"code":"retry_not_active","message":"No active retry cycle"},
        "meta":{"request_id":"c4d5e6f7a8b9"}})";
    const ApiError e = ApiError::fromResponse(422, body);
    EXPECT_EQ(e.code, QStringLiteral("retry_not_active"));
    EXPECT_EQ(e.requestId, QStringLiteral("c4d5e6f7a8b9"));
}

TEST(ApiError, CliovaFailureShape_IsRead)
{
    const QByteArray body = R"({"success":false,"message":"Cannot retry validation job that is currently processing"})";
    const ApiError e = ApiError::fromResponse(409, body, "req_77");
    EXPECT_EQ(e.code, QStringLiteral("list_processing"));
    EXPECT_EQ(e.message, QStringLiteral("Cannot retry validation job that is currently processing"));
    EXPECT_EQ(e.requestId, QStringLiteral("req_77"));
}

TEST(ApiError, CliovaOtherFailure_IsGenericRequestFailed)
{
    const ApiError e = ApiError::fromResponse(400, R"({"success":false,"message":"List not found"})");
    EXPECT_EQ(e.code, QStringLiteral("request_failed"));
    EXPECT_EQ(e.message, QStringLiteral("List not found"));
}

TEST(ApiError, HtmlFromAProxy_FallsBackToStatus)
{
    const ApiError e = ApiError::fromResponse(502, "<html><body>Bad Gateway</body></html>", "req_x");
    EXPECT_EQ(e.code, QStringLiteral("http_502"));
    EXPECT_FALSE(e.message.isEmpty());
    EXPECT_EQ(e.requestId, QStringLiteral("req_x"));
}

TEST(ApiError, Describe_CarriesCodeStatusAndRequestId)
{
    const ApiError e = ApiError::fromResponse(404, R"({"error":{"code":"not_found","message":"Validation not found"},"meta":{"requestId":"req_1"}})");
    EXPECT_EQ(e.describe(), QStringLiteral("Validation not found (not_found, HTTP 404, request req_1)"));
}
