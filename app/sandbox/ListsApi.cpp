#include "sandbox/ListsApi.h"

#include "sandbox/Envelope.h"

#include <QJsonArray>

namespace rd::sandbox {

namespace {

// A list object as the server's wire mode renders it (seeds-only: seed 000 defines id and status).
QJsonObject render(const SandboxState &s, const BulkList &l) {
    return s.seedsOnly() ? s.seedsOnlyWire.list(l.toJson()) : l.toJson();
}

SandboxResponse notFound(const QString &id) {
    return envelope::lists(404, false,
                           QStringLiteral("List %1 was not found for this API key.").arg(id));
}

} // namespace

SandboxResponse ListsApi::all(SandboxState &s, const SandboxRequest &, const ApiKey &caller,
                              const QString &, const QString &) {
    QJsonArray a;
    for (const BulkList &l : s.lists.listFor(caller.userId)) {
        a.append(render(s, l));
    }
    return envelope::lists(200, true, a);
}

SandboxResponse ListsApi::one(SandboxState &s, const SandboxRequest &, const ApiKey &caller,
                              const QString &, const QString &arg) {
    if (s.lists.owner(arg) != caller.userId) {
        return notFound(arg);
    }
    return envelope::lists(200, true, render(s, *s.lists.get(arg)));
}

SandboxResponse ListsApi::retry(SandboxState &s, const SandboxRequest &, const ApiKey &caller,
                                const QString &, const QString &arg) {
    BulkList created;
    switch (s.lists.retry(arg, caller.userId, &created)) {
    case ListStore::RetryResult::NotFound:
        return notFound(arg);
    case ListStore::RetryResult::Processing:
        // seed 000's error answer, verbatim; 422 is RetryDesk's assumption for its status.
        return envelope::lists(
            422, false, QStringLiteral("Cannot retry validation job that is currently processing"));
    case ListStore::RetryResult::Started:
        break;
    }
    ++s.writesByResource[arg];
    // seed 000: {"success":true,"message":{"id":"list_67890","status":"In Progress"}}
    return envelope::lists(
        200, true,
        QJsonObject{{QLatin1String("id"), created.id},
                    {QLatin1String("status"), BulkList::toWire(created.status)}});
}

} // namespace rd::sandbox
