#include "storage/KeychainSecretStore.h"

#include "core/Redaction.h"

#include <QPointer>

#include <qt6keychain/keychain.h>

namespace rd {

namespace {

SecretResult fromJob(const QKeychain::Job &job) {
    using S = SecretResult::Status;
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return {
            S::NotFound, {}, QObject::tr("No key is stored in the keychain for this connection.")};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {S::Denied,
                {},
                QObject::tr("The system keychain refused access (%1). Unlock it and try again, or "
                            "keep the key for this session only.")
                    .arg(job.errorString())};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {
            S::Unavailable,
            {},
            QObject::tr("No system keychain is available (%1). Start your keyring (GNOME Keyring, "
                        "KWallet) or keep the key for this session only.")
                .arg(job.errorString())};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // On Linux a missing Secret Service or D-Bus session arrives as OtherError ("Could not
    // connect: …"); whatever the cause, the keychain cannot hold the key now, so the user is
    // offered the session-only store rather than a plain-text fallback.
    return {S::Unavailable,
            {},
            QObject::tr("The system keychain could not be used (%1). Check that your keyring is "
                        "running and unlocked, or keep the key for this session only.")
                .arg(job.errorString())};
}

template <typename JobType>
JobType *startJob(const QString &service, const QString &account, QObject *context,
                  std::function<void(JobType &)> finished) {
    auto *job = new JobType(service);
    job->setAutoDelete(true);
    // Never QtKeychain's "insecure fallback" (a plain-text QSettings file): the keychain rule
    // forbids a silent plain-text fallback; the user chooses the session-only store instead.
    job->setInsecureFallback(false);
    job->setKey(account);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [finished = std::move(finished)](QKeychain::Job *j) {
                         finished(*static_cast<JobType *>(j));
                     });
    return job;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service)) {}

void KeychainSecretStore::read(const QString &account, QObject *context, Callback done) {
    auto *job = startJob<QKeychain::ReadPasswordJob>(
        m_service, account, context, [done = std::move(done)](QKeychain::ReadPasswordJob &j) {
            SecretResult r = fromJob(j);
            if (r.ok()) {
                r.secret = j.textData();
                redact::registerSecret(r.secret);
            }
            done(r);
        });
    job->start();
}

void KeychainSecretStore::write(const QString &account, const QString &secret, QObject *context,
                                Callback done) {
    redact::registerSecret(secret);
    auto *job = startJob<QKeychain::WritePasswordJob>(
        m_service, account, context,
        [done = std::move(done)](QKeychain::WritePasswordJob &j) { done(fromJob(j)); });
    job->setTextData(secret);
    job->start();
}

void KeychainSecretStore::remove(const QString &account, QObject *context, Callback done) {
    auto *job = startJob<QKeychain::DeletePasswordJob>(
        m_service, account, context, [done = std::move(done)](QKeychain::DeletePasswordJob &j) {
            SecretResult r = fromJob(j);
            if (r.status == SecretResult::Status::NotFound) {
                r = {};
            }
            done(r);
        });
    job->start();
}

} // namespace rd
