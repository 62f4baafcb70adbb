// ActivityLogDialog: the user's own writes on one connection (single changes, cancels, list
// retries, every item of a bulk run) read from its outbox — searchable, filterable by result,
// refreshed as writes end, exportable as CSV. Non-modal.
#pragma once

#include "core/Clock.h"
#include "outbox/Outbox.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace rd::ui {

class ActivityLogModel;

class ActivityLogDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr Millis kRefreshDelay{250}; // outbox changes are read at most this often

    ActivityLogDialog(outbox::Outbox &outbox, const QString &connectionName, Clock &clock,
                      Qt::TimeSpec spec, QWidget *parent = nullptr);
    ~ActivityLogDialog() override;

    // The filter choices of the result combo.
    enum class Show { All, Applied, Replayed, Rejected, Failed, NotFinished, Unknown, NotSent };
    void setShow(Show show);
    void setSearch(const QString &text);
    void setTimeSpec(Qt::TimeSpec spec);
    // Reads the outbox again now (it does on its own, kRefreshDelay after it changes).
    void reload();

    ActivityLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *showBox() const { return m_show; }
    QPushButton *exportButton() const { return m_export; }
    QString statusText() const;
    // Idempotency keys are random per run: the screenshot catalog hides them (column and detail
    // line) so a picture does not change from one run to the next.
    void setKeysShown(bool shown);
    QString detailText() const; // the selected write in full

    void setExportPath(std::function<QString()> ask) { m_askPath = std::move(ask); }
    bool exportCsv();

private:
    void scheduleReload();
    void showCurrent();

    QPointer<outbox::Outbox> m_outbox;
    Clock &m_clock;
    Clock::TimerId m_timer = 0;
    ActivityLogModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_show;
    QTableView *m_table;
    QLabel *m_status;
    QLabel *m_detail;
    bool m_keysShown = true;
    QPushButton *m_export;
    std::function<QString()> m_askPath;
};

} // namespace rd::ui
