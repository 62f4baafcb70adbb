// KeychainSecretStore: API keys in the OS keychain through QtKeychain (Secret Service / KWallet,
// macOS Keychain, Windows Credential Manager): one entry per connection, never a file.
#pragma once

#include "storage/SecretStore.h"

namespace rd {

class KeychainSecretStore final : public SecretStore {
public:
    // service names the keychain entries ("RetryDesk"); tests pass their own.
    explicit KeychainSecretStore(QString service = QStringLiteral("RetryDesk"));

    void read(const QString &account, QObject *context, Callback done) override;
    void write(const QString &account, const QString &secret, QObject *context,
               Callback done) override;
    void remove(const QString &account, QObject *context, Callback done) override;
    bool persistent() const override { return true; }

    const QString &service() const { return m_service; }

private:
    QString m_service;
};

} // namespace rd
