// InstanceProtocol: one versioned line of JSON each way between a later launch and the running
// RetryDesk.
#include "instance/InstanceProtocol.h"

#include <gtest/gtest.h>

using rd::instance::InstanceProtocol;

namespace {

TEST(InstanceProtocol, Request_RoundTripsArgumentsWithUnicodeAndNewlines) {
    const QStringList args{QStringLiteral("retrydesk://validations/x?connection=Soporte%20México"),
                           QStringLiteral("--demo"), QStringLiteral("two\nlines")};
    const QByteArray line = InstanceProtocol::encode(InstanceProtocol::Request{1, args});
    ASSERT_TRUE(line.endsWith('\n'));
    EXPECT_EQ(line.count('\n'), 1) << "one line, whatever the arguments hold";
    QString error;
    const auto decoded = InstanceProtocol::decodeRequest(line.chopped(1), &error);
    ASSERT_TRUE(decoded) << qPrintable(error);
    EXPECT_EQ(decoded->version, InstanceProtocol::kVersion);
    EXPECT_EQ(decoded->arguments, args);
}

TEST(InstanceProtocol, Request_OfAnotherVersion_IsDecodedSoItCanBeRefusedByName) {
    QString error;
    const auto decoded =
        InstanceProtocol::decodeRequest(R"({"app":"retrydesk","version":7,"payload":{}})", &error);
    ASSERT_TRUE(decoded) << qPrintable(error);
    EXPECT_EQ(decoded->version, 7);
}

TEST(InstanceProtocol, Request_NotFromRetryDesk_IsAnError) {
    QString error;
    EXPECT_FALSE(InstanceProtocol::decodeRequest("GET / HTTP/1.1", &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(InstanceProtocol::decodeRequest(R"({"version":1,"arguments":[]})", &error));
    EXPECT_FALSE(InstanceProtocol::decodeRequest(R"({"app":"retrydesk","version":1})", &error));
}

TEST(InstanceProtocol, Reply_CarriesHandledAndTheReason) {
    QString error;
    const auto ok = InstanceProtocol::decodeReply(
        InstanceProtocol::encode(InstanceProtocol::Reply{1, true, {}}).chopped(1), &error);
    ASSERT_TRUE(ok) << qPrintable(error);
    EXPECT_TRUE(ok->handled);
    const auto refused = InstanceProtocol::decodeReply(
        InstanceProtocol::encode(InstanceProtocol::Reply{1, false, QStringLiteral("why")})
            .chopped(1),
        &error);
    ASSERT_TRUE(refused);
    EXPECT_FALSE(refused->handled);
    EXPECT_EQ(refused->error, QStringLiteral("why"));
    EXPECT_FALSE(InstanceProtocol::decodeReply(R"({"version":1})", &error));
}

TEST(InstanceProtocol, TakeLine_WaitsForTheLineEnd_ThenTakesOneLineAtATime) {
    QByteArray buffer("{\"a\":1}");
    bool tooLong = false;
    EXPECT_FALSE(InstanceProtocol::takeLine(buffer, &tooLong));
    EXPECT_FALSE(tooLong);
    buffer += "\nnext\n";
    EXPECT_EQ(InstanceProtocol::takeLine(buffer, &tooLong), QByteArray("{\"a\":1}"));
    EXPECT_EQ(InstanceProtocol::takeLine(buffer, &tooLong), QByteArray("next"));
    EXPECT_TRUE(buffer.isEmpty());
}

TEST(InstanceProtocol, TakeLine_EndlessLine_IsTooLong) {
    QByteArray buffer(InstanceProtocol::kMaxLine, 'x');
    bool tooLong = false;
    EXPECT_FALSE(InstanceProtocol::takeLine(buffer, &tooLong));
    EXPECT_TRUE(tooLong);
    QByteArray longLine = QByteArray(InstanceProtocol::kMaxLine + 1, 'x') + '\n';
    EXPECT_FALSE(InstanceProtocol::takeLine(longLine, &tooLong));
    EXPECT_TRUE(tooLong);
}

} // namespace
