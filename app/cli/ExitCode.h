// ExitCode: retrydesk-cli's exit status by class of outcome (docs/cli.md), documented in --help
// and docs/cli.md. Scripts switch on these; never renumber them.
#pragma once

#include "net/Result.h"

#include <QString>

namespace rd::cli {

enum class ExitCode : int {
    Ok = 0,
    Usage = 2,         // bad command line or a policy that fails RetryPolicy::validate: not sent
    Terminal = 3,      // seed 003 terminal 4xx (400, 404, 409, 422): fix the request
    NoAnswer = 4,      // gave up after retries, retry budget, deadline, unreachable server, or
                       // an OutcomePending write (reconcile with --idempotency-key)
    Credentials = 5,   // 401/403, or no key could be obtained (keychain unavailable, no entry)
    Interrupted = 130, // Ctrl-C / SIGTERM (128 + SIGINT, the shell's convention); a write in
                       // flight is reported with the --idempotency-key that reconciles it
};

ExitCode exitCodeFor(const net::Result &result);
// The more serious of two outcomes, for commands over many items whose exit code is the worst:
// interrupted, then credentials, no answer, refused, usage, success.
ExitCode worse(ExitCode a, ExitCode b);
// The "Exit codes" section shared by every --help and docs/cli.md.
QString exitCodeHelp();

} // namespace rd::cli
