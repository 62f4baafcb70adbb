// AppContext: what the window's screens share for one run: clock, settings, connections (profiles
// + keychain + session-only keys). Requests go through rd::net::ApiClient, which owns its own
// network access. Tests build one on a fake clock, a temporary settings file and an in-memory
// "keychain".
#pragma once

#include <QString>

#include <memory>

class QSettings;

namespace rd {
class AppSettings;
class Clock;
class ConnectionRegistry;
class MemorySecretStore;
class ProfileStore;
class SecretStore;
} // namespace rd

namespace rd::ui {

class AppContext {
public:
    // outboxDirectory: where each connection's outbox lives; empty: an "outbox" folder beside
    // the settings file (so a test's temporary settings get a temporary outbox too).
    AppContext(Clock &clock, std::unique_ptr<QSettings> settings,
               std::unique_ptr<SecretStore> keychain, QString outboxDirectory = {});
    ~AppContext();

    // The real thing: SystemClock, the platform's QSettings, the OS keychain.
    static std::unique_ptr<AppContext> createDefault();

    Clock &clock() const { return m_clock; }
    QSettings &settings() const { return *m_settings; }
    // The preferences of Settings… (typed, on the same settings file).
    AppSettings &appSettings() const { return *m_appSettings; }
    ProfileStore &profiles() const { return *m_profiles; }
    SecretStore &keychain() const { return *m_keychain; }
    MemorySecretStore &sessionStore() const { return *m_session; }
    ConnectionRegistry &connections() const { return *m_registry; }
    QString outboxDirectory() const { return m_outboxDirectory; }

private:
    Clock &m_clock;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AppSettings> m_appSettings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_keychain;
    std::unique_ptr<MemorySecretStore> m_session;
    std::unique_ptr<ConnectionRegistry> m_registry;
    QString m_outboxDirectory;
};

} // namespace rd::ui
