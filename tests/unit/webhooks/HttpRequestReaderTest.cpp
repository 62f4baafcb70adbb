// HttpRequestReader: requests read whole across arbitrary splits, pipelined ones one at a time,
// and every limit answered with its status instead of buffering.
#include "webhooks/HttpRequestReader.h"

#include <gtest/gtest.h>

using rd::webhooks::HttpRequestReader;
using State = HttpRequestReader::State;

namespace {

const QByteArray kRequest =
    "POST /hook HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nRetryDesk-Event-Id: evt_1\r\n\r\nhello";

TEST(HttpRequestReader, RequestSplitAtEveryByte_IsReadWhole) {
    HttpRequestReader reader;
    State s = State::NeedMore;
    for (char c : kRequest) {
        ASSERT_EQ(s, State::NeedMore);
        s = reader.feed(QByteArray(1, c));
    }
    ASSERT_EQ(s, State::Complete);
    const auto r = reader.takeRequest();
    EXPECT_EQ(r.method, "POST");
    EXPECT_EQ(r.target, "/hook");
    EXPECT_EQ(r.body, "hello");
    EXPECT_EQ(r.header("retrydesk-event-id"), "evt_1");
    EXPECT_TRUE(r.keepAlive());
}

TEST(HttpRequestReader, PipelinedRequests_AreHandedOverOneAtATime) {
    HttpRequestReader reader;
    ASSERT_EQ(reader.feed(kRequest + kRequest), State::Complete);
    reader.takeRequest();
    EXPECT_EQ(reader.state(), State::Complete);
    reader.takeRequest();
    EXPECT_EQ(reader.state(), State::NeedMore);
    EXPECT_TRUE(reader.idle());
}

TEST(HttpRequestReader, Limits_AreAnsweredWithTheirStatus) {
    const auto statusOf = [](const QByteArray &bytes, qsizetype maxBody = 1024) {
        HttpRequestReader reader(maxBody, 256);
        reader.feed(bytes);
        return reader.state() == State::Error ? reader.errorStatus() : 0;
    };
    EXPECT_EQ(statusOf("POST /hook HTTP/1.1\r\nContent-Length: 2048\r\n\r\n"), 413);
    EXPECT_EQ(statusOf("POST /hook HTTP/1.1\r\nX: " + QByteArray(300, 'a')), 431);
    EXPECT_EQ(statusOf("POST /hook HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"), 501);
    EXPECT_EQ(statusOf("POST /hook HTTP/1.1\r\nHost: x\r\n\r\n"), 411);
    EXPECT_EQ(statusOf("POST /hook HTTP/1.1\r\nContent-Length: -1\r\n\r\n"), 400);
    EXPECT_EQ(statusOf("POST /hook HTTP/2.0\r\n\r\n"), 505);
    EXPECT_EQ(statusOf("post /hook HTTP/1.1\r\n\r\n"), 400);
    EXPECT_EQ(statusOf("POST /hook HTTP/1.1\r\n folded: x\r\n\r\n"), 400);
}

TEST(HttpRequestReader, ConnectionClose_EndsKeepAlive) {
    HttpRequestReader reader;
    reader.feed("GET / HTTP/1.1\r\nConnection: close\r\n\r\n");
    EXPECT_FALSE(reader.takeRequest().keepAlive());
    reader.feed("GET / HTTP/1.0\r\n\r\n");
    EXPECT_FALSE(reader.takeRequest().keepAlive());
}

} // namespace
