#include "instance/SingleInstance.h"

#include "instance/InstanceProtocol.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>

namespace rd::instance {

namespace {
qint64 seconds(Millis ms) {
    return std::max<qint64>(1, (ms.count() + 999) / 1000);
}
} // namespace

SingleInstance::SingleInstance(QString name, Clock &clock, QObject *parent)
    : QObject(parent)
    , m_name(std::move(name))
    , m_clock(clock) {}

SingleInstance::~SingleInstance() {
    if (m_deadline != 0) {
        m_clock.cancel(m_deadline);
    }
}

QString SingleInstance::defaultName(const QString &scope) {
    const QString forced = qEnvironmentVariable("RETRYDESK_INSTANCE_NAME");
    if (!forced.isEmpty()) {
        return forced;
    }
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty()) {
        user = qEnvironmentVariable("USERNAME");
    }
    const QString key = QStringList{user, scope, qEnvironmentVariable("DISPLAY"),
                                    qEnvironmentVariable("WAYLAND_DISPLAY")}
                            .join(u'\n');
    const QString name =
        QStringLiteral("retrydesk-") +
        QString::fromLatin1(
            QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
#ifdef Q_OS_LINUX
    // Elsewhere the name alone is per user already: macOS puts it in the user's own $TMPDIR,
    // Windows' pipe carries the user in the hash and is opened for that user only.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir()) {
        return runtime + u'/' + name;
    }
#endif
    return name;
}

QString SingleInstance::serverName() const {
    return m_server ? m_server->fullServerName() : m_name;
}

QString SingleInstance::lockPath() const {
    return QDir::isAbsolutePath(m_name) ? m_name + QStringLiteral(".lock")
                                        : QDir::temp().filePath(m_name + QStringLiteral(".lock"));
}

void SingleInstance::start(const QStringList &arguments, Done done) {
    Q_ASSERT(m_role == Role::Undecided && !m_done);
    m_done = std::move(done);
    m_arguments = arguments;
    // Two launches at the same moment, with no RetryDesk running, would both find no one and both
    // listen — on Unix the second would even remove the first's socket. Deciding under a lock
    // makes the second find the first.
    m_lock = std::make_unique<QLockFile>(lockPath());
    if (!m_lock->tryLock(int(m_timeouts.lock.count()))) {
        if (m_lock->error() == QLockFile::LockFailedError) {
            finish(Role::Failed, tr("Another RetryDesk is starting at this moment and holds %1. "
                                    "Wait a moment and try again; if no RetryDesk is running, "
                                    "delete that file.")
                                     .arg(QDir::toNativeSeparators(lockPath())));
            return;
        }
        m_lock.reset(); // the folder cannot hold a lock: decide without one
    }
    m_client = new QLocalSocket(this);
    connect(m_client, &QLocalSocket::connected, this, &SingleInstance::onClientConnected);
    connect(m_client, &QLocalSocket::errorOccurred, this, &SingleInstance::onClientError);
    connect(m_client, &QLocalSocket::disconnected, this, &SingleInstance::onClientDisconnected);
    connect(m_client, &QLocalSocket::readyRead, this, &SingleInstance::readReply);
    m_deadline = m_clock.callAfter(m_timeouts.connect, this, [this] {
        m_deadline = 0;
        finish(Role::Failed,
               tr("A RetryDesk seems to be running (%1) but did not accept the connection within "
                  "%n second(s). Close it, or end it if it does not respond, and try again.",
                  nullptr, int(seconds(m_timeouts.connect)))
                   .arg(QDir::toNativeSeparators(m_name)));
    });
    m_client->connectToServer(m_name);
}

void SingleInstance::finish(Role role, const QString &message) {
    if (m_role != Role::Undecided) {
        return; // decided already
    }
    m_role = role;
    if (m_deadline != 0) {
        m_clock.cancel(m_deadline);
        m_deadline = 0;
    }
    m_lock.reset(); // unlocks
    if (m_client && role != Role::HandedOver) {
        m_client->abort();
    }
    if (Done done = std::move(m_done)) {
        done(role, message);
    }
}

void SingleInstance::onClientError() {
    if (m_role != Role::Undecided) {
        return;
    }
    const QLocalSocket::LocalSocketError error = m_client->error();
    if (!m_connected && (error == QLocalSocket::ServerNotFoundError ||
                         error == QLocalSocket::ConnectionRefusedError)) {
        becomePrimary(); // no one listens: this launch is the first (or the first one crashed)
        return;
    }
    if (m_connected && error == QLocalSocket::PeerClosedError) {
        return; // onClientDisconnected says it
    }
    finish(Role::Failed, tr("RetryDesk could not reach the RetryDesk already running (%1): %2.")
                             .arg(QDir::toNativeSeparators(m_name), m_client->errorString()));
}

void SingleInstance::onClientConnected() {
    m_connected = true;
    m_lock.reset(); // someone runs: later launches may find it on their own
    if (m_deadline != 0) {
        m_clock.cancel(m_deadline);
    }
    m_deadline = m_clock.callAfter(m_timeouts.reply, this, [this] {
        m_deadline = 0;
        finish(Role::Failed,
               tr("The RetryDesk already running did not answer within %n second(s), so the link "
                  "or options of this launch may not have reached it. If its window does not "
                  "respond, end it and start RetryDesk again.",
                  nullptr, int(seconds(m_timeouts.reply))));
    });
    m_client->write(InstanceProtocol::encode(
        InstanceProtocol::Request{InstanceProtocol::kVersion, m_arguments}));
}

void SingleInstance::onClientDisconnected() {
    if (m_role == Role::Undecided && m_client->bytesAvailable() > 0) {
        readReply(); // the answer came with the close
    }
    if (m_role == Role::Undecided && m_connected) {
        finish(Role::Failed,
               tr("The RetryDesk already running closed the connection without an answer, so the "
                  "link or options of this launch may not have reached it. Try again; if it "
                  "happens again, close RetryDesk and start it again."));
    }
}

void SingleInstance::readReply() {
    m_reply += m_client->readAll();
    bool tooLong = false;
    const auto line = InstanceProtocol::takeLine(m_reply, &tooLong);
    if (!line) {
        if (tooLong) {
            finish(Role::Failed, tr("The program listening at %1 is not a RetryDesk this one "
                                    "understands (its answer never ends).")
                                     .arg(QDir::toNativeSeparators(m_name)));
        }
        return;
    }
    QString why;
    const auto reply = InstanceProtocol::decodeReply(*line, &why);
    if (!reply) {
        finish(Role::Failed, tr("The program listening at %1 answered something this RetryDesk "
                                "does not understand (%2). Close it and start RetryDesk again.")
                                 .arg(QDir::toNativeSeparators(m_name), why));
    } else if (!reply->handled) {
        finish(Role::Failed,
               tr("The RetryDesk already running did not take this launch: %1")
                   .arg(reply->error.isEmpty() ? tr("it gave no reason.") : reply->error));
    } else {
        m_connected = false; // the close that follows is this side's own
        m_client->disconnectFromServer();
        finish(Role::HandedOver, {});
    }
}

void SingleInstance::becomePrimary() {
    if (m_deadline != 0) {
        m_clock.cancel(m_deadline);
        m_deadline = 0;
    }
    m_client->abort();
    m_client->deleteLater();
    m_client = nullptr;
    // No one answered on the name and this launch holds the lock: a socket file still there was
    // left by a RetryDesk that crashed (Unix; Windows' pipes go with their process).
    QLocalServer::removeServer(m_name);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        const QString why = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        finish(Role::Alone, tr("Links opened while this RetryDesk runs will start another window: "
                               "it could not listen at %1 (%2).")
                                .arg(QDir::toNativeSeparators(m_name), why));
        return;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
    finish(Role::Primary, {});
}

void SingleInstance::setHandler(std::function<void(const QStringList &)> handler) {
    m_handler = std::move(handler);
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &[socket, arguments] : waiting) {
        if (socket && m_handler) {
            m_handler(arguments);
            answer(socket, true);
        }
    }
}

void SingleInstance::acceptConnections() {
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        m_requests.insert(socket, {});
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
        connect(socket, &QLocalSocket::disconnected, this, [this, socket] {
            m_requests.remove(socket);
            socket->deleteLater();
        });
        // A connection that never completes its request, or stays open after the answer, does
        // not stay open for ever.
        m_clock.callAfter(m_timeouts.request, socket, [socket] { socket->abort(); });
        if (socket->bytesAvailable() > 0) {
            readRequest(socket); // arrived before readyRead was connected
        }
    }
}

void SingleInstance::readRequest(QLocalSocket *socket) {
    auto it = m_requests.find(socket);
    if (it == m_requests.end()) {
        return; // answered already
    }
    it->append(socket->readAll());
    bool tooLong = false;
    const auto line = InstanceProtocol::takeLine(*it, &tooLong);
    if (!line) {
        if (tooLong) {
            answer(socket, false, tr("the launch sent more than RetryDesk accepts."));
        }
        return;
    }
    m_requests.erase(it);
    QString why;
    const auto request = InstanceProtocol::decodeRequest(*line, &why);
    if (!request) {
        answer(socket, false,
               tr("the launch sent something RetryDesk does not understand (%1).").arg(why));
    } else if (request->version != InstanceProtocol::kVersion) {
        answer(socket, false,
               tr("it speaks version %1 of RetryDesk's launch protocol and the new launch version "
                  "%2. Close RetryDesk and start it again.")
                   .arg(InstanceProtocol::kVersion)
                   .arg(request->version));
    } else if (!m_handler) {
        m_waiting.append({socket, request->arguments});
    } else {
        m_handler(request->arguments);
        answer(socket, true);
    }
}

void SingleInstance::answer(QLocalSocket *socket, bool handled, const QString &error) {
    m_requests.remove(socket);
    socket->write(InstanceProtocol::encode(
        InstanceProtocol::Reply{InstanceProtocol::kVersion, handled, error}));
    // The launch closes once it has read this (closing here first lost the answer on its way
    // out); one that does not is dropped at the request deadline.
    socket->flush();
}

} // namespace rd::instance
