// RetryPolicyForm: edits one validation's retry policy (seed 002) — enabled, max retries up to
// the plan's cap, interval with units, outcomes — with validate()'s errors inline before sending,
// a preview of the next attempt times and each server 422 next to its field or as a sentence.
#pragma once

#include "domain/FieldError.h"
#include "domain/RetryPolicy.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace rd {
struct WriteOutcome;
}

namespace rd::ui {

class RetryPolicyForm : public QWidget {
    Q_OBJECT
public:
    explicit RetryPolicyForm(QWidget *parent = nullptr);

    // Fills the form for validation id. attemptsDone: of a pending cycle the policy modifies.
    // planCap: nullopt when the server does not say (docs/api.md: GET /v1/account is optional).
    void edit(const QString &id, const RetryPolicy &current, std::optional<int> planCap,
              int attemptsDone,
              Qt::TimeSpec spec);
    void setServerClock(std::function<QDateTime()> serverNow) {
        m_serverNow = std::move(serverNow);
    }
    QString validationId() const { return m_id; }

    RetryPolicy policy() const;
    // validate() against the plan cap, shown inline; true when the policy may be sent.
    bool checkInline();
    void showOutcome(const WriteOutcome &outcome);
    void setBusy(bool busy);

    QString errorText(const QString &field) const; // "" when none; field "" = the form's sentence
    QString previewText() const;

    QSpinBox *maxRetriesBox() const { return m_maxRetries; }
    QSpinBox *intervalBox() const { return m_interval; }
    QComboBox *unitBox() const { return m_unit; }
    QCheckBox *enabledBox() const { return m_enabled; }
    QCheckBox *outcomeBox(Outcome o) const { return m_outcomes.value(int(o)); }
    QPushButton *saveButton() const { return m_save; }

signals:
    void saveRequested(const QString &id, const rd::RetryPolicy &policy);
    void discarded();
    // The user changed something since edit() (the screen pauses refresh).
    void edited();

private:
    void onChanged();
    void showErrors(const FieldErrors &errors);
    void updatePreview();
    QLabel *errorLabel(const QString &field);

    QString m_id;
    std::optional<int> m_planCap = RetryPolicy::kDefaultPlanCap;
    int m_attemptsDone = 0;
    Qt::TimeSpec m_spec = Qt::LocalTime;
    bool m_filling = false;
    std::function<QDateTime()> m_serverNow;
    QLabel *m_title;
    QCheckBox *m_enabled;
    QSpinBox *m_maxRetries;
    QLabel *m_capNote;
    QSpinBox *m_interval;
    QComboBox *m_unit;
    QHash<int, QCheckBox *> m_outcomes;
    QHash<QString, QLabel *> m_errors;
    QLabel *m_preview;
    QPushButton *m_save;
    QPushButton *m_discard;
};

} // namespace rd::ui
