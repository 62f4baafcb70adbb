// ConnectionRegistry: the connections of this session: saved profiles (ProfileStore) plus demo
// ones, each with its key in the right SecretStore; reads a key once and keeps it for the session.
#pragma once

#include "storage/ConnectionProfile.h"
#include "storage/SecretStore.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <optional>

namespace rd {

class ProfileStore;

class ConnectionRegistry : public QObject {
    Q_OBJECT
public:
    ConnectionRegistry(ProfileStore &profiles, SecretStore &keychain, SecretStore &session,
                       QObject *parent = nullptr);

    QList<ConnectionProfile> connections() const; // saved ones by name, then the demo's
    std::optional<ConnectionProfile> find(const QString &id) const;
    // Field problems of profile, including a name another connection already uses.
    FieldErrors validate(const ConnectionProfile &profile) const;

    // Stores key (trimmed; empty keeps the current key) where profile.keyStorage says, then the
    // profile. When the keychain cannot be used, nothing is saved and done gets a result whose
    // keychainUnusable() is true: ask the user, then save again with KeyStorage::SessionOnly.
    // A profile without an id gets a new one (lastSavedId() inside done).
    void save(ConnectionProfile profile, const QString &key, SecretStore::Callback done);
    // Deletes the profile and its keychain (or session) entry.
    void remove(const QString &id, SecretStore::Callback done);
    // The key of a connection: from this session's memory after the first read.
    void readKey(const QString &id, SecretStore::Callback done);
    // Drops every key held in memory (they are read again on next use).
    void forgetKeys();

    QString lastSavedId() const { return m_lastSavedId; }

signals:
    void connectionsChanged();

private:
    SecretStore &storeFor(const ConnectionProfile &p) {
        return p.keyStorage == KeyStorage::Keychain ? m_keychain : m_session;
    }

    ProfileStore &m_profiles;
    SecretStore &m_keychain;
    SecretStore &m_session;
    QList<ConnectionProfile> m_demo;
    QHash<QString, QString> m_keyCache; // id -> key, this session only
    QString m_lastSavedId;
};

} // namespace rd
