#include "storage/ConnectionRegistry.h"

#include "core/Random.h"
#include "storage/ProfileStore.h"

namespace rd {

ConnectionRegistry::ConnectionRegistry(ProfileStore &profiles, SecretStore &keychain,
                                       SecretStore &session, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_keychain(keychain)
    , m_session(session) {}

QList<ConnectionProfile> ConnectionRegistry::connections() const {
    return m_profiles.profiles() + m_demo;
}

std::optional<ConnectionProfile> ConnectionRegistry::find(const QString &id) const {
    for (const ConnectionProfile &p : connections()) {
        if (p.id == id) {
            return p;
        }
    }
    return std::nullopt;
}

FieldErrors ConnectionRegistry::validate(const ConnectionProfile &profile) const {
    FieldErrors errors = profile.validate();
    for (const ConnectionProfile &other : connections()) {
        if (other.id != profile.id &&
            other.name.compare(profile.name.trimmed(), Qt::CaseInsensitive) == 0) {
            errors.append({QStringLiteral("name"), QStringLiteral("duplicate"),
                           tr("Another connection is already called \"%1\"; choose another name.")
                               .arg(other.name)});
        }
    }
    return errors;
}

void ConnectionRegistry::save(ConnectionProfile profile, const QString &key,
                              SecretStore::Callback done) {
    profile.name = profile.name.trimmed();
    if (const FieldErrors errors = validate(profile); !errors.isEmpty()) {
        done({SecretResult::Status::Invalid, {}, errors.constFirst().message});
        return;
    }
    if (profile.id.isEmpty()) {
        profile.id = uuidV4(*SystemRandom::instance());
    }
    const QString trimmedKey = key.trimmed();
    auto commit = [this, profile, trimmedKey, done](const SecretResult &stored) {
        if (!stored.ok()) {
            done(stored);
            return;
        }
        if (profile.demo) {
            m_demo.removeIf([&](const ConnectionProfile &p) { return p.id == profile.id; });
            m_demo.append(profile);
        } else if (!m_profiles.save(profile)) {
            done({SecretResult::Status::Failed,
                  {},
                  tr("The connection could not be saved to the settings file. Check the disk space "
                     "and "
                     "permissions of your configuration folder.")});
            return;
        }
        if (!trimmedKey.isEmpty()) {
            m_keyCache.insert(profile.id, trimmedKey);
        }
        m_lastSavedId = profile.id;
        emit connectionsChanged();
        done({});
    };
    if (trimmedKey.isEmpty()) {
        commit({});
        return;
    }
    storeFor(profile).write(profile.secretAccount(), trimmedKey, this, commit);
}

void ConnectionRegistry::remove(const QString &id, SecretStore::Callback done) {
    const std::optional<ConnectionProfile> profile = find(id);
    if (!profile) {
        done({});
        return;
    }
    m_keyCache.remove(id);
    storeFor(*profile).remove(
        profile->secretAccount(), this, [this, profile, done](const SecretResult &r) {
            // The profile goes even when the keychain refuses: a user who deletes a connection must
            // not keep seeing it; the message says the keychain entry may remain.
            if (profile->demo) {
                m_demo.removeIf([&](const ConnectionProfile &p) { return p.id == profile->id; });
            } else {
                m_profiles.remove(profile->id);
            }
            emit connectionsChanged();
            done(r);
        });
}

void ConnectionRegistry::readKey(const QString &id, SecretStore::Callback done) {
    if (const auto it = m_keyCache.constFind(id); it != m_keyCache.constEnd()) {
        done({SecretResult::Status::Ok, *it, {}});
        return;
    }
    const std::optional<ConnectionProfile> profile = find(id);
    if (!profile) {
        done({SecretResult::Status::NotFound, {}, tr("This connection no longer exists.")});
        return;
    }
    storeFor(*profile).read(profile->secretAccount(), this,
                            [this, id, done](const SecretResult &r) {
                                if (r.ok()) {
                                    m_keyCache.insert(id, r.secret);
                                }
                                done(r);
                            });
}

void ConnectionRegistry::forgetKeys() {
    m_keyCache.clear();
}

} // namespace rd
