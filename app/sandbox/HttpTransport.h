// HttpTransport: the QtHttpServer side of the sandbox — sockets, raw answers and socket faults.
#pragma once

#include "sandbox/ApiRouter.h"
#include "sandbox/SandboxState.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QPointer>
#include <QTcpSocket>

#include <functional>

namespace rd::sandbox {

// QtHttpServer 6.4's QAbstractHttpServer hands us the socket, which the faults need: answers are
// written as raw bytes (so a body can be truncated), resets abort the socket, latency answers
// later on the sandbox Clock, and a stall never answers at all.
class HttpTransport final : public QAbstractHttpServer {
public:
    using HandledFn = std::function<void(const QString &method, const QString &path, int status,
                                         const QString &fault)>;
    HttpTransport(SandboxState &state, HandledFn onHandled);
    ~HttpTransport() override;

    bool listenOn(const QHostAddress &address, quint16 port);
    quint16 port() const { return m_port; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Decision {
        bool admin = false;
        std::optional<ChosenFault> fault;
    };
    // Runs before QtHttpServer parses a request: decides its fault from the request line, so a
    // CloseWhileReading fault can close the socket before the request is processed.
    void onFirstBytes(QTcpSocket *socket);
    void respond(const QPointer<QTcpSocket> &socket, const SandboxRequest &req,
                 const SandboxResponse &response, const QString &fault, bool truncate = false);
    void reset(QTcpSocket *socket);

    SandboxState &m_s;
    ApiRouter m_router;
    HandledFn m_onHandled;
    quint16 m_port = 0;
    QHash<QTcpSocket *, Decision> m_decisions;
    QList<QPointer<QTcpSocket>> m_stalled;
};

} // namespace rd::sandbox
