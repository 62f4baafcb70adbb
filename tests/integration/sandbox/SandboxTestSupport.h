// SandboxTestSupport: a sandbox on a real loopback port, driven by a FakeClock, and a raw HTTP/1.1
// client over QTcpSocket (no mocked transport, no client-side retries that would hide faults).
#pragma once

#include "core/FakeClock.h"
#include "sandbox/SandboxServer.h"

#include <QJsonObject>
#include <QTcpSocket>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

namespace rd::sandbox::test {

// One HTTP exchange on its own connection ("Connection: close"), as the server wrote it.
class Exchange {
public:
    Exchange(quint16 port, const QByteArray &method, const QString &target, const QByteArray &body,
             const QList<QPair<QByteArray, QByteArray>> &headers);

    // Pumps the event loop until the server closed the connection (or failed it).
    void waitClosed();
    bool closed() const { return m_closed; }
    QAbstractSocket::SocketError error() const { return m_error; }
    const QByteArray &raw() const { return m_received; }

    int status() const;                          // 0 when no status line arrived
    QByteArray header(const QByteArray &) const; // case-insensitive, first match
    QByteArray body() const;                     // bytes after the header block
    qint64 contentLength() const;                // -1 when absent
    QJsonObject json() const;
    QString errorCode() const;  // seed 003 error.code
    QJsonValue data() const;    // seed 003 data
    QString nextCursor() const; // meta.next_cursor of a listing, empty on the last page

private:
    QTcpSocket m_socket;
    QByteArray m_received;
    bool m_closed = false;
    QAbstractSocket::SocketError m_error = QAbstractSocket::UnknownSocketError;
};

// Processes events until cond() holds; fails the test after 5 s of real time (a safety net for
// a broken server, never a wait the test relies on).
bool pumpUntil(const std::function<bool()> &cond);

class SandboxTest : public ::testing::Test {
public:
    static QByteArray
    policyBody(int maxRetries = 3, int interval = 600,
               const char *outcomes = R"(["not_found","cep_unavailable","error"])");

protected:
    void SetUp() override;
    virtual SandboxOptions options() const;
    // The server renders only what the seeds define (RETRYDESK_SANDBOX_WIRE=seeds-only): tests of
    // RetryDesk's own assumptions skip, saying which assumption.
    bool seedsOnly() const { return m_server->options().wire == WireMode::SeedsOnly; }

    using Headers = QList<QPair<QByteArray, QByteArray>>;
    std::unique_ptr<Exchange> start(const QByteArray &method, const QString &target,
                                    const QByteArray &body = {}, const Headers &headers = {});
    std::unique_ptr<Exchange> send(const QByteArray &method, const QString &target,
                                   const QByteArray &body = {}, const Headers &headers = {});
    // Bearer-authenticated calls of the validations API (the demo update key by default).
    std::unique_ptr<Exchange> get(const QString &target, const char *key = kDemoUpdateKey);
    std::unique_ptr<Exchange> putPolicy(const QString &id, const QByteArray &body,
                                        const QByteArray &idemKey = {},
                                        const char *key = kDemoUpdateKey);
    std::unique_ptr<Exchange> cancel(const QString &id, const QByteArray &idemKey = {},
                                     const char *key = kDemoUpdateKey);
    FakeClock m_clock;
    std::unique_ptr<SandboxServer> m_server;
};

} // namespace rd::sandbox::test
