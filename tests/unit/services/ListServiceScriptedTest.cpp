// ListService against answers the sandbox never gives (a scripted transport on a FakeClock): a
// server without the lists listing, listings with items that are not lists, a refusal sent with
// a 2xx status, and the lists a retry answer teaches.
#include "../net/FakeTransport.h"

#include "core/FakeClock.h"
#include "core/Random.h"
#include "models/ListTableModel.h"
#include "net/ApiClient.h"
#include "services/HostResources.h"
#include "services/ListService.h"

#include <QCoreApplication>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <functional>

using namespace rd;
using rd::net::test::FakeReply;
using rd::net::test::FakeTransport;

namespace {

const QString kLists = QStringLiteral("/v1/webhooks/email-validations/bulk-emails");

class ListServiceScripted : public ::testing::Test {
protected:
    void SetUp() override {
        m_service = std::make_unique<ListService>(
            ServiceEndpoint{QStringLiteral("c"), QUrl(QStringLiteral("http://127.0.0.1:9")),
                            QStringLiteral("cliova_unit_key")},
            m_clock, m_jitter, m_hosts);
        auto t = std::make_unique<FakeTransport>(
            m_clock, [this](const net::WireRequest &r, int) { return m_route(r); });
        m_transport = t.get();
        m_service->client().setTransport(std::move(t));
    }
    // Runs queued operations and their (zero-latency) answers until done.
    bool drive(const std::function<bool()> &done, Millis step = Millis(10)) {
        for (int i = 0; i < 400 && !done(); ++i) {
            QCoreApplication::processEvents();
            m_clock.advance(step);
        }
        return done();
    }
    static FakeReply seed000(int status, const QByteArray &body) {
        return FakeTransport::status(status, body,
                                     {{QByteArray("X-Request-Id"), QByteArray("req_scripted")}});
    }
    FakeClock m_clock;
    SeededRandom m_jitter{3};
    HostResources m_hosts{m_clock};
    std::unique_ptr<ListService> m_service;
    FakeTransport *m_transport = nullptr;
    std::function<FakeReply(const net::WireRequest &)> m_route = [](const net::WireRequest &) {
        return seed000(404, R"({"success":false,"message":"Not found"})");
    };
};

} // namespace

TEST_F(ListServiceScripted, NoListing_IsAStatusThatSaysSo_AndATypedListCanStillBeRetried) {
    m_route = [](const net::WireRequest &r) {
        const QString path = r.url.path();
        if (r.method == "POST" && path == kLists + QStringLiteral("/list_42/retry")) {
            return seed000(200,
                           R"({"success":true,"message":{"id":"list_43","status":"In Progress"}})");
        }
        if (r.method == "GET" && path == kLists + QStringLiteral("/list_42")) {
            return seed000(200, R"({"success":true,"message":{"id":"list_42","status":"Failed"}})");
        }
        return seed000(404, R"({"success":false,"message":"Not found"})");
    };
    QSignalSpy state(m_service.get(), &ListService::listingStateChanged);
    QSignalSpy finished(m_service.get(), &ListService::refreshFinished);
    m_service->refresh();
    ASSERT_TRUE(drive([&] { return finished.count() > 0; }));
    EXPECT_FALSE(finished.first().at(0).toBool());
    EXPECT_EQ(m_service->listingState(), ListService::ListingState::Unavailable);
    EXPECT_TRUE(m_service->listingMessage().contains(u"no lists listing"))
        << m_service->listingMessage().toStdString();
    EXPECT_TRUE(m_service->listingMessage().contains(u"req_scripted"));
    EXPECT_TRUE(m_service->listingMessage().contains(u"Type a list id"));
    EXPECT_TRUE(m_service->health().healthy()) << "an answer, not an outage";

    std::optional<ListRetryOutcome> o;
    m_service->retry(QStringLiteral("list_42"), [&](const ListRetryOutcome &r) { o = r; });
    ASSERT_TRUE(drive([&] {
        return o.has_value() && m_service->model().list(QStringLiteral("list_42")).has_value();
    }));
    ASSERT_EQ(o->kind, ListRetryOutcome::Kind::Started) << o->message.toStdString();
    EXPECT_EQ(o->newList->id, QStringLiteral("list_43"));
    EXPECT_EQ(o->newList->retryOf, QStringLiteral("list_42"));
    const ListTableModel &m = m_service->model();
    EXPECT_EQ(m.rowCount(), 2) << "the new job, and the typed list looked up";
    EXPECT_EQ(
        m.data(m.index(m.rowForId(QStringLiteral("list_42")), int(ListColumn::Chain))).toString(),
        QStringLiteral("list_42 → list_43"));
    EXPECT_TRUE(m_service->isPollScheduled()) << "the new job processes: its status is polled";
}

TEST_F(ListServiceScripted, ListingItemsThatAreNotLists_AreCountedAndKept_TheRestShown) {
    m_route = [](const net::WireRequest &) {
        return seed000(200, R"({"success":true,"message":[{"id":"list_1","status":"Completed"},
            {"name":"no id"},"list_2",{"id":"list_3","status":"Queued"}]})");
    };
    QSignalSpy unreadable(m_service.get(), &ListService::unreadableChanged);
    QSignalSpy finished(m_service.get(), &ListService::refreshFinished);
    m_service->refresh();
    ASSERT_TRUE(drive([&] { return finished.count() > 0; }));
    EXPECT_TRUE(finished.first().at(0).toBool());
    EXPECT_EQ(m_service->model().rowCount(), 2);
    const UnreadableReport &r = m_service->unreadable();
    EXPECT_EQ(r.count, 2);
    EXPECT_EQ(r.requestId, QStringLiteral("req_scripted"));
    EXPECT_EQ(r.firstReason(), QStringLiteral("message[1].id: missing"));
    ASSERT_EQ(r.items.size(), 2);
    EXPECT_EQ(r.items[1].raw, QByteArray(R"("list_2")"));
    EXPECT_EQ(unreadable.count(), 1);
}

TEST_F(ListServiceScripted, ARefusalSentWithA200_IsShownAsTheServerSaidIt) {
    m_route = [](const net::WireRequest &) {
        return seed000(200, R"({"success":false,"message":"Daily retry quota reached"})");
    };
    std::optional<ListRetryOutcome> o;
    m_service->retry(QStringLiteral("list_7"), [&](const ListRetryOutcome &r) { o = r; });
    ASSERT_TRUE(drive([&] { return o.has_value(); }));
    EXPECT_EQ(o->kind, ListRetryOutcome::Kind::Refused);
    EXPECT_EQ(o->message, QStringLiteral("Daily retry quota reached"));
    EXPECT_EQ(o->httpStatus, 200);
    EXPECT_EQ(o->requestId, QStringLiteral("req_scripted"));
    EXPECT_TRUE(o->retryable());
}

TEST_F(ListServiceScripted, EachUserActionHasItsOwnKey_AndARetryAfterNoAnswerReusesIt) {
    int posts = 0;
    m_route = [&posts](const net::WireRequest &r) {
        if (r.method != "POST") {
            return seed000(404, R"({"success":false,"message":"Not found"})");
        }
        ++posts;
        if (posts <= 5) { // every attempt of the first action: no answer
            return FakeTransport::reset();
        }
        return seed000(200, R"({"success":true,"message":{"id":"list_9","status":"In Progress"}})");
    };
    QStringList keys;
    auto keyOf = [](const net::WireRequest &r) {
        for (const auto &[n, v] : r.headers) {
            if (n.compare("Idempotency-Key", Qt::CaseInsensitive) == 0) {
                return QString::fromLatin1(v);
            }
        }
        return QString();
    };
    std::optional<ListRetryOutcome> first;
    m_service->retry(QStringLiteral("list_8"), [&](const ListRetryOutcome &r) { first = r; });
    // Steps of a second: the client backs off between attempts.
    ASSERT_TRUE(drive([&] { return first.has_value(); }, Millis(1000)));
    ASSERT_EQ(first->kind, ListRetryOutcome::Kind::Unconfirmed) << first->message.toStdString();
    for (const net::WireRequest &r : m_transport->requests) {
        keys.append(keyOf(r));
    }
    ASSERT_EQ(keys.size(), 5);
    EXPECT_EQ(QSet<QString>(keys.begin(), keys.end()).size(), 1) << "one key for every attempt";
    EXPECT_EQ(first->idempotencyKey, keys.first());

    std::optional<ListRetryOutcome> second;
    m_service->retry(QStringLiteral("list_8"), [&](const ListRetryOutcome &r) { second = r; });
    ASSERT_TRUE(drive([&] { return second.has_value(); }));
    ASSERT_EQ(second->kind, ListRetryOutcome::Kind::Started);
    EXPECT_EQ(keyOf(m_transport->requests.last()), keys.first()) << "the same logical operation";

    // A definitive answer ends that operation: the next action has a fresh key.
    std::optional<ListRetryOutcome> third;
    m_service->retry(QStringLiteral("list_other"), [&](const ListRetryOutcome &r) { third = r; });
    ASSERT_TRUE(drive([&] { return third.has_value(); }));
    EXPECT_NE(keyOf(m_transport->requests.last()), keys.first());
}

TEST_F(ListServiceScripted, AnIdThatIsNoListId_IsRefusedBeforeAnyRequest_AndSaysWhy) {
    EXPECT_TRUE(ListService::isPlausibleListId(QStringLiteral("list_12345")));
    for (const QString &id : {QStringLiteral("list_1/../../x"), QStringLiteral("list 1"),
                              QStringLiteral("list_1?apiKey=x"), QString()}) {
        std::optional<ListRetryOutcome> o;
        m_service->retry(id, [&](const ListRetryOutcome &r) { o = r; });
        ASSERT_TRUE(drive([&] { return o.has_value(); })) << id.toStdString();
        EXPECT_EQ(o->kind, ListRetryOutcome::Kind::RefusedLocally) << id.toStdString();
        EXPECT_FALSE(o->message.isEmpty());
    }
    EXPECT_TRUE(m_transport->requests.isEmpty());
}
