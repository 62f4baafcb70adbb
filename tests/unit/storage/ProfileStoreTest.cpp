// ProfileStore: profiles survive a restart through QSettings and never carry a key.
#include "storage/ProfileStore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using rd::ConnectionProfile;
using rd::ProfileStore;

namespace {

class ProfileStoreTest : public ::testing::Test {
protected:
    QString path() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    ConnectionProfile make(const QString &id, const QString &name) {
        ConnectionProfile p;
        p.id = id;
        p.name = name;
        p.kind = rd::ApiKind::BulkLists;
        p.baseUrl = QUrl(QStringLiteral("https://lists.example.com"));
        return p;
    }
    QTemporaryDir m_dir;
};

TEST_F(ProfileStoreTest, SavedProfile_IsReadBackByANewStoreOnTheSameFile) {
    {
        QSettings settings(path(), QSettings::IniFormat);
        ProfileStore store(settings);
        auto p = make(QStringLiteral("a"), QStringLiteral("Staging"));
        p.allowInsecureHttp = true;
        p.keyStorage = rd::KeyStorage::SessionOnly;
        ASSERT_TRUE(store.save(p));
    }
    QSettings settings(path(), QSettings::IniFormat);
    const auto loaded = ProfileStore(settings).find(QStringLiteral("a"));
    ASSERT_TRUE(loaded);
    auto expected = make(QStringLiteral("a"), QStringLiteral("Staging"));
    expected.allowInsecureHttp = true;
    expected.keyStorage = rd::KeyStorage::SessionOnly;
    EXPECT_EQ(*loaded, expected);
}

TEST_F(ProfileStoreTest, Profiles_AreSortedByNameIgnoringCase) {
    QSettings settings(path(), QSettings::IniFormat);
    ProfileStore store(settings);
    store.save(make(QStringLiteral("1"), QStringLiteral("zeta")));
    store.save(make(QStringLiteral("2"), QStringLiteral("Alpha")));
    store.save(make(QStringLiteral("3"), QStringLiteral("beta")));
    QStringList names;
    for (const auto &p : store.profiles()) {
        names << p.name;
    }
    EXPECT_EQ(names, QStringList({QStringLiteral("Alpha"), QStringLiteral("beta"),
                                  QStringLiteral("zeta")}));
}

TEST_F(ProfileStoreTest, FindByName_PrefersExactCaseThenIgnoresCase) {
    QSettings settings(path(), QSettings::IniFormat);
    ProfileStore store(settings);
    store.save(make(QStringLiteral("1"), QStringLiteral("Prod")));
    store.save(make(QStringLiteral("2"), QStringLiteral("prod")));
    store.save(make(QStringLiteral("3"), QStringLiteral("Staging")));
    EXPECT_EQ(store.findByName(QStringLiteral("prod"))->id, QStringLiteral("2"));
    EXPECT_EQ(store.findByName(QStringLiteral("STAGING"))->id, QStringLiteral("3"));
    EXPECT_FALSE(store.findByName(QStringLiteral("Nope")));
}

TEST_F(ProfileStoreTest, DemoProfile_IsNeverSaved) {
    QSettings settings(path(), QSettings::IniFormat);
    ProfileStore store(settings);
    auto p = make(QStringLiteral("d"), QStringLiteral("Demo"));
    p.demo = true;
    EXPECT_FALSE(store.save(p));
    EXPECT_TRUE(store.profiles().isEmpty());
}

TEST_F(ProfileStoreTest, RemovedProfile_IsGoneFromTheFile) {
    {
        QSettings settings(path(), QSettings::IniFormat);
        ProfileStore store(settings);
        store.save(make(QStringLiteral("a"), QStringLiteral("Staging")));
        store.remove(QStringLiteral("a"));
    }
    QFile f(path());
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_FALSE(f.readAll().contains("Staging"));
}

TEST_F(ProfileStoreTest, EntryWithUnknownKind_IsSkipped) {
    QSettings settings(path(), QSettings::IniFormat);
    settings.setValue(QStringLiteral("connections/x/name"), QStringLiteral("Broken"));
    settings.setValue(QStringLiteral("connections/x/kind"), QStringLiteral("carrier_pigeon"));
    EXPECT_TRUE(ProfileStore(settings).profiles().isEmpty());
}

} // namespace
