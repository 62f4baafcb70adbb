// RequestLog: a table of every attempt the API client made — what the request log view and the
// CLI's --verbose show. Everything stored is redacted at the source (rd::redact).
#pragma once

#include "core/Clock.h"
#include "net/Result.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

#include <deque>

namespace rd::net {

class RequestLog final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Time,
        Method,
        Url, // shows the path and query; the whole URL (scheme, host) is its tooltip and raw value
        Status,
        Attempt,
        Wait,
        WaitReason,
        RequestId,
        IdempotencyKey,
        Replayed,
        Duration,
        Outcome,
        ColumnCount
    };
    enum Role { RawValueRole = Qt::UserRole };

    struct Entry {
        quint64 id = 0;
        QDateTime time; // UTC, when the attempt started
        QString method;
        QString url;  // redacted
        QString path; // the URL's path and query (redacted): what the Path column shows
        int status = 0;
        int attempt = 0;
        qint64 waitMs = -1; // the wait that followed this attempt; -1: none
        net::WaitReason waitReason = net::WaitReason::None;
        QString requestId;
        QString idempotencyKey;
        bool replayed = false;
        qint64 durationMs = -1; // -1 while in flight
        QString outcome;        // "ok", "HTTP 503", "timeout", "reset: …" (redacted)
    };

    explicit RequestLog(int maxRows = 5000, QObject *parent = nullptr);

    // Adds a row for an attempt that is starting; returns its id. url is redacted here.
    quint64 attemptStarted(const QDateTime &time, const QByteArray &method, const QUrl &url,
                           int attempt, const QString &idempotencyKey);
    void attemptFinished(quint64 id, int status, const QString &requestId, bool replayed,
                         Millis duration, const QString &outcome);
    void waitScheduled(quint64 id, Millis wait, net::WaitReason reason);
    // The Time column in local time (default) or UTC, as the user chose (Settings → Time).
    void setTimeSpec(Qt::TimeSpec spec);
    Qt::TimeSpec timeSpec() const { return m_timeSpec; }

    int rowOf(quint64 id) const; // -1 when gone (trimmed) or unknown
    const Entry &entry(int row) const { return m_rows.at(size_t(row)); }
    // One structured, redacted line per row (what the CLI prints and the debug log carries).
    static QString line(const Entry &e);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void changed(int row, Column first, Column last);

    int m_maxRows;
    quint64 m_nextId = 1;
    quint64 m_firstId = 1; // id of row 0: ids are consecutive, so id→row is a subtraction
    std::deque<Entry> m_rows;
    Qt::TimeSpec m_timeSpec = Qt::LocalTime;
};

} // namespace rd::net
