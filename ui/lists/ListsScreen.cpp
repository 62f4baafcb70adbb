#include "lists/ListsScreen.h"

#include "app/KeyboardAccess.h"
#include "core/Clock.h"
#include "dashboard/TimeText.h"
#include "lists/ListFilterProxy.h"
#include "lists/ListProgressDelegate.h"
#include "lists/ListRetryDialogs.h"
#include "models/CsvWriter.h"
#include "models/ListTableModel.h"
#include "services/ListRetryBatch.h"
#include "services/ListService.h"
#include "validations/ChipDelegate.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace rd::ui {

namespace {
// In the zone the table shows (Settings → Time), so the detail and its row agree.
QString timeOf(const std::optional<QDateTime> &t, Qt::TimeSpec spec) {
    return timeText(t, spec);
}
QString count(int n, const BulkList &l) {
    return l.total > 0 || n > 0 ? QLocale().toString(n) : QStringLiteral("—");
}
} // namespace

ListsScreen::ListsScreen(ListService &service, const QString &connectionName, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_connectionName(connectionName)
    , m_proxy(new ListFilterProxy(this))
    , m_table(new QTableView(this))
    , m_tick(new QTimer(this)) {
    setObjectName(QStringLiteral("listsScreen"));
    setAccessibleName(tr("Lists"));
    m_proxy->setSourceModel(&service.model());
    m_table->setObjectName(QStringLiteral("listsTable"));
    // Tab leaves the table (arrow keys move between cells): no keyboard trap.
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Bulk lists"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(int(ListColumn::Created), Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->setItemDelegateForColumn(int(ListColumn::Progress), new ListProgressDelegate(this));
    // A list's status as the same chips as a validation's cycle (chipKindForListStatus).
    m_table->setItemDelegateForColumn(int(ListColumn::Status),
                                      new ChipDelegate(
                                          [](const QModelIndex &index) {
                                              return chipKindForListStatus(
                                                  index.data(ListTableModel::StatusRole).toInt());
                                          },
                                          this));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(buildDetail());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("listsStatus"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 2);
    layout->addWidget(buildToolRow());
    addOutboxBanners(layout);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    chainTabOrder(layout); // tools first, as on screen (they are built after the table)
    checkOutbox();

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ListsScreen::showDetail);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ListsScreen::updateRetryButton);
    auto *model = &service.model();
    connect(model, &QAbstractItemModel::dataChanged, this, [this] { showDetail(); });
    connect(model, &QAbstractItemModel::rowsInserted, this, &ListsScreen::updateStatus);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ListsScreen::updateStatus);
    connect(&service, &ListService::refreshFinished, this, [this] {
        updateStatus();
        showDetail();
        if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0) {
            m_table->selectRow(0);
        }
    });
    connect(&service, &ListService::listingStateChanged, this, &ListsScreen::updateStatus);
    connect(&service, &ListService::unreadableChanged, this, &ListsScreen::updateStatus);
    connect(&service, &ListService::healthChanged, this, &ListsScreen::updateStatus);
    connect(&service, &ListService::pollScheduled, this, &ListsScreen::updateStatus);
    connect(&service, &ListService::listChanged, this, [this] { showDetail(); });
    // The 5-minute countdown on the Retry button (seed 000), once a second.
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &ListsScreen::updateRetryButton);
    m_tick->start();

    service.refresh();
    showDetail();
    updateStatus();
}

ListsScreen::~ListsScreen() = default;

QWidget *ListsScreen::buildToolRow() {
    auto *row = new QWidget(this);
    m_refreshAction = new QAction(tr("Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_refreshAction, &QAction::triggered, &m_service, &ListService::refresh);
    addAction(m_refreshAction);
    auto *retryAction = new QAction(tr("Retry selected lists…"), this);
    retryAction->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    retryAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(retryAction, &QAction::triggered, this, &ListsScreen::retrySelected);
    addAction(retryAction);
    auto *exportAction = new QAction(tr("Export CSV…"), this);
    exportAction->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(exportAction, &QAction::triggered, this, &ListsScreen::exportCsv);
    addAction(exportAction);
    auto *searchAction = new QAction(tr("Search lists"), this);
    searchAction->setShortcut(QKeySequence::Find);
    searchAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(searchAction);

    auto *refresh = new QPushButton(tr("Refresh"), row);
    refresh->setObjectName(QStringLiteral("listsRefresh"));
    refresh->setToolTip(tr("Read the lists again (F5)"));
    connect(refresh, &QPushButton::clicked, m_refreshAction, &QAction::trigger);
    m_statusFilter = new QComboBox(row);
    m_statusFilter->setObjectName(QStringLiteral("listStatusFilter"));
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_statusFilter->addItem(tr("Any status"), -1);
    for (auto s : {BulkList::Status::Queued, BulkList::Status::InProgress,
                   BulkList::Status::Completed, BulkList::Status::Failed}) {
        m_statusFilter->addItem(BulkList::toWire(s), int(s));
    }
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int s = m_statusFilter->currentData().toInt();
        m_proxy->setStatus(s < 0 ? std::nullopt : std::optional(BulkList::Status(s)));
        updateStatus();
    });
    m_search = new QLineEdit(row);
    m_search->setObjectName(QStringLiteral("listSearch"));
    m_search->setAccessibleName(tr("Search lists"));
    m_search->setPlaceholderText(tr("Search id, name or chain (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    nameClearButton(m_search, tr("Clear search"));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_proxy->setText(t);
        updateStatus();
    });
    connect(searchAction, &QAction::triggered, m_search,
            [this] { m_search->setFocus(Qt::ShortcutFocusReason); });
    auto *retryMany = new QPushButton(tr("Retry selected…"), row);
    retryMany->setObjectName(QStringLiteral("retrySelectedLists"));
    retryMany->setToolTip(tr("Retry every selected list, one after another (Ctrl+Shift+R)"));
    connect(retryMany, &QPushButton::clicked, retryAction, &QAction::trigger);
    auto *exportButton = new QPushButton(tr("Export CSV…"), row);
    exportButton->setObjectName(QStringLiteral("exportListsCsv"));
    exportButton->setToolTip(tr("Save the lists shown, in this order, as CSV (Ctrl+Shift+E)"));
    connect(exportButton, &QPushButton::clicked, exportAction, &QAction::trigger);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(refresh);
    layout->addWidget(m_statusFilter);
    layout->addWidget(m_search, 1);
    layout->addWidget(retryMany);
    layout->addWidget(exportButton);
    return row;
}

QWidget *ListsScreen::buildDetail() {
    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("listDetail"));
    panel->setMinimumWidth(340);
    m_title = new QLabel(panel);
    m_title->setObjectName(QStringLiteral("listDetailTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fields = new QLabel(panel);
    m_fields->setObjectName(QStringLiteral("listDetailFields"));
    m_fields->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fields->setWordWrap(true);
    m_chain = new QListWidget(panel);
    m_chain->setObjectName(QStringLiteral("listChain"));
    m_chain->setAccessibleName(tr("Retry chain, the first job on top"));
    m_chain->setMaximumHeight(120);
    connect(m_chain, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { selectList(item->data(Qt::UserRole).toString()); });
    m_retry = new QPushButton(tr("&Retry list…"), panel);
    m_retry->setObjectName(QStringLiteral("retryList"));
    connect(m_retry, &QPushButton::clicked, this, &ListsScreen::retrySelected);
    m_message = new QLabel(panel);
    m_message->setObjectName(QStringLiteral("listDetailMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(panel);
    layout->addWidget(m_title);
    layout->addWidget(m_fields);
    layout->addWidget(new QLabel(tr("Retry chain:"), panel));
    layout->addWidget(m_chain);
    layout->addWidget(m_retry);
    layout->addWidget(m_message);
    layout->addStretch(1);
    return panel;
}

QString ListsScreen::selectedId() const {
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.data(ListTableModel::IdRole).toString() : QString();
}

QStringList ListsScreen::selectedIds() const {
    QStringList ids;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows()) {
        ids << i.data(ListTableModel::IdRole).toString();
    }
    if (ids.isEmpty() && !selectedId().isEmpty()) {
        ids << selectedId();
    }
    return ids;
}

void ListsScreen::selectList(const QString &id) {
    const int row = m_service.model().rowForId(id);
    if (row < 0) {
        return;
    }
    const QModelIndex i = m_proxy->mapFromSource(m_service.model().index(row, 0));
    if (i.isValid()) {
        m_table->setCurrentIndex(i);
        m_table->selectRow(i.row());
    }
}

void ListsScreen::showDetail() {
    const QString id = selectedId();
    const auto l = id.isEmpty() ? std::nullopt : m_service.model().list(id);
    if (id != m_shownId) {
        m_message->clear(); // a message is about the list it was said of
        m_shownId = id;
    }
    m_chain->clear();
    if (!l) {
        const bool none = m_service.model().rowCount() == 0 && !m_service.isRefreshing();
        m_title->setText(none ? tr("No lists on this connection yet") : tr("No list selected"));
        m_fields->setText(none ? tr("Bulk validation jobs of this key appear here with their "
                                    "progress; F5 reads them again.")
                               : QString());
        updateRetryButton();
        return;
    }
    m_title->setText(l->name.isEmpty() ? l->id : tr("%1 — %2").arg(l->id, l->name));
    m_fields->setText(tr("Status: %1\nProgress: %2\nValid: %3 · Invalid: %4 · Unknown: %5\n"
                         "Created: %6\nUpdated: %7")
                          .arg(ListTableModel::statusText(*l), ListTableModel::progressText(*l),
                               count(l->valid, *l), count(l->invalid, *l), count(l->unknown, *l),
                               timeOf(l->createdAt, m_service.model().timeSpec()),
                               timeOf(l->updatedAt, m_service.model().timeSpec())));
    for (const QString &member : m_service.chainOf(id)) {
        const auto m = m_service.model().list(member);
        auto *item = new QListWidgetItem(
            tr("%1%2 — %3")
                .arg(member == id ? QStringLiteral("▸ ") : QStringLiteral("   "), member,
                     m ? ListTableModel::statusText(*m) : tr("not in the table")),
            m_chain);
        item->setData(Qt::UserRole, member);
    }
    updateRetryButton();
}

void ListsScreen::updateRetryButton() {
    const QStringList ids = selectedIds();
    if (ids.size() > 1) {
        m_retry->setText(tr("&Retry %n lists…", nullptr, int(ids.size())));
        m_retry->setEnabled(true);
        return;
    }
    const QString id = ids.value(0);
    m_retry->setText(tr("&Retry list…"));
    if (id.isEmpty()) {
        m_retry->setEnabled(false);
        m_retry->setToolTip({});
        return;
    }
    if (m_service.isRetrying(id)) {
        m_retry->setEnabled(false);
        m_retry->setText(tr("Retrying…"));
        return;
    }
    const std::optional<ListRetryOutcome> refusal = m_service.refusalFor(id);
    m_retry->setEnabled(!refusal);
    m_retry->setToolTip(refusal ? refusal->message : QString());
    if (refusal && refusal->reason == ListRetryOutcome::Reason::TooSoon &&
        refusal->retryAllowedAt) {
        // seed 000: at least 5 minutes between retries of one chain — a countdown, not a mystery.
        const qint64 s =
            std::max<qint64>(0, m_service.clock().utcNow().secsTo(*refusal->retryAllowedAt));
        m_retry->setText(tr("Retry in %1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0')));
    } else if (refusal && refusal->reason == ListRetryOutcome::Reason::Processing) {
        m_retry->setText(tr("Processing…"));
    }
}

void ListsScreen::retrySelected() {
    const QStringList ids = selectedIds();
    if (ids.isEmpty()) {
        return;
    }
    QList<BulkList> lists;
    for (const QString &id : ids) {
        if (ids.size() == 1) {
            if (const auto refusal = m_service.refusalFor(id)) {
                m_message->setText(refusal->message + (refusal->advice.isEmpty()
                                                           ? QString()
                                                           : u' ' + refusal->advice));
                return; // refused locally, with the reason: nothing to confirm
            }
        }
        BulkList l = m_service.model().list(id).value_or(BulkList{});
        l.id = id;
        lists << l;
    }
    ListRetryConfirmDialog dialog(lists, this);
    const bool confirmed = m_confirm ? m_confirm(dialog) : dialog.exec() == QDialog::Accepted;
    if (!confirmed) {
        return;
    }
    startRetries(ids);
}

void ListsScreen::startRetries(const QStringList &ids) {
    if (ids.size() == 1) {
        const QString id = ids.first();
        m_message->setText(tr("Retrying %1…").arg(id));
        m_service.retry(id, [this, id](const ListRetryOutcome &o) {
            QString text = o.message;
            if (o.started() && o.newList) {
                text = tr("Retry started: new job %1.").arg(o.newList->id);
                selectList(o.newList->id);
            } else if (!o.advice.isEmpty()) {
                text += u' ' + o.advice;
            }
            if (!o.requestId.isEmpty()) {
                text += u' ' + tr("Request id: %1.").arg(o.requestId);
            }
            m_message->setText(text);
            updateRetryButton();
            emit retryFinished(o);
        });
        updateRetryButton();
        return;
    }
    if (m_results) {
        m_results->close();
    }
    m_results = new ListRetryResultsDialog(this);
    m_results->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_results, &QObject::destroyed, this, [this] { m_results = nullptr; });
    connect(m_results, &ListRetryResultsDialog::retryFailedRequested, this,
            [this](const QStringList &failed) { startRetries(failed); });
    m_results->setProgress(0, int(ids.size()));
    m_results->show(); // not modal: the table stays usable
    QPointer<ListRetryResultsDialog> dialog = m_results;
    m_service.retryMany(
        ids,
        [dialog](int done, int total, const ListRetryOutcome &o) {
            if (dialog) {
                dialog->addOutcome(o);
                dialog->setProgress(done, total);
            }
        },
        [this, dialog](const QList<ListRetryOutcome> &outcomes) {
            if (dialog) {
                dialog->finish();
            }
            for (const ListRetryOutcome &o : outcomes) {
                emit retryFinished(o);
            }
            updateRetryButton();
        });
}

bool ListsScreen::exportCsv() {
    const QString path = m_askPath ? m_askPath()
                                   : QFileDialog::getSaveFileName(this, tr("Export lists as CSV"),
                                                                  QStringLiteral("lists.csv"),
                                                                  tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return false;
    }
    QSaveFile file(path); // all or nothing: a failed export never leaves half a file
    QString error;
    if (!file.open(QIODevice::WriteOnly) || !CsvWriter::writeModel(*m_proxy, file, {}, &error) ||
        !file.commit()) {
        m_message->setText(tr("The CSV could not be written to %1: %2")
                               .arg(path, error.isEmpty() ? file.errorString() : error));
        return false;
    }
    m_message->setText(tr("%n list(s) exported to %1.", nullptr, m_proxy->rowCount()).arg(path));
    return true;
}

void ListsScreen::updateStatus() {
    QStringList parts{tr("%1 — %2").arg(
        m_connectionName, m_service.health().healthy() ? tr("connected") : tr("unreachable"))};
    if (!m_service.listingMessage().isEmpty()) {
        parts << m_service.listingMessage();
    }
    const int total = m_service.model().rowCount();
    parts << (m_proxy->rowCount() == total
                  ? tr("%n list(s)", nullptr, total)
                  : tr("%1 of %2 lists").arg(m_proxy->rowCount()).arg(total));
    if (const UnreadableReport &u = m_service.unreadable(); !u.isEmpty()) {
        parts << tr("%1 of %2 lists could not be read: %3")
                     .arg(u.count)
                     .arg(u.count + total)
                     .arg(u.firstReason());
    }
    if (!m_service.inProgressIds().isEmpty()) {
        parts << tr("%n in progress, next status check in %1 s", nullptr,
                    int(m_service.inProgressIds().size()))
                     .arg(m_service.pollDelay().count() / 1000);
    }
    if (const auto left = m_service.health().rateLimitRemaining) {
        parts << tr("Rate limit: %1 left").arg(*left);
    }
    m_status->setText(parts.join(QStringLiteral(" | ")));
}

QString ListsScreen::statusText() const {
    return m_status->text();
}

QString ListsScreen::detailText() const {
    QStringList chain;
    for (int i = 0; i < m_chain->count(); ++i) {
        chain << m_chain->item(i)->text();
    }
    return QStringList{m_title->text(), m_fields->text(), chain.join(u'\n'), m_message->text()}
        .join(u'\n');
}

} // namespace rd::ui
