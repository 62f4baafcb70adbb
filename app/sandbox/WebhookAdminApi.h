// WebhookAdminApi: /_admin/webhooks… — subscribe receivers and read back every delivery attempt.
#pragma once

#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxState.h"

namespace rd::sandbox {

// RetryDesk's sandbox's own design (docs/api.md, "Webhooks"), behind --admin like all of /_admin:
// POST /_admin/webhooks {"url", "secret"?, "events"?, "duplicate_rate"?} → the subscription;
// GET /_admin/webhooks → {"subscriptions": […]}; DELETE /_admin/webhooks/{id};
// GET /_admin/webhooks/deliveries[?event=evt_…] → {"deliveries": […]}, oldest first.
class WebhookAdminApi {
public:
    static bool matches(const QString &path) {
        return path == u"/_admin/webhooks" || path.startsWith(QLatin1String("/_admin/webhooks/"));
    }
    static SandboxResponse handle(SandboxState &s, const SandboxRequest &req,
                                  const QString &requestId);
};

} // namespace rd::sandbox
