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
};

// Which API a command speaks (seed 000 lists with ?apiKey=, seeds 001/002 with Bearer).
enum class Api { Validations, Lists };
Api apiOf(Command c);

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

    // policy set
    RetryPolicy policy;
};

} // namespace rd::cli
