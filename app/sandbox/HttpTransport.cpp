#include "sandbox/HttpTransport.h"

#include "sandbox/AdminApi.h"

#include <QHttpServerRequest>
#include <QTcpServer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace rd::sandbox {

namespace {

// Creates the sockets itself so the transport's readyRead slot runs before QtHttpServer's.
class EarlyTcpServer final : public QTcpServer {
public:
    using Hook = std::function<void(QTcpSocket *)>;
    EarlyTcpServer(Hook hook, QObject *parent)
        : QTcpServer(parent)
        , m_hook(std::move(hook)) {}

protected:
    void incomingConnection(qintptr descriptor) override {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        m_hook(socket);
        addPendingConnection(socket);
    }

private:
    Hook m_hook;
};

QByteArray methodName(QHttpServerRequest::Method m) {
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "UNKNOWN";
    }
}

} // namespace

HttpTransport::HttpTransport(SandboxState &state, HandledFn onHandled)
    : m_s(state)
    , m_router(state)
    , m_onHandled(std::move(onHandled)) {}

HttpTransport::~HttpTransport() = default;

bool HttpTransport::listenOn(const QHostAddress &address, quint16 port) {
    auto *server = new EarlyTcpServer(
        [this](QTcpSocket *socket) {
            // Answers go out at once (no Nagle wait for the client's ACK), as a real API's do.
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onFirstBytes(socket); });
            connect(socket, &QObject::destroyed, this,
                    [this, socket] { m_decisions.remove(socket); });
        },
        this);
    if (!server->listen(address, port)) {
        qWarning("retrydesk-sandbox: cannot listen on %s:%u: %s", qPrintable(address.toString()),
                 unsigned(port), qPrintable(server->errorString()));
        delete server;
        return false;
    }
    m_port = server->serverPort();
    bind(server);
    return true;
}

void HttpTransport::onFirstBytes(QTcpSocket *socket) {
    if (m_decisions.contains(socket)) {
        return; // this request's fault is decided; the rest of it is arriving
    }
    const QByteArray head = socket->peek(4096);
    const qsizetype eol = head.indexOf("\r\n");
    if (eol < 0) {
        return;
    }
    const QList<QByteArray> parts = head.left(eol).split(' ');
    if (parts.size() < 2) {
        return;
    }
    const QString path = QUrl(QString::fromLatin1(parts.at(1))).path();
    Decision d;
    d.admin = AdminApi::matches(path);
    if (!d.admin) {
        ++m_s.requestsReceived;
        d.fault = m_s.faults.next(parts.at(0), path);
        if (d.fault) {
            ++m_s.faultsInjected[d.fault->kind];
        }
    }
    m_decisions.insert(socket, d);
    if (d.fault && d.fault->kind == FaultKind::CloseWhileReading) {
        // Closed before the request is processed; queued so QtHttpServer's own slot for this
        // readyRead does not run on a socket that vanished under it.
        QPointer<QTcpSocket> guard(socket);
        QMetaObject::invokeMethod(
            this,
            [this, guard] {
                if (guard) {
                    reset(guard);
                }
            },
            Qt::QueuedConnection);
        m_onHandled(QString::fromLatin1(parts.at(0)), path, 0, faultName(d.fault->kind));
    }
}

void HttpTransport::reset(QTcpSocket *socket) {
#ifdef Q_OS_UNIX
    // SO_LINGER 0: close() sends RST, the "connection reset by peer" a client must survive.
    const struct linger l { 1, 0 };
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &l, sizeof l);
#endif
    socket->abort();
}

bool HttpTransport::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) {
    SandboxRequest req;
    req.method = methodName(request.method());
    req.path = request.url().path();
    req.query = request.query();
    for (const auto &[name, value] : request.headers()) {
        req.headers.append({name.toLower(), value});
    }
    req.body = request.body();

    Decision d = m_decisions.take(socket);
    if (d.admin || AdminApi::matches(req.path)) {
        respond(socket, req, AdminApi::handle(m_s, req), {});
        return true;
    }
    if (!d.fault) {
        respond(socket, req, m_router.handle(req), {});
        return true;
    }
    const ChosenFault f = *d.fault;
    const QString name = faultName(f.kind);
    QPointer<QTcpSocket> guard(socket);
    switch (f.kind) {
    case FaultKind::CloseWhileReading:
        return true; // closing already (onFirstBytes)
    case FaultKind::ResetBeforeReply:
        reset(socket);
        m_onHandled(QString::fromLatin1(req.method), req.path, 0, name);
        return true;
    case FaultKind::Stall:
        // Never answers; the socket stays open until the client gives up (its timeout fires).
        m_stalled.removeAll(QPointer<QTcpSocket>());
        m_stalled.append(guard);
        m_onHandled(QString::fromLatin1(req.method), req.path, 0, name);
        return true;
    case FaultKind::Http429:
        // The gateway's limiter answers before the API sees the request.
        respond(socket, req, m_router.faultResponse(f, req), name);
        return true;
    case FaultKind::Http500:
    case FaultKind::Http502:
    case FaultKind::Http503:
    case FaultKind::Http503Date:
    case FaultKind::Http504: {
        // The API accepted the request (auth, key checks) and then failed: the Idempotency-Key
        // is released, not cached (seed 001), so the retry is processed for real.
        ApiRouter::Prepared p = m_router.prepare(req);
        respond(socket, req, p.done ? *p.done : p.fail(m_router.faultResponse(f, req)), name);
        return true;
    }
    case FaultKind::CommitThen502:
        m_router.handle(req); // applied and cached; the edge loses the answer
        respond(socket, req, m_router.faultResponse(f, req), name);
        return true;
    case FaultKind::CommitThenDrop:
        m_router.handle(req);
        socket->disconnectFromHost();
        m_onHandled(QString::fromLatin1(req.method), req.path, 0, name);
        return true;
    case FaultKind::TruncatedBody:
        respond(socket, req, m_router.handle(req), name, true);
        return true;
    case FaultKind::Latency: {
        // The key is held in flight during the delay (prepare), then the write is applied even
        // if the client gave up meanwhile — as a slow real server would.
        auto prepared = std::make_shared<ApiRouter::Prepared>(m_router.prepare(req));
        m_s.clock.callAfter(Millis(f.latencyMs), this, [this, prepared, guard, req, name] {
            const SandboxResponse r = prepared->done ? *prepared->done : prepared->run();
            respond(guard, req, r, name);
        });
        return true;
    }
    }
    return false;
}

void HttpTransport::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) {
    SandboxRequest req;
    req.method = methodName(request.method());
    req.path = request.url().path();
    respond(socket, req, m_router.handle(req), {});
}

void HttpTransport::respond(const QPointer<QTcpSocket> &socket, const SandboxRequest &req,
                            const SandboxResponse &response, const QString &fault, bool truncate) {
    if (socket && socket->state() == QAbstractSocket::ConnectedState) {
        socket->write(response.serialize(httpDate(m_s.clock.utcNow()), truncate));
        if (truncate || req.header("connection").compare("close", Qt::CaseInsensitive) == 0) {
            socket->disconnectFromHost();
        }
    }
    m_onHandled(QString::fromLatin1(req.method), req.path, response.status, fault);
}

} // namespace rd::sandbox
