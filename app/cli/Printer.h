// Printer: everything retrydesk-cli writes — human tables and sentences, or stable JSON, and
// errors with code, message and requestId. Text passes through rd::redact before it leaves.
#pragma once

#include "api/Account.h"
#include "api/PayloadMapping.h"
#include "api/Reply.h"
#include "api/ValidationDetail.h"
#include "domain/BulkList.h"
#include "domain/FieldError.h"
#include "models/ServerTime.h"

#include <QJsonObject>
#include <QTextStream>

namespace rd::cli {

class Printer {
public:
    Printer(QTextStream &out, QTextStream &err, bool json)
        : m_out(out)
        , m_err(err)
        , m_json(json) {}

    bool json() const { return m_json; }
    // Colours for states in human output (a terminal that wants them; never with --json). The
    // word is always there: colour only adds to it.
    void setColor(bool on) { m_color = on && !m_json; }
    bool color() const { return m_color; }
    // The state word in its colour: pending cyan, resolved green, exhausted red, cancelled
    // yellow, no cycle / disabled dim; a list's status by the same scheme.
    QString stateText(const std::optional<RetryState> &rs) const;
    QString listStatusText(const BulkList &l) const;
    void setVerbose(bool on) { m_verbose = on; }
    // "now" on the server's clock, for countdowns (skew learned from the last answer's Date).
    ServerTime &serverTime() { return m_serverTime; }
    void learnSkew(const net::Result &r);

    void validations(const api::Page<Validation> &page, const QString &requestId);
    // --json of a listing whose items were serialized page by page (compactJson, comma-separated
    // within each chunk): the same bytes validations() prints for page with those items.
    void validationsJson(const api::Page<Validation> &page, const QList<QByteArray> &itemChunks,
                         const QString &requestId);
    static QByteArray compactJson(const QJsonObject &o);
    void validation(const api::ValidationDetail &d, const QString &requestId);
    void retryStateUpdate(const QString &what, const api::RetryStateUpdate &u,
                          const net::Result &r);
    void lists(const QList<BulkList> &lists);
    void list(const BulkList &l);

    // The failed call: "Error: message (code, HTTP 422, request req_…)", what to do, and for a
    // write without a definitive answer its idempotency key and how to reconcile.
    // reconcileCommand: the command line to repeat with --idempotency-key (writes only).
    void error(const net::Result &r, const QString &decodeError,
               const QString &reconcileCommand = {});
    void fieldErrors(const FieldErrors &errors);
    // A sentence on stderr (progress, hints); never on stdout so pipes get only data.
    void note(const QString &text);
    // stderr as given, no newline added: a progress line a terminal rewrites in place with \r.
    void progress(const QString &text);
    // Items of a page that could not be read (stderr): how many, the first reason, the request
    // id; with -v each one's JSON.
    void noteUnreadable(const api::Page<Validation> &page, const QString &requestId);
    // stdout: one JSON document per line (compact) or text as given.
    void data(const QJsonObject &o);
    void text(const QString &s);

    // Lines describing a retry cycle ("pending — attempt 1 of 3 …"), for show/policy/watch.
    QStringList describeRetryState(const std::optional<RetryState> &rs) const;
    QString countdown(const RetryState &rs) const;
    static QJsonObject errorJson(const net::Result &r, const QString &decodeError);
    // "-" for a field the server did not give (everything beyond the seeds is optional).
    static QString orDash(const QString &s) { return s.isEmpty() ? QStringLiteral("-") : s; }

private:
    QTextStream &m_out;
    QTextStream &m_err;
    bool m_verbose = false;
    bool m_json;
    bool m_color = false;
    ServerTime m_serverTime;
};

} // namespace rd::cli
