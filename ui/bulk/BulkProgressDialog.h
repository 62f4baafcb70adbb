// BulkProgressDialog: one bulk run as it goes and after — progress bar, counts, rate and ETA, its
// state, Pause / Resume, Cancel run, Retry Failed, and the result list (filterable, failures
// first once ended, exportable as CSV, rows copied with Ctrl+C). Non-modal: the window stays
// usable; closing it while the run goes on only hides it.
#pragma once

#include "services/BulkRun.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace rd::ui {

class BulkResultFilter;
class BulkResultModel;

class BulkProgressDialog : public QDialog {
    Q_OBJECT
public:
    BulkProgressDialog(BulkRun &run, Clock &clock, QWidget *parent = nullptr);
    ~BulkProgressDialog() override;

    BulkRun *run() const { return m_run; }
    BulkResultModel *model() const { return m_model; }
    BulkResultFilter *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QComboBox *filterBox() const { return m_filterBox; }
    QProgressBar *progressBar() const { return m_bar; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *closeButton() const { return m_close; }

    QString countsText() const;
    QString rateText() const;
    QString stateText() const;
    // Idempotency keys are random per run: the screenshot catalog hides them (column and detail
    // line) so a picture does not change from one run to the next.
    void setKeysShown(bool shown);
    QString detailText() const; // the selected result in full

    // How cancelling is confirmed (default: a question box). Tests answer it.
    void setConfirmCancel(std::function<bool()> confirm) { m_confirmCancel = std::move(confirm); }
    // Where the CSV goes (default: a save dialog). Empty: cancelled.
    void setExportPath(std::function<QString()> ask) { m_askPath = std::move(ask); }
    // The result list as shown (filter and order), every column, as CSV.
    bool exportCsv();
    // The selected rows as tab-separated text (Ctrl+C).
    QString selectedRowsText() const;
    void copySelection();
    // Updates everything now (the run's signals arrive coalesced; goldens and tests want it now).
    void refresh();

private:
    void onStateChanged();
    void updateLabels();
    void requestCancel();
    void showCurrent();

    QPointer<BulkRun> m_run;
    BulkResultModel *m_model;
    BulkResultFilter *m_filter;
    QLabel *m_title;
    QProgressBar *m_bar;
    QLabel *m_counts;
    QLabel *m_rate;
    QLabel *m_state;
    QComboBox *m_filterBox;
    QTableView *m_table;
    QLabel *m_detail;
    bool m_keysShown = true;
    QLabel *m_message;
    QPushButton *m_pause;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_export;
    QPushButton *m_close;
    std::function<bool()> m_confirmCancel;
    std::function<QString()> m_askPath;
};

} // namespace rd::ui
