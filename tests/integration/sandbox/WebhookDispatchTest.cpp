// The sandbox's webhooks (docs/api.md, "Webhooks"): emitted on validation changes, signed, sent
// over real loopback HTTP to a stub receiver, retried on seed 003's schedule, measured on the
// FakeClock.
#include "SandboxTestSupport.h"

#include "sandbox/SandboxCli.h"
#include "webhooks/WebhookEvent.h"
#include "webhooks/WebhookSchedule.h"
#include "webhooks/WebhookSignature.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

using namespace rd;
using namespace rd::sandbox;
using namespace rd::sandbox::test;
using namespace std::chrono_literals;

namespace {

constexpr int kNeverAnswer = -1;
const QByteArray kSecret = "whsec_dispatch_test";

// A receiver on a loopback port that answers each request with the next scripted status (the last
// one repeats), or holds it unanswered (kNeverAnswer). It notes when, on the FakeClock, each
// request arrived.
class StubReceiver {
public:
    struct Request {
        Millis at;
        QByteArray path;
        QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
        QByteArray body;
        QByteArray header(const QByteArray &name) const {
            for (const auto &[n, v] : headers) {
                if (n == name.toLower()) {
                    return v;
                }
            }
            return {};
        }
    };

    StubReceiver(const FakeClock &clock, QList<int> statuses)
        : m_clock(clock)
        , m_statuses(std::move(statuses)) {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                accept(s);
            }
        });
        EXPECT_TRUE(m_server.listen(QHostAddress::LocalHost, 0));
    }

    QUrl url() const {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(m_server.serverPort()));
    }
    const QList<Request> &requests() const { return m_requests; }
    // Requests read in full and deliberately left unanswered on a still-open connection.
    int held() const { return m_held; }

private:
    void accept(QTcpSocket *s) {
        auto buffer = std::make_shared<QByteArray>();
        auto holding = std::make_shared<bool>(false);
        QObject::connect(s, &QTcpSocket::readyRead, s, [this, s, buffer, holding] {
            *buffer += s->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0) {
                return;
            }
            Request r;
            r.at = m_clock.monotonicNow();
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            r.path = lines.value(0).split(' ').value(1);
            qint64 length = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                const QByteArray name = lines[i].left(colon).trimmed().toLower();
                const QByteArray value = lines[i].mid(colon + 1).trimmed();
                r.headers.append({name, value});
                if (name == "content-length") {
                    length = value.toLongLong();
                }
            }
            if (buffer->size() < end + 4 + length) {
                return; // the body is still on its way
            }
            r.body = buffer->mid(end + 4, length);
            buffer->remove(0, end + 4 + length);
            const int status = m_statuses.value(m_requests.size(), m_statuses.last());
            m_requests.append(r);
            if (status == kNeverAnswer) {
                *holding = true;
                ++m_held;
                return;
            }
            s->write("HTTP/1.1 " + QByteArray::number(status) +
                     " Stub\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            s->disconnectFromHost();
        });
        QObject::connect(s, &QTcpSocket::disconnected, s, [this, s, holding] {
            if (*holding) {
                *holding = false;
                --m_held;
            }
            s->deleteLater();
        });
    }

    const FakeClock &m_clock;
    QList<int> m_statuses;
    QTcpServer m_server;
    QList<Request> m_requests;
    int m_held = 0;
};

class WebhookDispatch : public SandboxTest {
protected:
    SandboxOptions options() const override {
        SandboxOptions o = SandboxTest::options();
        o.demoDataset = false;
        o.resolveProbability = m_resolve;
        return o;
    }

    // A stub answering `statuses`, subscribed for the demo user's events of these types.
    void subscribe(QList<int> statuses, const QStringList &events, double duplicateRate = 0) {
        m_stub = std::make_unique<StubReceiver>(m_clock, std::move(statuses));
        const auto added = m_server->addWebhook(m_stub->url(), kSecret, duplicateRate, events);
        ASSERT_TRUE(added);
        m_subscription = *added;
    }

    // Pumps the event loop until every delivery on the wire is answered, or deliberately held by
    // the stub: fake time must not move while a reply is on its way (it would fire the 10 s
    // timeout early).
    void settle() {
        ASSERT_TRUE(pumpUntil([this] {
            return m_server->webhookDeliveriesInFlight() == (m_stub ? m_stub->held() : 0);
        })) << "a delivery never reached the stub receiver";
    }
    // Moves fake time forward by span, one timer at a time, settling in between.
    void driveFor(Millis span) {
        const Millis end = m_clock.monotonicNow() + span;
        for (;;) {
            settle();
            const Millis due = m_clock.nextDue();
            if (due < 0ms || due > end) {
                m_clock.advance(end - m_clock.monotonicNow());
                settle();
                return;
            }
            m_clock.fireNext();
        }
    }
    // A validation whose retry cycle's first attempt runs `interval` seconds from now.
    QString startCycle(int maxRetries = 3, int interval = 300) {
        const QString id = m_server->addValidation(Outcome::NotFound);
        EXPECT_EQ(putPolicy(id, policyBody(maxRetries, interval))->status(), 200);
        return id;
    }
    QList<Millis> gaps() const {
        QList<Millis> out;
        const auto &r = m_stub->requests();
        for (qsizetype i = 1; i < r.size(); ++i) {
            out.append(r[i].at - r[i - 1].at);
        }
        return out;
    }
    static QString eventType(const StubReceiver::Request &r) {
        return QJsonDocument::fromJson(r.body).object().value(QLatin1String("type")).toString();
    }

    double m_resolve = 1.0; // the first retry attempt resolves the cycle
    std::unique_ptr<StubReceiver> m_stub;
    WebhookSubscription m_subscription;
};

// Retry attempts never resolve: cycles run to exhaustion or are cancelled.
class NeverResolving : public WebhookDispatch {
public:
    NeverResolving() { m_resolve = 0.0; }
};

const QStringList kResolvedOnly{QLatin1String(webhooks::EventType::Resolved)};

} // namespace

TEST_F(WebhookDispatch, AlwaysFailingEndpoint_GetsSevenDeliveriesOnSeed003Schedule_ThenNothing) {
    subscribe({500}, kResolvedOnly);
    startCycle();
    driveFor(300s);
    ASSERT_EQ(m_stub->requests().size(), 1);
    driveFor(48h);
    ASSERT_EQ(m_stub->requests().size(), webhooks::kMaxDeliveries);
    EXPECT_EQ(gaps(), (QList<Millis>{30s, 5min, 30min, 3h, 12h, 24h}));
    const QByteArray eventId = m_stub->requests().first().header("retrydesk-event-id");
    for (int i = 0; i < webhooks::kMaxDeliveries; ++i) {
        const auto &r = m_stub->requests().at(i);
        EXPECT_EQ(r.header("retrydesk-event-id"), eventId);
        EXPECT_EQ(r.header("retrydesk-delivery-attempt"), QByteArray::number(i + 1));
    }
    driveFor(7 * 24h);
    EXPECT_EQ(m_stub->requests().size(), webhooks::kMaxDeliveries) << "gives up after 7 failures";
    const auto log = m_server->webhookDeliveries();
    ASSERT_EQ(log.size(), webhooks::kMaxDeliveries);
    EXPECT_EQ(log.last().httpStatus, 500);
    EXPECT_FALSE(log.last().nextAttemptAt) << "no retry is planned after the 7th failure";
    EXPECT_EQ(*log.first().nextAttemptAt, log.at(1).at);
    EXPECT_EQ(m_server->webhookJobsPending(), 0);
}

TEST_F(WebhookDispatch, A2xx_StopsTheRetries) {
    subscribe({503, 200}, kResolvedOnly);
    startCycle();
    driveFor(300s + 48h);
    ASSERT_EQ(m_stub->requests().size(), 2);
    EXPECT_EQ(gaps(), QList<Millis>{30s});
    const auto log = m_server->webhookDeliveries();
    ASSERT_EQ(log.size(), 2);
    EXPECT_EQ(log[0].httpStatus, 503);
    EXPECT_EQ(log[1].httpStatus, 200);
    EXPECT_TRUE(log[1].succeeded());
    EXPECT_EQ(m_server->webhookJobsPending(), 0);
}

TEST_F(WebhookDispatch, ARedirect_IsAFailure) {
    subscribe({302, 204}, kResolvedOnly);
    startCycle();
    driveFor(300s + 1h);
    ASSERT_EQ(m_stub->requests().size(), 2);
    EXPECT_EQ(m_server->webhookDeliveries().first().httpStatus, 302);
}

TEST_F(WebhookDispatch, ATimeout_IsAFailure_AndTheNextAttemptKeepsTheSchedule) {
    subscribe({kNeverAnswer, 200}, kResolvedOnly);
    startCycle();
    driveFor(300s);
    ASSERT_EQ(m_stub->requests().size(), 1);
    driveFor(9s);
    EXPECT_EQ(m_server->webhookDeliveries().first().result, WebhookDelivery::Result::InFlight);
    driveFor(1s);
    EXPECT_EQ(m_server->webhookDeliveries().first().result, WebhookDelivery::Result::Timeout);
    driveFor(1h);
    ASSERT_EQ(m_stub->requests().size(), 2);
    EXPECT_EQ(gaps(), QList<Millis>{30s}) << "30 s after the timed-out attempt began";
    EXPECT_TRUE(m_server->webhookDeliveries().last().succeeded());
    const QJsonObject first = m_server->webhookDeliveries().first().toJson();
    EXPECT_EQ(first.value(QLatin1String("status")).toString(), QLatin1String("timeout"));
}

TEST_F(WebhookDispatch, ARefusedConnection_IsAFailure) {
    QTcpServer closed;
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there any more
    ASSERT_TRUE(m_server->addWebhook(QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(port)),
                                     kSecret, 0, kResolvedOnly));
    startCycle();
    driveFor(300s);
    const auto log = m_server->webhookDeliveries();
    ASSERT_EQ(log.size(), 1);
    EXPECT_EQ(log[0].result, WebhookDelivery::Result::ConnectionFailed);
    EXPECT_EQ(log[0].toJson().value(QLatin1String("status")).toString(),
              QLatin1String("connection_failed"));
    EXPECT_EQ(log[0].nextAttemptAt, log[0].at.addSecs(30));
    driveFor(30s);
    EXPECT_EQ(m_server->webhookDeliveries().size(), 2);
}

TEST_F(WebhookDispatch, DuplicatesAtRateOne_DeliverEachEventTwice_SameEventIdNewDeliveryId) {
    subscribe({200}, {QStringLiteral("*")}, 1.0);
    startCycle();
    driveFor(300s + 1min);
    // One attempt that resolves: validation.attempt_made and validation.resolved, twice each.
    ASSERT_EQ(m_stub->requests().size(), 4);
    QHash<QByteArray, int> perEvent;
    QSet<QByteArray> deliveryIds;
    for (const auto &r : m_stub->requests()) {
        ++perEvent[r.header("retrydesk-event-id")];
        deliveryIds.insert(r.header("retrydesk-delivery-id"));
        EXPECT_EQ(r.header("retrydesk-delivery-attempt"), "1");
    }
    EXPECT_EQ(perEvent.size(), 2);
    for (const int n : perEvent) {
        EXPECT_EQ(n, 2);
    }
    EXPECT_EQ(deliveryIds.size(), 4);
    int duplicates = 0;
    for (const WebhookDelivery &d : m_server->webhookDeliveries()) {
        duplicates += d.duplicate ? 1 : 0;
        EXPECT_TRUE(d.succeeded());
    }
    EXPECT_EQ(duplicates, 2);
    // Duplicates follow their original by 1–5 s, after both originals went out at once.
    const auto &r = m_stub->requests();
    EXPECT_EQ(r[1].at, r[0].at);
    for (const int i : {2, 3}) {
        EXPECT_GE(r[i].at - r[0].at, 1s);
        EXPECT_LE(r[i].at - r[0].at, 5s);
    }
}

TEST_F(WebhookDispatch, ZeroDuplicateRate_DeliversOnce) {
    subscribe({200}, {QStringLiteral("*")}, 0.0);
    startCycle();
    driveFor(300s + 1min);
    EXPECT_EQ(m_stub->requests().size(), 2);
}

TEST_F(WebhookDispatch, Signature_VerifiesWithTheSubscriptionsSecret_AndBodyIsTheValidation) {
    subscribe({200}, kResolvedOnly);
    const QString id = startCycle();
    driveFor(300s);
    ASSERT_EQ(m_stub->requests().size(), 1);
    const auto &r = m_stub->requests().first();
    const qint64 now = m_server->serverNow().toSecsSinceEpoch();
    const QByteArray signature = r.header("retrydesk-signature");
    EXPECT_EQ(webhooks::verifySignature(kSecret, signature, r.body, now),
              webhooks::SignatureCheck::Valid);
    EXPECT_EQ(webhooks::verifySignature("whsec_wrong", signature, r.body, now),
              webhooks::SignatureCheck::Mismatch);
    EXPECT_EQ(signature, webhooks::signatureHeader(kSecret, now, r.body));
    EXPECT_EQ(r.header("content-type"), "application/json");
    EXPECT_EQ(r.path, "/hook");

    QString why;
    const auto event = webhooks::parseEvent(r.body, &why);
    ASSERT_TRUE(event) << why.toStdString();
    EXPECT_EQ(event->id.toLatin1(), r.header("retrydesk-event-id"));
    EXPECT_TRUE(r.header("retrydesk-delivery-id").startsWith("dlv_"));
    EXPECT_EQ(r.header("retrydesk-delivery-id").size(), 4 + 24);
    EXPECT_EQ(event->type, QLatin1String(webhooks::EventType::Resolved));
    EXPECT_EQ(event->validationId, id);
    EXPECT_EQ(event->createdAt, m_server->serverNow());
    // Nothing changed since: data.validation is what GET /v1/validations/{id} answers now.
    EXPECT_EQ(event->data.value(QLatin1String("validation")).toObject(),
              get(QStringLiteral("/v1/validations/") + id)->data().toObject());
}

TEST_F(NeverResolving, CancelRetries_FiresValidationCancelled_AndItsReplayFiresNothing) {
    subscribe({200}, {QStringLiteral("*")});
    const QString id = startCycle();
    ASSERT_EQ(cancel(id, "cancel-once")->status(), 200);
    driveFor(1min);
    ASSERT_EQ(m_stub->requests().size(), 1);
    EXPECT_EQ(eventType(m_stub->requests().first()), QLatin1String("validation.cancelled"));
    const auto event = webhooks::parseEvent(m_stub->requests().first().body, nullptr);
    ASSERT_TRUE(event);
    EXPECT_EQ(event->validationId, id);

    const auto replay = cancel(id, "cancel-once");
    EXPECT_EQ(replay->status(), 200);
    EXPECT_EQ(replay->header("Idempotent-Replayed"), "true");
    driveFor(1h);
    EXPECT_EQ(m_stub->requests().size(), 1) << "an idempotent replay re-fires nothing";
}

TEST_F(NeverResolving, IdempotentReplayOfAPolicy_FiresNothing) {
    subscribe({200}, {QStringLiteral("*")});
    const QString id = startCycle(3, 600);
    ASSERT_EQ(putPolicy(id, R"({"retry_policy":{"enabled":false}})", "disable-1")->status(), 200);
    driveFor(1s);
    ASSERT_EQ(m_stub->requests().size(), 1);
    EXPECT_EQ(eventType(m_stub->requests().first()), QLatin1String("validation.cancelled"));
    const auto replay = putPolicy(id, R"({"retry_policy":{"enabled":false}})", "disable-1");
    EXPECT_EQ(replay->header("Idempotent-Replayed"), "true");
    driveFor(1h);
    EXPECT_EQ(m_stub->requests().size(), 1);
}

TEST_F(NeverResolving, EveryAttempt_FiresAttemptMade_AndTheLastOneExhausted) {
    subscribe({200}, {QStringLiteral("*")});
    startCycle(3, 300);
    driveFor(3 * 300s + 1s);
    QStringList types;
    for (const auto &r : m_stub->requests()) {
        types << eventType(r);
    }
    EXPECT_EQ(types, (QStringList{"validation.attempt_made", "validation.attempt_made",
                                  "validation.attempt_made", "validation.exhausted"}));
}

TEST_F(WebhookDispatch, OnlyTheValidationOwnersSubscriptions_HearOfIt) {
    subscribe({200}, {QStringLiteral("*")});
    StubReceiver other(m_clock, {200});
    WebhookSubscription s;
    s.url = other.url();
    s.secret = kSecret;
    s.userId = QLatin1String(kOtherUserId);
    ASSERT_TRUE(m_server->addWebhook(s));
    startCycle();
    driveFor(300s + 1min);
    EXPECT_EQ(m_stub->requests().size(), 2);
    EXPECT_TRUE(other.requests().isEmpty());
}

TEST_F(WebhookDispatch, FaultsAndRateLimits_NeverTouchDeliveries) {
    subscribe({200}, kResolvedOnly);
    startCycle();
    FaultConfig faults;
    faults.set(FaultKind::Http500, 1.0);
    m_server->setFaults(faults);
    const int requestsBefore = m_server->requestsReceived();
    driveFor(300s);
    ASSERT_EQ(m_stub->requests().size(), 1);
    EXPECT_TRUE(m_server->webhookDeliveries().first().succeeded());
    EXPECT_TRUE(m_server->faultsInjected().isEmpty());
    EXPECT_EQ(m_server->requestsReceived(), requestsBefore);
}

TEST_F(WebhookDispatch, ClockOffset_MovesLoggedAndPlannedTimes_RetryKeepsItsMoment) {
    subscribe({500, 200}, kResolvedOnly);
    startCycle();
    driveFor(300s);
    ASSERT_EQ(m_stub->requests().size(), 1);
    const WebhookDelivery before = m_server->webhookDeliveries().first();
    const auto firstEvent = webhooks::parseEvent(m_stub->requests().first().body, nullptr);
    ASSERT_TRUE(firstEvent);

    m_server->setClockOffset(3600);
    const WebhookDelivery after = m_server->webhookDeliveries().first();
    EXPECT_EQ(after.at, before.at.addSecs(3600));
    EXPECT_EQ(after.nextAttemptAt, before.nextAttemptAt->addSecs(3600));

    driveFor(1h);
    ASSERT_EQ(m_stub->requests().size(), 2);
    EXPECT_EQ(gaps(), QList<Millis>{30s}) << "the retry fires at the same base-clock moment";
    const auto log = m_server->webhookDeliveries();
    EXPECT_EQ(log[1].at, *log[0].nextAttemptAt);
    const auto retried = webhooks::parseEvent(m_stub->requests().at(1).body, nullptr);
    ASSERT_TRUE(retried);
    EXPECT_EQ(retried->id, firstEvent->id);
    EXPECT_EQ(retried->createdAt, firstEvent->createdAt.addSecs(3600))
        << "created_at stays as far from the server's now as it was";
    EXPECT_EQ(
        webhooks::verifySignature(kSecret, m_stub->requests().at(1).header("retrydesk-signature"),
                                  m_stub->requests().at(1).body, log[1].at.toSecsSinceEpoch()),
        webhooks::SignatureCheck::Valid);
}

TEST_F(WebhookDispatch, Admin_SubscribeListDeliveriesDelete) {
    m_stub = std::make_unique<StubReceiver>(m_clock, QList<int>{500});
    const QJsonObject body{{"url", m_stub->url().toString()},
                           {"secret", QString::fromLatin1(kSecret)},
                           {"events", QJsonArray{"validation.resolved"}},
                           {"duplicate_rate", 0.0}};
    const auto created = send("POST", QStringLiteral("/_admin/webhooks"),
                              QJsonDocument(body).toJson(QJsonDocument::Compact));
    ASSERT_EQ(created->status(), 200);
    const QString subId = created->data().toObject().value(QLatin1String("id")).toString();
    EXPECT_TRUE(subId.startsWith(QLatin1String("wh_")));
    EXPECT_EQ(created->data().toObject().value(QLatin1String("user_id")).toString(),
              QLatin1String(kDemoUserId));
    const QJsonArray subs = send("GET", QStringLiteral("/_admin/webhooks"))
                                ->data()
                                .toObject()
                                .value(QLatin1String("subscriptions"))
                                .toArray();
    ASSERT_EQ(subs.size(), 1);
    EXPECT_EQ(subs[0].toObject().value(QLatin1String("url")).toString(), m_stub->url().toString());

    startCycle();
    driveFor(300s);
    ASSERT_EQ(m_stub->requests().size(), 1);
    const QString eventId = QString::fromLatin1(m_stub->requests()[0].header("retrydesk-event-id"));
    const QJsonArray deliveries =
        send("GET", QStringLiteral("/_admin/webhooks/deliveries?event=") + eventId)
            ->data()
            .toObject()
            .value(QLatin1String("deliveries"))
            .toArray();
    ASSERT_EQ(deliveries.size(), 1);
    const QJsonObject d = deliveries[0].toObject();
    EXPECT_EQ(d.value(QLatin1String("event_id")).toString(), eventId);
    EXPECT_EQ(d.value(QLatin1String("delivery_id")).toString().toLatin1(),
              m_stub->requests()[0].header("retrydesk-delivery-id"));
    EXPECT_EQ(d.value(QLatin1String("attempt")).toInt(), 1);
    EXPECT_EQ(d.value(QLatin1String("status")).toInt(), 500);
    EXPECT_FALSE(d.value(QLatin1String("duplicate")).toBool());
    EXPECT_TRUE(send("GET", QStringLiteral("/_admin/webhooks/deliveries?event=evt_none"))
                    ->data()
                    .toObject()
                    .value(QLatin1String("deliveries"))
                    .toArray()
                    .isEmpty());

    EXPECT_EQ(send("DELETE", QStringLiteral("/_admin/webhooks/") + subId)->status(), 200);
    EXPECT_EQ(send("DELETE", QStringLiteral("/_admin/webhooks/") + subId)->status(), 404);
    driveFor(48h);
    EXPECT_EQ(m_stub->requests().size(), 1) << "a deleted subscription's retries stop";
}

TEST_F(WebhookDispatch, Admin_RefusesUnusableSubscriptions) {
    for (const char *body : {R"({"secret":"s"})", R"({"url":"ftp://127.0.0.1/x","secret":"s"})",
                             R"({"url":"http://127.0.0.1:1/x","secret":""})",
                             R"({"url":"http://127.0.0.1:1/x","duplicate_rate":1.5})",
                             R"({"url":"http://127.0.0.1:1/x","events":["validation.exploded"]})",
                             R"({"url":"http://127.0.0.1:1/x","events":[]})"}) {
        const auto r = send("POST", QStringLiteral("/_admin/webhooks"), body);
        EXPECT_EQ(r->status(), 422) << body;
        EXPECT_EQ(r->errorCode(), QLatin1String("invalid_webhook")) << body;
    }
    EXPECT_EQ(send("POST", QStringLiteral("/_admin/webhooks"), "nope")->status(), 400);
    // No secret given: one is generated.
    const auto r =
        send("POST", QStringLiteral("/_admin/webhooks"), R"({"url":"http://127.0.0.1:1/x"})");
    ASSERT_EQ(r->status(), 200);
    EXPECT_TRUE(r->data()
                    .toObject()
                    .value(QLatin1String("secret"))
                    .toString()
                    .startsWith(QLatin1String("whsec_")));
    EXPECT_EQ(m_server->webhooks().size(), 1);
}

TEST(WebhookCli, WebhookOptions_SubscribeTheDemoUser) {
    SandboxCliConfig c;
    QString message;
    int code = 0;
    ASSERT_TRUE(parseSandboxCli({"retrydesk-sandbox", "--webhook-url", "http://127.0.0.1:9/h",
                                 "--webhook-secret", "whsec_x", "--webhook-duplicate-rate", "0.25"},
                                &c, &message, &code))
        << message.toStdString();
    ASSERT_EQ(c.options.webhooks.size(), 1);
    EXPECT_EQ(c.options.webhooks[0].url, QUrl(QStringLiteral("http://127.0.0.1:9/h")));
    EXPECT_EQ(c.options.webhooks[0].secret, "whsec_x");
    EXPECT_DOUBLE_EQ(c.options.webhooks[0].duplicateRate, 0.25);

    FakeClock clock;
    SandboxServer server(clock, c.options);
    ASSERT_EQ(server.webhooks().size(), 1);
    EXPECT_EQ(server.webhooks()[0].userId, QLatin1String(kDemoUserId));
}

TEST(WebhookCli, IncompleteWebhookOptions_AreRefused) {
    for (const QStringList &args :
         {QStringList{"x", "--webhook-url", "http://127.0.0.1:9/h"},
          QStringList{"x", "--webhook-secret", "s"},
          QStringList{"x", "--webhook-url", "nope", "--webhook-secret", "s"},
          QStringList{"x", "--webhook-url", "http://127.0.0.1:9/h", "--webhook-secret", "s",
                      "--webhook-duplicate-rate", "2"}}) {
        SandboxCliConfig c;
        QString message;
        int code = 0;
        EXPECT_FALSE(parseSandboxCli(args, &c, &message, &code)) << args.join(' ').toStdString();
        EXPECT_EQ(code, 2);
        EXPECT_FALSE(message.isEmpty());
    }
}

TEST(WebhookCli, NoOptions_SubscribeNothing) {
    SandboxCliConfig c;
    QString message;
    int code = 0;
    ASSERT_TRUE(parseSandboxCli({"retrydesk-sandbox"}, &c, &message, &code));
    EXPECT_TRUE(c.options.webhooks.isEmpty());
}

TEST_F(NeverResolving, Duplicates_AreSeeded_TheSameSeedRepeatsThem) {
    auto run = [this] {
        m_stub.reset();
        m_server = std::make_unique<SandboxServer>(m_clock, options());
        EXPECT_TRUE(m_server->listen());
        subscribe({200}, {QStringLiteral("*")}, 0.5);
        startCycle(5, 300);
        driveFor(5 * 300s + 1min);
        QStringList pattern;
        for (const WebhookDelivery &d : m_server->webhookDeliveries()) {
            pattern << d.eventId + (d.duplicate ? QStringLiteral(" dup") : QString());
        }
        return pattern;
    };
    const QStringList first = run();
    const QStringList second = run();
    EXPECT_EQ(first, second);
    // Five attempt_made and one exhausted, some of them (not none, not all) sent twice.
    EXPECT_GT(first.size(), 6);
    EXPECT_LT(first.size(), 12);
}
