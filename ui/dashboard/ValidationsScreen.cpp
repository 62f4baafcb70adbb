#include "dashboard/ValidationsScreen.h"

#include "app/KeyboardAccess.h"
#include "bulk/BulkController.h"
#include "bulk/NoticeBanner.h"
#include "dashboard/CancelCycleDialog.h"
#include "dashboard/DashboardActions.h"
#include "dashboard/DashboardStatusBar.h"
#include "dashboard/DetailPanel.h"
#include "dashboard/FilterBar.h"
#include "dashboard/OutageBanner.h"
#include "dashboard/RequestLogDock.h"
#include "dashboard/RetryPolicyForm.h"
#include "dashboard/TimeText.h"
#include "dashboard/UnreadableRowsDialog.h"
#include "forecast/ForecastController.h"
#include "forecast/ForecastPanel.h"
#include "instance/DeepLink.h"
#include "models/CsvWriter.h"
#include "models/ValidationTableModel.h"
#include "net/RequestLog.h"
#include "services/ValidationService.h"
#include "validations/CountdownTicker.h"
#include "validations/ValidationTableView.h"
#include "watch/WatchController.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace rd::ui {

ValidationsScreen::ValidationsScreen(ValidationService &service, const QString &connectionName,
                                     QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_actions(std::make_unique<DashboardActions>(this))
    , m_filters(new FilterBar(this))
    , m_banner(new OutageBanner(this))
    , m_table(new ValidationTableView(&service.clock(), this))
    , m_side(new QStackedWidget(this))
    , m_detail(new DetailPanel(m_side))
    , m_form(new RetryPolicyForm(m_side))
    , m_status(new DashboardStatusBar(this))
    , m_log(new RequestLogDock(service.requestLog(), this))
    , m_linkConnection(connectionName) {
    setObjectName(QStringLiteral("validationsScreen"));
    setAccessibleName(tr("Validations"));
    m_table->setObjectName(QStringLiteral("validationsTable"));
    m_table->setValidationModel(&service.model());
    // What users come for first — when, how far, what happened — before the long target text.
    QHeaderView *header = m_table->horizontalHeader();
    int visual = 1;
    for (ValidationColumn c :
         {ValidationColumn::NextAttempt, ValidationColumn::RetryState, ValidationColumn::Outcome}) {
        header->moveSection(header->visualIndex(int(c)), visual++);
    }
    m_side->addWidget(m_detail);
    m_side->addWidget(m_form);
    m_side->setMinimumWidth(380);
    m_form->setServerClock([this] { return serverNow(); });
    m_status->setConnectionName(connectionName);
    m_status->setHealth(service.health());
    m_log->hide(); // the window docks it; Ctrl+L shows it
    m_actions->toggleLog = m_log->toggleViewAction();
    m_actions->toggleLog->setShortcut(QKeySequence(tr("Ctrl+L")));
    m_actions->toggleLog->setText(tr("Request &log"));
    addAction(m_actions->toggleLog);
    m_bulk = new BulkController(service, *m_table, connectionName, *m_actions, this);
    m_watch = new WatchController(*m_table, *m_filters, *m_actions, this);
    m_detail->setNowSource(&service.clock(), [this] { return serverNow(); });
    m_forecast = new ForecastController(service.model(), service.clock(), *m_filters,
                                        *m_actions->showForecast, this);

    // The side panel scrolls vertically when the window is short (a 640-pixel-high screen cut
    // off its buttons and the status bar); it never scrolls sideways.
    auto *sideScroll = new QScrollArea(this);
    sideScroll->setObjectName(QStringLiteral("sidePanelScroll"));
    sideScroll->setAccessibleName(tr("Detail pane"));
    sideScroll->setWidget(m_side);
    sideScroll->setWidgetResizable(true);
    sideScroll->setFrameShape(QFrame::NoFrame);
    sideScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    sideScroll->setMinimumWidth(m_side->minimumWidth() +
                                style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(sideScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    // The forecast spans the width above the table and the detail; the user can make it taller.
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->setObjectName(QStringLiteral("forecastSplitter"));
    vertical->addWidget(m_forecast->panel());
    vertical->addWidget(splitter);
    vertical->setStretchFactor(0, 0);
    vertical->setStretchFactor(1, 1);
    vertical->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    QWidget *toolRow = buildToolRow();
    layout->addWidget(toolRow);
    layout->addWidget(m_filters);
    layout->addWidget(m_banner);
    layout->addWidget(m_bulk->problemBanner());
    layout->addWidget(m_bulk->pendingBanner());
    layout->addWidget(vertical, 1);
    layout->addWidget(m_status);
    // Tab follows the layout: tools, filters, banners, forecast, table, details, status line.
    chainTabOrder({toolRow, m_filters, m_banner, m_bulk->problemBanner(), m_bulk->pendingBanner(),
                   m_forecast->panel(), m_table, sideScroll, m_status});

    connect(m_actions->refresh, &QAction::triggered, &m_service, &ValidationService::refresh);
    connect(m_actions->focusSearch, &QAction::triggered, m_filters, &FilterBar::focusSearch);
    connect(m_actions->retryingNow, &QAction::toggled, this, [this](bool on) {
        m_filters->findChild<QCheckBox *>(QStringLiteral("retryingNowFilter"))->setChecked(on);
    });
    connect(m_actions->focusTable, &QAction::triggered, this,
            [this] { m_table->setFocus(Qt::ShortcutFocusReason); });
    connect(m_actions->editPolicy, &QAction::triggered, this, &ValidationsScreen::editPolicy);
    connect(m_actions->cancelCycle, &QAction::triggered, this, &ValidationsScreen::cancelCycle);
    connect(m_actions->copyId, &QAction::triggered, this,
            [this] { QGuiApplication::clipboard()->setText(selectedId()); });
    connect(m_actions->copyLink, &QAction::triggered, this, [this] {
        const QString id = selectedId().isEmpty() ? m_detail->currentId() : selectedId();
        if (!id.isEmpty()) {
            QGuiApplication::clipboard()->setText(linkTo(id));
        }
    });
    connect(m_detail, &DetailPanel::copyLinkRequested, this,
            [this](const QString &id) { QGuiApplication::clipboard()->setText(linkTo(id)); });
    connect(m_actions->copyRequestId, &QAction::triggered, this,
            [this] { QGuiApplication::clipboard()->setText(m_detail->requestId()); });
    connect(m_actions->toggleUtc, &QAction::toggled, this,
            [this](bool utc) { setTimeSpec(utc ? Qt::UTC : Qt::LocalTime); });

    connect(m_filters, &FilterBar::filterChanged, this, [this](const ValidationFilter &f) {
        m_service.model().setFilter(f);
        updateCounts();
    });
    connect(m_detail, &DetailPanel::editPolicyRequested, this, &ValidationsScreen::editPolicy);
    connect(m_detail, &DetailPanel::cancelCycleRequested, this, &ValidationsScreen::cancelCycle);
    connect(m_banner, &OutageBanner::retryRequested, &m_service, &ValidationService::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ValidationsScreen::onCurrentChanged);
    // A screen reader selects a row through the accessibility API (AT-SPI's Table interface),
    // which selects without moving the current row: a single selected row becomes the current
    // one, so its detail shows as it does for a click or the arrow keys.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        QItemSelectionModel *sel = m_table->selectionModel();
        const QModelIndexList rows = sel->selectedRows();
        if (rows.size() == 1 && sel->currentIndex().row() != rows.first().row()) {
            sel->setCurrentIndex(rows.first(), QItemSelectionModel::NoUpdate);
        }
    });
    connect(m_table->ticker(), &CountdownTicker::rowsBecameDue, &m_service,
            &ValidationService::refreshWhenDue);

    connect(m_form, &RetryPolicyForm::discarded, this, &ValidationsScreen::closeForm);
    connect(m_form, &RetryPolicyForm::saveRequested, this,
            [this](const QString &id, const RetryPolicy &policy) {
                m_form->setBusy(true);
                m_service.setPolicy(id, policy, [this, id](const WriteOutcome &o) {
                    m_form->showOutcome(o);
                    if (o.applied()) {
                        closeForm();
                        m_detail->setMessage(tr("Policy saved."));
                    }
                    emit writeFinished(o);
                });
            });
    connectService();
    updateCounts();
    m_service.watch(this);
}

ForecastPanel *ValidationsScreen::forecast() const {
    return m_forecast->panel();
}

ForecastFeed &ValidationsScreen::forecastFeed() const {
    return m_forecast->feed();
}

void ValidationsScreen::setForecastVisible(bool visible) {
    m_forecast->setVisible(visible);
}

void ValidationsScreen::setBulkHost(BulkRunHost *host) {
    m_bulk->setHost(host);
}

void ValidationsScreen::setWatchList(WatchList *list) {
    m_watch->setWatchList(list);
}

ValidationsScreen::~ValidationsScreen() {
    m_service.resumeRefresh(m_form);
    m_service.unwatch(this);
}

QWidget *ValidationsScreen::buildToolRow() {
    auto *row = new QWidget(this);
    auto *refresh = new QPushButton(tr("Refresh"), row);
    refresh->setObjectName(QStringLiteral("refreshButton"));
    refresh->setToolTip(tr("Refresh now (F5)"));
    connect(refresh, &QPushButton::clicked, m_actions->refresh, &QAction::trigger);
    m_interval = new QComboBox(row);
    m_interval->setObjectName(QStringLiteral("pollInterval"));
    m_interval->setAccessibleName(tr("Refresh interval"));
    m_interval->addItem(tr("Auto-refresh off"), int(PollInterval::Off));
    m_interval->addItem(tr("Every 5 s"), int(PollInterval::FiveSeconds));
    m_interval->addItem(tr("Every 15 s"), int(PollInterval::FifteenSeconds));
    m_interval->addItem(tr("Every minute"), int(PollInterval::OneMinute));
    m_interval->setCurrentIndex(m_interval->findData(int(m_service.pollInterval())));
    m_interval->setToolTip(tr("Auto-refresh reads the pending cycles and new validations; it "
                              "takes at most half of the key's rate limit."));
    connect(m_interval, &QComboBox::activated, this, [this](int i) {
        m_service.setPollInterval(PollInterval(m_interval->itemData(i).toInt()));
    });
    // Every row is read again only this often in the background (and on F5): between full
    // refreshes the poll's cost follows the active cycles, not the size of the table.
    m_fullInterval = new QComboBox(row);
    m_fullInterval->setObjectName(QStringLiteral("fullRefreshInterval"));
    m_fullInterval->setAccessibleName(tr("Full refresh interval"));
    m_fullInterval->setToolTip(tr("Full refresh: how often every validation is read again in the "
                                  "background (F5 does it now). Between full refreshes, "
                                  "auto-refresh reads only the pending cycles and new "
                                  "validations."));
    constexpr qint64 kMinute = 60'000;
    m_fullInterval->addItem(tr("All: every 10 min"), 10 * kMinute);
    m_fullInterval->addItem(tr("All: every 30 min"), 30 * kMinute);
    m_fullInterval->addItem(tr("All: hourly"), 60 * kMinute);
    m_fullInterval->addItem(tr("All: on F5 only"), 0);
    m_fullInterval->setCurrentIndex(
        std::max(0, m_fullInterval->findData(qint64(m_service.fullRefreshInterval().count()))));
    connect(m_fullInterval, &QComboBox::activated, this, [this](int i) {
        m_service.setFullRefreshInterval(Millis(m_fullInterval->itemData(i).toLongLong()));
    });
    m_timeSpec = new QComboBox(row);
    m_timeSpec->setObjectName(QStringLiteral("timeSpec"));
    m_timeSpec->setAccessibleName(tr("Show times in"));
    m_timeSpec->addItem(tr("Local time"), int(Qt::LocalTime));
    m_timeSpec->addItem(tr("UTC"), int(Qt::UTC));
    connect(m_timeSpec, &QComboBox::activated, this, [this](int i) {
        m_actions->toggleUtc->setChecked(Qt::TimeSpec(m_timeSpec->itemData(i).toInt()) == Qt::UTC);
    });
    auto *exportAction = new QAction(tr("E&xport CSV…"), this);
    exportAction->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(exportAction, &QAction::triggered, this, &ValidationsScreen::exportCsv);
    addAction(exportAction);
    // In the window's Validations menu with its shortcut; the toolbar keeps the room it has
    // (the window still fits an 800-pixel screen).
    auto *edit = new QPushButton(tr("Edit policy…"), row);
    edit->setObjectName(QStringLiteral("toolEditPolicy"));
    edit->setToolTip(tr("Edit the selected validation's retry policy (Ctrl+E)"));
    connect(edit, &QPushButton::clicked, m_actions->editPolicy, &QAction::trigger);
    auto *cancel = new QPushButton(tr("Cancel cycle…"), row);
    cancel->setObjectName(QStringLiteral("toolCancelCycle"));
    cancel->setToolTip(tr("Cancel the selected validation's retry cycle (Ctrl+Shift+X)"));
    connect(cancel, &QPushButton::clicked, m_actions->cancelCycle, &QAction::trigger);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(refresh);
    layout->addWidget(m_interval);
    layout->addWidget(m_fullInterval);
    layout->addWidget(m_timeSpec);
    m_actions->moveBulkLast(this); // the Validations menu lists the bulk entries last
    layout->addStretch(1);
    layout->addWidget(m_bulk->indicator());
    layout->addWidget(edit);
    layout->addWidget(cancel);
    return row;
}

void ValidationsScreen::connectService() {
    ValidationService *s = &m_service;
    connect(s, &ValidationService::healthChanged, this, [this](const ConnectionHealth &h) {
        m_banner->setHealth(h);
        m_status->setHealth(h);
    });
    connect(s, &ValidationService::refreshStarted, this, [this] { m_status->setRefreshing(true); });
    connect(s, &ValidationService::refreshFinished, this, [this](bool, const QString &) {
        m_status->setRefreshing(false);
        updateCounts();
        if (!m_openWhenLoaded.isEmpty()) {
            openValidation(std::exchange(m_openWhenLoaded, {}));
        }
        if (m_table->currentIndex().isValid() == false && m_service.model().rowCount() > 0 &&
            m_detail->currentId().isEmpty()) {
            m_table->selectRow(0); // something to read from the first load
        }
    });
    connect(s, &ValidationService::pausedChanged, m_status, &DashboardStatusBar::setPaused);
    connect(s, &ValidationService::unreadableChanged, this, [this](const UnreadableReport &r) {
        m_status->setUnreadable(r, m_service.model().totalCount());
    });
    connect(m_status, &DashboardStatusBar::showUnreadableRequested, this,
            &ValidationsScreen::showUnreadableRows);
    connect(s, &ValidationService::pollIntervalChanged, this,
            [this](PollInterval i) { m_interval->setCurrentIndex(m_interval->findData(int(i))); });
    connect(s, &ValidationService::detailLoaded, this, &ValidationsScreen::onDetailLoaded);
    connect(s, &ValidationService::validationChanged, this, [this](const QString &id) {
        if (id == m_detail->currentId()) {
            m_service.loadDetail(id, {});
        }
    });
    auto &model = m_service.model();
    for (auto sig : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(&model, sig, this, &ValidationsScreen::updateCounts);
    }
}

void ValidationsScreen::onCurrentChanged() {
    const QString id = selectedId();
    if (id.isEmpty() || id == m_detail->currentId()) {
        return;
    }
    m_detail->showLoading(id);
    m_service.loadDetail(id, [this, id](const api::Reply<api::ValidationDetail> &reply) {
        if (!reply.ok() && id == m_detail->currentId()) {
            m_detail->showError(reply.result.userMessage);
        }
    });
}

void ValidationsScreen::onDetailLoaded(const api::ValidationDetail &detail,
                                       const QString &requestId) {
    if (detail.validation.id == m_detail->currentId()) {
        m_detail->showDetail(detail, requestId, serverNow(), m_service.model().timeSpec());
    }
}

QString ValidationsScreen::selectedId() const {
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_service.model().idAt(current.row()) : QString();
}

void ValidationsScreen::selectValidation(const QString &id) {
    const int row = m_service.model().rowForId(id);
    if (row >= 0) {
        m_table->setCurrentIndex(m_service.model().index(row, 0));
        m_table->selectRow(row);
    }
}

QString ValidationsScreen::linkTo(const QString &id) const {
    return instance::DeepLink{id, m_linkConnection}.toString();
}

void ValidationsScreen::openValidation(const QString &id) {
    if (m_service.isRefreshing()) {
        // The row is selected in the table as loaded, not in a half-read one.
        m_openWhenLoaded = id;
        m_detail->setMessage(tr("Opening %1 once the table has loaded…").arg(id));
        return;
    }
    if (m_service.model().rowForId(id) >= 0) {
        selectValidation(id);
        m_table->scrollTo(m_table->currentIndex(), QAbstractItemView::PositionAtCenter);
        m_table->setFocus(Qt::OtherFocusReason);
        return;
    }
    // Not in the table (beyond the pages read, or hidden by the filter): fetched by its id.
    m_table->selectionModel()->clear();
    m_detail->showLoading(id);
    m_service.loadDetail(id, [this, id](const api::Reply<api::ValidationDetail> &reply) {
        if (id != m_detail->currentId()) {
            return; // the user moved on
        }
        if (!reply.ok()) {
            m_detail->clear(); // not "Loading…" for ever
            m_detail->showError(
                reply.result.httpStatus == 404
                    ? tr("There is no validation %1 on this connection: the server answered 404 "
                         "Not Found (request id %2). The link may be meant for another "
                         "connection.")
                          .arg(id, reply.result.requestId.isEmpty() ? tr("none")
                                                                    : reply.result.requestId)
                    : reply.result.userMessage);
            return;
        }
        if (m_service.model().rowForId(id) >= 0) {
            selectValidation(id);
            m_table->scrollTo(m_table->currentIndex(), QAbstractItemView::PositionAtCenter);
        } else {
            m_detail->setMessage(
                tr("The table's filter hides this validation: clear it to see the row."));
        }
    });
}

bool ValidationsScreen::isEditingPolicy() const {
    return m_side->currentWidget() == m_form;
}

void ValidationsScreen::editPolicy() {
    const auto detail = m_detail->detail();
    if (!detail || detail->validation.id != selectedId()) {
        return;
    }
    const std::optional<RetryState> &rs = detail->validation.retryState;
    const bool pending = rs && rs->isActive();
    m_form->edit(detail->validation.id, rs ? rs->policy() : RetryPolicy{}, m_service.planCap(),
                 pending ? rs->attemptsCompleted : 0, m_service.model().timeSpec());
    m_side->setCurrentWidget(m_form);
    m_service.pauseRefresh(m_form); // refresh never runs under an open form
    m_form->enabledBox()->setFocus(Qt::ShortcutFocusReason);
}

void ValidationsScreen::closeForm() {
    m_side->setCurrentWidget(m_detail);
    m_service.resumeRefresh(m_form);
    m_table->setFocus(Qt::OtherFocusReason);
}

void ValidationsScreen::cancelCycle() {
    const auto detail = m_detail->detail();
    const QString id = selectedId();
    if (id.isEmpty()) {
        return;
    }
    QString summary;
    if (detail && detail->validation.id == id && detail->validation.retryState) {
        const RetryState &rs = *detail->validation.retryState;
        summary = tr("<p>%1 of %2 attempts made; next attempt %3.</p>")
                      .arg(rs.attemptsCompleted)
                      .arg(rs.maxRetries ? QString::number(*rs.maxRetries) : tr("—"))
                      .arg(timeText(rs.nextAttemptAt, m_service.model().timeSpec()));
    }
    CancelCycleDialog dialog(id, summary, this);
    const bool confirmed = m_confirm ? m_confirm(dialog) : dialog.exec() == QDialog::Accepted;
    if (!confirmed) {
        return;
    }
    m_detail->setMessage(tr("Cancelling…"));
    m_service.cancelRetries(id, [this, id](const WriteOutcome &o) {
        if (id == m_detail->currentId()) {
            m_detail->setMessage(o.applied() ? tr("Retry cycle cancelled.") : o.message,
                                 !o.applied() && o.kind != WriteOutcome::Kind::AlreadyEnded);
        }
        emit writeFinished(o);
    });
}

bool ValidationsScreen::exportCsv() {
    const QString path = m_askPath
                             ? m_askPath()
                             : QFileDialog::getSaveFileName(this, tr("Export validations as CSV"),
                                                            QStringLiteral("validations.csv"),
                                                            tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return false;
    }
    // The model's rows are the view (filtered, sorted); the columns in the order the user sees.
    QList<int> columns;
    const QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical)) {
            columns << logical;
        }
    }
    QSaveFile file(path); // all or nothing: a failed export never leaves half a file
    QString error;
    if (!file.open(QIODevice::WriteOnly) ||
        !CsvWriter::writeModel(m_service.model(), file, columns, &error) || !file.commit()) {
        m_detail->setMessage(tr("The CSV could not be written to %1: %2")
                                 .arg(path, error.isEmpty() ? file.errorString() : error),
                             true);
        return false;
    }
    m_detail->setMessage(
        tr("%n validation(s) exported to %1.", nullptr, m_service.model().rowCount()).arg(path));
    return true;
}

void ValidationsScreen::showUnreadableRows() {
    auto *dialog =
        new UnreadableRowsDialog(m_service.unreadable(), m_service.model().totalCount(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show(); // not modal: the table stays usable beside it
}

void ValidationsScreen::setTimeSpec(Qt::TimeSpec spec) {
    m_service.model().setTimeSpec(spec);
    m_service.requestLog().setTimeSpec(spec);
    m_status->setTimeSpec(spec);
    m_forecast->setTimeSpec(spec);
    m_timeSpec->setCurrentIndex(m_timeSpec->findData(int(spec)));
    if (m_actions->toggleUtc->isChecked() != (spec == Qt::UTC)) {
        m_actions->toggleUtc->setChecked(spec == Qt::UTC);
    }
    if (const auto d = m_detail->detail()) {
        m_detail->showDetail(*d, m_detail->requestId(), serverNow(), spec);
    }
    m_table->viewport()->update();
}

void ValidationsScreen::updateCounts() {
    m_status->setRowCounts(m_service.model().rowCount(), m_service.model().totalCount());
}

QDateTime ValidationsScreen::serverNow() const {
    return QDateTime::fromMSecsSinceEpoch(m_service.model().serverNowMs(), Qt::UTC);
}

} // namespace rd::ui
