// MemorySecretStore: keys kept in this process's memory only: the demo's keys, and a user's
// explicit choice when no keychain is available. Gone when the app quits.
#pragma once

#include "storage/SecretStore.h"

#include <QHash>

namespace rd {

class MemorySecretStore final : public SecretStore {
public:
    ~MemorySecretStore() override;

    void read(const QString &account, QObject *context, Callback done) override;
    void write(const QString &account, const QString &secret, QObject *context,
               Callback done) override;
    void remove(const QString &account, QObject *context, Callback done) override;
    bool persistent() const override { return false; }

private:
    QHash<QString, QString> m_secrets;
};

} // namespace rd
