// BulkController: the validations screen's bulk commands — the dry run of a policy change or a
// cancel over the selection or everything the filter matches, the run's progress window, the
// activity log, and (through OutboxPrompt) what the connection's outbox has to say when the
// screen opens. Everything it shows is non-modal: the table stays usable while a run goes on.
#pragma once

#include "services/BulkAction.h"
#include "services/BulkRun.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QPushButton;
class QWidget;

namespace rd {
class ValidationService;
class ValidationTableView;
} // namespace rd

namespace rd::ui {

class ActivityLogDialog;
class BulkDryRunDialog;
class BulkProgressDialog;
class BulkRunHost;
class NoticeBanner;
class OutboxPrompt;
struct DashboardActions;

class BulkController : public QObject {
    Q_OBJECT
public:
    enum class Scope { Selection, AllMatching };

    // screen: parent of the dialogs, the banners and the run indicator (the screen lays out
    // problemBanner(), pendingBanner() and indicator()); actions: the screen's, whose bulk
    // entries this controller drives.
    BulkController(ValidationService &service, ValidationTableView &table,
                   const QString &connectionName, const DashboardActions &actions, QWidget *screen);
    ~BulkController() override;

    // The window's run host (runs outlive the screen); until set, runs belong to this controller.
    void setHost(BulkRunHost *host);
    BulkRunHost &host();

    QPushButton *indicator() const { return m_indicator; }

    QList<Validation> validations(Scope scope) const;
    BulkDryRunDialog *openDryRun(BulkAction::Kind kind, Scope scope);
    // Starts the run a dry-run dialog describes and shows its progress window.
    BulkRun *start(const BulkDryRunDialog &dialog);
    // The run's progress window (the latest run when null), made if needed, shown and raised.
    BulkProgressDialog *showRun(BulkRun *run = nullptr);
    BulkProgressDialog *progressDialog(BulkRun *run) const;
    ActivityLogDialog *openActivityLog();

    // Says what the outbox reports (damaged file kept aside, cannot write) and offers the work
    // the last session left unfinished (OutboxPrompt). Call when the connection's screen opens.
    void checkOutbox();
    OutboxPrompt &outboxPrompt() const { return *m_prompt; }
    NoticeBanner *problemBanner() const;
    NoticeBanner *pendingBanner() const;

    BulkDryRunDialog *dryRunDialog() const; // the one open, if any
    ActivityLogDialog *activityLog() const; // made by openActivityLog()
    // How a progress window confirms "Cancel run" (tests answer it); default a question box.
    void setConfirmRunCancel(std::function<bool()> confirm) { m_confirmRunCancel = confirm; }
    void updateActions();

signals:
    void runStarted(rd::BulkRun *run);
    // Single writes resent from the pending banner have all answered.
    void singlesResumed(int applied, int notApplied);

private:
    void watchRun(BulkRun *run);
    void updateIndicator();
    QString scopeText(Scope scope) const;

    ValidationService &m_service;
    ValidationTableView &m_table;
    QString m_connectionName;
    const DashboardActions &m_actions;
    QWidget *m_screen;
    QPointer<BulkRunHost> m_host;
    BulkRunHost *m_ownHost = nullptr;
    QPushButton *m_indicator;
    OutboxPrompt *m_prompt;
    QHash<BulkRun *, QPointer<BulkProgressDialog>> m_dialogs;
    QPointer<BulkDryRunDialog> m_dryRun;
    QPointer<ActivityLogDialog> m_activity;
    QPointer<BulkRun> m_indicated;
    bool m_endUnseen = false;
    std::function<bool()> m_confirmRunCancel;
};

} // namespace rd::ui
