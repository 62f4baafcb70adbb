// DemoData: the demo dataset — hundreds of seeded validations in every state, a dozen lists, and
// named fixtures that reach every answer of the seeds (each 422 code, 404, retry_not_active).
#pragma once

#include "core/Random.h"
#include "sandbox/ListStore.h"
#include "sandbox/ValidationStore.h"

namespace rd::sandbox::demo {

// Fixtures (user usr_demo unless noted), documented in docs/api.md.
inline constexpr auto kEligibleId =
    "0000000a-0000-4000-8000-000000000001"; // not_found, no cycle: PUT → 200
inline constexpr auto kPendingId =
    "0000000a-0000-4000-8000-000000000002"; // active cycle: cancel → 200, then 422 retry_not_active
inline constexpr auto kBulkImportId =
    "0000000a-0000-4000-8000-000000000003"; // retry_not_supported_for_bulk
inline constexpr auto kValidId =
    "0000000a-0000-4000-8000-000000000004"; // outcome valid: retry_not_applicable
inline constexpr auto kResolvedId =
    "0000000a-0000-4000-8000-000000000005"; // retry_already_resolved
inline constexpr auto kExhaustedId =
    "0000000a-0000-4000-8000-000000000006";                               // retry_already_resolved
inline constexpr auto kTooOldId = "0000000a-0000-4000-8000-000000000007"; // retry_age_exceeded
inline constexpr auto kReactivationCapId =
    "0000000a-0000-4000-8000-000000000008"; // reactivation_cap_exceeded
inline constexpr auto kCancelledId =
    "0000000a-0000-4000-8000-000000000009"; // cancelled: PUT reactivates (once more allowed)
inline constexpr auto kOtherUsersId =
    "0000000a-0000-4000-8000-00000000000a"; // usr_other's: 404 for usr_demo
inline constexpr auto kCappedEligibleId =
    "0000000a-0000-4000-8000-00000000000b"; // usr_capped: retry_pending_cap_exceeded
inline constexpr auto kCappedPendingId =
    "0000000a-0000-4000-8000-00000000000c"; // usr_capped's one pending cycle

inline constexpr auto kCompletedListId =
    "list_12345"; // seed 000's example id; Completed: retry → 200
inline constexpr auto kFailedListId = "list_12346"; // Failed: retry → 200
inline constexpr auto kProcessingListId =
    "list_12347";                                   // In Progress (long): retry → 422 processing
inline constexpr auto kQueuedListId = "list_12348"; // Queued: retry → 422 processing
inline constexpr auto kOtherUsersListId = "list_22222"; // usr_other's: 404 for usr_demo

// A validation created ageSeconds before now, with a random CEP payload.
Validation makeValidation(Random &random, const QDateTime &now, Outcome outcome, Source source,
                          qint64 ageSeconds, const QString &id = {});

// Fills the stores. Deterministic for a given seed (random) and now.
void populate(ValidationStore &validations, ListStore &lists, Random &random, const QDateTime &now,
              const SandboxOptions &options);

} // namespace rd::sandbox::demo
