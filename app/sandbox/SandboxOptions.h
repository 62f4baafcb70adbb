// SandboxOptions: how a sandbox server is set up (seed, dataset, rate limit, plan cap, API keys).
#pragma once

#include "sandbox/WebhookSubscription.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace rd::sandbox {

// How answers are rendered. Full: RetryDesk's assumptions where the seeds are silent (docs/api.md).
// SeedsOnly: only what seeds 000–003 define is reliable; everything else varies the way an
// independently written server might (SeedsOnlyWire), so clients are tested against the seeds.
enum class WireMode { Full, SeedsOnly };

QString toString(WireMode mode); // "full" / "seeds-only"
std::optional<WireMode> wireModeFromString(QStringView name);
// RETRYDESK_SANDBOX_WIRE ("full" or "seeds-only"); unset or empty gives Full, anything else Full
// with a warning. Lets a whole test suite run in either mode.
WireMode wireModeFromEnvironment();

// Permissions a key may hold. seed 001/002 name validations:read / validations:update; the lists
// permissions are RetryDesk's assumption (seed 000 only says "Your API authentication key").
inline constexpr auto kPermValidationsRead = "validations:read";
inline constexpr auto kPermValidationsUpdate = "validations:update";
inline constexpr auto kPermListsRead = "lists:read";
inline constexpr auto kPermListsWrite = "lists:write";

// The demo users and keys (documented in docs/api.md). Every test and the --demo window use these.
inline constexpr auto kDemoUserId = "usr_demo";
inline constexpr auto kOtherUserId = "usr_other";
// validations:read + validations:update + lists:read + lists:write, user usr_demo.
inline constexpr auto kDemoUpdateKey = "mxcep_demo_update_key";
// validations:read + lists:read only, user usr_demo: writes answer 403 forbidden.
inline constexpr auto kDemoReadOnlyKey = "mxcep_demo_readonly_key";
// Full permissions, user usr_other: usr_demo's validations and lists answer 404.
inline constexpr auto kOtherUserKey = "mxcep_other_user_key";
// The lists API key (seed 000 passes it as ?apiKey=): lists:read + lists:write, user usr_demo.
inline constexpr auto kDemoListsKey = "cliova_demo_lists_key";
// Full permissions, user usr_capped, whose plan allows a single pending cycle (already used).
inline constexpr auto kCappedUserId = "usr_capped";
inline constexpr auto kCappedUserKey = "mxcep_demo_capped_key";

struct ApiKey {
    QString key;
    QString userId;
    QStringList permissions;
    QString planName = QStringLiteral("sandbox");
    int maxPendingRetries = -1; // seed 002 per-user pending cap; -1: SandboxOptions default
    bool has(const char *permission) const {
        return permissions.contains(QLatin1String(permission));
    }
};

struct SandboxOptions {
    quint64 seed = 42;

    // The demo dataset: datasetSize seeded validations in every state plus the named fixtures of
    // DemoData.h, and a dozen lists. Off gives an empty server that tests fill themselves.
    bool demoDataset = true;
    int datasetSize = 300;
    int listCount = 12;
    // Further validations of the demo user, with or without the dataset: outcome not_found, source
    // api, created 1 h ago, no retry_state — each one eligible for a retry policy (bulk runs).
    int eligibleValidations = 0;

    // seed 003: X-RateLimit-Limit requests per key per window; 0 switches rate limiting off.
    int rateLimit = 600;
    int rateLimitWindowSeconds = 60;

    // GET /_admin/… (applied-write counters, faults, raw validations); off unless enabled.
    bool adminEnabled = false;

    // Storage, scheduler, idempotency, rate limits and faults are the same in both modes; only
    // the rendering of answers differs.
    WireMode wire = WireMode::Full;

    // seed 001: max_retries is capped by the plan's retry_max_retries (typically 5–10).
    int planMaxRetries = 5;
    // seed 002 caps (values are RetryDesk's assumption): retry_age_exceeded past maxAgeSeconds,
    // retry_pending_cap_exceeded at maxPendingPerUser active cycles, reactivation_cap_exceeded
    // after maxReactivations re-enables of a cancelled cycle.
    int maxAgeSeconds = 30 * 24 * 3600;
    int maxPendingPerUser = 200;
    int maxReactivations = 2;

    // Chance that one scheduled retry attempt comes back "valid" and resolves the cycle.
    double resolveProbability = 0.3;

    // A bulk list processes this many addresses per server second (status progresses over time).
    int listItemsPerSecond = 20;

    // Empty means demoApiKeys().
    QList<ApiKey> apiKeys;

    // Webhook subscriptions present from the start (--webhook-url); more through POST
    // /_admin/webhooks or SandboxServer::addWebhook. None by default: nothing is sent anywhere.
    QList<WebhookSubscription> webhooks;

    QList<ApiKey> effectiveApiKeys() const { return apiKeys.isEmpty() ? demoApiKeys() : apiKeys; }
    static QList<ApiKey> demoApiKeys();
};

} // namespace rd::sandbox
