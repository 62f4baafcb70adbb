// lists list / lists show / lists retry (seed 000).
#include "cli/CliApp.h"
#include "cli/Commands.h"

#include <QJsonArray>

#include <memory>

namespace rd::cli {

namespace {

struct RetryRun {
    int next = 0;
    int succeeded = 0;
    ExitCode worst = ExitCode::Ok;
    QJsonArray results;
};

void retryNext(CliApp &app, std::shared_ptr<RetryRun> run) {
    const QStringList &ids = app.invocation().ids;
    Printer &out = app.printer();
    if (run->next >= ids.size()) {
        const int failed = int(ids.size()) - run->succeeded;
        if (out.json()) {
            out.data({{QLatin1String("results"), run->results},
                      {QLatin1String("succeeded"), run->succeeded},
                      {QLatin1String("failed"), failed}});
        }
        if (ids.size() > 1 || failed > 0) {
            out.note(QStringLiteral("Summary: %1 of %2 lists retried, %3 failed.")
                         .arg(run->succeeded)
                         .arg(ids.size())
                         .arg(failed));
        }
        app.finish(run->worst);
        return;
    }
    const int index = run->next++;
    const QString id = ids.at(index);
    if (ids.size() > 1) {
        out.note(QStringLiteral("[%1/%2] retrying %3…").arg(index + 1).arg(ids.size()).arg(id));
    }
    app.trace(
        app.lists().retry(id, app.invocation().idempotencyKey, [&app, run, id](const auto &reply) {
            Printer &out = app.printer();
            const net::Result &r = reply.result;
            if (reply.ok()) {
                ++run->succeeded;
                run->results.append(
                    QJsonObject{{QLatin1String("id"), id},
                                {QLatin1String("ok"), true},
                                {QLatin1String("list"), reply.value->toJson()},
                                {QLatin1String("request_id"), r.requestId},
                                {QLatin1String("idempotency_key"), r.idempotencyKey},
                                {QLatin1String("replayed"), r.replayed}});
                if (!out.json()) {
                    out.text(QStringLiteral("%1 retried: new list %2 (%3)%4\n")
                                 .arg(id, reply.value->id, BulkList::toWire(reply.value->status),
                                      r.replayed ? QStringLiteral(", replayed") : QString()));
                }
            } else {
                const ExitCode code =
                    reply.decodeError.isEmpty() ? exitCodeFor(r) : ExitCode::NoAnswer;
                run->worst = worse(run->worst, code);
                QJsonObject failed{
                    {QLatin1String("id"), id},
                    {QLatin1String("ok"), false},
                    {QLatin1String("error"), Printer::errorJson(r, reply.decodeError)}};
                if (!r.idempotencyKey.isEmpty()) {
                    failed.insert(QLatin1String("idempotency_key"), r.idempotencyKey);
                }
                run->results.append(failed);
                // Human errors go to stderr one by one; JSON waits for the summary document.
                if (!out.json()) {
                    out.note(QStringLiteral("%1:").arg(id));
                    out.error(r, reply.decodeError, app.reconcileCommandFor(id));
                }
            }
            retryNext(app, run);
        }));
}

} // namespace

void runListsList(CliApp &app) {
    app.trace(app.lists().list([&app](const auto &reply) {
        if (!reply.ok()) {
            app.fail(reply.result, reply.decodeError);
            return;
        }
        app.printer().lists(*reply.value);
        app.finish(ExitCode::Ok);
    }));
}

void runListsShow(CliApp &app) {
    app.trace(app.lists().get(app.invocation().ids.first(), [&app](const auto &reply) {
        if (!reply.ok()) {
            app.fail(reply.result, reply.decodeError);
            return;
        }
        app.printer().list(*reply.value);
        app.finish(ExitCode::Ok);
    }));
}

void runListsRetry(CliApp &app) {
    // One after another, never in parallel: seed 000 asks clients to go easy on retries, and a
    // user reading the progress sees each outcome in order.
    retryNext(app, std::make_shared<RetryRun>());
}

} // namespace rd::cli
