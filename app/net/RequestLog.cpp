#include "net/RequestLog.h"

#include "core/Redaction.h"

#include <QLoggingCategory>

namespace rd::net {

// Off by default (one line per attempt); QT_LOGGING_RULES="rd.net.requests.info=true" turns it on.
Q_LOGGING_CATEGORY(lcRequests, "rd.net.requests", QtWarningMsg)

RequestLog::RequestLog(int maxRows, QObject *parent)
    : QAbstractTableModel(parent)
    , m_maxRows(std::max(1, maxRows)) {}

quint64 RequestLog::attemptStarted(const QDateTime &time, const QByteArray &method, const QUrl &url,
                                   int attempt, const QString &idempotencyKey) {
    if (int(m_rows.size()) >= m_maxRows) {
        beginRemoveRows({}, 0, 0);
        m_rows.pop_front();
        ++m_firstId;
        endRemoveRows();
    }
    Entry e;
    e.id = m_nextId++;
    e.time = time;
    e.method = QString::fromLatin1(method);
    e.url = redact::url(url);
    // The host is the same on every row of a connection: the cell shows what differs.
    const QUrl redacted(e.url);
    e.path = redacted.isValid() && !redacted.path().isEmpty()
                 ? redacted.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority)
                 : e.url;
    e.attempt = attempt;
    e.idempotencyKey = redact::scrub(idempotencyKey);
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.push_back(std::move(e));
    endInsertRows();
    return m_rows.back().id;
}

void RequestLog::attemptFinished(quint64 id, int status, const QString &requestId, bool replayed,
                                 Millis duration, const QString &outcome) {
    const int row = rowOf(id);
    if (row < 0) {
        return;
    }
    Entry &e = m_rows[size_t(row)];
    e.status = status;
    e.requestId = redact::scrub(requestId);
    e.replayed = replayed;
    e.durationMs = duration.count();
    e.outcome = redact::scrub(outcome);
    changed(row, Status, Outcome);
    qCInfo(lcRequests).noquote() << line(e);
}

void RequestLog::waitScheduled(quint64 id, Millis wait, net::WaitReason reason) {
    const int row = rowOf(id);
    if (row < 0) {
        return;
    }
    m_rows[size_t(row)].waitMs = wait.count();
    m_rows[size_t(row)].waitReason = reason;
    changed(row, Wait, WaitReason);
    // The finished line is already out: the wait that follows gets its own (log files, support).
    const Entry &e = m_rows[size_t(row)];
    qCInfo(lcRequests).noquote() << redact::scrub(
        QStringLiteral("%1 %2 attempt=%3 request_id=%4 wait_ms=%5 why=\"%6\"")
            .arg(e.method, e.url)
            .arg(e.attempt)
            .arg(e.requestId.isEmpty() ? QStringLiteral("-") : e.requestId)
            .arg(e.waitMs)
            .arg(toString(e.waitReason)));
}

int RequestLog::rowOf(quint64 id) const {
    if (id < m_firstId || id >= m_firstId + m_rows.size()) {
        return -1;
    }
    return int(id - m_firstId);
}

QString RequestLog::line(const Entry &e) {
    QString s = QStringLiteral("%1 %2 attempt=%3 status=%4 outcome=\"%5\" request_id=%6 "
                               "idempotency_key=%7 replayed=%8 duration_ms=%9")
                    .arg(e.method, e.url)
                    .arg(e.attempt)
                    .arg(e.status)
                    .arg(e.outcome, e.requestId.isEmpty() ? QStringLiteral("-") : e.requestId,
                         e.idempotencyKey.isEmpty() ? QStringLiteral("-") : e.idempotencyKey,
                         e.replayed ? QStringLiteral("true") : QStringLiteral("false"))
                    .arg(e.durationMs);
    if (e.waitMs >= 0) {
        s += QStringLiteral(" wait_ms=%1 why=\"%2\"").arg(e.waitMs).arg(toString(e.waitReason));
    }
    return redact::scrub(s);
}

void RequestLog::changed(int row, Column first, Column last) {
    // One dataChanged per contiguous range of a row (STYLE.md: batched updates).
    emit dataChanged(index(row, first), index(row, last));
}

int RequestLog::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequestLog::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLog::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= int(m_rows.size())) {
        return {};
    }
    const Entry &e = m_rows[size_t(index.row())];
    const bool raw = role == RawValueRole;
    if (role == Qt::ToolTipRole) {
        if (index.column() == Url) {
            return e.url;
        }
        if (index.column() == RequestId || index.column() == IdempotencyKey ||
            index.column() == Outcome) {
            return data(index, Qt::DisplayRole); // the whole value when the column clips it
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        const int c = index.column();
        return c == Status || c == Attempt || c == Wait || c == Duration
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    }
    if (role != Qt::DisplayRole && !raw) {
        return {};
    }
    switch (Column(index.column())) {
    case Time:
        return raw ? QVariant(e.time)
                   : QVariant((m_timeSpec == Qt::UTC ? e.time.toUTC() : e.time.toLocalTime())
                                  .toString(QStringLiteral("HH:mm:ss.zzz")));
    case Method:
        return e.method;
    case Url:
        return raw ? e.url : e.path;
    case Status:
        return raw || e.status > 0 ? QVariant(e.status) : QVariant(QString());
    case Attempt:
        return e.attempt;
    case Wait:
        if (raw) {
            return e.waitMs;
        }
        return e.waitMs < 0 ? QString()
                            : QStringLiteral("%1 s").arg(double(e.waitMs) / 1000.0, 0, 'f', 1);
    case WaitReason:
        return raw ? QVariant(int(e.waitReason)) : QVariant(toString(e.waitReason));
    case RequestId:
        return e.requestId;
    case IdempotencyKey:
        return e.idempotencyKey;
    case Replayed:
        return raw ? QVariant(e.replayed) : QVariant(e.replayed ? tr("replayed") : QString());
    case Duration:
        if (raw) {
            return e.durationMs;
        }
        return e.durationMs < 0 ? tr("in flight") : QStringLiteral("%1 ms").arg(e.durationMs);
    case Outcome:
        return e.outcome;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RequestLog::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Method:
        return tr("Method");
    case Url:
        return tr("Path");
    case Status:
        return tr("Status");
    case Attempt:
        return tr("Attempt");
    case Wait:
        return tr("Wait");
    case WaitReason:
        return tr("Why");
    case RequestId:
        return tr("Request id");
    case IdempotencyKey:
        return tr("Idempotency key");
    case Replayed:
        return tr("Replayed");
    case Duration:
        return tr("Duration");
    case Outcome:
        return tr("Outcome");
    case ColumnCount:
        break;
    }
    return {};
}

void RequestLog::setTimeSpec(Qt::TimeSpec spec) {
    if (spec == m_timeSpec) {
        return;
    }
    m_timeSpec = spec;
    if (rowCount() > 0) {
        emit dataChanged(index(0, Time), index(rowCount() - 1, Time));
    }
}

} // namespace rd::net
