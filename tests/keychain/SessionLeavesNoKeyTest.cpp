// A whole session on the real keychain (connection saved, key read back, tested against the
// sandbox with the key in the URL, window opened and closed), then every file under the session's
// HOME (settings, caches, logs, the keyring itself) is searched for the key: it is in none of them.
#include "app/AppContext.h"
#include "core/FakeClock.h"
#include "core/Random.h"
#include "mainwindow/MainWindow.h"
#include "sandbox/SandboxServer.h"
#include "services/ConnectionTester.h"
#include "storage/ConnectionRegistry.h"
#include "storage/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QSettings>

#include <gtest/gtest.h>

using namespace rd;

namespace {

SecretResult wait(std::function<void(SecretStore::Callback)> start) {
    std::optional<SecretResult> result;
    start([&](const SecretResult &r) { result = r; });
    while (!result) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return *result;
}

TEST(SessionOnTheRealKeychain, LeavesTheKeyInNoFileItWrote) {
    const QString home = QDir::homePath();
    ASSERT_TRUE(home.contains(QStringLiteral("retrydesk-keyring")))
        << "run through with-keyring.sh";
    QCoreApplication::setOrganizationName(QStringLiteral("RetryDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("RetryDesk"));
    const QString key =
        QLatin1String(sandbox::kDemoListsKey); // lists API: the key travels in the URL

    FakeClock clock;
    sandbox::SandboxOptions options;
    options.datasetSize = 5;
    sandbox::SandboxServer server(clock, options);
    ASSERT_TRUE(server.listen());
    {
        ui::AppContext context(
            clock, std::make_unique<QSettings>(),
            std::make_unique<KeychainSecretStore>(QStringLiteral("RetryDesk-test")));
        ConnectionProfile p;
        p.name = QStringLiteral("Lists");
        p.kind = ApiKind::BulkLists;
        p.baseUrl = server.baseUrl();
        ASSERT_TRUE(wait([&](auto done) { context.connections().save(p, key, done); }).ok());
        const QString id = context.connections().lastSavedId();
        context.connections().forgetKeys();
        const SecretResult read = wait([&](auto done) { context.connections().readKey(id, done); });
        ASSERT_EQ(read.secret, key);

        ConnectionTester tester(clock, *SystemRandom::instance());
        std::optional<ConnectionTestResult> verdict;
        QObject::connect(&tester, &ConnectionTester::finished,
                         [&](const ConnectionTestResult &r) { verdict = r; });
        tester.start(*context.connections().find(id), read.secret);
        while (!verdict) {
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        }
        EXPECT_EQ(verdict->verdict, ConnectionVerdict::Ok);

        ui::MainWindow window({}, context);
        window.setAttribute(Qt::WA_DontShowOnScreen);
        window.show();
        QCoreApplication::processEvents();
        window.close();
        context.settings().sync();
        ASSERT_TRUE(QFile::exists(context.settings().fileName()))
            << "the session wrote its settings";
    }

    int files = 0;
    QDirIterator it(home, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly)) {
            continue; // sockets
        }
        ++files;
        const QByteArray bytes = f.readAll();
        EXPECT_FALSE(bytes.contains(key.toUtf8())) << qPrintable(f.fileName());
        EXPECT_FALSE(bytes.contains(key.toUtf8().toBase64())) << qPrintable(f.fileName());
        const QByteArray utf16(reinterpret_cast<const char *>(key.utf16()), key.size() * 2);
        EXPECT_FALSE(bytes.contains(utf16)) << qPrintable(f.fileName());
    }
    EXPECT_GE(files, 2) << "settings and the keyring at least";
}

} // namespace
