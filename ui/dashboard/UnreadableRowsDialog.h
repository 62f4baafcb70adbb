// UnreadableRowsDialog: the rows of a listing RetryDesk could not read — each with the reason and
// the server's JSON, to copy into a support ticket with the request id.
#pragma once

#include "services/UnreadableReport.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace rd::ui {

class UnreadableRowsDialog : public QDialog {
    Q_OBJECT
public:
    // shownRows: the rows that were read (for "3 of 120").
    UnreadableRowsDialog(const UnreadableReport &report, int shownRows, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QPlainTextEdit *jsonView() const { return m_json; }
    // What "Copy all" puts on the clipboard: the request id, then reason and JSON of each row.
    QString allText() const;

private:
    void showItem(int index);

    UnreadableReport m_report;
    QLabel *m_summary;
    QListWidget *m_list;
    QPlainTextEdit *m_json;
};

} // namespace rd::ui
