#include "bulk/BulkController.h"

#include "bulk/ActivityLogDialog.h"
#include "bulk/BulkDryRunDialog.h"
#include "bulk/BulkProgressDialog.h"
#include "bulk/BulkRunHost.h"
#include "bulk/OutboxPrompt.h"
#include "dashboard/DashboardActions.h"
#include "models/ValidationTableModel.h"
#include "outbox/Outbox.h"
#include "services/ValidationService.h"
#include "validations/ValidationTableView.h"

#include <QAction>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QLocale>
#include <QPushButton>

#include <algorithm>

namespace rd::ui {

BulkController::BulkController(ValidationService &service, ValidationTableView &table,
                               const QString &connectionName, const DashboardActions &actions,
                               QWidget *screen)
    : QObject(screen)
    , m_service(service)
    , m_table(table)
    , m_connectionName(connectionName)
    , m_actions(actions)
    , m_screen(screen)
    , m_indicator(new QPushButton(screen))
    , m_prompt(new OutboxPrompt(service, connectionName, *this, screen)) {
    connect(m_prompt, &OutboxPrompt::singlesResumed, this, &BulkController::singlesResumed);
    m_indicator->setObjectName(QStringLiteral("bulkIndicator"));
    m_indicator->setFlat(true);
    m_indicator->setToolTip(tr("Show the bulk run's progress and results"));
    m_indicator->hide();
    connect(m_indicator, &QPushButton::clicked, this, [this] { showRun(); });

    connect(actions.bulkPolicySelection, &QAction::triggered, this,
            [this] { openDryRun(BulkAction::Kind::SetPolicy, Scope::Selection); });
    connect(actions.bulkPolicyAll, &QAction::triggered, this,
            [this] { openDryRun(BulkAction::Kind::SetPolicy, Scope::AllMatching); });
    connect(actions.bulkCancelSelection, &QAction::triggered, this,
            [this] { openDryRun(BulkAction::Kind::CancelRetries, Scope::Selection); });
    connect(actions.bulkCancelAll, &QAction::triggered, this,
            [this] { openDryRun(BulkAction::Kind::CancelRetries, Scope::AllMatching); });
    connect(actions.showBulkRun, &QAction::triggered, this, [this] { showRun(); });
    connect(actions.activityLog, &QAction::triggered, this, &BulkController::openActivityLog);

    connect(m_table.selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BulkController::updateActions);
    ValidationTableModel &model = m_service.model();
    for (auto sig : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(&model, sig, this, &BulkController::updateActions);
    }
    connect(&model, &QAbstractItemModel::modelReset, this, &BulkController::updateActions);
    connect(&model, &QAbstractItemModel::layoutChanged, this, &BulkController::updateActions);
    updateActions();
}

BulkController::~BulkController() {
    // Runs of its own host go with the screen (what they did not send stays resumable).
    delete m_ownHost;
}

void BulkController::setHost(BulkRunHost *host) {
    if (host == m_host) {
        return;
    }
    if (m_host) {
        disconnect(m_host, nullptr, this, nullptr);
    }
    m_host = host;
    if (m_host) {
        connect(m_host, &BulkRunHost::runAdded, this, [this](BulkRun *run) {
            if (m_host && m_host->runsOf(m_service).contains(run)) {
                watchRun(run);
            }
        });
        for (BulkRun *run : m_host->runsOf(m_service)) {
            watchRun(run);
        }
    }
    updateIndicator();
    updateActions();
}

void BulkController::checkOutbox() {
    m_prompt->check();
    updateActions();
}

NoticeBanner *BulkController::problemBanner() const {
    return m_prompt->problemBanner();
}

NoticeBanner *BulkController::pendingBanner() const {
    return m_prompt->pendingBanner();
}

BulkDryRunDialog *BulkController::dryRunDialog() const {
    return m_dryRun;
}

ActivityLogDialog *BulkController::activityLog() const {
    return m_activity;
}

BulkRunHost &BulkController::host() {
    if (!m_host) {
        m_ownHost = new BulkRunHost;
        setHost(m_ownHost);
    }
    return *m_host;
}

QString BulkController::scopeText(Scope scope) const {
    if (scope == Scope::Selection) {
        return tr("the selection");
    }
    return m_service.model().filter().isEmpty() ? tr("all validations")
                                                : tr("all validations matching the filter");
}

QList<Validation> BulkController::validations(Scope scope) const {
    const ValidationTableModel &model = m_service.model();
    QList<Validation> out;
    if (scope == Scope::AllMatching) {
        // The model filters and sorts in place (no proxy): its rows are what the filter matches.
        out.reserve(model.rowCount());
        for (int row = 0; row < model.rowCount(); ++row) {
            if (auto v = model.validationAt(row)) {
                out << std::move(*v);
            }
        }
        return out;
    }
    QList<int> rows;
    for (const QModelIndex &i : m_table.selectionModel()->selectedRows()) {
        rows << i.row();
    }
    std::sort(rows.begin(), rows.end()); // the order the user sees
    out.reserve(rows.size());
    for (int row : rows) {
        if (auto v = model.validationAt(row)) {
            out << std::move(*v);
        }
    }
    return out;
}

BulkDryRunDialog *BulkController::openDryRun(BulkAction::Kind kind, Scope scope) {
    if (!m_service.outbox() || !m_service.outbox()->isOpen()) {
        return nullptr;
    }
    // Reading a large table and its dry run takes a moment: say so with the cursor.
    const bool large = m_service.model().rowCount() > 20000;
    if (large) {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    }
    const QList<Validation> chosen = validations(scope);
    if (chosen.isEmpty()) {
        if (large) {
            QGuiApplication::restoreOverrideCursor();
        }
        return nullptr;
    }
    if (m_dryRun) {
        m_dryRun->close();
    }
    const QString tag = scope == Scope::Selection              ? tr("selection")
                        : m_service.model().filter().isEmpty() ? tr("all in the table")
                                                               : tr("all matching the filter");
    auto *dialog = new BulkDryRunDialog(m_service, kind, chosen, scopeText(scope), tag, m_screen);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (large) {
        QGuiApplication::restoreOverrideCursor();
    }
    connect(dialog, &BulkDryRunDialog::startRequested, this, [this, dialog] { start(*dialog); });
    m_dryRun = dialog;
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

BulkRun *BulkController::start(const BulkDryRunDialog &dialog) {
    if (!m_service.outbox() || dialog.plan().eligible.isEmpty()) {
        return nullptr;
    }
    BulkRun *run = host().start(m_service, dialog.action(), dialog.plan(), dialog.description(),
                                dialog.spec(), dialog.options());
    showRun(run);
    emit runStarted(run);
    return run;
}

void BulkController::watchRun(BulkRun *run) {
    connect(run, &BulkRun::progressChanged, this, &BulkController::updateIndicator,
            Qt::UniqueConnection);
    connect(run, &BulkRun::stateChanged, this, &BulkController::updateIndicator,
            Qt::UniqueConnection);
    connect(run, &BulkRun::finished, this, [this, run] {
        if (run == m_indicated) {
            const BulkProgressDialog *d = progressDialog(run);
            m_endUnseen = !(d && d->isVisible());
        }
        updateIndicator();
    });
    m_indicated = run;
    m_endUnseen = false;
    updateIndicator();
    updateActions();
}

BulkProgressDialog *BulkController::progressDialog(BulkRun *run) const {
    return m_dialogs.value(run).data();
}

BulkProgressDialog *BulkController::showRun(BulkRun *run) {
    if (!run) {
        run = m_host ? m_host->latestRunOf(m_service) : nullptr;
    }
    if (!run) {
        return nullptr;
    }
    BulkProgressDialog *dialog = progressDialog(run);
    if (!dialog) {
        dialog = new BulkProgressDialog(*run, m_service.clock(), m_screen);
        if (m_confirmRunCancel) {
            dialog->setConfirmCancel(m_confirmRunCancel);
        }
        m_dialogs.insert(run, dialog);
        connect(run, &QObject::destroyed, this, [this, run] {
            if (BulkProgressDialog *d = m_dialogs.take(run)) {
                d->deleteLater();
            }
        });
    }
    if (run == m_indicated) {
        m_endUnseen = false;
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    updateIndicator();
    return dialog;
}

void BulkController::updateIndicator() {
    BulkRun *run = m_indicated;
    if (!run) {
        m_indicator->hide();
        m_actions.showBulkRun->setEnabled(false);
        return;
    }
    const BulkProgress p = run->progress();
    const QLocale locale;
    m_actions.showBulkRun->setEnabled(true);
    if (run->isActive()) {
        m_indicator->setText(
            run->state() == BulkRun::State::Paused
                ? tr("Bulk: %1/%2 (paused)")
                      .arg(locale.toString(p.ended()), locale.toString(p.total))
                : tr("Bulk: %1/%2").arg(locale.toString(p.ended()), locale.toString(p.total)));
        m_indicator->setVisible(true);
    } else {
        m_indicator->setText(p.failed > 0
                                 ? tr("Bulk: ended, %1 failed").arg(locale.toString(p.failed))
                                 : tr("Bulk: ended"));
        m_indicator->setVisible(m_endUnseen);
    }
    m_indicator->setAccessibleName(m_indicator->text());
}

void BulkController::updateActions() {
    const outbox::Outbox *ob = m_service.outbox();
    QString why;
    if (!ob) {
        why = tr("This connection has no outbox, so a bulk run could not be resumed safely "
                 "after a crash.");
    } else if (!ob->isOpen()) {
        why = ob->report().message;
    }
    const bool selection = m_table.selectionModel() && m_table.selectionModel()->hasSelection();
    const bool rows = m_service.model().rowCount() > 0;
    auto set = [&why](QAction *a, bool enabled, const QString &otherwise, const QString &tip) {
        a->setEnabled(why.isEmpty() && enabled);
        const QString text = !why.isEmpty() ? why : enabled ? tip : otherwise;
        a->setToolTip(text);
        a->setStatusTip(text);
    };
    const QString select = tr("Select validations in the table first.");
    const QString none = tr("No validation matches the filter.");
    set(m_actions.bulkPolicySelection, selection, select,
        tr("Apply one retry policy to the selected validations, after a dry run"));
    set(m_actions.bulkPolicyAll, rows, none,
        tr("Apply one retry policy to every validation the filter shows, after a dry run"));
    set(m_actions.bulkCancelSelection, selection, select,
        tr("Cancel the retry cycles of the selected validations, after a dry run"));
    set(m_actions.bulkCancelAll, rows, none,
        tr("Cancel the retry cycles of every validation the filter shows, after a dry run"));
    set(m_actions.activityLog, true, {}, tr("Your writes on this connection, from its outbox"));
}

ActivityLogDialog *BulkController::openActivityLog() {
    outbox::Outbox *ob = m_service.outbox();
    if (!ob) {
        return nullptr;
    }
    if (!m_activity) {
        m_activity = new ActivityLogDialog(*ob, m_connectionName, m_service.clock(),
                                           m_service.model().timeSpec(), m_screen);
        connect(&m_service.model(), &ValidationTableModel::timeSpecChanged, m_activity,
                [this] { m_activity->setTimeSpec(m_service.model().timeSpec()); });
    } else {
        m_activity->reload();
    }
    m_activity->show();
    m_activity->raise();
    m_activity->activateWindow();
    return m_activity;
}

} // namespace rd::ui
