// The lists screen's dialogs: the confirmation before a retry (it names the list and its counts)
// and the results of a retry of several lists (one line per list; the failures can be sent again).
#pragma once

#include "domain/BulkList.h"
#include "services/ListRetryOutcome.h"

#include <QDialog>

class QTreeWidget;
class QPushButton;

namespace rd::ui {

class ListRetryConfirmDialog : public QDialog {
    Q_OBJECT
public:
    // lists: what will be retried (one, or the selection); known from the table.
    explicit ListRetryConfirmDialog(const QList<BulkList> &lists, QWidget *parent = nullptr);
    QString text() const { return m_text; }

private:
    QString m_text;
};

class ListRetryResultsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ListRetryResultsDialog(QWidget *parent = nullptr);
    // Live while the retries run: done of total, then each list's outcome as it ends.
    void setProgress(int done, int total);
    void addOutcome(const ListRetryOutcome &outcome);
    void finish();
    QTreeWidget *results() const { return m_results; }
    QPushButton *retryFailedButton() const { return m_retryFailed; }

signals:
    void retryFailedRequested(const QStringList &listIds);

private:
    QTreeWidget *m_results;
    QPushButton *m_retryFailed;
    QList<ListRetryOutcome> m_outcomes;
    int m_total = 0;
};

} // namespace rd::ui
