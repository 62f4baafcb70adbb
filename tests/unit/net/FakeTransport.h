// FakeTransport: a scripted Transport whose answers arrive on a FakeClock — for the retry loop's
// unit tests (the sandbox over loopback is for tests/integration/client).
#pragma once

#include "core/FakeClock.h"
#include "net/Transport.h"

#include <functional>

namespace rd::net {
class Operation;
}

namespace rd::net::test {

struct FakeReply {
    WireResponse response;
    Millis latency{0};
    bool stall = false; // never answers: only the operation's own timeout ends it
};

class FakeTransport final : public Transport {
public:
    using Responder = std::function<FakeReply(const WireRequest &, int callIndex)>;
    FakeTransport(FakeClock &clock, Responder responder)
        : m_clock(clock)
        , m_responder(std::move(responder)) {}

    std::unique_ptr<PendingCall> start(const WireRequest &request, Done done) override;

    QList<WireRequest> requests;
    int aborted = 0;
    void setResponder(Responder r) { m_responder = std::move(r); }

    // Helpers for responders.
    static FakeReply status(int status, const QByteArray &body = {}, Headers headers = {});
    static FakeReply reset();
    static FakeReply stall();

private:
    FakeClock &m_clock;
    Responder m_responder;
};

// Starts op (if needed) and fires fake-clock timers until it has finished or nothing is pending.
void runToEnd(FakeClock &clock, Operation *op);

} // namespace rd::net::test
