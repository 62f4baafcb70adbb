#include "ClientSandboxTest.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>

namespace rd::net::test {

sandbox::SandboxOptions ClientSandboxTest::options() const {
    sandbox::SandboxOptions o;
    o.adminEnabled = true;
    o.wire = sandbox::wireModeFromEnvironment();
    o.demoDataset = false;
    o.rateLimit = 0;
    o.maxPendingPerUser = 1000000;
    return o;
}

void ClientSandboxTest::SetUp() {
    m_server = std::make_unique<sandbox::SandboxServer>(m_clock, options());
    ASSERT_TRUE(m_server->listen());
    m_client = makeClient();
}

std::unique_ptr<ApiClient> ClientSandboxTest::makeClient(ApiStyle style, const char *key) {
    ClientConfig c;
    c.baseUrl = m_server->baseUrl();
    c.style = style;
    c.apiKey = QLatin1String(key);
    auto client = std::make_unique<ApiClient>(c, m_clock, m_jitter);
    client->setRequestLog(&m_log);
    return client;
}

void ClientSandboxTest::track(Operation *op) {
    op->setAutoDelete(false);
    m_ops.append(op);
}

int ClientSandboxTest::inFlight() const {
    int n = 0;
    for (const auto &op : m_ops) {
        n += op && (op->state() == Operation::State::Sending ||
                    op->state() == Operation::State::NotStarted);
    }
    return n;
}

bool ClientSandboxTest::drive(const std::function<bool()> &done, bool stallExpected) {
    QElapsedTimer total;
    total.start();
    while (!done()) {
        // Let every request in flight get its answer (real loopback I/O, real time).
        QElapsedTimer quiet;
        quiet.start();
        while (inFlight() > 0 && !done()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            if (quiet.elapsed() > (stallExpected ? 300 : 10000)) {
                break;
            }
        }
        if (done()) {
            break;
        }
        if (inFlight() > 0 && !stallExpected) {
            ADD_FAILURE() << inFlight() << " operation(s) got no answer within 10 s of real time";
            return false;
        }
        QCoreApplication::processEvents(); // queued starts and deletions
        if (inFlight() > 0 && !stallExpected) {
            continue;
        }
        if (!m_clock.fireNext()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            if (!done() && inFlight() == 0 && m_clock.pendingTimers() == 0) {
                ADD_FAILURE() << "nothing left to drive, but not done";
                return false;
            }
        }
        if (total.elapsed() > 120000) {
            ADD_FAILURE() << "drive() ran for two minutes of real time";
            return false;
        }
    }
    return true;
}

Result ClientSandboxTest::run(Operation *op, bool stallExpected) {
    track(op);
    Result out;
    bool finished = false;
    QObject::connect(op, &Operation::finished, op, [&](const Result &r) {
        out = r;
        finished = true;
    });
    drive([&] { return finished; }, stallExpected);
    return out;
}

QJsonObject ClientSandboxTest::policyBody(int maxRetries, int interval) {
    return QJsonObject{
        {QStringLiteral("retry_policy"),
         QJsonObject{{QStringLiteral("enabled"), true},
                     {QStringLiteral("max_retries"), maxRetries},
                     {QStringLiteral("interval_seconds"), interval},
                     {QStringLiteral("outcomes"),
                      QJsonArray{QStringLiteral("not_found"), QStringLiteral("cep_unavailable"),
                                 QStringLiteral("error")}}}}};
}

QString ClientSandboxTest::policyPath(const QString &validationId) {
    return QStringLiteral("/v1/validations/%1/retry-policy").arg(validationId);
}

} // namespace rd::net::test
