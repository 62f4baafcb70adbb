#include "net/Result.h"

#include <QCoreApplication>
#include "core/Redaction.h"

namespace rd::net {

namespace {

// RetryDesk's own words: the window translates them; the command-line tool installs no
// translator and stays English.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rd::net::Result)
};

} // namespace
QString toString(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::None:
        return QStringLiteral("ok");
    case ErrorKind::Terminal:
        return QStringLiteral("terminal");
    case ErrorKind::GaveUp:
        return QStringLiteral("gave_up");
    case ErrorKind::BudgetExhausted:
        return QStringLiteral("budget_exhausted");
    case ErrorKind::DeadlineExceeded:
        return QStringLiteral("deadline_exceeded");
    case ErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorKind::OutcomePending:
        return QStringLiteral("outcome_pending");
    case ErrorKind::KeyReused:
        return QStringLiteral("key_reused");
    case ErrorKind::RetryAfterBeyondDeadline:
        return QStringLiteral("retry_after_beyond_deadline");
    case ErrorKind::Network:
        return QStringLiteral("network");
    }
    return {};
}

QString toString(WaitReason why) {
    switch (why) {
    case WaitReason::None:
        return {};
    case WaitReason::Backoff:
        return QStringLiteral("backoff");
    case WaitReason::RetryAfter:
        return QStringLiteral("Retry-After");
    case WaitReason::RateLimit:
        return QStringLiteral("rate limit");
    }
    return {};
}

QByteArray Result::header(const QByteArray &name) const {
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0) {
            return v;
        }
    }
    return {};
}

namespace {
QString seconds(Millis ms) {
    const qint64 s = (ms.count() + 999) / 1000;
    if (s >= 120) {
        return Text::tr("%1 min").arg((s + 59) / 60);
    }
    return Text::tr("%1 s").arg(s);
}
} // namespace

QString userMessageFor(const Result &r, int maxAttempts, Millis totalTimeout) {
    const QString cite = r.error.requestId.isEmpty()
                             ? QString()
                             : Text::tr(" (request %1)").arg(r.error.requestId);
    QString text;
    switch (r.errorKind) {
    case ErrorKind::None:
        return {};
    case ErrorKind::Terminal:
        text = Text::tr("%1%2 Fix the request or its settings and try again; RetryDesk "
                              "does not retry this kind of error.")
                   .arg(r.error.message, cite);
        break;
    case ErrorKind::GaveUp:
        text = Text::tr("The server kept failing (%1) after %2 attempts%3. It is having "
                              "trouble: try again later, and cite the request id if you contact "
                              "support.")
                   .arg(r.error.message)
                   .arg(maxAttempts)
                   .arg(cite);
        break;
    case ErrorKind::BudgetExhausted:
        text = Text::tr("RetryDesk stopped retrying: too many requests to this server "
                              "failed recently, so it is giving the server room to recover. "
                              "Last error: %1%2. Try again in a minute.")
                   .arg(r.error.message, cite);
        break;
    case ErrorKind::DeadlineExceeded:
        text = Text::tr("No answer within %1 (%2 attempts). Check your network connection "
                              "and the server's status, then try again; a change that reached "
                              "the server can be found by reloading.")
                   .arg(seconds(totalTimeout))
                   .arg(r.attempts);
        break;
    case ErrorKind::Cancelled:
        text = Text::tr("Cancelled. If the request had already reached the server it may "
                              "have been applied: reload to see the current state.");
        break;
    case ErrorKind::OutcomePending:
        text = Text::tr("The server is still processing this change%1. It has not failed: "
                              "RetryDesk will confirm it with the same idempotency key; reload "
                              "in a moment.")
                   .arg(cite);
        break;
    case ErrorKind::KeyReused:
        text = Text::tr("This idempotency key was already used for a different request%1. "
                              "This is a bug in RetryDesk, not in your data: please report it. "
                              "Nothing was changed by this request.")
                   .arg(cite);
        break;
    case ErrorKind::RetryAfterBeyondDeadline:
        text = Text::tr("The server asked to wait until %1, beyond the %2 this request "
                              "may take%3. Try again after that time.")
                   .arg(r.retryAt ? r.retryAt->toLocalTime().toString(QStringLiteral("HH:mm:ss"))
                                  : Text::tr("later"),
                        seconds(totalTimeout), cite);
        break;
    case ErrorKind::Network:
        text = Text::tr("Could not reach the server: %1. Check the server address and "
                              "your network settings.")
                   .arg(r.error.message);
        break;
    }
    return redact::scrub(text);
}

} // namespace rd::net
