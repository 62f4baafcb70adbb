#include "cli/BulkSession.h"

#include "cli/CliApp.h"
#include "core/Random.h"
#include "net/ApiClient.h"
#include "outbox/Outbox.h"
#include "services/ValidationService.h"

#include <QJsonArray>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace rd::cli {

namespace {

constexpr Millis kLineEvery{2000}; // progress lines in a log (not a terminal)

bool stderrIsTerminal() {
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr));
#else
    return isatty(fileno(stderr));
#endif
}

QString number(int n) {
    return QLocale().toString(n);
}

QString stateName(BulkRun::State s) {
    switch (s) {
    case BulkRun::State::Preparing:
        return QStringLiteral("preparing");
    case BulkRun::State::Running:
        return QStringLiteral("running");
    case BulkRun::State::Paused:
        return QStringLiteral("paused");
    case BulkRun::State::Cancelling:
        return QStringLiteral("cancelling");
    case BulkRun::State::Finished:
        return QStringLiteral("finished");
    case BulkRun::State::Cancelled:
        return QStringLiteral("cancelled");
    case BulkRun::State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QJsonValue orNull(const QString &s) {
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject itemJson(const BulkItem &i) {
    return {{QLatin1String("id"), i.validationId},
            {QLatin1String("status"), toString(i.status)},
            {QLatin1String("http_status"), i.httpStatus},
            {QLatin1String("code"), orNull(i.code)},
            {QLatin1String("message"), orNull(i.message)},
            {QLatin1String("request_id"), orNull(i.requestId)},
            {QLatin1String("idempotency_key"), orNull(i.idempotencyKey)},
            {QLatin1String("sends"), i.sends}};
}

ExitCode itemExitCode(const BulkItem &i) {
    switch (i.status) {
    case BulkItem::Status::Applied:
    case BulkItem::Status::Replayed:
    case BulkItem::Status::Skipped:
        return ExitCode::Ok;
    case BulkItem::Status::Failed:
        if (!i.definitive) {
            return ExitCode::NoAnswer; // the same command again resends it with its key
        }
        // seed 003: 401 "Re-auth", 403 "Check scopes": the key's problem, not the item's.
        return i.httpStatus == 401 || i.httpStatus == 403 ? ExitCode::Credentials
                                                          : ExitCode::Terminal;
    case BulkItem::Status::Unknown:
    case BulkItem::Status::Queued:
    case BulkItem::Status::Sending:
        return ExitCode::NoAnswer;
    }
    return ExitCode::NoAnswer;
}

} // namespace

BulkSession::BulkSession(CliApp &app, QObject *parent)
    : QObject(parent)
    , m_app(app)
    , m_hosts(app.clock())
    , m_terminal(stderrIsTerminal()) {
    // One retry budget and rate-limit tracker per host (docs/retries.md): the listing and the run's
    // writes share them.
    m_hosts.attach(app.client());
}

BulkSession::~BulkSession() {
    m_run.reset();
    if (m_ownOutbox) {
        m_app.client().setJournal(nullptr);
    }
}

bool BulkSession::open() {
    const QString dir = m_app.outboxDirectory();
    if (m_app.api() == Api::Validations) {
        const net::ClientConfig &c = m_app.client().config();
        m_service = std::make_unique<ValidationService>(
            ServiceEndpoint{m_app.connectionId(), c.baseUrl, c.apiKey}, m_app.clock(),
            *SystemRandom::instance(), m_hosts);
        m_outbox = m_service->openOutbox(dir);
    } else {
        m_ownOutbox = std::make_unique<outbox::Outbox>(dir, m_app.connectionId(), m_app.clock());
        m_outbox = m_ownOutbox.get();
        m_app.client().setJournal(m_outbox);
    }
    const outbox::OpenReport &report = m_outbox->report();
    if (report.recovered) {
        QString text = QStringLiteral("Warning: %1").arg(report.message);
        if (!report.keptCopy.isEmpty() && !report.message.contains(report.keptCopy)) {
            text += QStringLiteral(" The damaged file was kept as %1.").arg(report.keptCopy);
        }
        m_app.printer().note(text);
    }
    if (!m_outbox->isOpen()) {
        m_app.printer().note(
            QStringLiteral("Error: the outbox %1 cannot be written: %2 Nothing was sent: a write "
                           "is never sent before it is recorded. Set RETRYDESK_OUTBOX_DIR to a "
                           "writable folder, or free disk space.")
                .arg(m_outbox->filePath(), report.message));
        return false;
    }
    return true;
}

net::ApiClient &BulkSession::writer() const {
    return m_service ? m_service->client() : m_app.client();
}

void BulkSession::start(std::unique_ptr<BulkRun> run, bool resumed,
                        std::function<void(ExitCode)> done) {
    m_run = std::move(run);
    m_resumed = resumed;
    m_done = std::move(done);
    m_lineShown = false;
    m_lastLine = m_app.clock().monotonicNow();
    connect(m_run.get(), &BulkRun::progressChanged, this, &BulkSession::onProgress);
    connect(m_run.get(), &BulkRun::finished, this, &BulkSession::onFinished);
    BulkRun *r = m_run.get();
    m_app.setInterruptHandler([this, r] {
        const BulkProgress p = r->progress();
        m_app.printer().note(
            QStringLiteral("%1Stopping: the %2 requests under way finish; the %3 not sent yet "
                           "are dropped. Press Ctrl-C again to quit at once.")
                .arg(m_lineShown ? QStringLiteral("\n") : QString())
                .arg(p.sending)
                .arg(p.queued));
        m_lineShown = false;
        r->cancel();
    });
}

void BulkSession::onProgress() {
    if (!m_run || m_app.printer().json() || !m_run->isActive()) {
        return;
    }
    const BulkProgress p = m_run->progress();
    const QString line = m_run->state() == BulkRun::State::Preparing
                             ? QStringLiteral("Recording the run in the outbox: %1/%2")
                                   .arg(number(p.journaled), number(p.total - p.skipped))
                             : progressLine(p);
    if (m_terminal) {
        // A terminal: one line rewritten in place (\r, erase to the end of the line).
        m_app.printer().progress(QStringLiteral("\r\x1b[K") + line);
        m_lineShown = true;
        return;
    }
    // A log or a pipe: a line every few seconds reads better than hundreds of \r updates.
    const Millis now = m_app.clock().monotonicNow();
    if (now - m_lastLine >= kLineEvery) {
        m_lastLine = now;
        m_app.printer().note(line);
    }
}

void BulkSession::onFinished() {
    m_app.setInterruptHandler({});
    if (m_lineShown) {
        m_app.printer().progress(QStringLiteral("\r\x1b[K")); // the summary replaces it
        m_lineShown = false;
    }
    printSummary();
    const ExitCode code = exitCodeOf(*m_run);
    // From the event loop: done may start the next run, which replaces this one (still emitting).
    QMetaObject::invokeMethod(
        this,
        [this, code] {
            if (m_done) {
                m_done(code);
            }
        },
        Qt::QueuedConnection);
}

void BulkSession::printSummary() {
    Printer &out = m_app.printer();
    const BulkRun &run = *m_run;
    const BulkProgress p = run.progress();
    if (out.json()) {
        QJsonArray items;
        for (const BulkItem &i : run.items()) {
            items.append(itemJson(i));
        }
        QJsonObject o{{QLatin1String("run_id"), run.runId()},
                      {QLatin1String("action"), run.action().name()},
                      {QLatin1String("description"), run.description()},
                      {QLatin1String("state"), stateName(run.state())},
                      {QLatin1String("resumed"), m_resumed},
                      {QLatin1String("total"), p.total},
                      {QLatin1String("applied"), p.applied},
                      {QLatin1String("replayed"), p.replayed},
                      {QLatin1String("skipped"), p.skipped},
                      {QLatin1String("failed"), p.failed},
                      {QLatin1String("unknown"), p.unknown},
                      {QLatin1String("items"), items}};
        if (!run.message().isEmpty()) {
            o.insert(QLatin1String("message"), run.message());
        }
        out.data(o);
    } else {
        QString s;
        switch (run.state()) {
        case BulkRun::State::Cancelled:
            s = QStringLiteral("Stopped: %1\n").arg(run.description());
            break;
        case BulkRun::State::Failed:
            s = QStringLiteral("Stopped by an error: %1\n").arg(run.description());
            break;
        default:
            s = QStringLiteral("Done: %1\n").arg(run.description());
            break;
        }
        s += QStringLiteral("  %1 validations: applied %2 · replayed %3 · skipped %4 · failed %5 · "
                            "unknown %6\n")
                 .arg(number(p.total), number(p.applied), number(p.replayed), number(p.skipped),
                      number(p.failed), number(p.unknown));
        QMap<QString, int> skippedBy;
        QStringList failed;
        QStringList unknown;
        for (const BulkItem &i : run.items()) {
            if (i.status == BulkItem::Status::Skipped) {
                ++skippedBy[i.code.isEmpty() ? QStringLiteral("not_sent") : i.code];
            } else if (i.status == BulkItem::Status::Failed) {
                failed << QStringLiteral("  %1  %2  HTTP %3  request %4  %5%6\n")
                              .arg(i.validationId, Printer::orDash(i.code))
                              .arg(i.httpStatus ? QString::number(i.httpStatus)
                                                : QStringLiteral("-"))
                              .arg(Printer::orDash(i.requestId), i.message,
                                   i.definitive ? QString()
                                                : QStringLiteral("  key %1").arg(i.idempotencyKey));
            } else if (i.status == BulkItem::Status::Unknown) {
                unknown << QStringLiteral("  %1  %2\n").arg(i.validationId, i.message);
            }
        }
        if (!skippedBy.isEmpty()) {
            s += QStringLiteral("Skipped:\n");
            for (auto it = skippedBy.cbegin(); it != skippedBy.cend(); ++it) {
                s += QStringLiteral("  %1  %2\n").arg(it.key()).arg(number(it.value()));
            }
        }
        if (!failed.isEmpty()) {
            s += QStringLiteral("Failed (%1):\n").arg(number(int(failed.size()))) +
                 failed.join(QString());
        }
        if (!unknown.isEmpty()) {
            s += QStringLiteral("Outcome unknown (%1): check these validations\n")
                     .arg(number(int(unknown.size()))) +
                 unknown.join(QString());
        }
        out.text(s);
    }
    if (run.state() == BulkRun::State::Failed) {
        out.note(QStringLiteral("Error: %1").arg(run.message()));
    } else if (std::any_of(run.items().cbegin(), run.items().cend(), [](const BulkItem &i) {
                   return i.status == BulkItem::Status::Failed && !i.definitive;
               })) {
        // seed 001: only the same key with the same bytes settles them without a second write.
        out.note(
            QStringLiteral(
                "Items listed with a key got no definitive answer: the server may or may not have "
                "applied them. To settle one without applying it twice, send it again with its "
                "key: 'retrydesk-cli … %1 ID%2 --idempotency-key KEY'.")
                .arg(run.action().kind == BulkAction::Kind::SetPolicy ? QStringLiteral("policy set")
                                                                      : QStringLiteral("cancel"),
                     run.action().kind == BulkAction::Kind::SetPolicy
                         ? QStringLiteral(" <the same policy options>")
                         : QString()));
    }
}

ExitCode BulkSession::exitCodeOf(const BulkRun &run) {
    ExitCode worst = run.state() == BulkRun::State::Failed ? ExitCode::NoAnswer : ExitCode::Ok;
    for (const BulkItem &i : run.items()) {
        if (run.state() == BulkRun::State::Cancelled &&
            (i.status == BulkItem::Status::Queued || i.status == BulkItem::Status::Sending)) {
            continue; // dropped by the user's Ctrl-C, not an outcome
        }
        worst = worse(worst, itemExitCode(i));
    }
    return worst;
}

QString BulkSession::shortDuration(Millis d) {
    const qint64 s = std::max<qint64>(0, (d.count() + 999) / 1000);
    if (s < 60) {
        return QStringLiteral("%1 s").arg(s);
    }
    if (s < 3600) {
        return s % 60 ? QStringLiteral("%1 min %2 s").arg(s / 60).arg(s % 60)
                      : QStringLiteral("%1 min").arg(s / 60);
    }
    return QStringLiteral("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

QString BulkSession::progressLine(const BulkProgress &p) {
    QStringList parts{QStringLiteral("%1/%2").arg(number(p.ended()), number(p.total)),
                      QStringLiteral("applied %1").arg(number(p.applied))};
    if (p.replayed > 0) {
        parts << QStringLiteral("replayed %1").arg(number(p.replayed));
    }
    if (p.skipped > 0) {
        parts << QStringLiteral("skipped %1").arg(number(p.skipped));
    }
    if (p.failed > 0) {
        parts << QStringLiteral("failed %1").arg(number(p.failed));
    }
    if (p.unknown > 0) {
        parts << QStringLiteral("unknown %1").arg(number(p.unknown));
    }
    if (p.perSecond > 0) {
        parts << (p.perSecond >= 10 ? QStringLiteral("%1/s").arg(qRound(p.perSecond))
                                    : QStringLiteral("%1/s").arg(p.perSecond, 0, 'f', 1));
    }
    if (p.eta && p.ended() < p.total) {
        parts << QStringLiteral("ETA %1").arg(shortDuration(*p.eta));
    }
    return parts.join(QStringLiteral(" · "));
}

QDateTime BulkSession::lastActivity(const outbox::Outbox &outbox, const outbox::RunRecord &run) {
    QDateTime last = run.createdAt;
    for (const outbox::WriteRecord &w : outbox.runWrites(run.id)) {
        for (const std::optional<QDateTime> &t : {w.claimedAt, w.finishedAt}) {
            if (t && t->isValid() && (!last.isValid() || *t > last)) {
                last = *t;
            }
        }
    }
    return last;
}

QString BulkSession::resumeLine(const outbox::Outbox &outbox, const outbox::RunRecord &run) {
    return QStringLiteral("Resuming the run interrupted on %1: %2 of %3 done.")
        .arg(
            lastActivity(outbox, run).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
            number(run.done()), number(run.total));
}

} // namespace rd::cli
