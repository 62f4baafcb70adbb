// WebhookReceiver: a loopback HTTP/1.1 endpoint for webhook deliveries that records every request,
// verifies its signature, dedupes on event id (one effect per event, seed 003) and answers as the
// tester chooses, so a user can watch the sender's retries and duplicates happen.
#pragma once

#include "core/Clock.h"
#include "webhooks/WebhookDelivery.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>

class QTcpServer;
class QTcpSocket;

namespace rd::webhooks {

class WebhookForwarder;

class WebhookReceiver : public QObject {
    Q_OBJECT
public:
    enum class AnswerMode {
        Ok,             // 200
        ServerError,    // 500
        Unavailable,    // 503
        Timeout,        // never answers: the connection is held until the sender gives up
        FailFirst,      // 500 to the first failFirstCount() deliveries of each event, then 200
        EndpointStatus, // the forwarded endpoint's status (502 when it cannot be reached)
    };

    explicit WebhookReceiver(Clock &clock, QObject *parent = nullptr);
    ~WebhookReceiver() override;

    // Port 0 picks a free one. Loopback unless the caller asks for another address on purpose:
    // the receiver answers anyone who can reach it.
    bool start(quint16 port = 0, const QHostAddress &address = QHostAddress::LocalHost);
    void stop();
    bool isListening() const;
    quint16 port() const;
    // The URL to paste into a subscription: http://127.0.0.1:<port>/hook.
    QUrl hookUrl() const;
    QString errorString() const { return m_error; }

    // Empty: signatures are not checked and every delivery reads "not verified". Kept in memory
    // only; nothing here writes it anywhere.
    void setSecret(const QByteArray &secret) { m_secret = secret; }
    bool hasSecret() const { return !m_secret.isEmpty(); }
    void setAnswerMode(AnswerMode mode) { m_mode = mode; }
    AnswerMode answerMode() const { return m_mode; }
    void setFailFirstCount(int n) { m_failFirst = qMax(0, n); }
    int failFirstCount() const { return m_failFirst; }
    // Every accepted (2xx) delivery is also POSTed here; an empty URL turns forwarding off.
    void setForwardUrl(const QUrl &url) { m_forwardUrl = url; }
    QUrl forwardUrl() const { return m_forwardUrl; }
    void setForwardTimeout(Millis timeout);
    void setMaxBodyBytes(qsizetype bytes) { m_maxBody = bytes; }
    // A request must arrive whole within this time after its first byte (slowloris); an idle
    // kept-alive connection is closed after it.
    void setReadTimeout(Millis timeout) { m_readTimeout = timeout; }
    void setSignatureTolerance(qint64 seconds) { m_tolerance = seconds; }

    const QList<WebhookDelivery> &deliveries() const { return m_deliveries; }
    // The index of the delivery that was the event's effect, or -1.
    int effectOf(const QString &eventId) const { return m_effectOf.value(eventId, -1); }
    // How many connections are held open without an answer (Timeout mode).
    int heldConnections() const;
    void clear();

signals:
    void deliveryAdded(int index);
    void deliveryChanged(int index); // answered later, or the forwarded endpoint answered
    void cleared();
    void listeningChanged(bool listening);

private:
    struct Connection;
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void armReadTimer(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const HttpRequest &request);
    void refuseUnreadable(QTcpSocket *socket, int status, const QByteArray &reason);
    void decide(QTcpSocket *socket, int index);
    void finish(QTcpSocket *socket, int index, int status, const QString &reason);
    void forward(int index, QTcpSocket *answerWhenDone);
    int priorPassedDeliveries(const QString &eventId, int before) const;
    WebhookDelivery record(QTcpSocket *socket, const HttpRequest &request) const;
    void answer(QTcpSocket *socket, int status, const QByteArray &json, bool keepAlive);

    Clock &m_clock;
    QTcpServer *m_server = nullptr;
    std::unique_ptr<WebhookForwarder> m_forwarder;
    QHash<QTcpSocket *, std::shared_ptr<Connection>> m_connections;
    QList<WebhookDelivery> m_deliveries;
    QHash<QString, int> m_effectOf;
    QByteArray m_secret;
    AnswerMode m_mode = AnswerMode::Ok;
    int m_failFirst = 0;
    QUrl m_forwardUrl;
    qsizetype m_maxBody = 1024 * 1024;
    Millis m_readTimeout{10'000};
    qint64 m_tolerance = 300;
    QString m_error;
    quint64 m_generation = 0; // bumped by clear()
};

} // namespace rd::webhooks
