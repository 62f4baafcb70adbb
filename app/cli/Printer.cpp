#include "cli/Printer.h"

#include "cli/TextTable.h"
#include "core/Redaction.h"
#include "domain/Duration.h"
#include "domain/JsonUtil.h"
#include "models/CountdownFormatter.h"
#include "models/ValidationRow.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rd::cli {

namespace {

QString ts(const std::optional<QDateTime> &t) {
    return t ? json::formatTimestamp(*t) : QStringLiteral("-");
}

QString outcomesText(const std::optional<QList<Outcome>> &outcomes) {
    QStringList names;
    for (Outcome o : outcomes.value_or(QList<Outcome>{})) {
        names << toWire(o);
    }
    return names.join(QStringLiteral(", "));
}

QString stateWord(const std::optional<RetryState> &rs) {
    if (!rs) {
        return QStringLiteral("-");
    }
    return rs->terminalState
               ? toWire(*rs->terminalState)
               : (rs->enabled ? QStringLiteral("enabled") : QStringLiteral("disabled"));
}

// SGR codes from the basic 16 colours, which terminals map to their own light or dark theme.
QString sgr(const QString &text, const char *code) {
    return QStringLiteral("\x1b[%1m%2\x1b[0m").arg(QLatin1String(code), text);
}

const char *stateCode(const std::optional<RetryState> &rs) {
    if (!rs || !rs->terminalState) {
        return "2"; // dim
    }
    switch (*rs->terminalState) {
    case TerminalState::Pending:
        return "36";
    case TerminalState::Resolved:
        return "32";
    case TerminalState::Exhausted:
        return "31";
    case TerminalState::Cancelled:
        return "33";
    }
    return "0";
}

} // namespace

QString Printer::stateText(const std::optional<RetryState> &rs) const {
    const QString word = stateWord(rs);
    return m_color ? sgr(word, stateCode(rs)) : word;
}

QString Printer::listStatusText(const BulkList &l) const {
    const QString word =
        l.status == BulkList::Status::Unknown ? l.statusText : BulkList::toWire(l.status);
    if (!m_color) {
        return word;
    }
    switch (l.status) {
    case BulkList::Status::Queued:
        return sgr(word, "33");
    case BulkList::Status::InProgress:
        return sgr(word, "36");
    case BulkList::Status::Completed:
        return sgr(word, "32");
    case BulkList::Status::Failed:
        return sgr(word, "31");
    case BulkList::Status::Unknown:
        break;
    }
    return sgr(word, "2");
}

void Printer::learnSkew(const net::Result &r) {
    if (r.clockSkew) {
        m_serverTime.setSkew(*r.clockSkew);
    }
}

QString Printer::countdown(const RetryState &rs) const {
    const qint64 next =
        rs.nextAttemptAt ? rs.nextAttemptAt->toMSecsSinceEpoch() : ValidationRow::kNullTime;
    // The same countdown text as the window, on the server's clock.
    return CountdownFormatter::text(next, rs.isActive(), m_serverTime.nowMs());
}

QStringList Printer::describeRetryState(const std::optional<RetryState> &rs) const {
    if (!rs) {
        return {QStringLiteral("no retry cycle (no policy was ever set)")};
    }
    QStringList lines;
    QString head = stateText(rs);
    if (rs->maxRetries) {
        head += QStringLiteral(" — %1 of %2 retries made")
                    .arg(rs->attemptsCompleted)
                    .arg(*rs->maxRetries);
        if (rs->isActive() && rs->remaining()) {
            head += QStringLiteral(", %1 remaining").arg(*rs->remaining());
        }
    } else {
        head += QStringLiteral(" — %1 retries made").arg(rs->attemptsCompleted);
    }
    lines << head;
    if (rs->enabled && rs->intervalSeconds) {
        lines << QStringLiteral("policy: every %1 on %2")
                     .arg(duration::format(*rs->intervalSeconds), outcomesText(rs->outcomes));
    }
    if (rs->nextAttemptAt) {
        lines << QStringLiteral("next attempt: %1 (%2)").arg(ts(rs->nextAttemptAt), countdown(*rs));
    }
    if (rs->resolvedAt) {
        lines << QStringLiteral("resolved at: %1").arg(ts(rs->resolvedAt));
    }
    if (rs->exhaustedAt) {
        lines << QStringLiteral("exhausted at: %1").arg(ts(rs->exhaustedAt));
    }
    if (rs->cancelledAt) {
        lines << QStringLiteral("cancelled at: %1").arg(ts(rs->cancelledAt));
    }
    return lines;
}

namespace {
// --json: the items that could not be read, with the reason and the server's JSON.
QJsonValue unreadableJson(const api::Page<Validation> &page) {
    QJsonArray items;
    for (const UnreadableItem &u : page.unreadable) {
        items.append(QJsonObject{{QLatin1String("reason"), u.reason},
                                 {QLatin1String("raw"), QString::fromUtf8(u.raw)}});
    }
    return QJsonObject{{QLatin1String("count"), page.unreadableCount},
                       {QLatin1String("items"), items}};
}
} // namespace

namespace {
QJsonObject listingJson(const api::Page<Validation> &page, QJsonArray items,
                        const QString &requestId) {
    return {{QLatin1String("items"), items},
            {QLatin1String("next_cursor"), page.nextCursor.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                     : QJsonValue(page.nextCursor)},
            {QLatin1String("has_more"), page.hasMore},
            {QLatin1String("unreadable"), unreadableJson(page)},
            {QLatin1String("request_id"), requestId}};
}
} // namespace

QByteArray Printer::compactJson(const QJsonObject &o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void Printer::validationsJson(const api::Page<Validation> &page,
                              const QList<QByteArray> &itemChunks, const QString &requestId) {
    // The envelope with no items, then the items spliced in where its empty array is. Its keys
    // are sorted (QJsonObject): "has_more" comes first, so the first "items":[] is the listing's.
    const QByteArray doc = compactJson(listingJson(page, {}, requestId));
    static constexpr char kEmpty[] = "\"items\":[]";
    const qsizetype at = doc.indexOf(kEmpty) + qsizetype(sizeof(kEmpty)) - 2; // at the ']'
    m_out << QString::fromUtf8(doc.left(at));
    for (const QByteArray &chunk : itemChunks) {
        m_out << QString::fromUtf8(chunk); // each chunk ends between two items
    }
    m_out << QString::fromUtf8(doc.mid(at)) << '\n';
    m_out.flush();
}

void Printer::validations(const api::Page<Validation> &page, const QString &requestId) {
    if (m_json) {
        QJsonArray items;
        for (const Validation &v : page.items) {
            items.append(v.toJson());
        }
        data(listingJson(page, items, requestId));
        return;
    }
    TextTable t({QStringLiteral("ID"), QStringLiteral("OUTCOME"), QStringLiteral("SOURCE"),
                 QStringLiteral("RETRY"), QStringLiteral("ATTEMPTS"),
                 QStringLiteral("NEXT ATTEMPT")});
    for (const Validation &v : page.items) {
        const auto &rs = v.retryState;
        QString attempts = QStringLiteral("-");
        if (rs) {
            attempts = rs->maxRetries
                           ? QStringLiteral("%1/%2").arg(rs->attemptsCompleted).arg(*rs->maxRetries)
                           : QString::number(rs->attemptsCompleted);
        }
        QString next = QStringLiteral("-");
        if (rs && rs->nextAttemptAt) {
            next = countdown(*rs);
        }
        t.addRow(
            {v.id, orDash(v.outcomeWire()), orDash(v.sourceWire()), stateText(rs), attempts, next});
    }
    text(t.render());
}

void Printer::validation(const api::ValidationDetail &d, const QString &requestId) {
    if (m_json) {
        data(d.toJson());
        return;
    }
    const Validation &v = d.validation;
    QString s;
    auto row = [&s](const QString &label, const QString &value) {
        s += label.leftJustified(14) + value + u'\n';
    };
    row(QStringLiteral("Validation"), v.id);
    // Fields beyond id and retry_state are optional (not in the seeds): "-" when not given.
    row(QStringLiteral("Tracking key"), orDash(v.trackingKey));
    row(QStringLiteral("Amount"),
        v.amountCents ? Validation::formatAmount(*v.amountCents) : QStringLiteral("-"));
    row(QStringLiteral("Banks"),
        orDash(v.senderBank) + QStringLiteral(" → ") + orDash(v.receiverBank));
    row(QStringLiteral("Payment date"), orDash(v.paymentDate.toString(Qt::ISODate)));
    row(QStringLiteral("Outcome"), v.outcome || v.outcomeText.isEmpty()
                                       ? orDash(v.outcomeWire())
                                       : v.outcomeText + QStringLiteral(" (unknown to RetryDesk)"));
    row(QStringLiteral("Source"), v.source || v.sourceText.isEmpty()
                                      ? orDash(v.sourceWire())
                                      : v.sourceText + QStringLiteral(" (unknown to RetryDesk)"));
    row(QStringLiteral("Created"),
        v.createdAt.isValid() ? json::formatTimestamp(v.createdAt) : QStringLiteral("-"));
    row(QStringLiteral("Updated"),
        v.updatedAt.isValid() ? json::formatTimestamp(v.updatedAt) : QStringLiteral("-"));
    const QStringList cycle = describeRetryState(v.retryState);
    for (qsizetype i = 0; i < cycle.size(); ++i) {
        row(i == 0 ? QStringLiteral("Retry cycle") : QString(), cycle[i]);
    }
    for (const api::RetryAttempt &a : d.history) {
        row(a.attempt == d.history.first().attempt ? QStringLiteral("Attempts") : QString(),
            QStringLiteral("#%1  %2  %3")
                .arg(a.attempt)
                .arg(json::formatTimestamp(a.at),
                     a.outcome ? toWire(*a.outcome) : orDash(a.outcomeText)));
    }
    if (d.unreadableHistory > 0) {
        row(QString(), QStringLiteral("(%1 attempt(s) could not be read: %2)")
                           .arg(d.unreadableHistory)
                           .arg(d.historyProblem));
    }
    row(QStringLiteral("Request"), requestId);
    text(s);
}

void Printer::retryStateUpdate(const QString &what, const api::RetryStateUpdate &u,
                               const net::Result &r) {
    if (m_json) {
        data({{QLatin1String("id"), u.id},
              {QLatin1String("retry_state"), u.retryState.toJson()},
              {QLatin1String("request_id"), r.requestId},
              {QLatin1String("idempotency_key"), r.idempotencyKey},
              {QLatin1String("replayed"), r.replayed}});
        return;
    }
    QString s =
        QStringLiteral("%1 %2%3\n")
            .arg(what, u.id,
                 r.replayed ? QStringLiteral(" (replayed: the server had already applied it)")
                            : QString());
    for (const QString &line : describeRetryState(u.retryState)) {
        s += QStringLiteral("  ") + line + u'\n';
    }
    s += QStringLiteral("  request %1, idempotency key %2\n").arg(r.requestId, r.idempotencyKey);
    text(s);
}

void Printer::lists(const QList<BulkList> &lists) {
    if (m_json) {
        QJsonArray items;
        for (const BulkList &l : lists) {
            items.append(l.toJson());
        }
        data({{QLatin1String("items"), items}});
        return;
    }
    TextTable t({QStringLiteral("ID"), QStringLiteral("STATUS"), QStringLiteral("PROCESSED"),
                 QStringLiteral("VALID"), QStringLiteral("INVALID"), QStringLiteral("UNKNOWN"),
                 QStringLiteral("RETRY OF"), QStringLiteral("NAME")});
    for (const BulkList &l : lists) {
        t.addRow({l.id, listStatusText(l), QStringLiteral("%1/%2").arg(l.processed).arg(l.total),
                  QString::number(l.valid), QString::number(l.invalid), QString::number(l.unknown),
                  l.retryOf.isEmpty() ? QStringLiteral("-") : l.retryOf, l.name});
    }
    text(t.render());
}

void Printer::list(const BulkList &l) {
    if (m_json) {
        data(l.toJson());
        return;
    }
    QString s;
    auto row = [&s](const QString &label, const QString &value) {
        s += label.leftJustified(11) + value + u'\n';
    };
    row(QStringLiteral("List"), l.id);
    row(QStringLiteral("Name"), l.name);
    row(QStringLiteral("Status"), listStatusText(l));
    row(QStringLiteral("Progress"), QStringLiteral("%1 of %2 (%3%)")
                                        .arg(l.processed)
                                        .arg(l.total)
                                        .arg(qRound(l.progress() * 100)));
    row(QStringLiteral("Valid"), QString::number(l.valid));
    row(QStringLiteral("Invalid"), QString::number(l.invalid));
    row(QStringLiteral("Unknown"), QString::number(l.unknown));
    row(QStringLiteral("Created"), ts(l.createdAt));
    row(QStringLiteral("Updated"), ts(l.updatedAt));
    if (!l.retryOf.isEmpty()) {
        row(QStringLiteral("Retry of"), l.retryOf);
    }
    row(QStringLiteral("Can retry"),
        l.canRetry() ? QStringLiteral("yes") : QStringLiteral("no (still processing)"));
    text(s);
}

QJsonObject Printer::errorJson(const net::Result &r, const QString &decodeError) {
    QJsonObject e{
        {QLatin1String("kind"),
         decodeError.isEmpty() ? net::toString(r.errorKind) : QStringLiteral("bad_response")},
        {QLatin1String("code"),
         decodeError.isEmpty() ? r.error.code : QStringLiteral("bad_response")},
        {QLatin1String("message"),
         redact::scrub(decodeError.isEmpty() ? r.error.message : decodeError)},
        {QLatin1String("field"),
         r.error.field.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.error.field)},
        {QLatin1String("http_status"), r.httpStatus},
        {QLatin1String("request_id"), r.requestId.isEmpty() ? r.error.requestId : r.requestId},
        {QLatin1String("attempts"), r.attempts}};
    return e;
}

namespace {
// Field names of the wire mapped back to the options a user typed.
QString optionFor(const QString &field) {
    if (field == u"max_retries") {
        return QStringLiteral("--max-retries");
    }
    if (field == u"interval_seconds") {
        return QStringLiteral("--interval");
    }
    if (field == u"outcomes") {
        return QStringLiteral("--outcomes");
    }
    return field;
}
} // namespace

void Printer::error(const net::Result &r, const QString &decodeError,
                    const QString &reconcileCommand) {
    const bool unsettledWrite = !r.idempotencyKey.isEmpty() && !reconcileCommand.isEmpty() &&
                                r.errorKind != net::ErrorKind::Terminal &&
                                r.errorKind != net::ErrorKind::KeyReused && decodeError.isEmpty();
    if (m_json) {
        QJsonObject o{{QLatin1String("error"), errorJson(r, decodeError)}};
        if (!r.idempotencyKey.isEmpty()) {
            o.insert(QLatin1String("idempotency_key"), r.idempotencyKey);
        }
        data(o);
    }
    QString s;
    if (!decodeError.isEmpty()) {
        s = QStringLiteral("Error: the server's answer could not be read (%1; request %2). "
                           "Check that --base-url points at the right API and version.\n")
                .arg(decodeError, r.requestId);
    } else {
        s = QStringLiteral("Error: %1\n").arg(r.error.describe());
        if (!r.error.field.isEmpty()) {
            // The server's 422 on a field the user typed names the option, as local checks do
            // (where the plan's cap is not known, the server is the one that checks it).
            const QString option = optionFor(r.error.field);
            s += option == r.error.field
                     ? QStringLiteral("  field: %1\n").arg(r.error.field)
                     : QStringLiteral("  %1: %2\n").arg(option, r.error.message);
        }
        if (!r.userMessage.isEmpty() && r.errorKind != net::ErrorKind::Terminal) {
            s += QStringLiteral("  %1\n").arg(r.userMessage);
        }
    }
    if (unsettledWrite) {
        // seed 001: the same key with the same body returns the first request's result, so
        // repeating the command with it reconciles without a second write.
        s += QStringLiteral("  Idempotency key: %1\n"
                            "  The change may or may not have been applied. To find out without "
                            "applying it twice, run:\n    %2 --idempotency-key %1\n")
                 .arg(r.idempotencyKey, reconcileCommand);
    }
    m_err << redact::scrub(s);
    m_err.flush();
}

void Printer::fieldErrors(const FieldErrors &errors) {
    const auto option = optionFor;
    if (m_json) {
        QJsonArray a;
        for (const FieldError &e : errors) {
            a.append(QJsonObject{{QLatin1String("field"), e.field},
                                 {QLatin1String("code"), e.code},
                                 {QLatin1String("message"), e.message}});
        }
        data({{QLatin1String("error"),
               QJsonObject{{QLatin1String("kind"), QStringLiteral("usage")},
                           {QLatin1String("code"), QStringLiteral("retry_policy_invalid")},
                           {QLatin1String("fields"), a}}}});
    }
    QString s = QStringLiteral("Error: the policy was not sent; fix these first:\n");
    for (const FieldError &e : errors) {
        s += QStringLiteral("  %1: %2\n").arg(option(e.field), e.message);
    }
    m_err << s;
    m_err.flush();
}

void Printer::noteUnreadable(const api::Page<Validation> &page, const QString &requestId) {
    const int total = page.unreadableCount + int(page.items.size());
    note(QStringLiteral("%1 of %2 rows could not be read: %3 (request %4).")
             .arg(page.unreadableCount)
             .arg(total)
             .arg(page.unreadable.isEmpty() ? QStringLiteral("?") : page.unreadable.first().reason,
                  requestId.isEmpty() ? QStringLiteral("-") : requestId));
    if (m_verbose) {
        for (const UnreadableItem &u : page.unreadable) {
            note(QStringLiteral("  unreadable (%1): %2").arg(u.reason, QString::fromUtf8(u.raw)));
        }
    }
}

void Printer::note(const QString &t) {
    m_err << redact::scrub(t) << '\n';
    m_err.flush();
}

void Printer::progress(const QString &t) {
    m_err << redact::scrub(t);
    m_err.flush();
}

void Printer::data(const QJsonObject &o) {
    m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
    m_out.flush();
}

void Printer::text(const QString &s) {
    m_out << redact::scrub(s);
    m_out.flush();
}

} // namespace rd::cli
