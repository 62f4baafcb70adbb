// PlainHttpBehindTls: a loopback server that answers a TLS ClientHello with plain HTTP, as a
// misconfigured port does — the one way the tests provoke a real TLS failure without certificates.
#pragma once

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace rd::test {

class PlainHttpBehindTls {
public:
    PlainHttpBehindTls() {
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            QTcpSocket *s = m_server.nextPendingConnection();
            QObject::connect(s, &QTcpSocket::readyRead, s, [s] {
                s->write(
                    "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                s->disconnectFromHost();
            });
        });
    }
    bool isListening() const { return m_server.isListening(); }
    // https://127.0.0.1:<port><path> — the scheme makes the client start a TLS handshake.
    QUrl httpsUrl(const QString &path = {}) const {
        return QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }

private:
    QTcpServer m_server;
};

} // namespace rd::test
