// ConnectionRegistry: profiles and keys saved, read and deleted together; the keychain-unusable
// path saves nothing until the user chooses a session-only key.
#include "storage/ConnectionRegistry.h"
#include "storage/MemorySecretStore.h"
#include "storage/ProfileStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace rd;

namespace {

// A keychain that is not there (no Secret Service), as the real one reports it.
class UnavailableSecretStore final : public SecretStore {
public:
    void read(const QString &, QObject *c, Callback done) override { fail(c, done); }
    void write(const QString &, const QString &, QObject *c, Callback done) override {
        fail(c, done);
    }
    void remove(const QString &, QObject *c, Callback done) override { fail(c, done); }
    bool persistent() const override { return true; }

private:
    static void fail(QObject *c, Callback done) {
        QMetaObject::invokeMethod(
            c,
            [done] {
                done({SecretResult::Status::Unavailable, {}, QStringLiteral("No keychain.")});
            },
            Qt::QueuedConnection);
    }
};

SecretResult wait(std::function<void(SecretStore::Callback)> start) {
    std::optional<SecretResult> result;
    start([&](const SecretResult &r) { result = r; });
    while (!result) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return *result;
}

class ConnectionRegistryTest : public ::testing::Test {
protected:
    ConnectionProfile make(const QString &name) {
        ConnectionProfile p;
        p.name = name;
        p.baseUrl = QUrl(QStringLiteral("https://api.example.com"));
        return p;
    }
    QByteArray settingsFileBytes() {
        m_settings.sync();
        QFile f(m_settings.fileName());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QTemporaryDir m_dir;
    QSettings m_settings{m_dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat};
    ProfileStore m_profiles{m_settings};
    MemorySecretStore m_keychain; // stands in for the OS keychain: same interface
    MemorySecretStore m_session;
    ConnectionRegistry m_registry{m_profiles, m_keychain, m_session};
};

TEST_F(ConnectionRegistryTest, SavedConnection_HasANewIdAndItsKeyInTheKeychainStore) {
    int changed = 0;
    QObject::connect(&m_registry, &ConnectionRegistry::connectionsChanged, [&] { ++changed; });
    ASSERT_TRUE(wait([&](auto done) {
                    m_registry.save(make(QStringLiteral("Prod")), QStringLiteral(" sk_live_1 \n"),
                                    done);
                }).ok());
    const QString id = m_registry.lastSavedId();
    EXPECT_FALSE(id.isEmpty());
    EXPECT_EQ(changed, 1);
    EXPECT_EQ(readSecretNow(m_keychain, QStringLiteral("connection/") + id).secret,
              QStringLiteral("sk_live_1"));
    EXPECT_TRUE(readSecretNow(m_session, QStringLiteral("connection/") + id).status ==
                SecretResult::Status::NotFound);
}

TEST_F(ConnectionRegistryTest, SettingsFile_NeverContainsTheKey) {
    wait([&](auto done) {
        m_registry.save(make(QStringLiteral("Prod")), QStringLiteral("sk_live_secret"), done);
    });
    EXPECT_TRUE(settingsFileBytes().contains("Prod"));
    EXPECT_FALSE(settingsFileBytes().contains("sk_live_secret"));
}

TEST_F(ConnectionRegistryTest, DuplicateName_IsRefusedWithAMessage) {
    wait([&](auto done) {
        m_registry.save(make(QStringLiteral("Prod")), QStringLiteral("k1"), done);
    });
    const auto r = wait([&](auto done) {
        m_registry.save(make(QStringLiteral("prod")), QStringLiteral("k2"), done);
    });
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.message.contains(QStringLiteral("already called")));
    EXPECT_EQ(m_registry.connections().size(), 1);
}

TEST_F(ConnectionRegistryTest, EditWithoutKey_KeepsTheStoredKey) {
    wait([&](auto done) {
        m_registry.save(make(QStringLiteral("Prod")), QStringLiteral("k1"), done);
    });
    auto p = *m_registry.find(m_registry.lastSavedId());
    p.name = QStringLiteral("Production");
    ASSERT_TRUE(wait([&](auto done) { m_registry.save(p, QString(), done); }).ok());
    m_registry.forgetKeys();
    EXPECT_EQ(wait([&](auto done) { m_registry.readKey(p.id, done); }).secret,
              QStringLiteral("k1"));
    EXPECT_EQ(m_registry.find(p.id)->name, QStringLiteral("Production"));
}

TEST_F(ConnectionRegistryTest, RemovedConnection_LosesItsKeychainEntryToo) {
    wait([&](auto done) {
        m_registry.save(make(QStringLiteral("Prod")), QStringLiteral("k1"), done);
    });
    const QString id = m_registry.lastSavedId();
    ASSERT_TRUE(wait([&](auto done) { m_registry.remove(id, done); }).ok());
    EXPECT_FALSE(m_registry.find(id));
    EXPECT_EQ(readSecretNow(m_keychain, QStringLiteral("connection/") + id).status,
              SecretResult::Status::NotFound);
}

TEST_F(ConnectionRegistryTest, DemoConnection_IsListedButNeverWrittenToSettings) {
    auto p = make(QStringLiteral("Demo"));
    p.demo = true;
    p.keyStorage = KeyStorage::SessionOnly;
    ASSERT_TRUE(
        wait([&](auto done) { m_registry.save(p, QStringLiteral("demo_key"), done); }).ok());
    EXPECT_EQ(m_registry.connections().size(), 1);
    EXPECT_FALSE(settingsFileBytes().contains("Demo"));
    EXPECT_EQ(
        readSecretNow(m_session, QStringLiteral("connection/") + m_registry.lastSavedId()).secret,
        QStringLiteral("demo_key"));
}

TEST(ConnectionRegistryWithoutKeychain, Save_SavesNothingAndSaysTheKeychainIsUnusable) {
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    ProfileStore profiles(settings);
    UnavailableSecretStore keychain;
    MemorySecretStore session;
    ConnectionRegistry registry(profiles, keychain, session);
    ConnectionProfile p;
    p.name = QStringLiteral("Prod");
    p.baseUrl = QUrl(QStringLiteral("https://api.example.com"));
    const auto r = wait([&](auto done) { registry.save(p, QStringLiteral("k1"), done); });
    EXPECT_TRUE(r.keychainUnusable());
    EXPECT_TRUE(registry.connections().isEmpty());

    p.keyStorage = KeyStorage::SessionOnly; // the user's explicit choice
    ASSERT_TRUE(wait([&](auto done) { registry.save(p, QStringLiteral("k1"), done); }).ok());
    registry.forgetKeys();
    EXPECT_EQ(wait([&](auto done) { registry.readKey(registry.lastSavedId(), done); }).secret,
              QStringLiteral("k1"));
}

} // namespace
