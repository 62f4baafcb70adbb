#include "ReceiverTestSupport.h"

#include "webhooks/WebhookSignature.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>

namespace rd::webhooks::test {

bool pumpUntil(const std::function<bool()> &cond) {
    QElapsedTimer t;
    t.start();
    while (!cond()) {
        if (t.elapsed() > 5000) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

RawClient::RawClient(quint16 port) {
    QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket,
                     [this] { m_received += m_socket.readAll(); });
    QObject::connect(&m_socket, &QTcpSocket::disconnected, &m_socket, [this] {
        m_received += m_socket.readAll();
        m_closed = true;
    });
    QObject::connect(&m_socket, &QTcpSocket::errorOccurred, &m_socket,
                     [this](QAbstractSocket::SocketError) { m_closed = true; });
    m_socket.connectToHost(QHostAddress::LocalHost, port);
}

void RawClient::send(const QByteArray &bytes) {
    m_socket.write(bytes); // buffered until connected
}

qsizetype RawClient::answerLength() const {
    const qsizetype end = m_received.indexOf("\r\n\r\n");
    if (end < 0) {
        return -1;
    }
    const qsizetype at = m_received.toLower().indexOf("content-length:");
    if (at < 0 || at > end) {
        return -1;
    }
    const qsizetype eol = m_received.indexOf("\r\n", at);
    const qsizetype length = m_received.mid(at + 15, eol - at - 15).trimmed().toLongLong();
    return m_received.size() >= end + 4 + length ? end + 4 + length : -1;
}

bool RawClient::awaitAnswer() {
    return pumpUntil([this] { return answerLength() >= 0 || m_closed; }) && answerLength() >= 0;
}

bool RawClient::awaitClosed() {
    return pumpUntil([this] { return m_closed; });
}

int RawClient::status() const {
    return m_received.startsWith("HTTP/1.1 ") ? m_received.mid(9, 3).toInt() : 0;
}

QByteArray RawClient::body() const {
    const qsizetype end = m_received.indexOf("\r\n\r\n");
    const qsizetype length = answerLength();
    return end < 0 || length < 0 ? QByteArray() : m_received.mid(end + 4, length - end - 4);
}

void RawClient::takeAnswer() {
    const qsizetype length = answerLength();
    m_received.remove(0, length < 0 ? m_received.size() : length);
}

WebhookEvent sampleEvent(const QString &id, const QString &validationId) {
    WebhookEvent e;
    e.id = id;
    e.type = QString::fromLatin1(EventType::AttemptMade);
    e.createdAt = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    e.validationId = validationId;
    e.data = QJsonObject{{QStringLiteral("validation"),
                          QJsonObject{{QStringLiteral("id"), validationId},
                                      {QStringLiteral("retry_state"), QStringLiteral("pending")}}}};
    return e;
}

QByteArray deliveryRequest(const QByteArray &body, const QByteArray &secret, qint64 unixSeconds,
                           const QString &eventId, const QString &deliveryId, int attempt,
                           bool keepAlive) {
    QByteArray r = "POST /hook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n";
    r += "RetryDesk-Event-Id: " + eventId.toLatin1() + "\r\n";
    r += "RetryDesk-Delivery-Id: " + deliveryId.toLatin1() + "\r\n";
    r += "RetryDesk-Delivery-Attempt: " + QByteArray::number(attempt) + "\r\n";
    if (!secret.isEmpty()) {
        r += QByteArray(kSignatureHeaderName) + ": " + signatureHeader(secret, unixSeconds, body) +
             "\r\n";
    }
    r += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    r += keepAlive ? "\r\n" : "Connection: close\r\n\r\n";
    return r + body;
}

} // namespace rd::webhooks::test
