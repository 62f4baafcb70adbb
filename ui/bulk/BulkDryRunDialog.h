// BulkDryRunDialog: what a bulk run will do before it starts — the policy to apply (or none for a
// cancel), how many validations will be sent and why the others will not (seeds 001/002's
// client-side rules), an honest ETA from the key's rate limit, the speed limit and concurrency.
// Non-modal: Start emits startRequested() and the caller starts the run.
#pragma once

#include "services/BulkAction.h"
#include "services/BulkRun.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QSpinBox;

namespace rd {
class ValidationService;
}

namespace rd::ui {

class RetryPolicyForm;

class BulkDryRunDialog : public QDialog {
    Q_OBJECT
public:
    // scope: what the validations are, for the title ("the selection", "all validations
    // matching the filter"); tag: the same in short, for the run's description ("selection").
    BulkDryRunDialog(ValidationService &service, BulkAction::Kind kind,
                     const QList<Validation> &validations, const QString &scope, const QString &tag,
                     QWidget *parent = nullptr);
    ~BulkDryRunDialog() override;

    BulkAction action() const;
    const DryRun &plan() const { return m_plan; }
    BulkOptions options() const;
    QString description() const;
    QString spec() const;
    BulkEta eta() const;

    RetryPolicyForm *policyForm() const { return m_form; } // null for a cancel
    QSpinBox *speedLimitBox() const { return m_speed; }
    QSpinBox *concurrencyBox() const { return m_concurrency; }
    QPushButton *startButton() const { return m_start; }
    QString summaryText() const; // the counts line
    QString reasonsText() const; // the skip reasons, one a line
    QString etaText() const;

    // The ETA's inputs as the dialog reads them (tests): the key's X-RateLimit-Limit, and what
    // background sync takes a minute at the poll interval.
    std::optional<int> rateLimitPerMinute() const;
    int backgroundPerMinute() const;

signals:
    void startRequested();

private:
    void recompute();

    ValidationService &m_service;
    BulkAction::Kind m_kind;
    QString m_scope;
    QString m_tag;
    DryRun m_plan;
    RetryPolicyForm *m_form = nullptr;
    QLabel *m_summary;
    QLabel *m_reasons;
    QLabel *m_serverDecides;
    QLabel *m_eta;
    QSpinBox *m_speed;
    QSpinBox *m_concurrency;
    QPushButton *m_start;
};

} // namespace rd::ui
