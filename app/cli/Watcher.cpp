#include "cli/Watcher.h"

#include "cli/CliApp.h"
#include "cli/Commands.h"
#include "domain/JsonUtil.h"
#include "models/ValidationRow.h"

#include <QDateTime>

#include <cmath>
#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace rd::cli {

namespace {
bool stdoutIsTerminal() {
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdout));
#else
    return isatty(fileno(stdout));
#endif
}
} // namespace

Watcher::Watcher(CliApp &app, bool liveCountdown, QObject *parent)
    : QObject(parent)
    , m_app(app)
    , m_live(liveCountdown) {}

Watcher::~Watcher() {
    if (m_pollTimer) {
        m_app.clock().cancel(m_pollTimer);
    }
    if (m_tickTimer) {
        m_app.clock().cancel(m_tickTimer);
    }
}

void Watcher::start() {
    poll();
}

Millis Watcher::nextPoll(const RetryState &rs, qint64 serverNowMs, Millis *backoff) {
    if (rs.nextAttemptAt) {
        const qint64 remaining = rs.nextAttemptAt->toMSecsSinceEpoch() - serverNowMs;
        if (remaining > 0) {
            *backoff = kFirstBackoff;
            return std::min(Millis(remaining) + kGrace, kMaxPoll);
        }
    }
    const Millis wait = *backoff;
    *backoff = std::min(*backoff * 2, kMaxPoll);
    return wait;
}

void Watcher::poll() {
    m_pollTimer = 0;
    m_app.trace(m_app.validations().get(m_app.invocation().ids.first(), [this](const auto &reply) {
        if (!reply.ok()) {
            if (m_live) {
                m_app.printer().text(QStringLiteral("\n"));
            }
            m_app.fail(reply.result, reply.decodeError);
            return;
        }
        m_app.printer().learnSkew(reply.result);
        report(reply.value->validation);
    }));
}

void Watcher::report(const Validation &v) {
    Printer &out = m_app.printer();
    const std::optional<RetryState> &rs = v.retryState;
    const qint64 now = out.serverTime().nowMs();
    const QString at = json::formatTimestamp(QDateTime::fromMSecsSinceEpoch(now, Qt::UTC));
    const bool changed = !m_last || *m_last != rs;
    m_current = rs;
    if (changed) {
        m_backoff = kFirstBackoff;
        if (out.json()) {
            out.data({{QLatin1String("at"), at},
                      {QLatin1String("id"), v.id},
                      {QLatin1String("outcome"), v.outcomeWire().isEmpty()
                                                     ? QJsonValue(QJsonValue::Null)
                                                     : QJsonValue(v.outcomeWire())},
                      {QLatin1String("retry_state"),
                       rs ? QJsonValue(rs->toJson()) : QJsonValue(QJsonValue::Null)}});
        } else {
            const QStringList lines = out.describeRetryState(rs);
            QString s = m_live && !m_shownCountdown.isEmpty() ? QStringLiteral("\n") : QString();
            s += QStringLiteral("[%1] %2 outcome=%3: %4\n")
                     .arg(at, v.id, Printer::orDash(v.outcomeWire()), lines.join(QStringLiteral("; ")));
            out.text(s);
            m_shownCountdown.clear();
        }
    }
    m_last = rs;
    if (!rs || !rs->isActive()) {
        if (m_live && !m_shownCountdown.isEmpty()) {
            out.text(QStringLiteral("\n"));
        }
        out.note(!rs ? QStringLiteral("No retry cycle to watch.")
                     : QStringLiteral("The retry cycle has ended (%1).")
                           .arg(rs->terminalState ? toWire(*rs->terminalState)
                                                  : QStringLiteral("disabled")));
        m_app.finish(ExitCode::Ok);
        return;
    }
    if (!changed && !out.json() && !m_live) {
        // Not a terminal: one line per poll keeps a log readable where \r would not be.
        out.text(
            QStringLiteral("[%1] still pending: next attempt %2\n").arg(at, out.countdown(*rs)));
    }
    schedule(nextPoll(*rs, now, &m_backoff));
    if (m_live && !out.json() && !m_tickTimer) {
        tick();
    }
}

void Watcher::schedule(Millis serverWait) {
    const auto wait = Millis(qint64(std::ceil(double(serverWait.count()) / m_app.timeScale())));
    m_pollTimer = m_app.clock().callAfter(wait, this, [this] { poll(); });
}

void Watcher::tick() {
    m_tickTimer = 0;
    if (!m_current || !m_current->isActive()) {
        return;
    }
    const qint64 now = m_app.printer().serverTime().nowMs();
    const QString text = m_app.printer().countdown(*m_current);
    if (text != m_shownCountdown) {
        // A terminal: rewrite one line in place (\r, erase to end of line).
        m_app.printer().text(QStringLiteral("\r\x1b[Knext attempt %1").arg(text));
        m_shownCountdown = text;
    }
    const qint64 next = m_current->nextAttemptAt ? m_current->nextAttemptAt->toMSecsSinceEpoch()
                                                 : ValidationRow::kNullTime;
    const qint64 until = CountdownFormatter::msUntilChange(next, true, now);
    m_tickTimer =
        m_app.clock().callAfter(Millis(until > 0 ? until : 1000), this, [this] { tick(); });
}

void runWatch(CliApp &app) {
    auto *watcher = new Watcher(app, stdoutIsTerminal() && !app.printer().json(), &app);
    watcher->start();
}

} // namespace rd::cli
