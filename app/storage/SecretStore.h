// SecretStore: the one small interface behind which API keys are kept (OS keychain or memory);
// nothing else in RetryDesk includes QtKeychain.
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace rd {

struct SecretResult {
    enum class Status {
        Ok,
        NotFound,    // no entry under that account
        Unavailable, // no usable keychain (no Secret Service / KWallet / D-Bus session, or it
                     // failed)
        Denied,      // locked or refused by the user
        Invalid,     // refused before reaching any store (e.g. a duplicate name); message says why
        Failed,      // could not be saved for another reason (settings file); message says what
    };
    Status status = Status::Ok;
    QString secret;  // only for a successful read
    QString message; // a sentence for the user when status is not Ok; never contains the secret

    bool ok() const { return status == Status::Ok; }
    // Whether offering a session-only key makes sense (the keychain itself cannot be used).
    bool keychainUnusable() const {
        return status == Status::Unavailable || status == Status::Denied;
    }
};

class SecretStore {
public:
    using Callback = std::function<void(const SecretResult &)>;

    virtual ~SecretStore();

    // Asynchronous, because the OS keychain may prompt the user. done is called exactly once,
    // on context's thread, unless context is destroyed first.
    virtual void read(const QString &account, QObject *context, Callback done) = 0;
    virtual void write(const QString &account, const QString &secret, QObject *context,
                       Callback done) = 0;
    // Removing an entry that does not exist is Ok.
    virtual void remove(const QString &account, QObject *context, Callback done) = 0;

    // Whether keys survive the end of the session.
    virtual bool persistent() const = 0;
};

// For retrydesk-cli and tests: waits (in a local event loop) for one operation to finish.
SecretResult readSecretNow(SecretStore &store, const QString &account);
SecretResult writeSecretNow(SecretStore &store, const QString &account, const QString &secret);
SecretResult removeSecretNow(SecretStore &store, const QString &account);

} // namespace rd
