// ListsApi: the handlers of the bulk-lists API (seed 000, key in ?apiKey=).
#pragma once

#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxState.h"

namespace rd::sandbox {

class ListsApi {
public:
    // Assumed: GET …/bulk-emails → {"success":true,"message":[lists]}.
    static SandboxResponse all(SandboxState &s, const SandboxRequest &req, const ApiKey &caller,
                               const QString &requestId, const QString &arg);
    // Assumed: GET …/bulk-emails/{listId} → {"success":true,"message":{list}}.
    static SandboxResponse one(SandboxState &s, const SandboxRequest &req, const ApiKey &caller,
                               const QString &requestId, const QString &arg);
    // seed 000: POST …/bulk-emails/{listId}/retry.
    static SandboxResponse retry(SandboxState &s, const SandboxRequest &req, const ApiKey &caller,
                                 const QString &requestId, const QString &arg);
};

} // namespace rd::sandbox
