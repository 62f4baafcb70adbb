// AdminApi: the inspection endpoint (/_admin/…, off unless enabled) that proves exactly-once.
#pragma once

#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxState.h"

namespace rd::sandbox {

class AdminApi {
public:
    static bool matches(const QString &path) { return path.startsWith(QLatin1String("/_admin")); }
    // GET /_admin/applied[?key=…|?resource=…], POST /_admin/faults, DELETE /_admin/faults,
    // POST /_admin/raw-validations {"items": […]}, DELETE /_admin/raw-validations,
    // GET /_admin/state (clock offset, fault settings, faults played), PUT /_admin/clock
    // {"offset_seconds": n} (moves the whole world), PUT /_admin/fault-config
    // {"probabilities": {"<name>": p}, "retry_after": s, "latency_ms": ms, "path": "text"};
    // /_admin/webhooks… (WebhookAdminApi).
    static SandboxResponse handle(SandboxState &s, const SandboxRequest &req);
};

} // namespace rd::sandbox
