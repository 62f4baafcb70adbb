#include "SandboxTestSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>

namespace rd::sandbox::test {

Exchange::Exchange(quint16 port, const QByteArray &method, const QString &target,
                   const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers) {
    QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket,
                     [this] { m_received += m_socket.readAll(); });
    QObject::connect(&m_socket, &QTcpSocket::disconnected, &m_socket, [this] {
        m_received += m_socket.readAll();
        m_closed = true;
    });
    QObject::connect(&m_socket, &QTcpSocket::errorOccurred, &m_socket,
                     [this](QAbstractSocket::SocketError e) {
                         m_error = e;
                         m_closed = true;
                     });
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    QByteArray req = method + ' ' + target.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const auto &[n, v] : headers) {
        req += n + ": " + v + "\r\n";
    }
    if (!body.isEmpty() || method != "GET") {
        req +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n";
    }
    req += "Connection: close\r\n\r\n" + body;
    m_socket.write(req);
}

void Exchange::waitClosed() {
    EXPECT_TRUE(pumpUntil([this] { return m_closed; })) << "the server never closed the connection";
}

int Exchange::status() const {
    if (!m_received.startsWith("HTTP/1.1 ")) {
        return 0;
    }
    return m_received.mid(9, 3).toInt();
}

QByteArray Exchange::header(const QByteArray &name) const {
    const qsizetype end = m_received.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = m_received.left(end).split('\n');
    for (const QByteArray &line : lines.mid(1)) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0) {
            return line.mid(colon + 1).trimmed();
        }
    }
    return {};
}

QByteArray Exchange::body() const {
    const qsizetype end = m_received.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : m_received.mid(end + 4);
}

qint64 Exchange::contentLength() const {
    const QByteArray v = header("Content-Length");
    return v.isEmpty() ? -1 : v.toLongLong();
}

QJsonObject Exchange::json() const {
    return QJsonDocument::fromJson(body()).object();
}

QString Exchange::nextCursor() const {
    return json()
        .value(QLatin1String("meta"))
        .toObject()
        .value(QLatin1String("next_cursor"))
        .toString();
}

QString Exchange::errorCode() const {
    return json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
}

QJsonValue Exchange::data() const {
    return json().value(QLatin1String("data"));
}

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

SandboxOptions SandboxTest::options() const {
    SandboxOptions o;
    o.adminEnabled = true;
    o.datasetSize = 40;
    o.wire = wireModeFromEnvironment(); // CTest runs the suite in both modes (BOTH_WIRES)
    return o;
}

void SandboxTest::SetUp() {
    m_server = std::make_unique<SandboxServer>(m_clock, options());
    ASSERT_TRUE(m_server->listen());
}

std::unique_ptr<Exchange> SandboxTest::start(const QByteArray &method, const QString &target,
                                             const QByteArray &body, const Headers &headers) {
    return std::make_unique<Exchange>(m_server->port(), method, target, body, headers);
}

std::unique_ptr<Exchange> SandboxTest::send(const QByteArray &method, const QString &target,
                                            const QByteArray &body, const Headers &headers) {
    auto e = start(method, target, body, headers);
    e->waitClosed();
    return e;
}

std::unique_ptr<Exchange> SandboxTest::get(const QString &target, const char *key) {
    return send("GET", target, {}, {{"Authorization", QByteArray("Bearer ") + key}});
}

std::unique_ptr<Exchange> SandboxTest::putPolicy(const QString &id, const QByteArray &body,
                                                 const QByteArray &idemKey, const char *key) {
    Headers h{{"Authorization", QByteArray("Bearer ") + key}};
    if (!idemKey.isNull()) {
        h.append({"Idempotency-Key", idemKey});
    }
    return send("PUT", QStringLiteral("/v1/validations/%1/retry-policy").arg(id), body, h);
}

std::unique_ptr<Exchange> SandboxTest::cancel(const QString &id, const QByteArray &idemKey,
                                              const char *key) {
    Headers h{{"Authorization", QByteArray("Bearer ") + key}};
    if (!idemKey.isNull()) {
        h.append({"Idempotency-Key", idemKey});
    }
    return send("POST", QStringLiteral("/v1/validations/%1/cancel-retries").arg(id), {}, h);
}

QByteArray SandboxTest::policyBody(int maxRetries, int interval, const char *outcomes) {
    return QByteArray(R"({"retry_policy":{"enabled":true,"max_retries":)") +
           QByteArray::number(maxRetries) + R"(,"interval_seconds":)" +
           QByteArray::number(interval) + R"(,"outcomes":)" + outcomes + "}}";
}

} // namespace rd::sandbox::test
