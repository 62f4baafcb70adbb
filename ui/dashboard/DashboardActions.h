// DashboardActions: every command of the validations screen as a QAction with its shortcut, so
// each is reachable from the keyboard and listed in the window's menu.
#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace rd::ui {

struct DashboardActions {
    explicit DashboardActions(QWidget *owner);

    QAction *refresh;       // F5
    QAction *focusSearch;   // Ctrl+F
    QAction *retryingNow;   // Ctrl+R (checkable quick filter)
    QAction *watchedOnly;   // Ctrl+Shift+W (checkable quick filter: the watchlist)
    QAction *focusTable;    // Ctrl+1
    QAction *editPolicy;    // Ctrl+E
    QAction *cancelCycle;   // Ctrl+Shift+X
    QAction *watch;         // Ctrl+D (checkable: every selected row is watched)
    QAction *copyId;        // Ctrl+Shift+C
    QAction *copyLink;      // Ctrl+Alt+Shift+C (retrydesk://validations/<id>?connection=<name>)
    QAction *copyRequestId; // Ctrl+Alt+C
    QAction *toggleUtc;     // Ctrl+U (checkable)
    QAction *toggleLog;     // Ctrl+L (the dock's toggle)
    QAction *showForecast;  // Ctrl+Shift+F (checkable: the retry forecast above the table)

    // Bulk runs (ui/bulk/BulkController): the selected rows, or every row the filter matches.
    QAction *bulkPolicySelection; // Ctrl+Shift+P
    QAction *bulkPolicyAll;       // Ctrl+Alt+P
    QAction *bulkCancelSelection; // Ctrl+Shift+K
    QAction *bulkCancelAll;       // Ctrl+Alt+K
    QAction *showBulkRun;         // Ctrl+Shift+B
    QAction *activityLog;         // Ctrl+Shift+L
    // Moves the bulk entries to the end of the owner's actions (the window's menu lists them in
    // that order), after the ones the screen added itself.
    void moveBulkLast(QWidget *owner) const;
};

} // namespace rd::ui
