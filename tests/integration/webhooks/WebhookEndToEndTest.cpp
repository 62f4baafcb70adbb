// The sandbox's webhook dispatcher delivering to the inspector's receiver over real loopback TCP,
// both on one FakeClock: seed 003's retry schedule as the receiver saw it, one effect per event
// under duplicates, and signatures checked end to end.
#include "ReceiverTestSupport.h"
#include "integration/sandbox/SandboxTestSupport.h"

#include "webhooks/InspectorModel.h"
#include "webhooks/WebhookReceiver.h"
#include "webhooks/WebhookSchedule.h"

#include <QCoreApplication>
#include <QSet>

using namespace rd;
using namespace rd::webhooks;
namespace st = rd::sandbox::test;
namespace wt = rd::webhooks::test;
using rd::sandbox::SandboxOptions;
using namespace std::chrono_literals;

namespace {

const QByteArray kSecret = "whsec_end_to_end_secret";

class WebhookEndToEnd : public st::SandboxTest {
protected:
    SandboxOptions options() const override {
        SandboxOptions o = SandboxTest::options();
        o.demoDataset = false;
        o.resolveProbability = 0.0;
        return o;
    }
    void SetUp() override {
        SandboxTest::SetUp();
        ASSERT_TRUE(m_receiver.start(0));
        m_receiver.setSecret(kSecret);
        m_model.follow(&m_receiver);
    }
    void subscribe(double duplicateRate, const QByteArray &secret = kSecret) {
        ASSERT_TRUE(m_server->addWebhook(m_receiver.hookUrl(), secret, duplicateRate));
    }
    // A validation whose cycle makes one attempt 5 min from now: validation.attempt_made (and
    // validation.exhausted, as its one attempt finds nothing valid).
    QString startCycle(int attempts = 1) {
        const QString id = m_server->addValidation(Outcome::Error);
        EXPECT_EQ(putPolicy(id, policyBody(attempts, 300))->status(), 200);
        return id;
    }
    // Lets every delivery on the wire finish, then moves the fake clock to the next timer; until
    // done() holds or nothing is left to happen.
    bool driveUntil(const std::function<bool()> &done, int maxSteps = 400) {
        for (int i = 0; i < maxSteps; ++i) {
            if (!st::pumpUntil([&] { return m_server->webhookDeliveriesInFlight() == 0; })) {
                return false;
            }
            settle();
            if (done()) {
                return true;
            }
            if (!m_clock.fireNext()) {
                return done();
            }
        }
        return done();
    }
    // A few turns of the event loop so answers written by the receiver reach the sandbox.
    void settle() {
        for (int i = 0; i < 5; ++i) {
            QCoreApplication::processEvents();
        }
    }
    QList<WebhookDelivery> receivedFor(const QString &eventId) const {
        QList<WebhookDelivery> out;
        for (const WebhookDelivery &d : m_receiver.deliveries()) {
            if (d.eventId == eventId) {
                out.append(d);
            }
        }
        return out;
    }
    QString firstEventId() const {
        return m_receiver.deliveries().isEmpty() ? QString()
                                                 : m_receiver.deliveries().first().eventId;
    }

    WebhookReceiver m_receiver{m_clock};
    InspectorModel m_model;
};

TEST_F(WebhookEndToEnd, ReceiverAnswering500_GetsSevenDeliveriesOnTheSchedulesGaps) {
    m_receiver.setAnswerMode(WebhookReceiver::AnswerMode::ServerError);
    subscribe(0.0);
    startCycle();
    ASSERT_TRUE(driveUntil([&] { return !firstEventId().isEmpty(); }));
    const QString eventId = firstEventId();
    ASSERT_TRUE(driveUntil([&] { return m_server->webhookJobsPending() == 0; }, 2000));
    const QList<WebhookDelivery> got = receivedFor(eventId);
    ASSERT_EQ(got.size(), kMaxDeliveries);
    for (int n = 1; n <= kMaxDeliveries; ++n) {
        EXPECT_EQ(got[n - 1].attempt, n);
        EXPECT_EQ(got[n - 1].outcome, DeliveryOutcome::Failed);
        EXPECT_EQ(got[n - 1].verdict, SignatureVerdict::Valid);
        EXPECT_EQ(got[n - 1].receivedMono - got[0].receivedMono, plannedOffset(n))
            << "attempt " << n;
    }
    EXPECT_EQ(m_receiver.effectOf(eventId), -1);
    const InspectedEvent &row = m_model.event(m_model.rowOf(eventId));
    EXPECT_EQ(row.retries, kMaxDeliveries - 1);
    EXPECT_EQ(row.duplicates, 0);
    EXPECT_EQ(row.effects, 0);
    // The sandbox's own log says the same: seven attempts, each answered 500.
    const auto sent = m_server->webhookDeliveries(eventId);
    ASSERT_EQ(sent.size(), kMaxDeliveries);
    EXPECT_EQ(sent.last().httpStatus, 500);
}

TEST_F(WebhookEndToEnd, DuplicatesOn_EveryEventHasExactlyOneEffect_AndItsDuplicateIsRecorded) {
    subscribe(1.0);
    startCycle(2);
    startCycle(1);
    ASSERT_TRUE(driveUntil([&] { return !m_receiver.deliveries().isEmpty(); }));
    ASSERT_TRUE(driveUntil([&] { return m_server->webhookJobsPending() == 0; }, 2000));
    ASSERT_GE(m_model.rowCount(), 3);
    QSet<QString> duplicateIds;
    for (const auto &d : m_server->webhookDeliveries()) {
        if (d.duplicate) {
            duplicateIds.insert(d.deliveryId);
        }
    }
    for (int r = 0; r < m_model.rowCount(); ++r) {
        const InspectedEvent &e = m_model.event(r);
        SCOPED_TRACE(e.eventId.toStdString());
        EXPECT_EQ(e.effects, 1);
        EXPECT_EQ(e.duplicates, 1);
        ASSERT_EQ(e.deliveries.size(), 2);
        EXPECT_EQ(e.deliveries[0].outcome, DeliveryOutcome::Accepted);
        EXPECT_EQ(e.deliveries[1].outcome, DeliveryOutcome::Duplicate);
        EXPECT_TRUE(duplicateIds.contains(e.deliveries[1].deliveryId));
        EXPECT_EQ(e.deliveries[1].attempt, e.deliveries[0].attempt);
        EXPECT_EQ(m_model.data(m_model.index(r, InspectorModel::EffectsColumn)).toInt(), 1);
    }
}

TEST_F(WebhookEndToEnd, WrongSecret_EveryDeliveryIsRejected_AndNoneIsAnEffect) {
    subscribe(0.0, "whsec_not_the_receivers");
    startCycle();
    ASSERT_TRUE(driveUntil([&] { return m_receiver.deliveries().size() >= 2; }));
    for (const WebhookDelivery &d : m_receiver.deliveries()) {
        EXPECT_EQ(d.outcome, DeliveryOutcome::Rejected);
        EXPECT_EQ(d.answeredStatus, 401);
        EXPECT_EQ(d.verdict, SignatureVerdict::Invalid);
        EXPECT_EQ(m_receiver.effectOf(d.eventId), -1);
    }
    // The sandbox saw 401 as a failure and retries.
    EXPECT_EQ(m_server->webhookDeliveries(firstEventId()).first().httpStatus, 401);
}

TEST_F(WebhookEndToEnd, ASandboxDeliveryReplayedLater_IsRejectedAsStale) {
    subscribe(0.0);
    startCycle();
    ASSERT_TRUE(driveUntil([&] { return !m_receiver.deliveries().isEmpty(); }));
    const WebhookDelivery original = m_receiver.deliveries().first();
    ASSERT_EQ(original.outcome, DeliveryOutcome::Accepted);
    m_clock.advance(10min);
    QByteArray raw = "POST /hook HTTP/1.1\r\n";
    for (const auto &[name, value] : original.headers) {
        raw += name + ": " + value + "\r\n";
    }
    wt::RawClient attacker(m_receiver.port());
    attacker.send(raw.replace("Connection: keep-alive", "Connection: close") + "\r\n" +
                  original.body);
    ASSERT_TRUE(attacker.awaitAnswer());
    EXPECT_EQ(attacker.status(), 400);
    EXPECT_EQ(m_receiver.deliveries().last().verdict, SignatureVerdict::Replayed);
    EXPECT_EQ(m_receiver.deliveries().last().outcome, DeliveryOutcome::Rejected);
    EXPECT_EQ(m_receiver.effectOf(original.eventId), 0); // still the first delivery, only it
}

} // namespace
