// validations bulk-policy / bulk-cancel: select (filters or ids), dry run, confirm, then a BulkRun
// journaled in the connection's outbox — or the interrupted run of the same command, resumed.
#include "cli/BulkSession.h"
#include "cli/CliApp.h"
#include "cli/Commands.h"
#include "models/ValidationTableModel.h"
#include "net/ApiClient.h"
#include "net/RateLimitTracker.h"
#include "outbox/Outbox.h"
#include "services/BulkAction.h"
#include "services/ValidationService.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QLocale>

#include <memory>

namespace rd::cli {

namespace {

constexpr int kGetsInFlight = 6; // --ids: GETs at once (Qt's connections per host)

QString number(qsizetype n) {
    return QLocale().toString(qint64(n));
}

QString filterText(const Invocation &inv) {
    api::ValidationQuery q = inv.query;
    q.limit = 0;
    q.cursor.clear();
    return q.toQuery().toString(QUrl::FullyEncoded);
}

QStringList sortedIds(const Invocation &inv) {
    QStringList ids = inv.ids;
    ids.sort();
    ids.removeDuplicates();
    return ids;
}

// The identity of a run: what it does (action and exact body), to what (the filter, or the ids
// sorted), on which connection. Running the same command again finds its interrupted run by it.
QString bulkSpec(const Invocation &inv, const BulkAction &action, const QString &connectionId) {
    QStringList lines{QStringLiteral("retrydesk-cli validations bulk-%1").arg(action.name()),
                      QStringLiteral("connection=%1").arg(connectionId)};
    if (action.kind == BulkAction::Kind::SetPolicy) {
        lines << QStringLiteral("body=") + QString::fromUtf8(action.body());
    }
    if (!inv.ids.isEmpty()) {
        const QStringList ids = sortedIds(inv);
        const QByteArray digest =
            QCryptographicHash::hash(ids.join(u',').toUtf8(), QCryptographicHash::Sha256);
        lines
            << QStringLiteral("ids=%1:%2").arg(ids.size()).arg(QString::fromLatin1(digest.toHex()));
    } else {
        lines << QStringLiteral("filter=") + filterText(inv);
    }
    return lines.join(u'\n');
}

QString selectionText(const Invocation &inv) {
    if (!inv.ids.isEmpty()) {
        return QStringLiteral("ids given");
    }
    const QString f = filterText(inv);
    return f.isEmpty() ? QStringLiteral("every validation")
                       : QStringLiteral("filter: %1").arg(QString(f).replace(u'&', ", "));
}

QJsonObject dryRunJson(const BulkAction &action, const DryRun &plan, const BulkEta &eta) {
    QJsonArray skipped;
    for (const BulkSkip &s : plan.skipped) {
        skipped.append(QJsonObject{{QLatin1String("id"), s.id},
                                   {QLatin1String("code"), codeFor(s.reason)},
                                   {QLatin1String("reason"), describe(s.reason)}});
    }
    QJsonObject byReason;
    for (const auto &[reason, count] : plan.reasonCounts()) {
        byReason.insert(codeFor(reason), count);
    }
    return {{QLatin1String("dry_run"), true},
            {QLatin1String("action"), action.name()},
            {QLatin1String("title"), action.title()},
            {QLatin1String("considered"), plan.considered},
            {QLatin1String("eligible"), int(plan.eligible.size())},
            {QLatin1String("eligible_ids"), QJsonArray::fromStringList(plan.eligible)},
            {QLatin1String("skipped"), skipped},
            {QLatin1String("skipped_by_reason"), byReason},
            {QLatin1String("server_decides"), plan.serverDecides},
            {QLatin1String("eta_seconds"), eta.duration
                                               ? QJsonValue(double(eta.duration->count()) / 1000)
                                               : QJsonValue(QJsonValue::Null)},
            {QLatin1String("eta"), eta.sentence}};
}

QString dryRunText(const BulkAction &action, const DryRun &plan, const BulkEta &eta) {
    QString s = QStringLiteral("%1 — dry run\n  considered %2 · eligible %3 · skipped %4\n")
                    .arg(action.title(), number(plan.considered), number(plan.eligible.size()),
                         number(plan.skipped.size()));
    for (const auto &[reason, count] : plan.reasonCounts()) {
        s += QStringLiteral("  skipped %1: %2 (%3)\n")
                 .arg(number(count), describe(reason), codeFor(reason));
    }
    if (plan.serverDecides > 0) {
        s += QStringLiteral("  %1 eligible lack a field these rules need: the server decides.\n")
                 .arg(number(plan.serverDecides));
    }
    if (!plan.eligible.isEmpty()) {
        s += QStringLiteral("  ") + eta.sentence + u'\n';
    }
    return s;
}

// The run's rows in the service's table (never shown): an answer then updates its row instead of
// fetching it again (ValidationService::takeWriteAnswer refetches rows it does not hold).
void holdRows(ValidationService &service, const QList<Validation> &validations) {
    for (const Validation &v : validations) {
        service.model().upsert(v);
    }
}

void startNew(CliApp &app, BulkSession &session, const BulkAction &action, const QString &spec,
              const QList<Validation> &validations) {
    const Invocation &inv = app.invocation();
    Printer &out = app.printer();
    const QDateTime serverNow = QDateTime::fromMSecsSinceEpoch(out.serverTime().nowMs(), Qt::UTC);
    const DryRun plan = dryRun(validations, action, serverNow);
    const std::optional<int> limit = app.client().rateLimits().limit(app.client().hostKey());
    const BulkEta eta = estimateEta(int(plan.eligible.size()), limit, 0, inv.speed);
    const bool needsYes =
        !inv.dryRun && !inv.yes && plan.eligible.size() > Invocation::kConfirmAbove;
    if (inv.dryRun || needsYes || plan.eligible.isEmpty()) {
        if (out.json()) {
            out.data(dryRunJson(action, plan, eta));
        } else {
            out.text(dryRunText(action, plan, eta));
        }
    } else {
        out.note(dryRunText(action, plan, eta).trimmed());
    }
    if (inv.dryRun) {
        out.note(QStringLiteral("Dry run: nothing was sent."));
        app.finish(ExitCode::Ok);
        return;
    }
    if (needsYes) {
        out.note(QStringLiteral("This changes %1 validations. Nothing was sent: run the same "
                                "command with --yes to start.")
                     .arg(number(plan.eligible.size())));
        app.finish(ExitCode::Usage);
        return;
    }
    if (plan.eligible.isEmpty()) {
        out.note(
            QStringLiteral("Nothing to send: none of these validations can take this change."));
        app.finish(ExitCode::Ok);
        return;
    }
    holdRows(*session.service(), validations);
    BulkOptions options;
    options.concurrency = inv.concurrency;
    options.speedLimitPerMinute = inv.speed;
    const QString description =
        QStringLiteral("%1 — %2 (%3; retrydesk-cli)")
            .arg(action.title(),
                 plan.eligible.size() == 1
                     ? QStringLiteral("1 validation")
                     : QStringLiteral("%1 validations").arg(number(plan.eligible.size())),
                 selectionText(inv));
    session.start(std::make_unique<BulkRun>(*session.service(), session.outbox(), action, plan,
                                            description, spec, options),
                  false, [&app](ExitCode code) { app.finish(code); });
}

// --ids: each validation read on its own (GET /v1/validations/{id}), a few at a time; any that
// cannot be read stops the command before anything is sent.
struct ByIds {
    QStringList unique;
    int next = 0;
    int inFlight = 0;
    QHash<QString, Validation> found;
    ExitCode worst = ExitCode::Ok;
};

void readNextIds(CliApp &app, std::shared_ptr<ByIds> state,
                 std::function<void(const QList<Validation> &)> then) {
    while (state->inFlight < kGetsInFlight && state->next < state->unique.size() &&
           !app.interrupted()) {
        const QString id = state->unique.at(state->next++);
        ++state->inFlight;
        app.trace(app.validations().get(id, [&app, state, id, then](const auto &reply) {
            --state->inFlight;
            if (reply.ok()) {
                app.printer().learnSkew(reply.result);
                state->found.insert(id, reply.value->validation);
            } else {
                app.printer().note(QStringLiteral("%1:").arg(id));
                app.printer().error(reply.result, reply.decodeError);
                state->worst =
                    worse(state->worst, reply.decodeError.isEmpty() ? exitCodeFor(reply.result)
                                                                    : ExitCode::NoAnswer);
            }
            if (state->inFlight > 0 || (state->next < state->unique.size() && !app.interrupted())) {
                readNextIds(app, state, then);
                return;
            }
            if (state->worst != ExitCode::Ok || app.interrupted()) {
                app.printer().note(
                    QStringLiteral("Nothing was sent: fix or leave out the ids above, then run "
                                   "the command again."));
                app.finish(worse(state->worst, ExitCode::Terminal));
                return;
            }
            QList<Validation> ordered; // as given, duplicates included (the dry run names them)
            for (const QString &given : app.invocation().ids) {
                ordered << state->found.value(given);
            }
            then(ordered);
        }));
    }
}

void select(CliApp &app, std::function<void(const QList<Validation> &)> then) {
    const Invocation &inv = app.invocation();
    if (!inv.ids.isEmpty()) {
        auto state = std::make_shared<ByIds>();
        state->unique = inv.ids;
        state->unique.removeDuplicates();
        readNextIds(app, state, std::move(then));
        return;
    }
    api::ValidationQuery query = inv.query;
    query.limit = ValidationService::kPageSize;
    fetchValidationPages(
        app, query, true,
        [&app, then = std::move(then)](const api::Page<Validation> &page, const net::Result &) {
            if (page.unreadableCount > 0) {
                app.printer().note(QStringLiteral("%1 rows could not be read: they are left out "
                                                  "of the run.")
                                       .arg(page.unreadableCount));
            }
            then(page.items);
        });
}

} // namespace

void runBulk(CliApp &app) {
    const Invocation &inv = app.invocation();
    BulkSession *session = app.keep(std::make_unique<BulkSession>(app));
    if (!session->open()) {
        app.finish(ExitCode::NoAnswer);
        return;
    }
    const BulkAction action = inv.command == Command::BulkPolicy ? BulkAction::setPolicy(inv.policy)
                                                                 : BulkAction::cancelRetries();
    const QString spec = bulkSpec(inv, action, app.connectionId());
    outbox::Outbox &outbox = session->outbox();
    if (const std::optional<outbox::RunRecord> run = outbox.unfinishedRunWithSpec(spec)) {
        if (inv.dryRun) {
            app.printer().note(
                BulkSession::resumeLine(outbox, *run)
                    .replace(QStringLiteral("Resuming the run"), QStringLiteral("A run was")) +
                QStringLiteral(" The same command without --dry-run resumes it; nothing was "
                               "sent now."));
            app.finish(ExitCode::Ok);
            return;
        }
        // The interrupted run, not the filter read again: its items keep their keys and bytes.
        app.printer().note(BulkSession::resumeLine(outbox, *run));
        QList<Validation> rows;
        for (const outbox::WriteRecord &w : outbox.runWrites(run->id)) {
            Validation v;
            v.id = w.target;
            rows << v;
        }
        holdRows(*session->service(), rows);
        BulkOptions options;
        options.concurrency = inv.concurrency;
        options.speedLimitPerMinute = inv.speed;
        session->start(std::make_unique<BulkRun>(*session->service(), outbox, run->id, options),
                       true, [&app](ExitCode code) { app.finish(code); });
        return;
    }
    auto proceed = [&app, session, action, spec] {
        select(app, [&app, session, action, spec](const QList<Validation> &validations) {
            startNew(app, *session, action, spec, validations);
        });
    };
    if (inv.command == Command::BulkPolicy) {
        checkPolicy(app, proceed);
    } else {
        proceed();
    }
}

} // namespace rd::cli
