// Commands: the body of each retrydesk-cli command, run on a connected CliApp; each ends with
// CliApp::finish or CliApp::fail.
#pragma once

#include "api/Reply.h"
#include "api/ValidationQuery.h"

#include <functional>

namespace rd::net {
struct Result;
}

namespace rd::cli {

class CliApp;

void runValidationsList(CliApp &app);
void runValidationsShow(CliApp &app);
void runPolicySet(CliApp &app);
void runCancel(CliApp &app);
void runListsList(CliApp &app);
void runListsShow(CliApp &app);
void runListsRetry(CliApp &app);
void runWatch(CliApp &app);
void runBulk(CliApp &app); // validations bulk-policy / bulk-cancel
void runOutbox(CliApp &app);
void runOutboxResume(CliApp &app);

// Shared steps. Each ends the run itself (CliApp::fail / finish) when it cannot go on, and calls
// `then` only when it can.
// Reads the listing page after page (every page when all), keeping what matches query's filters
// and noting rows that could not be read; `last` is the answer of the last page read.
void fetchValidationPages(
    CliApp &app, api::ValidationQuery query, bool all,
    std::function<void(const api::Page<Validation> &page, const net::Result &last)> then);
// Checks the invocation's policy before anything is sent: its shape, then the plan's cap where
// GET /v1/account tells it (seed 001); a policy it refuses ends the run with ExitCode::Usage.
void checkPolicy(CliApp &app, std::function<void()> then);

} // namespace rd::cli
