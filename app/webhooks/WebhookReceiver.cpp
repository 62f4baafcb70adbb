#include "webhooks/WebhookReceiver.h"

#include "webhooks/WebhookForwarder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <limits>

namespace rd::webhooks {

namespace {
// Held (Timeout mode) connections beyond this are closed oldest first: a sender that never gives
// up must not exhaust the receiver's sockets.
constexpr int kMaxHeld = 64;

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

QByteArray errorJson(const char *code, const QString &reason) {
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), QLatin1String(code)},
                                     {QStringLiteral("reason"), reason}})
        .toJson(QJsonDocument::Compact);
}

bool is2xx(int status) {
    return status >= 200 && status < 300;
}
} // namespace

struct WebhookReceiver::Connection {
    HttpRequestReader reader;
    Clock::TimerId readTimer = 0;
    bool busy = false; // a request is being answered (held, or waiting for the endpoint)
    Millis heldSince{-1};

    explicit Connection(qsizetype maxBody)
        : reader(maxBody) {}
};

WebhookReceiver::WebhookReceiver(Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_forwarder(std::make_unique<WebhookForwarder>(clock)) {}

WebhookReceiver::~WebhookReceiver() {
    stop();
}

void WebhookReceiver::setForwardTimeout(Millis timeout) {
    m_forwarder->setTimeout(timeout);
}

bool WebhookReceiver::start(quint16 port, const QHostAddress &address) {
    stop();
    m_server = new QTcpServer(this);
    if (!m_server->listen(address, port)) {
        m_error = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return false;
    }
    m_error.clear();
    connect(m_server, &QTcpServer::newConnection, this, &WebhookReceiver::onNewConnection);
    emit listeningChanged(true);
    return true;
}

void WebhookReceiver::stop() {
    const auto sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets) {
        if (auto c = m_connections.value(socket)) {
            m_clock.cancel(c->readTimer);
        }
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_connections.clear();
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
        emit listeningChanged(false);
    }
}

bool WebhookReceiver::isListening() const {
    return m_server && m_server->isListening();
}

quint16 WebhookReceiver::port() const {
    return m_server ? m_server->serverPort() : 0;
}

QUrl WebhookReceiver::hookUrl() const {
    if (!isListening()) {
        return {};
    }
    QHostAddress host = m_server->serverAddress();
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4 || host.isNull()) {
        host = QHostAddress::LocalHost;
    }
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(port());
    url.setPath(QStringLiteral("/hook"));
    return url;
}

int WebhookReceiver::heldConnections() const {
    int n = 0;
    for (const auto &c : m_connections) {
        n += c->heldSince.count() >= 0 ? 1 : 0;
    }
    return n;
}

void WebhookReceiver::clear() {
    m_deliveries.clear();
    m_effectOf.clear();
    ++m_generation;
    emit cleared();
}

void WebhookReceiver::onNewConnection() {
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_connections.insert(socket, std::make_shared<Connection>(m_maxBody));
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (auto c = m_connections.take(socket)) {
                m_clock.cancel(c->readTimer);
            }
            socket->deleteLater();
        });
        armReadTimer(socket);
        if (socket->bytesAvailable() > 0) {
            onReadyRead(socket);
        }
    }
}

void WebhookReceiver::armReadTimer(QTcpSocket *socket) {
    auto c = m_connections.value(socket);
    if (!c) {
        return;
    }
    m_clock.cancel(c->readTimer);
    c->readTimer = m_clock.callAfter(m_readTimeout, socket, [this, socket] {
        auto conn = m_connections.value(socket);
        if (!conn || conn->busy) {
            return;
        }
        if (conn->reader.idle()) {
            socket->disconnectFromHost(); // an idle kept-alive connection: quietly closed
        } else {
            refuseUnreadable(socket, 408, "request not received in time");
        }
    });
}

void WebhookReceiver::onReadyRead(QTcpSocket *socket) {
    auto c = m_connections.value(socket);
    if (!c) {
        return;
    }
    const HttpRequestReader::State state = c->reader.feed(socket->readAll());
    if (c->busy) {
        return; // a request is being answered: a pipelined next one waits for its turn
    }
    if (state == HttpRequestReader::State::Error) {
        refuseUnreadable(socket, c->reader.errorStatus(), c->reader.errorReason());
        return;
    }
    if (state == HttpRequestReader::State::Complete) {
        m_clock.cancel(c->readTimer);
        handle(socket, c->reader.takeRequest());
    }
}

WebhookDelivery WebhookReceiver::record(QTcpSocket *socket, const HttpRequest &request) const {
    WebhookDelivery d;
    d.index = int(m_deliveries.size());
    d.receivedAt = m_clock.utcNow();
    d.receivedMono = m_clock.monotonicNow();
    d.remote =
        QStringLiteral("%1:%2").arg(socket->peerAddress().toString()).arg(socket->peerPort());
    d.method = request.method;
    d.target = request.target;
    d.headers = request.headers;
    d.body = request.body;
    d.deliveryId = QString::fromLatin1(request.header("RetryDesk-Delivery-Id"));
    d.attempt = request.header("RetryDesk-Delivery-Attempt").toInt();
    d.eventId = QString::fromLatin1(request.header("RetryDesk-Event-Id"));
    return d;
}

void WebhookReceiver::refuseUnreadable(QTcpSocket *socket, int status, const QByteArray &reason) {
    auto c = m_connections.value(socket);
    WebhookDelivery d = record(socket, c ? c->reader.partial() : HttpRequest{});
    d.outcome = DeliveryOutcome::Malformed;
    d.answeredStatus = status;
    d.problem = QString::fromLatin1(reason);
    m_deliveries.append(d);
    emit deliveryAdded(d.index);
    answer(socket, status, errorJson("unreadable_request", d.problem), false);
}

void WebhookReceiver::handle(QTcpSocket *socket, const HttpRequest &request) {
    if (request.method != "POST") {
        // Not a delivery: a browser or curl checking the URL gets a pointer, nothing is recorded.
        const bool isGet = request.method == "GET" || request.method == "HEAD";
        answer(socket, isGet ? 200 : 405,
               isGet ? QByteArrayLiteral(R"({"receiver":"RetryDesk webhook inspector",)"
                                         R"("hint":"POST deliveries to /hook"})")
                     : errorJson("method_not_allowed", QStringLiteral("deliveries are POSTed")),
               request.keepAlive());
        return;
    }
    WebhookDelivery d = record(socket, request);
    QString parseError;
    d.event = parseEvent(request.body, &parseError);
    if (d.event) {
        d.eventId = d.event->id;
    }
    d.sameAttemptAgain = false;
    if (hasSecret()) {
        d.signature = verifySignature(m_secret, request.header(kSignatureHeaderName), request.body,
                                      m_clock.utcNow().toSecsSinceEpoch(), m_tolerance);
        d.verdict = verdictFor(d.signature);
    }
    m_deliveries.append(d);
    const int index = d.index;
    WebhookDelivery &stored = m_deliveries[index];
    if (hasSecret() && stored.signature != SignatureCheck::Valid) {
        const bool stale = stored.signature == SignatureCheck::TooOld ||
                           stored.signature == SignatureCheck::TooNew;
        stored.outcome = DeliveryOutcome::Rejected;
        stored.answeredStatus = stale ? 400 : 401;
        stored.problem = describe(stored.signature);
        emit deliveryAdded(index);
        answer(socket, stored.answeredStatus,
               errorJson(stale ? "stale_timestamp" : "invalid_signature", stored.problem),
               request.keepAlive());
        return;
    }
    if (!stored.event) {
        stored.outcome = DeliveryOutcome::Rejected;
        stored.answeredStatus = 400;
        stored.problem = tr("The body is not a RetryDesk event: %1").arg(parseError);
        emit deliveryAdded(index);
        answer(socket, 400, errorJson("invalid_event", stored.problem), request.keepAlive());
        return;
    }
    for (int i = 0; i < index; ++i) {
        const WebhookDelivery &earlier = m_deliveries[i];
        if (earlier.eventId == stored.eventId && earlier.attempt == stored.attempt &&
            earlier.outcome != DeliveryOutcome::Rejected &&
            earlier.outcome != DeliveryOutcome::Malformed) {
            stored.sameAttemptAgain = true;
            break;
        }
    }
    if (auto c = m_connections.value(socket)) {
        c->busy = true;
    }
    socket->setProperty("rd_keepAlive", request.keepAlive());
    decide(socket, index);
}

int WebhookReceiver::priorPassedDeliveries(const QString &eventId, int before) const {
    int n = 0;
    for (int i = 0; i < before; ++i) {
        const WebhookDelivery &d = m_deliveries[i];
        n += d.eventId == eventId && d.outcome != DeliveryOutcome::Rejected &&
                     d.outcome != DeliveryOutcome::Malformed
                 ? 1
                 : 0;
    }
    return n;
}

void WebhookReceiver::decide(QTcpSocket *socket, int index) {
    WebhookDelivery &d = m_deliveries[index];
    switch (m_mode) {
    case AnswerMode::Ok:
        finish(socket, index, 200, {});
        return;
    case AnswerMode::ServerError:
        finish(socket, index, 500, tr("The inspector answers 500 on purpose."));
        return;
    case AnswerMode::Unavailable:
        finish(socket, index, 503, tr("The inspector answers 503 on purpose."));
        return;
    case AnswerMode::FailFirst:
        if (priorPassedDeliveries(d.eventId, index) < m_failFirst) {
            finish(socket, index, 500,
                   tr("The inspector fails the first %n deliveries of each event.", nullptr,
                      m_failFirst));
        } else {
            finish(socket, index, 200, {});
        }
        return;
    case AnswerMode::Timeout: {
        d.outcome = DeliveryOutcome::TimedOut;
        d.problem = tr("Held without an answer until the sender gave up.");
        if (auto c = m_connections.value(socket)) {
            c->heldSince = m_clock.monotonicNow();
        }
        emit deliveryAdded(index);
        // Oldest held connections go first once there are too many.
        while (heldConnections() > kMaxHeld) {
            QTcpSocket *oldest = nullptr;
            Millis since{std::numeric_limits<qint64>::max()};
            for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
                if (it.value()->heldSince.count() >= 0 && it.value()->heldSince < since) {
                    since = it.value()->heldSince;
                    oldest = it.key();
                }
            }
            if (!oldest) {
                break;
            }
            m_connections.value(oldest)->heldSince = Millis(-1);
            oldest->abort();
        }
        return;
    }
    case AnswerMode::EndpointStatus:
        if (!m_forwardUrl.isValid() || m_forwardUrl.isEmpty()) {
            finish(socket, index, 502, tr("No endpoint URL to forward to."));
            return;
        }
        d.outcome = DeliveryOutcome::Pending;
        emit deliveryAdded(index);
        forward(index, socket);
        return;
    }
}

void WebhookReceiver::finish(QTcpSocket *socket, int index, int status, const QString &reason) {
    WebhookDelivery &d = m_deliveries[index];
    const bool wasPending =
        d.outcome == DeliveryOutcome::Pending && m_mode == AnswerMode::EndpointStatus;
    d.answeredStatus = status;
    QByteArray json;
    if (is2xx(status)) {
        // Dedupe on event id (seed 003): the first 2xx-answered delivery is the one effect.
        const bool duplicate = m_effectOf.contains(d.eventId);
        d.outcome = duplicate ? DeliveryOutcome::Duplicate : DeliveryOutcome::Accepted;
        if (!duplicate) {
            m_effectOf.insert(d.eventId, index);
        }
        json = QJsonDocument(QJsonObject{{QStringLiteral("received"), true},
                                         {QStringLiteral("event_id"), d.eventId},
                                         {QStringLiteral("duplicate"), duplicate}})
                   .toJson(QJsonDocument::Compact);
    } else {
        d.outcome = DeliveryOutcome::Failed;
        d.problem = reason;
        json = errorJson("simulated_failure", reason);
    }
    const bool keepAlive = socket && socket->property("rd_keepAlive").toBool();
    if (wasPending) {
        emit deliveryChanged(index);
    } else {
        emit deliveryAdded(index);
    }
    if (socket) {
        if (auto c = m_connections.value(socket)) {
            c->busy = false;
        }
        answer(socket, status, json, keepAlive);
    }
    if (is2xx(status) && m_mode != AnswerMode::EndpointStatus && m_forwardUrl.isValid() &&
        !m_forwardUrl.isEmpty()) {
        forward(index, nullptr);
    }
}

void WebhookReceiver::forward(int index, QTcpSocket *answerWhenDone) {
    WebhookDelivery &d = m_deliveries[index];
    d.forward.state = ForwardResult::State::Pending;
    QPointer<QTcpSocket> socket(answerWhenDone);
    // Deliveries are only removed by clear(): the generation keeps a late answer from landing on
    // a delivery of a newer list.
    m_forwarder->forward(
        m_forwardUrl, d,
        [this, index, socket, generation = m_generation,
         waited = answerWhenDone != nullptr](const ForwardResult &r) {
            if (generation != m_generation || index >= m_deliveries.size()) {
                return;
            }
            m_deliveries[index].forward = r;
            if (waited) {
                const int status = r.state == ForwardResult::State::Answered ? r.status : 502;
                finish(socket, index, status,
                       r.state == ForwardResult::State::Answered
                           ? tr("Your endpoint answered %1.").arg(r.status)
                           : tr("Your endpoint could not be reached: %1").arg(r.error));
            } else {
                emit deliveryChanged(index);
            }
        });
}

void WebhookReceiver::answer(QTcpSocket *socket, int status, const QByteArray &json,
                             bool keepAlive) {
    if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
        return;
    }
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(json.size()) +
        (keepAlive ? "\r\nConnection: keep-alive" : "\r\nConnection: close") + "\r\n\r\n" + json;
    socket->write(out);
    if (!keepAlive) {
        socket->disconnectFromHost();
        return;
    }
    armReadTimer(socket); // the next request on this connection gets its own full read time
    auto c = m_connections.value(socket);
    if (c && c->reader.state() == HttpRequestReader::State::Complete) {
        m_clock.cancel(c->readTimer);
        handle(socket, c->reader.takeRequest()); // pipelined
    }
}

} // namespace rd::webhooks
