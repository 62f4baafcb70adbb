#include "models/ListTableModel.h"

#include "models/ValidationText.h"

#include <algorithm>

namespace rd {

namespace {

const QString kDash = QStringLiteral("—"); // what the server did not give (docs/api.md)

QVariant timeRaw(const std::optional<QDateTime> &t) {
    return t ? QVariant(t->toMSecsSinceEpoch()) : QVariant();
}

} // namespace

ListTableModel::ListTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

ListTableModel::~ListTableModel() = default;

int ListTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ListTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : kListColumnCount;
}

QString ListTableModel::statusText(const BulkList &l) {
    switch (l.status) {
    case BulkList::Status::Queued:
        return tr("Queued");
    case BulkList::Status::InProgress:
        return tr("In Progress");
    case BulkList::Status::Completed:
        return tr("Completed");
    case BulkList::Status::Failed:
        return tr("Failed");
    case BulkList::Status::Unknown:
        break;
    }
    // A status RetryDesk does not know is shown as the server wrote it.
    return l.statusText.trimmed().isEmpty() ? kDash : l.statusText;
}

QString ListTableModel::progressText(const BulkList &l) {
    if (l.total <= 0) {
        return kDash;
    }
    if (!l.processedKnown) {
        return tr("%1 of %2").arg(kDash).arg(l.total);
    }
    return tr("%1 of %2").arg(l.processed).arg(l.total);
}

QVariant ListTableModel::display(const BulkList &l, Column c) const {
    switch (c) {
    case Column::Id:
        return l.id;
    case Column::Name:
        return l.name.isEmpty() ? kDash : l.name;
    case Column::Status:
        return statusText(l);
    case Column::Progress:
        return progressText(l);
    case Column::Valid:
        return l.valid;
    case Column::Invalid:
        return l.invalid;
    case Column::Unknown:
        return l.unknown;
    case Column::Created:
        return l.createdAt ? ValidationText::time(l.createdAt->toMSecsSinceEpoch(), m_timeSpec)
                           : kDash;
    case Column::Updated:
        return l.updatedAt ? ValidationText::time(l.updatedAt->toMSecsSinceEpoch(), m_timeSpec)
                           : kDash;
    case Column::Chain:
        return m_chains.text(l.id);
    case Column::Count:
        break;
    }
    return {};
}

QVariant ListTableModel::raw(const BulkList &l, Column c) const {
    switch (c) {
    case Column::Id:
        return l.id;
    case Column::Name:
        return l.name;
    case Column::Status:
        return int(l.status);
    case Column::Progress:
        return l.total > 0 ? l.progress() : -1.0;
    case Column::Valid:
        return l.valid;
    case Column::Invalid:
        return l.invalid;
    case Column::Unknown:
        return l.unknown;
    case Column::Created:
        return timeRaw(l.createdAt);
    case Column::Updated:
        return timeRaw(l.updatedAt);
    case Column::Chain:
        return m_chains.text(l.id);
    case Column::Count:
        break;
    }
    return {};
}

QVariant ListTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= kListColumnCount) {
        return {};
    }
    const BulkList &l = m_rows.at(index.row());
    const Column c = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(l, c);
    case Qt::ToolTipRole:
        if (c == Column::Status && l.status == BulkList::Status::Unknown &&
            !l.statusText.trimmed().isEmpty()) {
            return tr("The server's status \"%1\" is unknown to RetryDesk.").arg(l.statusText);
        }
        if (c == Column::Chain && m_chains.inChain(l.id)) {
            return tr("Retry chain, oldest first: %1").arg(m_chains.text(l.id));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (c == Column::Valid || c == Column::Invalid || c == Column::Unknown ||
            c == Column::Progress) {
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case RawValueRole:
        return raw(l, c);
    case IdRole:
        return l.id;
    case StatusRole:
        return int(l.status);
    case ProgressFractionRole:
        if (l.total <= 0) {
            return {};
        }
        if (!l.processedKnown) { // a Completed job has processed everything; else not known
            return l.status == BulkList::Status::Completed ? QVariant(1.0) : QVariant();
        }
        return QVariant(std::clamp(l.progress(), 0.0, 1.0));
    case ProcessedRole:
        return l.processed;
    case TotalRole:
        return l.total;
    case ChainRole:
        return m_chains.chainOf(l.id);
    case RetryOfRole:
        return m_chains.retryOf(l.id);
    default:
        return {};
    }
}

QVariant ListTableModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, o, role);
    }
    switch (Column(section)) {
    case Column::Id:
        return tr("ID");
    case Column::Name:
        return tr("Name");
    case Column::Status:
        return tr("Status");
    case Column::Progress:
        return tr("Progress");
    case Column::Valid:
        return tr("Valid");
    case Column::Invalid:
        return tr("Invalid");
    case Column::Unknown:
        return tr("Unknown");
    case Column::Created:
        return tr("Created");
    case Column::Updated:
        return tr("Updated");
    case Column::Chain:
        return tr("Retry chain");
    case Column::Count:
        break;
    }
    return {};
}

bool ListTableModel::upsert(const BulkList &l) {
    if (l.id.isEmpty()) {
        return false;
    }
    const bool linked = !l.retryOf.isEmpty() && addRetryLink(l.retryOf, l.id);
    const int row = rowForId(l.id);
    if (row < 0) {
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at);
        m_rows.append(l);
        m_index.insert(l.id, at);
        endInsertRows();
        return true;
    }
    if (m_rows.at(row) == l) {
        return linked;
    }
    m_rows[row] = l;
    emitRowsChanged({row}, Column::Id, Column(kListColumnCount - 1));
    return true;
}

int ListTableModel::applyListing(const QList<BulkList> &lists, const QSet<QString> &keep) {
    QSet<QString> seen;
    seen.reserve(lists.size());
    for (const BulkList &l : lists) {
        upsert(l);
        seen.insert(l.id);
    }
    QList<int> gone;
    for (int row = 0; row < m_rows.size(); ++row) {
        const QString &id = m_rows.at(row).id;
        if (!seen.contains(id) && !keep.contains(id)) {
            gone.append(row);
        }
    }
    // Back to front, one signal per contiguous block.
    for (qsizetype i = gone.size() - 1; i >= 0;) {
        const int last = gone.at(i);
        int first = last;
        while (i > 0 && gone.at(i - 1) == first - 1) {
            first = gone.at(--i);
        }
        --i;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
    }
    if (!gone.isEmpty()) {
        reindex();
    }
    return int(gone.size());
}

bool ListTableModel::remove(const QString &id) {
    const int row = rowForId(id);
    if (row < 0) {
        return false;
    }
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    reindex();
    endRemoveRows();
    return true;
}

void ListTableModel::clear() {
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    m_chains.clear();
    endResetModel();
}

bool ListTableModel::addRetryLink(const QString &oldId, const QString &newId) {
    if (!m_chains.link(oldId, newId)) {
        return false;
    }
    chainChanged(newId);
    return true;
}

void ListTableModel::chainChanged(const QString &id) {
    QList<int> rows;
    for (const QString &member : m_chains.chainOf(id)) {
        const int row = rowForId(member);
        if (row >= 0) {
            rows.append(row);
        }
    }
    emitRowsChanged(rows, Column::Chain, Column::Chain);
}

QString ListTableModel::idAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

std::optional<BulkList> ListTableModel::list(const QString &id) const {
    const int row = rowForId(id);
    return row >= 0 ? std::optional<BulkList>(m_rows.at(row)) : std::nullopt;
}

void ListTableModel::setTimeSpec(Qt::TimeSpec spec) {
    if (spec == m_timeSpec) {
        return;
    }
    m_timeSpec = spec;
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, int(Column::Created)),
                         index(int(m_rows.size()) - 1, int(Column::Updated)));
    }
    emit timeSpecChanged();
}

void ListTableModel::emitRowsChanged(QList<int> rows, Column first, Column last) {
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1) {
            ++j;
        }
        emit dataChanged(index(rows.at(i), int(first)), index(rows.at(j), int(last)));
        i = j + 1;
    }
}

void ListTableModel::reindex() {
    m_index.clear();
    m_index.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row) {
        m_index.insert(m_rows.at(row).id, row);
    }
}

} // namespace rd
