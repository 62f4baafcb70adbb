#include "models/ValidationTableModel.h"

#include "domain/Validation.h"
#include "models/CountdownFormatter.h"
#include "models/ValidationSorter.h"
#include "models/ValidationText.h"
#include "models/WireParse.h"

#include <algorithm>
#include <iterator>

namespace rd {

ValidationTableModel::ValidationTableModel(const Clock *clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_serverTime(clock) {}

ValidationTableModel::~ValidationTableModel() = default;

int ValidationTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_view.size());
}

int ValidationTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : kValidationColumnCount;
}

QVariant ValidationTableModel::display(quint32 slot, Column c) const {
    const ValidationRow &r = m_store.row(slot);
    switch (c) {
    case Column::Id:
        return m_store.idText(slot);
    case Column::Target:
        return ValidationText::target(m_store, slot);
    case Column::Outcome:
        return ValidationText::outcome(r.outcome);
    case Column::RetryState:
        return ValidationText::retryState(r);
    case Column::NextAttempt:
        return CountdownFormatter::text(r.nextAttemptMs, r.isPending(), serverNowMs());
    case Column::Source:
        return ValidationText::source(r);
    case Column::Updated:
        return ValidationText::time(r.updatedMs, m_timeSpec);
    case Column::Count:
        break;
    }
    return {};
}

QVariant ValidationTableModel::raw(quint32 slot, Column c) const {
    const ValidationRow &r = m_store.row(slot);
    const auto time = [](qint64 ms) {
        return ms == ValidationRow::kNullTime ? QVariant() : QVariant(ms);
    };
    switch (c) {
    case Column::Id:
        return m_store.idText(slot);
    case Column::Target:
        return m_store.trackingKeyText(slot);
    case Column::Outcome:
        return int(r.outcome);
    case Column::RetryState:
        return int(r.terminal) - 1;
    case Column::NextAttempt:
        return time(r.nextAttemptMs);
    case Column::Source:
        return r.sourceIndex();
    case Column::Updated:
        return time(r.updatedMs);
    case Column::Count:
        break;
    }
    return {};
}

QVariant ValidationTableModel::data(const QModelIndex &index, int role) const {
    ++m_dataCalls;
    if (!index.isValid() || index.row() >= int(m_view.size()) ||
        index.column() >= kValidationColumnCount) {
        return {};
    }
    const quint32 slot = m_view[std::size_t(index.row())];
    const ValidationRow &r = m_store.row(slot);
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(slot, column);
    case Qt::ToolTipRole:
        switch (column) {
        case Column::NextAttempt:
            return CountdownFormatter::tooltip(r.nextAttemptMs, m_timeSpec);
        case Column::RetryState:
            return ValidationText::retryStateDetail(r);
        case Column::Target:
            return ValidationText::target(m_store, slot);
        case Column::Updated:
            return tr("Created %1\nUpdated %2")
                .arg(ValidationText::time(r.createdMs, m_timeSpec),
                     ValidationText::time(r.updatedMs, m_timeSpec));
        default:
            return display(slot, column);
        }
    case Qt::AccessibleTextRole:
        // A screen reader hears the whole id (the cell elides it) and the star (painted only).
        if (column == Column::Id) {
            return isWatched(r) ? tr("%1, watched").arg(m_store.idText(slot))
                                : m_store.idText(slot);
        }
        return display(slot, column);
    case RawValueRole:
        return raw(slot, column);
    case IdRole:
        return m_store.idText(slot);
    case NextAttemptMsRole:
        return r.nextAttemptMs == ValidationRow::kNullTime ? QVariant() : QVariant(r.nextAttemptMs);
    case TerminalStateRole:
        return int(r.terminal) - 1;
    case OutcomeRole: // int(rd::Outcome), or no value when absent or unknown
        return r.outcome < ValidationRow::kNoOutcome ? QVariant(int(r.outcome)) : QVariant();
    case SourceRole: // int(rd::Source), or no value when the source is absent or unknown
        return r.has(ValidationRow::SourceUnknown)
                   ? QVariant()
                   : QVariant(r.has(ValidationRow::BulkImport) ? int(Source::BulkImport)
                                                               : int(Source::Api));
    case AttemptsCompletedRole:
        return int(r.attemptsCompleted);
    case MaxRetriesRole:
        return r.maxRetries < 0 ? QVariant() : QVariant(int(r.maxRetries));
    case AmountCentsRole:
        return r.amountCents == ValidationRow::kNullAmount ? QVariant() : QVariant(r.amountCents);
    case ServerNowMsRole:
        return serverNowMs();
    case WatchedRole:
        return isWatched(r);
    default:
        return {};
    }
}

QVariant ValidationTableModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, o, role);
    }
    switch (Column(section)) {
    case Column::Id:
        return tr("ID");
    case Column::Target:
        return tr("Target");
    case Column::Outcome:
        return tr("Outcome");
    case Column::RetryState:
        return tr("Retry state");
    case Column::NextAttempt:
        return tr("Next attempt");
    case Column::Source:
        return tr("Source");
    case Column::Updated:
        return tr("Updated");
    case Column::Count:
        break;
    }
    return {};
}

void ValidationTableModel::relayout(std::vector<quint32> view, int sortColumn,
                                    Qt::SortOrder order) {
    const auto hint = sortColumn != m_sortColumn || order != m_sortOrder
                          ? QAbstractItemModel::VerticalSortHint
                          : QAbstractItemModel::NoLayoutChangeHint;
    emit layoutAboutToBeChanged({}, hint);
    const QModelIndexList from = persistentIndexList();
    std::vector<quint32> slotList;
    slotList.reserve(std::size_t(from.size()));
    for (const QModelIndex &i : from) {
        slotList.push_back(m_view[std::size_t(i.row())]);
    }
    m_view = std::move(view);
    m_sortColumn = sortColumn;
    m_sortOrder = order;
    const ValidationSorter sorter(m_store, m_sortColumn, m_sortOrder);
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const int row = sorter.find(m_view, slotList[std::size_t(i)]);
        to.append(row < 0 ? QModelIndex() : index(row, from[i].column()));
    }
    changePersistentIndexList(from, to);
    emit layoutChanged({}, hint);
}

void ValidationTableModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= kValidationColumnCount) {
        column = -1;
        order = Qt::AscendingOrder;
    }
    if (column == m_sortColumn && order == m_sortOrder) {
        return; // updates keep the order, so it is already sorted
    }
    std::vector<quint32> view = m_view;
    ValidationSorter(m_store, column, order).sort(view);
    relayout(std::move(view), column, order);
}

ValidationFilterMatcher ValidationTableModel::matcher() const {
    return ValidationFilterMatcher(m_filter, m_store, serverNowMs());
}

void ValidationTableModel::setFilter(const ValidationFilter &filter) {
    if (filter == m_filter) {
        return;
    }
    const ValidationFilterMatcher match(filter, m_store, serverNowMs());
    std::vector<quint32> view;
    if (filter.narrows(m_filter)) {
        view = match.select(m_view); // a subset of the current rows, already in order
    } else {
        view = match.selectAll();
        if (m_sortColumn >= 0) {
            ValidationSorter(m_store, m_sortColumn, m_sortOrder).sort(view);
        }
    }
    m_filter = filter;
    relayout(std::move(view), m_sortColumn, m_sortOrder);
}

bool ValidationTableModel::isWatched(const ValidationRow &r) const {
    return std::binary_search(m_watched.begin(), m_watched.end(), std::pair(r.idHi, r.idLo));
}

bool ValidationTableModel::isWatched(QStringView id) const {
    const auto u = WireParse::uuid(id);
    return u && std::binary_search(m_watched.begin(), m_watched.end(), std::pair(u->hi, u->lo));
}

void ValidationTableModel::setWatchedIds(const QStringList &ids) {
    std::vector<std::pair<quint64, quint64>> watched;
    watched.reserve(std::size_t(ids.size()));
    for (const QString &id : ids) {
        if (const auto u = WireParse::uuid(QStringView(id))) {
            watched.emplace_back(u->hi, u->lo);
        }
    }
    std::sort(watched.begin(), watched.end());
    watched.erase(std::unique(watched.begin(), watched.end()), watched.end());
    // Only the ids that came or went (a few), not a scan of the table.
    std::vector<std::pair<quint64, quint64>> changed;
    std::set_symmetric_difference(m_watched.begin(), m_watched.end(), watched.begin(),
                                  watched.end(), std::back_inserter(changed));
    m_watched = std::move(watched);
    if (changed.empty()) {
        return;
    }
    const ValidationSorter sorter(m_store, m_sortColumn, m_sortOrder);
    std::vector<int> rows;
    for (const auto &[hi, lo] : changed) {
        const quint32 slot = m_store.find(hi, lo);
        if (slot != ValidationRowStore::npos) {
            if (const int row = sorter.find(m_view, slot); row >= 0) {
                rows.push_back(row);
            }
        }
    }
    std::sort(rows.begin(), rows.end());
    const int c = int(Column::Id);
    for (int row : rows) {
        emit dataChanged(index(row, c), index(row, c), {WatchedRole});
    }
}

int ValidationTableModel::rowForId(QStringView id) const {
    const quint32 slot = m_store.find(id);
    return slot == ValidationRowStore::npos
               ? -1
               : ValidationSorter(m_store, m_sortColumn, m_sortOrder).find(m_view, slot);
}

std::optional<Validation> ValidationTableModel::validationById(QStringView id) const {
    const quint32 slot = m_store.find(id);
    return slot == ValidationRowStore::npos ? std::nullopt
                                            : std::optional<Validation>(m_store.toValidation(slot));
}

QString ValidationTableModel::idAt(int row) const {
    return row >= 0 && row < int(m_view.size()) ? m_store.idText(m_view[std::size_t(row)])
                                                : QString();
}

std::optional<Validation> ValidationTableModel::validationAt(int row) const {
    if (row < 0 || row >= int(m_view.size())) {
        return std::nullopt;
    }
    return m_store.toValidation(m_view[std::size_t(row)]);
}

void ValidationTableModel::setServerSkew(Millis skew) {
    if (skew == m_serverTime.skew()) {
        return;
    }
    m_serverTime.setSkew(skew);
    emit serverSkewChanged(skew.count());
    if (!m_view.empty()) {
        const int c = int(Column::NextAttempt);
        emit dataChanged(index(0, c), index(int(m_view.size()) - 1, c), {Qt::DisplayRole});
    }
}

void ValidationTableModel::setTimeSpec(Qt::TimeSpec spec) {
    spec = spec == Qt::UTC ? Qt::UTC : Qt::LocalTime;
    if (spec == m_timeSpec) {
        return;
    }
    m_timeSpec = spec;
    emit timeSpecChanged();
    if (!m_view.empty()) {
        const int c = int(Column::Updated);
        emit dataChanged(index(0, c), index(int(m_view.size()) - 1, c), {Qt::DisplayRole});
    }
}

ValidationTableModel::Memory ValidationTableModel::memory() const {
    const auto m = m_store.memory();
    return {m.rows + m.index + m_view.capacity() * sizeof(quint32), m.strings, m_store.liveCount()};
}

} // namespace rd
