// validations list / validations show / policy set / cancel (seeds 001/002).
#include "cli/CliApp.h"
#include "cli/Commands.h"

#include <limits>
#include <memory>

namespace rd::cli {

namespace {

// Follows next_cursor page after page (--all), collecting items, then prints once.
void fetchPages(CliApp &app, api::ValidationQuery query,
                std::shared_ptr<api::Page<Validation>> collected) {
    app.trace(app.validations().list(query, [&app, query, collected](const auto &reply) mutable {
        if (!reply.ok()) {
            app.fail(reply.result, reply.decodeError);
            return;
        }
        app.printer().learnSkew(reply.result);
        collected->items += reply.value->items;
        collected->nextCursor = reply.value->nextCursor;
        collected->hasMore = reply.value->hasMore;
        if (app.invocation().all && reply.value->hasMore) {
            query.cursor = reply.value->nextCursor;
            fetchPages(app, query, collected);
            return;
        }
        app.printer().validations(*collected, reply.result.requestId);
        if (!app.printer().json()) {
            app.printer().note(
                collected->hasMore
                    ? QStringLiteral("%1 validations shown; more with --cursor %2 (or --all).")
                          .arg(collected->items.size())
                          .arg(collected->nextCursor)
                    : QStringLiteral("%1 validations.").arg(collected->items.size()));
        }
        app.finish(ExitCode::Ok);
    }));
}

void sendPolicy(CliApp &app) {
    const Invocation &inv = app.invocation();
    app.trace(app.validations().setRetryPolicy(
        inv.ids.first(), inv.policy, inv.idempotencyKey, [&app](const auto &reply) {
            if (!reply.ok()) {
                app.fail(reply.result, reply.decodeError, true);
                return;
            }
            app.printer().learnSkew(reply.result);
            app.printer().retryStateUpdate(app.invocation().policy.enabled
                                               ? QStringLiteral("Retry policy set on")
                                               : QStringLiteral("Retry policy disabled on"),
                                           *reply.value, reply.result);
            app.finish(ExitCode::Ok);
        }));
}

} // namespace

void runValidationsList(CliApp &app) {
    fetchPages(app, app.invocation().query, std::make_shared<api::Page<Validation>>());
}

void runValidationsShow(CliApp &app) {
    app.trace(app.validations().get(app.invocation().ids.first(), [&app](const auto &reply) {
        if (!reply.ok()) {
            app.fail(reply.result, reply.decodeError);
            return;
        }
        app.printer().learnSkew(reply.result);
        app.printer().validation(*reply.value, reply.result.requestId);
        app.finish(ExitCode::Ok);
    }));
}

void runPolicySet(CliApp &app) {
    const RetryPolicy &policy = app.invocation().policy;
    if (!policy.enabled) {
        sendPolicy(app); // seed 002 / docs/api.md: enabled:false ends the cycle; nothing to check
        return;
    }
    // Shape and range problems are caught before any request (the plan cap needs the server).
    if (const FieldErrors errors = policy.validate(std::numeric_limits<int>::max());
        !errors.isEmpty()) {
        app.printer().fieldErrors(errors);
        app.finish(ExitCode::Usage);
        return;
    }
    // seed 001: max_retries is capped by the plan; GET /v1/account says by how much.
    app.trace(app.validations().account([&app](const auto &reply) {
        if (!reply.ok()) {
            app.fail(reply.result, reply.decodeError);
            return;
        }
        const int cap = reply.value->retryMaxRetries.value_or(RetryPolicy::kDefaultPlanCap);
        if (const FieldErrors errors = app.invocation().policy.validate(cap); !errors.isEmpty()) {
            app.printer().fieldErrors(errors);
            app.finish(ExitCode::Usage);
            return;
        }
        sendPolicy(app);
    }));
}

void runCancel(CliApp &app) {
    const Invocation &inv = app.invocation();
    app.trace(app.validations().cancelRetries(
        inv.ids.first(), inv.idempotencyKey, [&app](const auto &reply) {
            if (!reply.ok()) {
                app.fail(reply.result, reply.decodeError, true);
                return;
            }
            app.printer().learnSkew(reply.result);
            app.printer().retryStateUpdate(QStringLiteral("Retry cycle cancelled on"), *reply.value,
                                           reply.result);
            app.finish(ExitCode::Ok);
        }));
}

} // namespace rd::cli
