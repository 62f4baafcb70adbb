// ClientSandboxTest: the real ApiClient against the real sandbox over loopback TCP, both on one
// FakeClock, with a driver that only moves fake time while no request is in flight.
#pragma once

#include "core/FakeClock.h"
#include "core/Random.h"
#include "net/ApiClient.h"
#include "net/RequestLog.h"
#include "sandbox/SandboxServer.h"

#include <QJsonObject>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

namespace rd::net::test {

class ClientSandboxTest : public ::testing::Test {
protected:
    void SetUp() override;
    virtual sandbox::SandboxOptions options() const;

    // A client of the validations API (Bearer) or the lists API (?apiKey=).
    std::unique_ptr<ApiClient> makeClient(ApiStyle style = ApiStyle::Bearer,
                                          const char *key = sandbox::kDemoUpdateKey);

    // Drives until done() holds. Between steps it pumps the event loop until no operation is
    // in flight (state Sending), and only then fires the next fake-clock timer — advancing fake
    // time while a reply is on its way would fire a premature request timeout. With
    // stallExpected, operations still in flight after a quiet spell are taken to be stalled
    // (the server never answers), and the next timer (their timeout) fires.
    // Returns false (and fails the test) when nothing moves any more.
    bool drive(const std::function<bool()> &done, bool stallExpected = false);
    // Runs one operation to its end and returns its result.
    Result run(Operation *op, bool stallExpected = false);

    int inFlight() const;

    static QJsonObject policyBody(int maxRetries = 3, int interval = 600);
    static QString policyPath(const QString &validationId);

    FakeClock m_clock;
    SeededRandom m_jitter{11};
    RequestLog m_log{100000};
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    QList<QPointer<Operation>> m_ops; // operations started through run() / track()
    void track(Operation *op);
};

} // namespace rd::net::test
