// validations list / validations show / policy set / cancel (seeds 001/002).
#include "cli/CliApp.h"
#include "cli/Commands.h"

#include <functional>
#include <limits>
#include <memory>

namespace rd::cli {

namespace {

// What the pages read so far hold. With --json the matching items are kept as their JSON text,
// page by page, rather than as Validations: a million of them held about 5 GB as objects and took
// most of the run to serialize as one document at the end.
struct Collected {
    api::Page<Validation> page; // items stay empty when json
    bool json = false;
    QList<QByteArray> itemsJson; // one chunk a page: its items, comma-separated
    qsizetype jsonItems = 0;
    qsizetype count() const { return json ? jsonItems : page.items.size(); }
};

// Follows next_cursor page after page (when all), collecting the items that match.
void nextPage(CliApp &app, api::ValidationQuery query, bool all,
              std::shared_ptr<Collected> collected,
              std::function<void(const Collected &, const net::Result &)> then) {
    app.trace(app.validations().list(
        query, [&app, query, all, collected, then = std::move(then)](const auto &reply) mutable {
            if (!reply.ok()) {
                app.fail(reply.result, reply.decodeError);
                return;
            }
            app.printer().learnSkew(reply.result);
            QByteArray chunk;
            for (const Validation &v : reply.value->items) {
                if (!query.matches(v)) {
                    continue;
                }
                if (collected->json) {
                    if (collected->jsonItems++ > 0) {
                        chunk += ',';
                    }
                    chunk += Printer::compactJson(v.toJson());
                } else {
                    collected->page.items.append(v);
                }
            }
            if (!chunk.isEmpty()) {
                collected->itemsJson.append(std::move(chunk));
            }
            if (reply.value->unreadableCount > 0) {
                app.printer().noteUnreadable(*reply.value, reply.result.requestId);
                collected->page.unreadableCount += reply.value->unreadableCount;
                collected->page.unreadable += reply.value->unreadable;
            }
            collected->page.nextCursor = reply.value->nextCursor;
            collected->page.hasMore = reply.value->hasMore;
            if (all && reply.value->hasMore) {
                query.cursor = reply.value->nextCursor;
                nextPage(app, query, all, collected, std::move(then));
                return;
            }
            then(*collected, reply.result);
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

void fetchValidationPages(
    CliApp &app, api::ValidationQuery query, bool all,
    std::function<void(const api::Page<Validation> &page, const net::Result &last)> then) {
    nextPage(app, std::move(query), all, std::make_shared<Collected>(),
             [then = std::move(then)](const Collected &c, const net::Result &last) {
                 then(c.page, last);
             });
}

void runValidationsList(CliApp &app) {
    auto collected = std::make_shared<Collected>();
    collected->json = app.printer().json();
    nextPage(
        app, app.invocation().query, app.invocation().all, std::move(collected),
        [&app](const Collected &collected, const net::Result &last) {
            if (collected.json) {
                app.printer().validationsJson(collected.page, collected.itemsJson, last.requestId);
            } else {
                app.printer().validations(collected.page, last.requestId);
                app.printer().note(
                    collected.page.hasMore
                        ? QStringLiteral("%1 validations shown; more with --cursor %2 (or --all).")
                              .arg(collected.count())
                              .arg(collected.page.nextCursor)
                        : QStringLiteral("%1 validations.").arg(collected.count()));
            }
            if (collected.page.unreadableCount > 0) {
                app.printer().note(
                    QStringLiteral("%1 of %2 rows could not be read and are not shown (see "
                                   "above; -v prints their JSON).")
                        .arg(collected.page.unreadableCount)
                        .arg(collected.page.unreadableCount + collected.count()));
            }
            app.finish(ExitCode::Ok);
        });
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

void checkPolicy(CliApp &app, std::function<void()> then) {
    const RetryPolicy &policy = app.invocation().policy;
    if (!policy.enabled) {
        then(); // seed 002 / docs/api.md: enabled:false ends the cycle; nothing to check
        return;
    }
    // Shape and range problems are caught before any request (the plan cap needs the server).
    if (const FieldErrors errors = policy.validate(std::nullopt); !errors.isEmpty()) {
        app.printer().fieldErrors(errors);
        app.finish(ExitCode::Usage);
        return;
    }
    // seed 001: max_retries is capped by the plan. GET /v1/account (RetryDesk's assumption,
    // docs/api.md) says by how much where the server has it; where it does not, or does not
    // answer, the policy is sent as it is and the server's 422 names the field.
    app.trace(app.validations().account([&app, then = std::move(then)](const auto &reply) {
        if (!reply.ok() || !reply.value->retryMaxRetries) {
            if (app.invocation().verbose) {
                app.printer().note(
                    QStringLiteral("The plan's retry cap is not known (GET /v1/account: %1); "
                                   "the server checks max_retries.")
                        .arg(reply.result.httpStatus ? QString::number(reply.result.httpStatus)
                                                     : reply.result.userMessage));
            }
            then();
            return;
        }
        const int cap = *reply.value->retryMaxRetries;
        if (const FieldErrors errors = app.invocation().policy.validate(cap); !errors.isEmpty()) {
            app.printer().fieldErrors(errors);
            app.finish(ExitCode::Usage);
            return;
        }
        then();
    }));
}

void runPolicySet(CliApp &app) {
    checkPolicy(app, [&app] { sendPolicy(app); });
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
