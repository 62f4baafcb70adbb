// Invocation: one parsed retrydesk-cli command line — which command, its ids and options.
#pragma once

#include "api/ValidationQuery.h"
#include "domain/RetryPolicy.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace rd::cli {

enum class Command {
    None,
    ValidationsList,
    ValidationsShow,
    PolicySet,
    Cancel,
    ListsList,
    ListsShow,
    ListsRetry,
    Watch,
    BulkPolicy,   // validations bulk-policy
    BulkCancel,   // validations bulk-cancel
    Outbox,       // outbox
    OutboxResume, // outbox resume
};

// Which API a command speaks (seed 000 lists with ?apiKey=, seeds 001/002 with Bearer).
enum class Api { Validations, Lists };
Api apiOf(Command c);
// The outbox commands work on a connection of either API (--kind / the profile's kind says which).
bool anyApi(Command c);

struct Invocation {
    Command command = Command::None;
    QStringList ids;

    // Connection
    QUrl baseUrl;
    std::optional<Api> kind; // --kind; checked against the command's API
    QString profile;

    // Output and behaviour
    bool json = false;
    bool verbose = false;
    QString idempotencyKey;

    // validations list
    api::ValidationQuery query;
    bool all = false; // follow next_cursor to the last page

    // policy set, validations bulk-policy
    RetryPolicy policy;

    // validations bulk-policy / bulk-cancel: the validations are ids (arguments or --ids) or
    // every one matching query's filters (all pages).
    bool dryRun = false; // print what would be sent, send nothing
    bool yes = false;    // confirmed: needed to start more than kConfirmAbove items
    int concurrency = 6; // requests in flight
    int speed = 0;       // items a minute at most; 0: as fast as the rate limit allows
    static constexpr int kConfirmAbove = 100;
};

} // namespace rd::cli
