// outbox / outbox resume: what a connection's outbox holds unfinished, and finishing it — single
// writes resent with their own keys and bytes, then each interrupted bulk run resumed.
#include "cli/BulkSession.h"
#include "cli/CliApp.h"
#include "cli/Commands.h"
#include "models/ValidationTableModel.h"
#include "outbox/Outbox.h"
#include "services/OutboxResume.h"
#include "services/ValidationService.h"

#include <QJsonArray>
#include <QLocale>

#include <memory>

namespace rd::cli {

namespace {

QString when(const std::optional<QDateTime> &t) {
    return t && t->isValid() ? t->toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                             : QStringLiteral("-");
}

QJsonValue whenJson(const std::optional<QDateTime> &t) {
    return t && t->isValid() ? QJsonValue(t->toUTC().toString(Qt::ISODateWithMs))
                             : QJsonValue(QJsonValue::Null);
}

QJsonObject runJson(const outbox::Outbox &outbox, const outbox::RunRecord &r) {
    return {{QLatin1String("id"), r.id},
            {QLatin1String("action"), r.action},
            {QLatin1String("description"), r.description},
            {QLatin1String("state"), outbox::toString(r.state)},
            {QLatin1String("total"), r.total},
            {QLatin1String("done"), r.done()},
            {QLatin1String("applied"), r.applied},
            {QLatin1String("replayed"), r.replayed},
            {QLatin1String("rejected"), r.rejected},
            {QLatin1String("failed"), r.failed},
            {QLatin1String("unknown"), r.unknown},
            {QLatin1String("queued"), r.queued},
            {QLatin1String("sending"), r.sending},
            {QLatin1String("created_at"), whenJson(r.createdAt)},
            {QLatin1String("last_activity"), whenJson(BulkSession::lastActivity(outbox, r))}};
}

QJsonObject writeJson(const outbox::WriteRecord &w) {
    return {{QLatin1String("idempotency_key"), w.idempotencyKey},
            {QLatin1String("action"), w.action},
            {QLatin1String("target"), w.target},
            {QLatin1String("method"), QString::fromLatin1(w.method)},
            {QLatin1String("path"), w.path},
            {QLatin1String("state"), outbox::toString(w.state)},
            {QLatin1String("result"), outbox::toString(w.result)},
            {QLatin1String("sends"), w.sends},
            {QLatin1String("code"), w.code},
            {QLatin1String("message"), w.message},
            {QLatin1String("created_at"), whenJson(w.createdAt)},
            {QLatin1String("claimed_at"), whenJson(w.claimedAt)}};
}

void printPending(CliApp &app, const outbox::Outbox &outbox, const PendingWork &w) {
    Printer &out = app.printer();
    const outbox::OpenReport &report = outbox.report();
    if (out.json()) {
        QJsonArray runs;
        for (const outbox::RunRecord &r : w.runs) {
            runs.append(runJson(outbox, r));
        }
        QJsonArray singles;
        for (const outbox::WriteRecord &s : w.singles) {
            singles.append(writeJson(s));
        }
        out.data(
            {{QLatin1String("connection_id"), app.connectionId()},
             {QLatin1String("outbox"), outbox.filePath()},
             {QLatin1String("recovered"), report.recovered},
             {QLatin1String("kept_copy"), report.keptCopy.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                    : QJsonValue(report.keptCopy)},
             {QLatin1String("runs"), runs},
             {QLatin1String("single_writes"), singles},
             {QLatin1String("expired_now"), w.expiredNow}});
        return;
    }
    const QLocale locale;
    QString s =
        QStringLiteral("Outbox of connection %1: %2\n").arg(app.connectionId(), outbox.filePath());
    if (!w.runs.isEmpty()) {
        s += QStringLiteral("Unfinished bulk runs (%1):\n").arg(w.runs.size());
        for (const outbox::RunRecord &r : w.runs) {
            s += QStringLiteral("  run %1  %2  %3 of %4 done  %5\n")
                     .arg(r.id)
                     .arg(outbox::toString(r.state), locale.toString(r.done()),
                          locale.toString(r.total), r.description);
            s += QStringLiteral("         started %1, last activity %2\n")
                     .arg(when(r.createdAt), when(BulkSession::lastActivity(outbox, r)));
        }
    }
    if (!w.singles.isEmpty()) {
        s += QStringLiteral("Unsettled single writes (%1):\n").arg(w.singles.size());
        for (const outbox::WriteRecord &x : w.singles) {
            s += QStringLiteral("  %1  %2  %3, sent %4×, since %5  key %6\n")
                     .arg(x.action, x.target, outbox::toString(x.state))
                     .arg(x.sends)
                     .arg(when(x.createdAt), x.idempotencyKey);
        }
    }
    if (w.expiredNow > 0) {
        s += QStringLiteral("%1 writes sent over 24 hours ago never got an answer: their keys "
                            "have expired, so they are not resent. Check those validations (the "
                            "activity log in RetryDesk lists them).\n")
                 .arg(w.expiredNow);
    }
    if (w.runs.isEmpty() && w.singles.isEmpty()) {
        s += QStringLiteral("Nothing unfinished: every write of this connection has a "
                            "definitive answer.\n");
    } else {
        s += QStringLiteral("'retrydesk-cli … outbox resume' finishes them (a bulk run also "
                            "resumes when its command is run again).\n");
    }
    out.text(s);
}

// outbox resume: single writes first (a few requests), then each run in turn.
struct Resume {
    QList<outbox::RunRecord> runs;
    int next = 0;
    ExitCode worst = ExitCode::Ok;
};

void resumeNextRun(CliApp &app, BulkSession &session, std::shared_ptr<Resume> state) {
    if (state->next >= state->runs.size() || app.interrupted()) {
        app.finish(state->worst);
        return;
    }
    const outbox::RunRecord run = state->runs.at(state->next++);
    if (!session.service()) {
        app.printer().note(QStringLiteral("Run %1 is a validations run; resume it with a "
                                          "validations connection.")
                               .arg(run.id));
        state->worst = worse(state->worst, ExitCode::Usage);
        resumeNextRun(app, session, state);
        return;
    }
    app.printer().note(BulkSession::resumeLine(session.outbox(), run));
    for (const outbox::WriteRecord &w : session.outbox().runWrites(run.id)) {
        Validation v; // the run's rows (never shown): answers update them, not a refetch each
        v.id = w.target;
        session.service()->model().upsert(v);
    }
    BulkOptions options;
    options.concurrency = app.invocation().concurrency;
    options.speedLimitPerMinute = app.invocation().speed;
    session.start(std::make_unique<BulkRun>(*session.service(), session.outbox(), run.id, options),
                  true, [&app, &session, state](ExitCode code) {
                      state->worst = worse(state->worst, code);
                      resumeNextRun(app, session, state);
                  });
}

} // namespace

void runOutbox(CliApp &app) {
    auto *session = app.keep(std::make_unique<BulkSession>(app));
    if (!session->open()) {
        app.finish(ExitCode::NoAnswer);
        return;
    }
    printPending(app, session->outbox(), pendingWork(session->outbox()));
    app.finish(ExitCode::Ok);
}

void runOutboxResume(CliApp &app) {
    BulkSession *session = app.keep(std::make_unique<BulkSession>(app));
    if (!session->open()) {
        app.finish(ExitCode::NoAnswer);
        return;
    }
    const PendingWork w = pendingWork(session->outbox());
    if (w.expiredNow > 0) {
        app.printer().note(QStringLiteral("%1 writes sent over 24 hours ago never got an answer "
                                          "and are not resent (their keys expired): check "
                                          "those validations.")
                               .arg(w.expiredNow));
    }
    if (w.runs.isEmpty() && w.singles.isEmpty()) {
        app.printer().note(QStringLiteral("Nothing to resume: every write of this connection has "
                                          "a definitive answer."));
        app.finish(ExitCode::Ok);
        return;
    }
    auto state = std::make_shared<Resume>();
    state->runs = w.runs;
    if (w.singles.isEmpty()) {
        resumeNextRun(app, *session, state);
        return;
    }
    app.printer().note(
        QStringLiteral("Resending %1 single writes with their own keys…").arg(w.singles.size()));
    auto *singles = new SingleWriteResume(session->writer(), w.singles, session);
    QObject::connect(
        singles, &SingleWriteResume::finished, session,
        [&app, session, state, writes = w.singles](int applied, int notApplied,
                                                   const QStringList &) {
            session->outbox().flush();
            for (const outbox::WriteRecord &before : writes) {
                const auto now = session->outbox().write(before.idempotencyKey);
                const bool ok = now && (now->result == outbox::WriteResult::Applied ||
                                        now->result == outbox::WriteResult::Replayed);
                if (app.printer().json()) {
                    QJsonObject o = writeJson(now.value_or(before));
                    o.insert(QLatin1String("applied"), ok);
                    o.insert(QLatin1String("request_id"), now ? now->requestId : QString());
                    app.printer().data(o);
                }
                if (!ok) {
                    const bool refused = now && now->result == outbox::WriteResult::Rejected;
                    const bool key = refused && (now->httpStatus == 401 || now->httpStatus == 403);
                    state->worst = worse(state->worst, key       ? ExitCode::Credentials
                                                       : refused ? ExitCode::Terminal
                                                                 : ExitCode::NoAnswer);
                }
                if (app.printer().json()) {
                    continue;
                }
                if (ok) {
                    app.printer().text(
                        QStringLiteral("%1 %2: %3\n")
                            .arg(before.action, before.target, outbox::toString(now->result)));
                    continue;
                }
                app.printer().text(QStringLiteral("%1 %2: not applied — %3 (%4, request %5)\n")
                                       .arg(before.action, before.target,
                                            now ? now->message : QStringLiteral("no record"),
                                            Printer::orDash(now ? now->code : QString()),
                                            Printer::orDash(now ? now->requestId : QString())));
            }
            app.printer().note(QStringLiteral("Single writes: %1 applied, %2 not applied.")
                                   .arg(applied)
                                   .arg(notApplied));
            resumeNextRun(app, *session, state);
        });
}

} // namespace rd::cli
