#include "storage/SecretStore.h"

#include <QEventLoop>

#include <optional>

namespace rd {

SecretStore::~SecretStore() = default;

namespace {

template <typename Start> SecretResult runNow(Start start) {
    QEventLoop loop;
    std::optional<SecretResult> result;
    start(&loop, [&](const SecretResult &r) {
        result = r;
        loop.quit();
    });
    if (!result) {
        loop.exec();
    }
    return *result;
}

} // namespace

SecretResult readSecretNow(SecretStore &store, const QString &account) {
    return runNow(
        [&](QObject *ctx, SecretStore::Callback done) { store.read(account, ctx, done); });
}

SecretResult writeSecretNow(SecretStore &store, const QString &account, const QString &secret) {
    return runNow(
        [&](QObject *ctx, SecretStore::Callback done) { store.write(account, secret, ctx, done); });
}

SecretResult removeSecretNow(SecretStore &store, const QString &account) {
    return runNow(
        [&](QObject *ctx, SecretStore::Callback done) { store.remove(account, ctx, done); });
}

} // namespace rd
