#include "bulk/BulkResultModel.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

namespace rd::ui {

BulkResultModel::BulkResultModel(BulkRun &run, Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_run(&run)
    , m_clock(clock)
    , m_rows(int(run.items().size())) {
    m_dirty.resize(std::size_t(m_rows));
    connect(&run, &BulkRun::itemChanged, this, &BulkResultModel::markDirty);
    // State changes (paused, ended, resumed from the outbox with its items) are shown at once.
    connect(&run, &BulkRun::stateChanged, this, &BulkResultModel::flush);
    connect(&run, &BulkRun::progressChanged, this, [this] {
        if (m_run && m_run->items().size() != m_rows) {
            flush();
        }
    });
}

BulkResultModel::~BulkResultModel() {
    m_clock.cancel(m_timer);
}

void BulkResultModel::markDirty(int index) {
    if (index < 0) {
        return;
    }
    if (std::size_t(index) >= m_dirty.size()) {
        m_dirty.resize(std::size_t(index) + 1);
    }
    if (!m_dirty[std::size_t(index)]) {
        m_dirty[std::size_t(index)] = 1;
        m_dirtyList.push_back(index);
    }
    if (m_timer == 0) {
        m_timer = m_clock.callAfter(kCoalesce, this, [this] {
            m_timer = 0;
            flush();
        });
    }
}

void BulkResultModel::flush() {
    m_clock.cancel(m_timer);
    m_timer = 0;
    if (!m_run) {
        return;
    }
    const int items = int(m_run->items().size());
    if (items > m_rows) {
        beginInsertRows({}, m_rows, items - 1);
        m_rows = items;
        endInsertRows();
        ++m_updates;
    }
    if (m_dirty.size() < std::size_t(m_rows)) {
        m_dirty.resize(std::size_t(m_rows));
    }
    if (m_dirtyList.empty()) {
        return;
    }
    std::sort(m_dirtyList.begin(), m_dirtyList.end());
    const int last = columnCount() - 1;
    int first = -1;
    int prev = -2;
    auto emitRange = [&](int from, int to) {
        if (from >= 0 && from < m_rows) {
            emit dataChanged(index(from, 0), index(std::min(to, m_rows - 1), last));
        }
    };
    for (int i : m_dirtyList) {
        m_dirty[std::size_t(i)] = 0;
        if (i != prev + 1) {
            emitRange(first, prev);
            first = i;
        }
        prev = i;
    }
    emitRange(first, prev);
    m_dirtyList.clear();
    ++m_updates;
}

int BulkResultModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_rows;
}

int BulkResultModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(BulkResultColumn::Count);
}

QString BulkResultModel::statusText(BulkItem::Status s) {
    switch (s) {
    case BulkItem::Status::Queued:
        return tr("Waiting");
    case BulkItem::Status::Sending:
        return tr("Sending…");
    case BulkItem::Status::Applied:
        return tr("Applied");
    case BulkItem::Status::Replayed:
        return tr("Replayed");
    case BulkItem::Status::Skipped:
        return tr("Skipped");
    case BulkItem::Status::Failed:
        return tr("Failed");
    case BulkItem::Status::Unknown:
        return tr("Outcome unknown");
    }
    return {};
}

QVariant BulkResultModel::data(const QModelIndex &index, int role) const {
    if (!m_run || !index.isValid() || index.row() >= m_rows ||
        index.row() >= m_run->items().size()) {
        return {};
    }
    const BulkItem &item = m_run->items().at(index.row());
    const auto column = BulkResultColumn(index.column());
    if (role == StatusRole) {
        return int(item.status);
    }
    if (role == Qt::FontRole) {
        if (item.status == BulkItem::Status::Failed || item.status == BulkItem::Status::Unknown) {
            QFont bold;
            bold.setBold(true);
            return column == BulkResultColumn::Result ? QVariant(bold) : QVariant();
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case BulkResultColumn::Result:
            if (item.status == BulkItem::Status::Replayed) {
                return tr("An earlier send of this key was applied: the server replayed its "
                          "answer (nothing was applied twice).");
            }
            if (item.status == BulkItem::Status::Failed) {
                return item.definitive
                           ? tr("The server refused it: nothing was applied. Retry Failed sends "
                                "it again under a new key.")
                           : tr("No definitive answer: it may have been applied. Retry Failed "
                                "resends it with the same key, so it is never applied twice.");
            }
            return {};
        case BulkResultColumn::Message:
            return item.message.isEmpty() ? QVariant() : QVariant(item.message);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole) {
        return column == BulkResultColumn::Http ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                : QVariant();
    }
    if (role != Qt::DisplayRole && role != RawValueRole) {
        return {};
    }
    const bool raw = role == RawValueRole;
    switch (column) {
    case BulkResultColumn::Validation:
        return item.validationId;
    case BulkResultColumn::Result:
        return raw ? QVariant(int(item.status)) : QVariant(statusText(item.status));
    case BulkResultColumn::Http:
        return raw                   ? QVariant(item.httpStatus)
               : item.httpStatus > 0 ? QVariant(QString::number(item.httpStatus))
                                     : QVariant();
    case BulkResultColumn::Code:
        return item.code;
    case BulkResultColumn::Message:
        return item.message;
    case BulkResultColumn::RequestId:
        return item.requestId;
    case BulkResultColumn::Key:
        return item.idempotencyKey;
    case BulkResultColumn::Count:
        break;
    }
    return {};
}

QVariant BulkResultModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, o, role);
    }
    switch (BulkResultColumn(section)) {
    case BulkResultColumn::Validation:
        return tr("Validation");
    case BulkResultColumn::Result:
        return tr("Result");
    case BulkResultColumn::Http:
        return tr("HTTP");
    case BulkResultColumn::Code:
        return tr("Code");
    case BulkResultColumn::Message:
        return tr("Message");
    case BulkResultColumn::RequestId:
        return tr("Request id");
    case BulkResultColumn::Key:
        return tr("Idempotency key");
    case BulkResultColumn::Count:
        break;
    }
    return {};
}

} // namespace rd::ui
