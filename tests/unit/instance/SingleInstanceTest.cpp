// SingleInstance: two instances in one process on a unique name, over real local sockets, on a
// fake clock: the first listens, the second hands its arguments over and learns they were
// handled; a socket left by a crash is removed; a RetryDesk that does not answer is reported.
#include "instance/SingleInstance.h"

#include "core/FakeClock.h"
#include "instance/InstanceProtocol.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

using namespace rd;
using namespace std::chrono_literals;
using rd::instance::InstanceProtocol;
using rd::instance::SingleInstance;
using Role = SingleInstance::Role;

namespace {

// Serves real local-socket I/O (a few milliseconds a round, the fake clock standing still) until
// done() holds; false when it never does.
bool pumpUntil(const std::function<bool()> &done, int rounds = 2000) {
    for (int i = 0; i < rounds && !done(); ++i) {
        QEventLoop io;
        QTimer::singleShot(2, &io, &QEventLoop::quit);
        io.exec();
    }
    return done();
}

struct Outcome {
    Role role = Role::Undecided;
    QString message;
    bool decided = false;
};

class SingleInstanceTest : public ::testing::Test {
protected:
    QString uniqueName() const {
#ifdef Q_OS_UNIX
        return m_dir.filePath(QStringLiteral("instance"));
#else
        return QStringLiteral("retrydesk-test-") + QFileInfo(m_dir.path()).fileName();
#endif
    }
    // Starts instance with arguments; the outcome fills in when it decides.
    static std::shared_ptr<Outcome> start(SingleInstance &instance, const QStringList &arguments) {
        auto outcome = std::make_shared<Outcome>();
        instance.start(arguments, [outcome](Role role, const QString &message) {
            outcome->role = role;
            outcome->message = message;
            outcome->decided = true;
        });
        return outcome;
    }

    FakeClock m_clock;
    QTemporaryDir m_dir;
    QString m_name = uniqueName();
};

TEST_F(SingleInstanceTest, FirstLaunch_IsPrimary_AndASecondHandsItsArgumentsOver) {
    SingleInstance first(m_name, m_clock);
    const auto firstOutcome = start(first, {});
    ASSERT_TRUE(pumpUntil([&] { return firstOutcome->decided; }));
    ASSERT_EQ(firstOutcome->role, Role::Primary) << qPrintable(firstOutcome->message);
    QList<QStringList> received;
    first.setHandler([&](const QStringList &args) { received << args; });

    const QStringList args{
        QStringLiteral("retrydesk://validations/abc?connection=Support%20sandbox"),
        QStringLiteral("--demo")};
    SingleInstance second(m_name, m_clock);
    const auto secondOutcome = start(second, args);
    ASSERT_TRUE(pumpUntil([&] { return secondOutcome->decided; }));
    EXPECT_EQ(secondOutcome->role, Role::HandedOver) << qPrintable(secondOutcome->message);
    ASSERT_EQ(received.size(), 1);
    EXPECT_EQ(received.constFirst(), args);
}

TEST_F(SingleInstanceTest, LaunchBeforeTheHandlerIsSet_WaitsForIt_ThenIsHandled) {
    SingleInstance first(m_name, m_clock);
    ASSERT_EQ(start(first, {})->role, Role::Primary);
    SingleInstance second(m_name, m_clock);
    const auto outcome = start(second, {QStringLiteral("--demo")});
    pumpUntil([&] { return outcome->decided; }, 50);
    EXPECT_FALSE(outcome->decided) << "answered before anyone handled it";

    QStringList received;
    first.setHandler([&](const QStringList &args) { received = args; });
    ASSERT_TRUE(pumpUntil([&] { return outcome->decided; }));
    EXPECT_EQ(outcome->role, Role::HandedOver) << qPrintable(outcome->message);
    EXPECT_EQ(received, QStringList{QStringLiteral("--demo")});
}

TEST_F(SingleInstanceTest, PrimaryGone_TheNextLaunchIsPrimary) {
    {
        SingleInstance first(m_name, m_clock);
        ASSERT_EQ(start(first, {})->role, Role::Primary);
    }
    SingleInstance next(m_name, m_clock);
    const auto outcome = start(next, {});
    ASSERT_TRUE(pumpUntil([&] { return outcome->decided; }));
    EXPECT_EQ(outcome->role, Role::Primary) << qPrintable(outcome->message);
}

#ifdef Q_OS_UNIX
TEST_F(SingleInstanceTest, StaleSocketLeftByACrash_IsRemoved_AndTheLaunchBecomesPrimary) {
    // What a killed RetryDesk leaves: the socket file, with no one listening on it.
    const QByteArray path = QFile::encodeName(m_name);
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    ASSERT_GE(fd, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    ASSERT_LT(size_t(path.size()), sizeof(address.sun_path));
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    ASSERT_EQ(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
    ::close(fd);
    ASSERT_TRUE(QFileInfo::exists(m_name));

    SingleInstance launch(m_name, m_clock);
    const auto outcome = start(launch, {});
    ASSERT_TRUE(pumpUntil([&] { return outcome->decided; }));
    ASSERT_EQ(outcome->role, Role::Primary) << qPrintable(outcome->message);
    // And it really listens there now: a later launch reaches it.
    bool handled = false;
    launch.setHandler([&](const QStringList &) { handled = true; });
    SingleInstance later(m_name, m_clock);
    const auto laterOutcome = start(later, {});
    ASSERT_TRUE(pumpUntil([&] { return laterOutcome->decided; }));
    EXPECT_EQ(laterOutcome->role, Role::HandedOver) << qPrintable(laterOutcome->message);
    EXPECT_TRUE(handled);
}
#endif

TEST_F(SingleInstanceTest, RunningOneNeverAnswers_TheLaunchFailsAfterTheReplyTimeout) {
    QLocalServer silent; // accepts, reads, never answers: a hung RetryDesk
    ASSERT_TRUE(silent.listen(m_name)) << qPrintable(silent.errorString());
    QLocalSocket *peer = nullptr;
    QObject::connect(&silent, &QLocalServer::newConnection,
                     [&] { peer = silent.nextPendingConnection(); });

    SingleInstance launch(m_name, m_clock);
    const auto outcome = start(launch, {QStringLiteral("--demo")});
    ASSERT_TRUE(pumpUntil([&] { return peer && peer->bytesAvailable() > 0; }));
    m_clock.advance(SingleInstance::Timeouts{}.reply - 1ms);
    EXPECT_FALSE(outcome->decided);
    m_clock.advance(1ms);
    ASSERT_TRUE(outcome->decided);
    EXPECT_EQ(outcome->role, Role::Failed);
    EXPECT_TRUE(outcome->message.contains(QStringLiteral("did not answer within 10 second")))
        << qPrintable(outcome->message);
}

TEST_F(SingleInstanceTest, RunningOneRefuses_TheLaunchFailsWithItsReason) {
    QLocalServer other;
    ASSERT_TRUE(other.listen(m_name));
    QObject::connect(&other, &QLocalServer::newConnection, [&] {
        QLocalSocket *s = other.nextPendingConnection();
        s->write(InstanceProtocol::encode(
            InstanceProtocol::Reply{1, false, QStringLiteral("busy being tested")}));
        s->flush();
    });
    SingleInstance launch(m_name, m_clock);
    const auto outcome = start(launch, {});
    ASSERT_TRUE(pumpUntil([&] { return outcome->decided; }));
    EXPECT_EQ(outcome->role, Role::Failed);
    EXPECT_TRUE(outcome->message.contains(QStringLiteral("busy being tested")))
        << qPrintable(outcome->message);
}

TEST_F(SingleInstanceTest, RunningOneClosesWithoutAnswer_TheLaunchFails) {
    QLocalServer other;
    ASSERT_TRUE(other.listen(m_name));
    QObject::connect(&other, &QLocalServer::newConnection, [&] {
        QLocalSocket *s = other.nextPendingConnection();
        QObject::connect(s, &QLocalSocket::readyRead, s, [s] { s->disconnectFromServer(); });
    });
    SingleInstance launch(m_name, m_clock);
    const auto outcome = start(launch, {});
    ASSERT_TRUE(pumpUntil([&] { return outcome->decided; }));
    EXPECT_EQ(outcome->role, Role::Failed);
    EXPECT_TRUE(outcome->message.contains(QStringLiteral("without an answer")))
        << qPrintable(outcome->message);
}

// A raw client of a primary: sends line, returns the answer.
std::optional<InstanceProtocol::Reply> ask(const QString &name, const QByteArray &line) {
    QLocalSocket socket;
    QByteArray answer;
    QObject::connect(&socket, &QLocalSocket::connected, [&] { socket.write(line); });
    QObject::connect(&socket, &QLocalSocket::readyRead, [&] { answer += socket.readAll(); });
    socket.connectToServer(name);
    if (!pumpUntil([&] { return answer.contains('\n'); })) {
        return std::nullopt;
    }
    QString error;
    return InstanceProtocol::decodeReply(answer.trimmed(), &error);
}

TEST_F(SingleInstanceTest, Primary_RefusesAnotherProtocolVersion_AndSaysWhatToDo) {
    SingleInstance primary(m_name, m_clock);
    ASSERT_EQ(start(primary, {})->role, Role::Primary);
    bool handled = false;
    primary.setHandler([&](const QStringList &) { handled = true; });
    const auto reply = ask(m_name, R"({"app":"retrydesk","version":2,"arguments":["--demo"]})"
                                   "\n");
    ASSERT_TRUE(reply);
    EXPECT_FALSE(reply->handled);
    EXPECT_TRUE(reply->error.contains(QStringLiteral("version 1")) &&
                reply->error.contains(QStringLiteral("version 2")))
        << qPrintable(reply->error);
    EXPECT_FALSE(handled);
}

TEST_F(SingleInstanceTest, Primary_RefusesWhatIsNotARetryDeskLaunch) {
    SingleInstance primary(m_name, m_clock);
    ASSERT_EQ(start(primary, {})->role, Role::Primary);
    bool handled = false;
    primary.setHandler([&](const QStringList &) { handled = true; });
    const auto reply = ask(m_name, "hello\n");
    ASSERT_TRUE(reply);
    EXPECT_FALSE(reply->handled);
    EXPECT_FALSE(handled);
}

TEST_F(SingleInstanceTest, Primary_DropsAConnectionThatSendsNothing) {
    SingleInstance primary(m_name, m_clock);
    ASSERT_EQ(start(primary, {})->role, Role::Primary);
    QLocalSocket idle;
    bool closed = false;
    QObject::connect(&idle, &QLocalSocket::disconnected, [&] { closed = true; });
    idle.connectToServer(m_name);
    ASSERT_TRUE(pumpUntil([&] { return m_clock.pendingTimers() > 0; })) << "accepted";
    m_clock.advance(SingleInstance::Timeouts{}.request);
    EXPECT_TRUE(pumpUntil([&] { return closed; }));
}

TEST(SingleInstanceName, IsPerSettingsScope_AndTheEnvironmentOverridesIt) {
    qunsetenv("RETRYDESK_INSTANCE_NAME");
    const QString a = SingleInstance::defaultName(QStringLiteral("/home/u/.config/RetryDesk.conf"));
    EXPECT_EQ(a, SingleInstance::defaultName(QStringLiteral("/home/u/.config/RetryDesk.conf")));
    EXPECT_NE(a, SingleInstance::defaultName(QStringLiteral("/tmp/x/RetryDesk.conf")));
    EXPECT_TRUE(QFileInfo(a).fileName().startsWith(QStringLiteral("retrydesk-")));
    qputenv("RETRYDESK_INSTANCE_NAME", "rd-test-name");
    EXPECT_EQ(SingleInstance::defaultName(QStringLiteral("anything")),
              QStringLiteral("rd-test-name"));
    qunsetenv("RETRYDESK_INSTANCE_NAME");
}

} // namespace
