#include "storage/MemorySecretStore.h"

#include "core/Redaction.h"

#include <QMetaObject>

namespace rd {

namespace {
// The interface promises "never synchronously" semantics like the keychain's, so callers
// written against one behave the same with the other.
void later(QObject *context, SecretStore::Callback done, SecretResult result) {
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result] { done(result); }, Qt::QueuedConnection);
}
} // namespace

MemorySecretStore::~MemorySecretStore() {
    for (const QString &secret : std::as_const(m_secrets)) {
        redact::forgetSecret(secret);
    }
}

void MemorySecretStore::read(const QString &account, QObject *context, Callback done) {
    const auto it = m_secrets.constFind(account);
    if (it == m_secrets.constEnd()) {
        later(context, std::move(done),
              {SecretResult::Status::NotFound,
               {},
               QObject::tr("No key is kept for this connection in this session.")});
        return;
    }
    later(context, std::move(done), {SecretResult::Status::Ok, *it, {}});
}

void MemorySecretStore::write(const QString &account, const QString &secret, QObject *context,
                              Callback done) {
    redact::registerSecret(secret); // logs scrub it from now on
    m_secrets.insert(account, secret);
    later(context, std::move(done), {});
}

void MemorySecretStore::remove(const QString &account, QObject *context, Callback done) {
    m_secrets.remove(account);
    later(context, std::move(done), {});
}

} // namespace rd
