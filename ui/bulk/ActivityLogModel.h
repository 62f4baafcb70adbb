// ActivityLogModel: the user's own writes as the outbox recorded them, newest first — when, which
// connection, what, to which validation or list, how it ended, the HTTP status, code, request id,
// idempotency key and message.
#pragma once

#include "outbox/Outbox.h"

#include <QAbstractTableModel>

namespace rd::ui {

enum class ActivityColumn {
    When,
    Connection,
    What,
    Target,
    Result,
    Http,
    Code,
    RequestId,
    Key,
    Message,
    Count
};

class ActivityLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { RawValueRole = Qt::UserRole };

    explicit ActivityLogModel(const QString &connectionName, QObject *parent = nullptr);

    void setRecords(QList<outbox::WriteRecord> records);
    const QList<outbox::WriteRecord> &records() const { return m_records; }
    void setTimeSpec(Qt::TimeSpec spec);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    // "Set policy: 3 retries every 10 min", "Cancel retry cycle", "Retry list"; "(bulk run 4)".
    static QString whatText(const outbox::WriteRecord &w);
    // "Applied", "Rejected", "Outcome unknown", "Not sent (cancelled)", "Waiting for an answer"…
    static QString resultText(const outbox::WriteRecord &w);

private:
    QString m_connection;
    QList<outbox::WriteRecord> m_records;
    Qt::TimeSpec m_spec = Qt::LocalTime;
};

} // namespace rd::ui
