// ApiRouter: auth, routing, Idempotency-Key and rate limits in front of the API handlers.
#pragma once

#include "sandbox/FaultInjector.h"
#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxState.h"

#include <functional>
#include <optional>

namespace rd::sandbox {

class ApiRouter {
public:
    explicit ApiRouter(SandboxState &state)
        : m_s(state) {}

    // A request split in two so latency can sit between them while its Idempotency-Key is held
    // in flight (seed 001: a second request meanwhile gets 409 idempotency_key_in_progress).
    struct Prepared {
        std::optional<SandboxResponse> done;  // answered already (401, 404, replay, 429, …)
        std::function<SandboxResponse()> run; // otherwise: apply and answer
        // …or fail it with a server error instead (seed 001: 5xx is not cached, the key is freed).
        std::function<SandboxResponse(SandboxResponse)> fail;
    };
    Prepared prepare(const SandboxRequest &req);
    SandboxResponse handle(const SandboxRequest &req);

    // The answer a status fault plays (5xx / 429 in the request's API's error shape).
    SandboxResponse faultResponse(const ChosenFault &f, const SandboxRequest &req);

private:
    SandboxState &m_s;
};

} // namespace rd::sandbox
