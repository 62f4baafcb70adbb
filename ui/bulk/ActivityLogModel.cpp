#include "bulk/ActivityLogModel.h"

#include "dashboard/TimeText.h"
#include "domain/RetryPolicy.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace rd::ui {

ActivityLogModel::ActivityLogModel(const QString &connectionName, QObject *parent)
    : QAbstractTableModel(parent)
    , m_connection(connectionName) {}

void ActivityLogModel::setRecords(QList<outbox::WriteRecord> records) {
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

void ActivityLogModel::setTimeSpec(Qt::TimeSpec spec) {
    if (spec == m_spec) {
        return;
    }
    m_spec = spec;
    if (!m_records.isEmpty()) {
        emit dataChanged(index(0, int(ActivityColumn::When)),
                         index(rowCount() - 1, int(ActivityColumn::When)));
    }
}

int ActivityLogModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_records.size());
}

int ActivityLogModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(ActivityColumn::Count);
}

QString ActivityLogModel::whatText(const outbox::WriteRecord &w) {
    QString what;
    if (w.action == u"policy") {
        const auto policy = RetryPolicy::fromJson(QJsonDocument::fromJson(w.body)
                                                      .object()
                                                      .value(QLatin1String("retry_policy"))
                                                      .toObject());
        if (policy && !policy->enabled) {
            what = tr("Turn retries off");
        } else if (policy && policy->maxRetries && policy->intervalSeconds) {
            const int s = *policy->intervalSeconds;
            what = tr("Set policy: %1 × every %2")
                       .arg(*policy->maxRetries)
                       .arg(s % 3600 == 0 ? tr("%1 h").arg(s / 3600) : tr("%1 min").arg(s / 60));
        } else {
            what = tr("Set retry policy");
        }
    } else if (w.action == u"cancel") {
        what = tr("Cancel retry cycle");
    } else if (w.action == u"list-retry") {
        what = tr("Retry list");
    } else {
        what = QString::fromLatin1(w.method) + u' ' + w.path;
    }
    if (w.runId) {
        what += tr(" · run %1").arg(*w.runId);
    }
    return what;
}

QString ActivityLogModel::resultText(const outbox::WriteRecord &w) {
    using S = outbox::WriteState;
    using R = outbox::WriteResult;
    switch (w.state) {
    case S::Queued:
        return tr("Not sent yet");
    case S::Sending:
        // Its bytes may have reached the server: resent only with this key (resume, Retry
        // Failed), or "outcome unknown" once the key's 24 h are over.
        // "Failed" alone would read as final: no definitive answer came (a 5xx, no reply).
        return w.result == R::Failed ? tr("Not settled: resend") : tr("Waiting for an answer");
    case S::Done:
        switch (w.result) {
        case R::Applied:
            return tr("Applied");
        case R::Replayed:
            return tr("Replayed");
        case R::Rejected:
            return tr("Rejected");
        case R::Failed:
            return tr("Failed");
        case R::None:
            return tr("Done");
        }
        break;
    case S::Unknown:
        return tr("Outcome unknown");
    case S::Superseded:
        return tr("Replaced by a later change");
    case S::Dropped:
        return tr("Not sent (cancelled)");
    }
    return {};
}

QVariant ActivityLogModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_records.size()) {
        return {};
    }
    const outbox::WriteRecord &w = m_records.at(index.row());
    const auto column = ActivityColumn(index.column());
    if (role == Qt::ToolTipRole && column == ActivityColumn::Message && !w.message.isEmpty()) {
        return w.message;
    }
    if (role == Qt::TextAlignmentRole && column == ActivityColumn::Http) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == RawValueRole) {
        switch (column) {
        case ActivityColumn::When:
            return w.createdAt;
        case ActivityColumn::Result:
            return int(w.result);
        case ActivityColumn::Http:
            return w.httpStatus;
        case ActivityColumn::What:
            return w.action;
        default:
            break;
        }
    } else if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
    case ActivityColumn::When:
        return timeText(w.createdAt, m_spec);
    case ActivityColumn::Connection:
        return m_connection;
    case ActivityColumn::What:
        return whatText(w);
    case ActivityColumn::Target:
        return w.target;
    case ActivityColumn::Result:
        return resultText(w);
    case ActivityColumn::Http:
        return w.httpStatus > 0 ? QString::number(w.httpStatus) : QString();
    case ActivityColumn::Code:
        return w.code;
    case ActivityColumn::RequestId:
        return w.requestId;
    case ActivityColumn::Key:
        return w.idempotencyKey;
    case ActivityColumn::Message:
        return w.message;
    case ActivityColumn::Count:
        break;
    }
    return {};
}

QVariant ActivityLogModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, o, role);
    }
    switch (ActivityColumn(section)) {
    case ActivityColumn::When:
        return tr("When");
    case ActivityColumn::Connection:
        return tr("Connection");
    case ActivityColumn::What:
        return tr("What");
    case ActivityColumn::Target:
        return tr("Target");
    case ActivityColumn::Result:
        return tr("Result");
    case ActivityColumn::Http:
        return tr("HTTP");
    case ActivityColumn::Code:
        return tr("Code");
    case ActivityColumn::RequestId:
        return tr("Request id");
    case ActivityColumn::Key:
        return tr("Idempotency key");
    case ActivityColumn::Message:
        return tr("Message");
    case ActivityColumn::Count:
        break;
    }
    return {};
}

} // namespace rd::ui
