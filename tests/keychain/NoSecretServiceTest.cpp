// Without any Secret Service (no D-Bus session at all): the keychain says so clearly, QtKeychain
// never falls back to a plain-text file, and the session-only path works.
#include "storage/ConnectionRegistry.h"
#include "storage/KeychainSecretStore.h"
#include "storage/MemorySecretStore.h"
#include "storage/ProfileStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace rd;

namespace {

class NoSecretService : public ::testing::Test {
protected:
    void SetUp() override {
        // Each test is its own process (gtest_discover_tests), so D-Bus is not yet connected.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/retrydesk-no-bus");
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", (m_home.path() + QStringLiteral("/.config")).toUtf8());
        qputenv("XDG_DATA_HOME", (m_home.path() + QStringLiteral("/.local/share")).toUtf8());
        qunsetenv("KDE_FULL_SESSION");
    }
    QTemporaryDir m_home;
};

TEST_F(NoSecretService, KeychainWrite_FailsWithAMessageThatOffersTheSessionOnlyPath) {
    KeychainSecretStore store(QStringLiteral("RetryDesk-test"));
    const SecretResult r =
        writeSecretNow(store, QStringLiteral("connection/x"), QStringLiteral("sk_nowhere"));
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.keychainUnusable()) << qPrintable(r.message);
    EXPECT_TRUE(r.message.contains(QStringLiteral("session only"))) << qPrintable(r.message);
    EXPECT_FALSE(r.message.contains(QStringLiteral("sk_nowhere")));
}

TEST_F(NoSecretService, KeyIsNeverWrittenToAFileAsAFallback) {
    KeychainSecretStore store(QStringLiteral("RetryDesk-test"));
    writeSecretNow(store, QStringLiteral("connection/x"), QStringLiteral("sk_must_not_land"));
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        EXPECT_FALSE(f.readAll().contains("sk_must_not_land")) << qPrintable(f.fileName());
    }
}

TEST_F(NoSecretService, SessionOnlyChoice_SavesTheProfileAndKeepsTheKeyInMemory) {
    QSettings settings(m_home.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    ProfileStore profiles(settings);
    KeychainSecretStore keychain(QStringLiteral("RetryDesk-test"));
    MemorySecretStore session;
    ConnectionRegistry registry(profiles, keychain, session);
    ConnectionProfile p;
    p.name = QStringLiteral("Prod");
    p.baseUrl = QUrl(QStringLiteral("https://api.example.com"));

    std::optional<SecretResult> first;
    registry.save(p, QStringLiteral("sk_session"), [&](const SecretResult &r) { first = r; });
    while (!first) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    ASSERT_TRUE(first->keychainUnusable());

    p.keyStorage = KeyStorage::SessionOnly;
    std::optional<SecretResult> second;
    registry.save(p, QStringLiteral("sk_session"), [&](const SecretResult &r) { second = r; });
    while (!second) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    ASSERT_TRUE(second->ok()) << qPrintable(second->message);
    registry.forgetKeys();
    EXPECT_EQ(readSecretNow(session, QStringLiteral("connection/") + registry.lastSavedId()).secret,
              QStringLiteral("sk_session"));
    EXPECT_EQ(profiles.find(registry.lastSavedId())->keyStorage, KeyStorage::SessionOnly);
    settings.sync();
    QFile f(settings.fileName());
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_FALSE(f.readAll().contains("sk_session"));
}

} // namespace
