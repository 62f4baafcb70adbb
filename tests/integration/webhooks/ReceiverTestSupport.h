// ReceiverTestSupport: a raw HTTP/1.1 client over QTcpSocket that reads exactly one answer, and
// signed webhook bodies, for the webhook receiver's loopback tests.
#pragma once

#include "webhooks/WebhookEvent.h"

#include <QTcpSocket>

#include <functional>

namespace rd::webhooks::test {

// Processes events until cond() holds; false after 5 s of real time (a safety net for a broken
// receiver, never a wait a test relies on).
bool pumpUntil(const std::function<bool()> &cond);

// One connection; send() writes bytes, awaitAnswer() pumps until one whole answer arrived.
class RawClient {
public:
    explicit RawClient(quint16 port);
    void send(const QByteArray &bytes);
    bool awaitAnswer();
    bool awaitClosed();
    bool closed() const { return m_closed; }
    // The answer's status (0 before one arrived), body; takeAnswer() drops it for the next one.
    int status() const;
    QByteArray body() const;
    void takeAnswer();
    const QByteArray &raw() const { return m_received; }

private:
    qsizetype answerLength() const; // bytes of the first whole answer, or -1
    QTcpSocket m_socket;
    QByteArray m_received;
    bool m_closed = false;
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

// A well-formed event with this id ("evt_" + 24 hex) and a validation id.
WebhookEvent sampleEvent(const QString &id, const QString &validationId = QStringLiteral("v_1"));
// POST /hook with the RetryDesk-* headers, signed with secret at unixSeconds (no signature
// header when secret is empty).
QByteArray deliveryRequest(const QByteArray &body, const QByteArray &secret, qint64 unixSeconds,
                           const QString &eventId, const QString &deliveryId, int attempt,
                           bool keepAlive = false);

} // namespace rd::webhooks::test
