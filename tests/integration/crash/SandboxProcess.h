// What the crash tests share: retrydesk-sandbox in a process of its own (so it outlives the
// client that is killed), its admin answers, and waiting with the event loop running.
#pragma once

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

#include <functional>

namespace rd::crash {

// Lets the event loop run (sockets, process output) for up to ms.
inline void pump(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Polls done() with the event loop running until it holds or deadlineMs pass.
inline bool waitFor(const std::function<bool()> &done, int deadlineMs) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > deadlineMs) {
            return false;
        }
        pump(10);
    }
    return true;
}

class SandboxProcess {
public:
    ~SandboxProcess() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // retrydesk-sandbox on a free port with the admin endpoint, no demo data, the rate limit off
    // and these arguments. Empty when it is listening; otherwise what it printed.
    QString start(const QStringList &arguments) {
        m_process.setProgram(QStringLiteral(RETRYDESK_SANDBOX_PATH));
        m_process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                           QStringLiteral("--admin"), QStringLiteral("--quiet"),
                                           QStringLiteral("--no-demo-data"),
                                           QStringLiteral("--rate-limit"), QStringLiteral("0")} +
                               arguments);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        const QRegularExpression ready(QStringLiteral("listening on (http://[0-9.]+:[0-9]+)"));
        QString out;
        waitFor(
            [&] {
                out += QString::fromUtf8(m_process.readAllStandardOutput());
                const auto m = ready.match(out);
                if (m.hasMatch()) {
                    m_baseUrl = m.captured(1);
                }
                return !m_baseUrl.isEmpty() || m_process.state() == QProcess::NotRunning;
            },
            20'000);
        return m_baseUrl.isEmpty() ? QStringLiteral("no ready line: ") + out : QString();
    }

    QString baseUrl() const { return m_baseUrl; }

    // The seed 003 envelope's data of a GET.
    QJsonValue get(const QString &pathAndQuery, const QString &key = {}) {
        QNetworkRequest req(QUrl(m_baseUrl + pathAndQuery));
        if (!key.isEmpty()) {
            req.setRawHeader("Authorization", "Bearer " + key.toLatin1());
        }
        QNetworkReply *reply = m_nam.get(req);
        waitFor([&] { return reply->isFinished(); }, 10'000);
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return o.value(QLatin1String("data"));
    }
    // GET /_admin/applied: idempotency_keys, resources, keys_with_two_bodies, …
    QJsonObject applied() { return get(QStringLiteral("/_admin/applied")).toObject(); }
    // Validations written at least once so far.
    int writtenCount() {
        return int(applied().value(QLatin1String("resources")).toObject().size());
    }
    // The ids of the first page of 1,000 of the key's validations.
    QStringList validationIds(const QString &key) {
        const QJsonArray items = get(QStringLiteral("/v1/validations?limit=1000"), key).toArray();
        QStringList ids;
        for (const QJsonValue &v : items) {
            ids << v[QLatin1String("id")].toString();
        }
        return ids;
    }

private:
    QProcess m_process;
    QString m_baseUrl;
    QNetworkAccessManager m_nam;
};

} // namespace rd::crash
