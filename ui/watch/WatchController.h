// WatchController: the watchlist on the validations screen — the ID column's stars, the Watch
// action (Ctrl+D) on the selected rows, the Watched filter (Ctrl+Shift+W) and its empty state.
#pragma once

#include <QObject>
#include <QPointer>

class QLabel;

namespace rd {
class ValidationTableView;
class WatchList;
} // namespace rd

namespace rd::ui {

class FilterBar;
struct DashboardActions;

class WatchController : public QObject {
    Q_OBJECT
public:
    // More selected rows than this are not watched at once (a watchlist is a few validations).
    static constexpr int kMaxWatchAtOnce = 500;

    // All belong to the screen, the parent.
    WatchController(ValidationTableView &table, FilterBar &filters, const DashboardActions &actions,
                    QObject *parent);

    // The connection's watchlist (not owned: it lives as long as the connection); null: none.
    void setWatchList(WatchList *list);
    WatchList *watchList() const;

    // Ctrl+D: every selected row watched, unless all of them are already (then none is).
    void toggleSelection();
    void toggle(const QString &id);
    // Shown over the table when the Watched filter leaves no row.
    QLabel *emptyState() const { return m_empty; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QStringList selectedIds() const;
    int selectedCount() const;
    void sync(); // the list → model stars, filter, action, empty state
    void updateAction();
    void updateEmptyState();

    ValidationTableView &m_table;
    FilterBar &m_filters;
    const DashboardActions &m_actions;
    QPointer<WatchList> m_list;
    QLabel *m_empty;
    bool m_batch = false; // many setWatched calls, one sync
};

} // namespace rd::ui
