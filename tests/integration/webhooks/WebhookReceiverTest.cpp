// The webhook receiver over real loopback TCP, its time on a FakeClock: what it records, what it
// answers, and that an event has exactly one effect however often it arrives.
#include "ReceiverTestSupport.h"

#include "core/FakeClock.h"
#include "webhooks/WebhookReceiver.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace rd;
using namespace rd::webhooks;
using namespace rd::webhooks::test;
using namespace std::chrono_literals;

namespace {

const QByteArray kSecret = "whsec_test_secret";
const QString kEvent = QStringLiteral("evt_0123456789abcdef01234567");
const QString kOther = QStringLiteral("evt_fedcba9876543210fedcba98");

class WebhookReceiverTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_receiver.start(0)) << m_receiver.errorString().toStdString();
        m_receiver.setSecret(kSecret);
    }
    qint64 now() const { return m_clock.utcNow().toSecsSinceEpoch(); }
    QByteArray body(const QString &id = kEvent) const { return serialize(sampleEvent(id)); }

    // One delivery on its own connection; returns the answer's status.
    int deliver(const QString &eventId, int attempt, const QByteArray &secret = kSecret,
                qint64 at = -1, const QString &deliveryId = {}) {
        RawClient client(m_receiver.port());
        client.send(deliveryRequest(body(eventId), secret, at < 0 ? now() : at, eventId,
                                    deliveryId.isEmpty() ? nextDeliveryId() : deliveryId, attempt));
        EXPECT_TRUE(client.awaitAnswer()) << client.raw().toStdString();
        m_lastBody = client.body();
        return client.status();
    }
    QString nextDeliveryId() {
        return QStringLiteral("dlv_%1").arg(++m_deliveries, 24, 10, QChar('0'));
    }
    int effects(const QString &eventId) const {
        int n = 0;
        for (const WebhookDelivery &d : m_receiver.deliveries()) {
            n += d.eventId == eventId && d.outcome == DeliveryOutcome::Accepted ? 1 : 0;
        }
        return n;
    }

    FakeClock m_clock;
    WebhookReceiver m_receiver{m_clock};
    QByteArray m_lastBody;
    int m_deliveries = 0;
};

TEST_F(WebhookReceiverTest, BindsToLoopbackByDefault_AndGivesAHookUrl) {
    EXPECT_EQ(m_receiver.hookUrl().host(), QStringLiteral("127.0.0.1"));
    EXPECT_EQ(m_receiver.hookUrl().path(), QStringLiteral("/hook"));
    EXPECT_EQ(m_receiver.hookUrl().port(), m_receiver.port());
}

TEST_F(WebhookReceiverTest, Delivery_IsRecordedWithTimeHeadersBodyAndRemote) {
    m_clock.advance(1500ms);
    EXPECT_EQ(deliver(kEvent, 1, kSecret, -1, QStringLiteral("dlv_a")), 200);
    ASSERT_EQ(m_receiver.deliveries().size(), 1);
    const WebhookDelivery &d = m_receiver.deliveries().first();
    EXPECT_EQ(d.receivedAt, m_clock.utcNow());
    EXPECT_EQ(d.body, body());
    EXPECT_EQ(d.header("retrydesk-delivery-id"), "dlv_a");
    EXPECT_EQ(d.deliveryId, QStringLiteral("dlv_a"));
    EXPECT_EQ(d.attempt, 1);
    EXPECT_TRUE(d.remote.startsWith(QStringLiteral("127.0.0.1:")));
    ASSERT_TRUE(d.event.has_value());
    EXPECT_EQ(d.event->validationId, QStringLiteral("v_1"));
}

TEST_F(WebhookReceiverTest, ValidSignature_IsAcceptedAsTheEventsEffect) {
    EXPECT_EQ(deliver(kEvent, 1), 200);
    const WebhookDelivery &d = m_receiver.deliveries().first();
    EXPECT_EQ(d.verdict, SignatureVerdict::Valid);
    EXPECT_EQ(d.outcome, DeliveryOutcome::Accepted);
    EXPECT_EQ(m_receiver.effectOf(kEvent), 0);
    EXPECT_EQ(QJsonDocument::fromJson(m_lastBody).object().value(QLatin1String("duplicate")),
              false);
}

TEST_F(WebhookReceiverTest, WrongSecret_IsRejected401WithAReason_AndIsNoEffect) {
    EXPECT_EQ(deliver(kEvent, 1, "whsec_someone_else"), 401);
    const QJsonObject answer = QJsonDocument::fromJson(m_lastBody).object();
    EXPECT_EQ(answer.value(QLatin1String("error")).toString(), QStringLiteral("invalid_signature"));
    EXPECT_FALSE(answer.value(QLatin1String("reason")).toString().isEmpty());
    const WebhookDelivery &d = m_receiver.deliveries().first();
    EXPECT_EQ(d.outcome, DeliveryOutcome::Rejected);
    EXPECT_EQ(d.verdict, SignatureVerdict::Invalid);
    EXPECT_EQ(m_receiver.effectOf(kEvent), -1);
    // The genuine delivery after it is still the event's first and only effect.
    EXPECT_EQ(deliver(kEvent, 1), 200);
    EXPECT_EQ(m_receiver.deliveries().last().outcome, DeliveryOutcome::Accepted);
    EXPECT_FALSE(m_receiver.deliveries().last().sameAttemptAgain);
}

TEST_F(WebhookReceiverTest, MissingSignature_IsRejected401) {
    RawClient client(m_receiver.port());
    client.send(deliveryRequest(body(), {}, now(), kEvent, nextDeliveryId(), 1));
    ASSERT_TRUE(client.awaitAnswer());
    EXPECT_EQ(client.status(), 401);
    EXPECT_EQ(m_receiver.deliveries().first().signature, SignatureCheck::Missing);
}

TEST_F(WebhookReceiverTest, ReplayedTimestamp_IsRejected400AsStale_AndIsNoEffect) {
    EXPECT_EQ(deliver(kEvent, 1, kSecret, now() - 301), 400);
    EXPECT_EQ(QJsonDocument::fromJson(m_lastBody).object().value(QLatin1String("error")).toString(),
              QStringLiteral("stale_timestamp"));
    EXPECT_EQ(m_receiver.deliveries().first().verdict, SignatureVerdict::Replayed);
    EXPECT_EQ(m_receiver.deliveries().first().outcome, DeliveryOutcome::Rejected);
    EXPECT_EQ(effects(kEvent), 0);
}

TEST_F(WebhookReceiverTest, CapturedDeliveryReplayedLater_IsRejected) {
    // The same bytes, signature and all, sent again six minutes later.
    const QByteArray request = deliveryRequest(body(), kSecret, now(), kEvent, "dlv_x", 1);
    {
        RawClient first(m_receiver.port());
        first.send(request);
        ASSERT_TRUE(first.awaitAnswer());
        EXPECT_EQ(first.status(), 200);
    }
    m_clock.advance(6min);
    RawClient replay(m_receiver.port());
    replay.send(request);
    ASSERT_TRUE(replay.awaitAnswer());
    EXPECT_EQ(replay.status(), 400);
    EXPECT_EQ(effects(kEvent), 1);
}

TEST_F(WebhookReceiverTest, SameEventTwice_IsOneEffectAndOneDuplicate) {
    EXPECT_EQ(deliver(kEvent, 1), 200);
    EXPECT_EQ(deliver(kEvent, 1), 200);
    EXPECT_EQ(QJsonDocument::fromJson(m_lastBody).object().value(QLatin1String("duplicate")), true);
    ASSERT_EQ(m_receiver.deliveries().size(), 2);
    EXPECT_EQ(m_receiver.deliveries()[1].outcome, DeliveryOutcome::Duplicate);
    EXPECT_TRUE(m_receiver.deliveries()[1].sameAttemptAgain);
    EXPECT_EQ(effects(kEvent), 1);
    EXPECT_EQ(m_receiver.effectOf(kEvent), 0);
}

TEST_F(WebhookReceiverTest, NoSecret_AcceptsAsNotVerified) {
    m_receiver.setSecret({});
    EXPECT_EQ(deliver(kEvent, 1, {}), 200);
    EXPECT_EQ(m_receiver.deliveries().first().verdict, SignatureVerdict::NotVerified);
    EXPECT_EQ(effects(kEvent), 1);
}

TEST_F(WebhookReceiverTest, BodyThatIsNoEvent_IsRejected400) {
    RawClient client(m_receiver.port());
    const QByteArray junk = R"({"hello":"world"})";
    client.send(deliveryRequest(junk, kSecret, now(), kEvent, "dlv_j", 1));
    ASSERT_TRUE(client.awaitAnswer());
    EXPECT_EQ(client.status(), 400);
    EXPECT_EQ(m_receiver.deliveries().first().outcome, DeliveryOutcome::Rejected);
    EXPECT_EQ(effects(kEvent), 0);
}

TEST_F(WebhookReceiverTest, Answer500And503_AreFailuresAndNoEffect) {
    m_receiver.setAnswerMode(WebhookReceiver::AnswerMode::ServerError);
    EXPECT_EQ(deliver(kEvent, 1), 500);
    m_receiver.setAnswerMode(WebhookReceiver::AnswerMode::Unavailable);
    EXPECT_EQ(deliver(kEvent, 2), 503);
    EXPECT_EQ(m_receiver.deliveries()[0].outcome, DeliveryOutcome::Failed);
    EXPECT_EQ(m_receiver.deliveries()[1].outcome, DeliveryOutcome::Failed);
    EXPECT_FALSE(m_receiver.deliveries()[1].sameAttemptAgain); // a retry, not a duplicate
    EXPECT_EQ(effects(kEvent), 0);
}

TEST_F(WebhookReceiverTest, TimeoutMode_HoldsTheConnectionWithoutAnswering) {
    m_receiver.setAnswerMode(WebhookReceiver::AnswerMode::Timeout);
    RawClient client(m_receiver.port());
    client.send(deliveryRequest(body(), kSecret, now(), kEvent, "dlv_t", 1));
    ASSERT_TRUE(pumpUntil([&] { return m_receiver.deliveries().size() == 1; }));
    EXPECT_EQ(m_receiver.deliveries().first().outcome, DeliveryOutcome::TimedOut);
    m_clock.advance(1h); // the read timeout is not for a request being held
    for (int i = 0; i < 10; ++i) {
        QCoreApplication::processEvents();
    }
    EXPECT_TRUE(client.raw().isEmpty());
    EXPECT_FALSE(client.closed());
    EXPECT_EQ(m_receiver.heldConnections(), 1);
    EXPECT_EQ(effects(kEvent), 0);
}

TEST_F(WebhookReceiverTest, FailFirstTwo_Answers500Twice_ThenAcceptsOnce) {
    m_receiver.setAnswerMode(WebhookReceiver::AnswerMode::FailFirst);
    m_receiver.setFailFirstCount(2);
    EXPECT_EQ(deliver(kEvent, 1), 500);
    EXPECT_EQ(deliver(kOther, 1), 500); // counted per event
    EXPECT_EQ(deliver(kEvent, 2), 500);
    EXPECT_EQ(deliver(kEvent, 3), 200);
    EXPECT_EQ(deliver(kEvent, 3), 200);
    EXPECT_EQ(m_receiver.deliveries().last().outcome, DeliveryOutcome::Duplicate);
    EXPECT_EQ(effects(kEvent), 1);
    EXPECT_EQ(effects(kOther), 0);
}

TEST_F(WebhookReceiverTest, KeptAliveConnection_AnswersEachRequestInTurn) {
    RawClient client(m_receiver.port());
    client.send(deliveryRequest(body(), kSecret, now(), kEvent, "dlv_1", 1, true) +
                deliveryRequest(body(kOther), kSecret, now(), kOther, "dlv_2", 1, true));
    ASSERT_TRUE(client.awaitAnswer());
    EXPECT_EQ(client.status(), 200);
    client.takeAnswer();
    ASSERT_TRUE(client.awaitAnswer());
    EXPECT_EQ(client.status(), 200);
    EXPECT_EQ(m_receiver.deliveries().size(), 2);
    EXPECT_FALSE(client.closed());
}

TEST_F(WebhookReceiverTest, MalformedRequestLine_IsAnswered400AndRecordedAsUnreadable) {
    RawClient client(m_receiver.port());
    client.send("HELLO\r\n\r\n");
    ASSERT_TRUE(client.awaitAnswer());
    EXPECT_EQ(client.status(), 400);
    EXPECT_TRUE(client.awaitClosed());
    ASSERT_EQ(m_receiver.deliveries().size(), 1);
    EXPECT_EQ(m_receiver.deliveries().first().outcome, DeliveryOutcome::Malformed);
}

TEST_F(WebhookReceiverTest, BodyOverTheCap_IsAnswered413BeforeItIsRead) {
    m_receiver.setMaxBodyBytes(1024);
    m_receiver.start(m_receiver.port()); // the cap applies to new connections
    RawClient client(m_receiver.port());
    client.send("POST /hook HTTP/1.1\r\nContent-Length: 100000000\r\n\r\n{");
    ASSERT_TRUE(client.awaitAnswer());
    EXPECT_EQ(client.status(), 413);
    EXPECT_EQ(m_receiver.deliveries().first().outcome, DeliveryOutcome::Malformed);
}

TEST_F(WebhookReceiverTest, SlowRequest_IsAnswered408OnTheClock) {
    RawClient client(m_receiver.port());
    client.send("POST /hook HTTP/1.1\r\nContent-Le");
    ASSERT_TRUE(pumpUntil([&] { return m_clock.pendingTimers() > 0; }));
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents(); // the bytes reach the receiver
    }
    m_clock.advance(9s);
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
    }
    EXPECT_TRUE(client.raw().isEmpty());
    m_clock.advance(1s);
    ASSERT_TRUE(client.awaitAnswer());
    EXPECT_EQ(client.status(), 408);
}

TEST_F(WebhookReceiverTest, GetOnTheUrl_AnswersAHintAndRecordsNothing) {
    RawClient client(m_receiver.port());
    client.send("GET /hook HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    ASSERT_TRUE(client.awaitAnswer());
    EXPECT_EQ(client.status(), 200);
    EXPECT_TRUE(m_receiver.deliveries().isEmpty());
}

// Forward mode: a second receiver stands in for the user's own endpoint.
class ForwardTest : public WebhookReceiverTest {
protected:
    void SetUp() override {
        WebhookReceiverTest::SetUp();
        ASSERT_TRUE(m_endpoint.start(0));
        m_receiver.setForwardUrl(m_endpoint.hookUrl());
    }
    bool forwarded(int index) {
        return pumpUntil([&] {
            return m_receiver.deliveries().size() > index &&
                   m_receiver.deliveries()[index].forward.state != ForwardResult::State::Pending &&
                   m_receiver.deliveries()[index].forward.state != ForwardResult::State::None;
        });
    }
    WebhookReceiver m_endpoint{m_clock};
};

TEST_F(ForwardTest, AcceptedDelivery_IsPostedWithItsHeaders_AndTheEndpointsAnswerRecorded) {
    EXPECT_EQ(deliver(kEvent, 1, kSecret, -1, QStringLiteral("dlv_f")), 200);
    ASSERT_TRUE(forwarded(0));
    const ForwardResult &r = m_receiver.deliveries()[0].forward;
    EXPECT_EQ(r.state, ForwardResult::State::Answered);
    EXPECT_EQ(r.status, 200);
    EXPECT_TRUE(r.firstBytes.contains("\"received\":true"));
    ASSERT_EQ(m_endpoint.deliveries().size(), 1);
    const WebhookDelivery &there = m_endpoint.deliveries()[0];
    EXPECT_EQ(there.body, body());
    EXPECT_EQ(there.header("RetryDesk-Delivery-Id"), "dlv_f");
    EXPECT_EQ(there.header("RetryDesk-Event-Id"), kEvent.toLatin1());
    EXPECT_EQ(there.header("RetryDesk-Signature"),
              m_receiver.deliveries()[0].header("RetryDesk-Signature"));
}

TEST_F(ForwardTest, DuplicateIsForwardedToo_SoTheEndpointsSecondAnswerShows) {
    deliver(kEvent, 1);
    ASSERT_TRUE(forwarded(0));
    deliver(kEvent, 1);
    ASSERT_TRUE(forwarded(1));
    EXPECT_TRUE(m_receiver.deliveries()[1].forward.firstBytes.contains("\"duplicate\":true"));
}

TEST_F(ForwardTest, EndpointFailure_DoesNotChangeTheAnswerByDefault) {
    m_endpoint.setAnswerMode(WebhookReceiver::AnswerMode::ServerError);
    EXPECT_EQ(deliver(kEvent, 1), 200);
    ASSERT_TRUE(forwarded(0));
    EXPECT_EQ(m_receiver.deliveries()[0].forward.status, 500);
    EXPECT_EQ(m_receiver.deliveries()[0].outcome, DeliveryOutcome::Accepted);
}

TEST_F(ForwardTest, AnswerWithEndpointStatus_PassesTheEndpointsFailureOn) {
    m_receiver.setAnswerMode(WebhookReceiver::AnswerMode::EndpointStatus);
    m_endpoint.setAnswerMode(WebhookReceiver::AnswerMode::Unavailable);
    EXPECT_EQ(deliver(kEvent, 1), 503);
    EXPECT_EQ(m_receiver.deliveries()[0].outcome, DeliveryOutcome::Failed);
    m_endpoint.setAnswerMode(WebhookReceiver::AnswerMode::Ok);
    EXPECT_EQ(deliver(kEvent, 2), 200);
    EXPECT_EQ(m_receiver.deliveries()[1].outcome, DeliveryOutcome::Accepted);
    EXPECT_EQ(effects(kEvent), 1);
}

TEST_F(ForwardTest, UnreachableEndpoint_IsRecordedAsFailed_And502WhenItsStatusIsTheAnswer) {
    const QUrl gone = m_endpoint.hookUrl();
    m_endpoint.stop();
    m_receiver.setForwardUrl(gone);
    EXPECT_EQ(deliver(kEvent, 1), 200);
    ASSERT_TRUE(forwarded(0));
    EXPECT_EQ(m_receiver.deliveries()[0].forward.state, ForwardResult::State::Failed);
    EXPECT_FALSE(m_receiver.deliveries()[0].forward.error.isEmpty());
    m_receiver.setAnswerMode(WebhookReceiver::AnswerMode::EndpointStatus);
    EXPECT_EQ(deliver(kEvent, 2), 502);
}

} // namespace
