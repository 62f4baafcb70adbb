#include "app/AppContext.h"

#include "core/SystemClock.h"
#include "outbox/Outbox.h"
#include "storage/AppSettings.h"
#include "storage/ConnectionRegistry.h"
#include "storage/KeychainSecretStore.h"
#include "storage/MemorySecretStore.h"
#include "storage/ProfileStore.h"

#include <QFileInfo>
#include <QSettings>

namespace rd::ui {

AppContext::AppContext(Clock &clock, std::unique_ptr<QSettings> settings,
                       std::unique_ptr<SecretStore> keychain, QString outboxDirectory)
    : m_clock(clock)
    , m_settings(std::move(settings))
    , m_appSettings(std::make_unique<AppSettings>(*m_settings))
    , m_profiles(std::make_unique<ProfileStore>(*m_settings))
    , m_keychain(std::move(keychain))
    , m_session(std::make_unique<MemorySecretStore>())
    , m_registry(std::make_unique<ConnectionRegistry>(*m_profiles, *m_keychain, *m_session))
    , m_outboxDirectory(std::move(outboxDirectory)) {
    if (m_outboxDirectory.isEmpty()) {
        m_outboxDirectory = QFileInfo(m_settings->fileName()).absolutePath() + QStringLiteral("/outbox");
    }
}

AppContext::~AppContext() = default;

std::unique_ptr<AppContext> AppContext::createDefault() {
    // RETRYDESK_OUTBOX_DIR: another outbox folder (tests that run the real app use it).
    QString outboxDir = qEnvironmentVariable("RETRYDESK_OUTBOX_DIR");
    if (outboxDir.isEmpty()) {
        outboxDir = outbox::Outbox::defaultDirectory();
    }
    return std::make_unique<AppContext>(*SystemClock::instance(), std::make_unique<QSettings>(),
                                        std::make_unique<KeychainSecretStore>(), outboxDir);
}

} // namespace rd::ui
