// PendingWorkDialog: "Review…" of the work the last session left unfinished — bulk runs
// (description, started, done of total), single writes (what, to which validation, started,
// key) and writes whose outcome is now unknown (sent over 24 h ago: how to check) — with Resume
// all, Discard selected and Close. Non-modal.
#pragma once

#include "outbox/Outbox.h"

#include <QDialog>
#include <QPointer>
#include <QSet>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace rd::ui {

class PendingWorkDialog : public QDialog {
    Q_OBJECT
public:
    // running: runs this session is already sending (not offered again).
    PendingWorkDialog(outbox::Outbox &outbox, Qt::TimeSpec spec, QSet<qint64> running,
                      QWidget *parent = nullptr);

    // Lists what is unfinished again (after a discard, or when the outbox changed).
    void reload();
    // Discards the selected runs (their unsent writes dropped, the run marked cancelled) and
    // single writes (dropped: never resent). Writes whose bytes may have left are kept as they
    // are: they turn "outcome unknown" when their key expires.
    int discardSelected();
    // Selects every run and single write (tests).
    void selectAllPending();

    QTreeWidget *tree() const { return m_tree; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *discardButton() const { return m_discard; }
    int pendingCount() const; // runs + single writes listed

signals:
    void resumeAllRequested();
    void discarded(); // something was discarded: the banner says what is left

private:
    QPointer<outbox::Outbox> m_outbox;
    Qt::TimeSpec m_spec;
    QSet<qint64> m_running;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QTreeWidgetItem *m_runs = nullptr;
    QTreeWidgetItem *m_singles = nullptr;
    QTreeWidgetItem *m_unknown = nullptr;
    QPushButton *m_resume;
    QPushButton *m_discard;
};

} // namespace rd::ui
