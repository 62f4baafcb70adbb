#include "cli/ExitCode.h"

namespace rd::cli {

ExitCode exitCodeFor(const net::Result &r) {
    using net::ErrorKind;
    switch (r.errorKind) {
    case ErrorKind::None:
        return ExitCode::Ok;
    case ErrorKind::Terminal:
        // seed 003: 401 "Re-auth", 403 "Check scopes" — a credentials problem, not the request's.
        return r.httpStatus == 401 || r.httpStatus == 403 ? ExitCode::Credentials
                                                          : ExitCode::Terminal;
    case ErrorKind::KeyReused:
        return ExitCode::Terminal;
    case ErrorKind::GaveUp:
    case ErrorKind::BudgetExhausted:
    case ErrorKind::DeadlineExceeded:
    case ErrorKind::RetryAfterBeyondDeadline:
    case ErrorKind::OutcomePending: // seed 001: not a failure, but not an answer either
    case ErrorKind::Network:
    case ErrorKind::Cancelled:
        return ExitCode::NoAnswer;
    }
    return ExitCode::NoAnswer;
}

ExitCode worse(ExitCode a, ExitCode b) {
    auto severity = [](ExitCode c) {
        switch (c) {
        case ExitCode::Ok:
            return 0;
        case ExitCode::Usage:
            return 1;
        case ExitCode::Terminal:
            return 2;
        case ExitCode::NoAnswer:
            return 3;
        case ExitCode::Credentials:
            return 4;
        case ExitCode::Interrupted:
            return 5;
        }
        return 0;
    };
    return severity(b) > severity(a) ? b : a;
}

QString exitCodeHelp() {
    return QStringLiteral(
        "Exit codes:\n"
        "  0  success\n"
        "  2  usage: bad command line, or a policy that fails validation (nothing was sent);\n"
        "     a bulk run of more than 100 validations without --yes (the dry run is printed)\n"
        "  3  the server refused the request (terminal 4xx: 400, 404, 409, 422); fix it first.\n"
        "     Bulk runs: at least one item was refused\n"
        "  4  no definitive answer: gave up after retries, retry budget or 5-minute deadline,\n"
        "     server unreachable, or a write still in progress on the server (re-run with the\n"
        "     printed --idempotency-key to learn its outcome without applying it twice).\n"
        "     Bulk runs: an item without a definitive answer (listed with its key), an item\n"
        "     of unknown outcome, or the outbox could not be written\n"
        "  5  credentials: key refused (401) or lacking permission (403), or no key available\n"
        "     (RETRYDESK_API_KEY unset, keychain unavailable or without an entry)\n"
        "  130  interrupted (Ctrl-C); a write that was under way is printed with the\n"
        "     --idempotency-key that finds out its outcome without applying it twice; a bulk\n"
        "     run lets the requests under way finish and resumes when run again\n"
        "  A bulk run's exit code is its worst item's: 5, then 4, then 3, else 0.\n");
}

} // namespace rd::cli
