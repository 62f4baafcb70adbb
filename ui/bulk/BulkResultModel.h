// BulkResultModel: a bulk run's result list as a table — one row per item (validation, result,
// HTTP status, code, message, request id, idempotency key). A run changes thousands of items a
// second: changes are collected and signalled at most every 100 ms, one dataChanged per
// contiguous range, so the window never stalls on them.
#pragma once

#include "services/BulkRun.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <vector>

namespace rd::ui {

enum class BulkResultColumn { Validation, Result, Http, Code, Message, RequestId, Key, Count };

class BulkResultModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        RawValueRole = Qt::UserRole, // per column: id, int BulkItem::Status, int, code, …
        StatusRole,                  // int BulkItem::Status, any column
    };
    static constexpr Millis kCoalesce{100};

    // clock: the run's (the service's), whose timers pace the updates.
    BulkResultModel(BulkRun &run, Clock &clock, QObject *parent = nullptr);
    ~BulkResultModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    // Signals what changed since the last update now (rows the run added, then changed ranges).
    void flush();
    // Updates signalled so far (tests check the coalescing).
    int updates() const { return m_updates; }

    static QString statusText(BulkItem::Status s);

private:
    void markDirty(int index);

    QPointer<BulkRun> m_run;
    Clock &m_clock;
    int m_rows = 0;            // rows the view knows (the run's items when last flushed)
    std::vector<char> m_dirty; // per item
    std::vector<int> m_dirtyList;
    Clock::TimerId m_timer = 0;
    int m_updates = 0;
};

} // namespace rd::ui
