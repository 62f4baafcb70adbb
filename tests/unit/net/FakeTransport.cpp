#include "FakeTransport.h"

#include "net/HttpDate.h"
#include "net/Operation.h"

namespace rd::net::test {

namespace {
class FakeCall final : public PendingCall {
public:
    FakeCall(FakeClock &clock, int *aborted)
        : m_clock(clock)
        , m_aborted(aborted) {}
    ~FakeCall() override { abort(); }
    void abort() override {
        if (m_timer != 0 && !*m_done) {
            m_clock.cancel(m_timer);
            ++*m_aborted;
        }
        m_timer = 0;
    }
    FakeClock &m_clock;
    int *m_aborted;
    Clock::TimerId m_timer = 0;
    std::shared_ptr<bool> m_done = std::make_shared<bool>(false);
};
} // namespace

std::unique_ptr<PendingCall> FakeTransport::start(const WireRequest &request, Done done) {
    requests.append(request);
    FakeReply reply = m_responder(request, int(requests.size()) - 1);
    auto call = std::make_unique<FakeCall>(m_clock, &aborted);
    if (reply.stall) {
        call->m_timer = m_clock.callAfter(std::chrono::hours(1000), nullptr, [] {});
        return call;
    }
    auto doneFlag = call->m_done;
    call->m_timer = m_clock.callAfter(
        reply.latency, nullptr, [this, reply, done = std::move(done), doneFlag]() mutable {
            *doneFlag = true;
            WireResponse r = reply.response;
            r.headers.append({QByteArray("Date"), formatHttpDate(m_clock.utcNow())});
            done(r);
        });
    return call;
}

FakeReply FakeTransport::status(int status, const QByteArray &body, Headers headers) {
    FakeReply r;
    r.response.status = status;
    r.response.body = body;
    r.response.headers = std::move(headers);
    return r;
}

FakeReply FakeTransport::reset() {
    FakeReply r;
    r.response.failure = WireResponse::Failure::Retryable;
    r.response.errorText = QStringLiteral("Connection reset by peer");
    return r;
}

FakeReply FakeTransport::stall() {
    FakeReply r;
    r.stall = true;
    return r;
}

void runToEnd(FakeClock &clock, Operation *op) {
    op->start();
    while (op->state() != Operation::State::Finished && clock.fireNext()) {
    }
}

} // namespace rd::net::test
