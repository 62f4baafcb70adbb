#include "watch/WatchController.h"

#include "dashboard/DashboardActions.h"
#include "dashboard/FilterBar.h"
#include "models/ValidationTableModel.h"
#include "services/WatchList.h"
#include "validations/IdDelegate.h"
#include "validations/ValidationTableView.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QItemSelectionModel>
#include <QLabel>

#include <algorithm>

namespace rd::ui {

WatchController::WatchController(ValidationTableView &table, FilterBar &filters,
                                 const DashboardActions &actions, QObject *parent)
    : QObject(parent)
    , m_table(table)
    , m_filters(filters)
    , m_actions(actions)
    , m_empty(new QLabel(&table)) { // over the viewport, not in it: it never scrolls away
    m_empty->setObjectName(QStringLiteral("watchedEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();
    table.viewport()->installEventFilter(this);

    QAction *watch = actions.watch;
    watch->setToolTip(tr("Watch the selected validations: a desktop notification when their "
                         "retry cycle ends (Ctrl+D)"));
    connect(watch, &QAction::triggered, this, &WatchController::toggleSelection);
    connect(table.idDelegate(), &IdDelegate::watchToggled, this, &WatchController::toggle);

    // The Watched filter and its shortcut are one switch.
    QCheckBox *box = filters.watchedFilter();
    connect(actions.watchedOnly, &QAction::toggled, box, &QCheckBox::setChecked);
    connect(box, &QCheckBox::toggled, actions.watchedOnly, &QAction::setChecked);

    connect(table.selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WatchController::updateAction);
    ValidationTableModel *model = table.validationModel();
    for (auto sig : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(model, sig, this, &WatchController::updateEmptyState);
    }
    connect(model, &QAbstractItemModel::layoutChanged, this, &WatchController::updateEmptyState);
    connect(model, &QAbstractItemModel::modelReset, this, &WatchController::updateEmptyState);
    sync();
}

void WatchController::setWatchList(WatchList *list) {
    if (m_list == list) {
        return;
    }
    if (m_list) {
        disconnect(m_list, nullptr, this, nullptr);
    }
    m_list = list;
    if (list) {
        connect(list, &WatchList::changed, this, [this] {
            if (!m_batch) {
                sync();
            }
        });
    }
    sync();
}

WatchList *WatchController::watchList() const {
    return m_list.data();
}

QStringList WatchController::selectedIds() const {
    QStringList ids;
    const ValidationTableModel *model = m_table.validationModel();
    for (const QModelIndex &i : m_table.selectionModel()->selectedRows()) {
        ids << model->idAt(i.row());
    }
    return ids;
}

int WatchController::selectedCount() const {
    // From the ranges: cheap however many rows are selected.
    int rows = 0;
    for (const QItemSelectionRange &r : m_table.selectionModel()->selection()) {
        rows += r.height();
    }
    return rows;
}

void WatchController::toggleSelection() {
    if (!m_list || selectedCount() == 0 || selectedCount() > kMaxWatchAtOnce) {
        updateAction();
        return;
    }
    const QStringList ids = selectedIds();
    const bool all = std::all_of(ids.begin(), ids.end(),
                                 [this](const QString &id) { return m_list->isWatched(id); });
    m_batch = true;
    for (const QString &id : ids) {
        m_list->setWatched(id, !all);
    }
    m_batch = false;
    sync();
}

void WatchController::toggle(const QString &id) {
    if (m_list && !id.isEmpty()) {
        m_list->setWatched(id, !m_list->isWatched(id));
    }
}

void WatchController::sync() {
    const QStringList ids = m_list ? m_list->ids() : QStringList();
    m_table.validationModel()->setWatchedIds(ids);
    m_filters.setWatchedIds(ids); // a change reaches the model through the filter, when on
    m_filters.watchedFilter()->setEnabled(m_list != nullptr);
    m_actions.watchedOnly->setEnabled(m_list != nullptr);
    updateAction();
    updateEmptyState();
}

void WatchController::updateAction() {
    QAction *watch = m_actions.watch;
    const int count = selectedCount();
    const bool usable = m_list && count > 0 && count <= kMaxWatchAtOnce;
    watch->setEnabled(usable);
    bool all = usable;
    if (usable) {
        const ValidationTableModel *model = m_table.validationModel();
        for (const QModelIndex &i : m_table.selectionModel()->selectedRows()) {
            if (!model->data(i, ValidationTableModel::WatchedRole).toBool()) {
                all = false;
                break;
            }
        }
    }
    watch->setChecked(all);
    watch->setStatusTip(count > kMaxWatchAtOnce
                            ? tr("Select at most %1 rows to watch at once.").arg(kMaxWatchAtOnce)
                            : QString());
}

void WatchController::updateEmptyState() {
    const ValidationTableModel *model = m_table.validationModel();
    const bool empty = model->filter().watchedOnly && model->rowCount() == 0;
    if (empty) {
        const bool noneWatched = !m_list || m_list->count() == 0;
        m_empty->setText(noneWatched ? tr("No watched validations. Select rows and press "
                                          "Ctrl+D to watch them.")
                                     : tr("No watched validation matches the other filters."));
        m_empty->setGeometry(m_table.viewport()->geometry().adjusted(24, 24, -24, -24));
    }
    m_empty->setVisible(empty);
    updateAction(); // rows filtered out leave the selection
}

bool WatchController::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_table.viewport() && event->type() == QEvent::Resize && !m_empty->isHidden()) {
        m_empty->setGeometry(m_table.viewport()->geometry().adjusted(24, 24, -24, -24));
    }
    return QObject::eventFilter(watched, event);
}

} // namespace rd::ui
