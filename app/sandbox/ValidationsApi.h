// ValidationsApi: the handlers of the validations API (seeds 001/002, Bearer keys).
#pragma once

#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxState.h"

namespace rd::sandbox {

// Each handler gets an authenticated, authorised caller; the router did auth, idempotency and
// rate limits. `arg` is the {id} path segment.
class ValidationsApi {
public:
    static SandboxResponse account(SandboxState &s, const SandboxRequest &req, const ApiKey &caller,
                                   const QString &requestId, const QString &arg);
    static SandboxResponse list(SandboxState &s, const SandboxRequest &req, const ApiKey &caller,
                                const QString &requestId, const QString &arg);
    static SandboxResponse get(SandboxState &s, const SandboxRequest &req, const ApiKey &caller,
                               const QString &requestId, const QString &arg);
    static SandboxResponse putPolicy(SandboxState &s, const SandboxRequest &req,
                                     const ApiKey &caller, const QString &requestId,
                                     const QString &arg);
    static SandboxResponse cancel(SandboxState &s, const SandboxRequest &req, const ApiKey &caller,
                                  const QString &requestId, const QString &arg);

    // The validation object exactly as GET /v1/validations/{id} answers it in the server's wire
    // mode (also data.validation of webhook events).
    static QJsonObject object(const SandboxState &s, const ValidationRecord &r);
};

} // namespace rd::sandbox
