// KeychainSecretStore against the real Secret Service (gnome-keyring under dbus-run-session, see
// tests/support/with-keyring.sh): a key written, read back by a new store, updated, deleted.
#include "storage/KeychainSecretStore.h"

#include <gtest/gtest.h>

using rd::KeychainSecretStore;
using rd::SecretResult;

namespace {

const QString kService = QStringLiteral("RetryDesk-test");
const QString kAccount = QStringLiteral("connection/3f1c2d9e-keychain-test");

TEST(KeychainSecretStore, WrittenKey_IsReadBackAfterTheStoreIsRecreated) {
    {
        KeychainSecretStore store(kService);
        const SecretResult w =
            rd::writeSecretNow(store, kAccount, QStringLiteral("sk_live_written"));
        ASSERT_TRUE(w.ok()) << qPrintable(w.message);
    }
    KeychainSecretStore restarted(kService); // as after a restart of the app object
    const SecretResult r = rd::readSecretNow(restarted, kAccount);
    ASSERT_TRUE(r.ok()) << qPrintable(r.message);
    EXPECT_EQ(r.secret, QStringLiteral("sk_live_written"));
}

TEST(KeychainSecretStore, UpdatedKey_ReplacesTheOldOne) {
    KeychainSecretStore store(kService);
    ASSERT_TRUE(rd::writeSecretNow(store, kAccount, QStringLiteral("sk_old")).ok());
    ASSERT_TRUE(rd::writeSecretNow(store, kAccount, QStringLiteral("sk_new")).ok());
    KeychainSecretStore restarted(kService);
    EXPECT_EQ(rd::readSecretNow(restarted, kAccount).secret, QStringLiteral("sk_new"));
}

TEST(KeychainSecretStore, DeletedKey_IsNotFoundAfterwards) {
    KeychainSecretStore store(kService);
    ASSERT_TRUE(rd::writeSecretNow(store, kAccount, QStringLiteral("sk_doomed")).ok());
    ASSERT_TRUE(rd::removeSecretNow(store, kAccount).ok());
    EXPECT_EQ(rd::readSecretNow(store, kAccount).status, SecretResult::Status::NotFound);
}

TEST(KeychainSecretStore, DeletingAMissingEntry_IsNotAnError) {
    KeychainSecretStore store(kService);
    EXPECT_TRUE(rd::removeSecretNow(store, QStringLiteral("connection/never-existed")).ok());
}

TEST(KeychainSecretStore, EntriesOfTwoConnections_AreSeparate) {
    KeychainSecretStore store(kService);
    ASSERT_TRUE(
        rd::writeSecretNow(store, QStringLiteral("connection/a"), QStringLiteral("key_a")).ok());
    ASSERT_TRUE(
        rd::writeSecretNow(store, QStringLiteral("connection/b"), QStringLiteral("key_b")).ok());
    EXPECT_EQ(rd::readSecretNow(store, QStringLiteral("connection/a")).secret,
              QStringLiteral("key_a"));
    EXPECT_EQ(rd::readSecretNow(store, QStringLiteral("connection/b")).secret,
              QStringLiteral("key_b"));
}

} // namespace
