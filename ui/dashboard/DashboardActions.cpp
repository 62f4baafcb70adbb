#include "dashboard/DashboardActions.h"

#include <QAction>
#include <QWidget>

namespace rd::ui {

namespace {
QAction *make(QWidget *owner, const QString &name, const QString &text, const QKeySequence &keys) {
    auto *a = new QAction(text, owner);
    a->setObjectName(name);
    a->setShortcut(keys);
    // Only while the screen (or a child) has focus: two screens never fight over a key.
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(a);
    return a;
}
} // namespace

DashboardActions::DashboardActions(QWidget *owner)
    : refresh(make(owner, QStringLiteral("actionRefresh"), QObject::tr("&Refresh"),
                   QKeySequence::Refresh))
    , focusSearch(make(owner, QStringLiteral("actionFocusSearch"), QObject::tr("&Find…"),
                       QKeySequence::Find))
    , retryingNow(make(owner, QStringLiteral("actionRetryingNow"),
                       QObject::tr("Show only retrying &now"), QKeySequence(QObject::tr("Ctrl+R"))))
    , watchedOnly(make(owner, QStringLiteral("actionWatchedOnly"),
                       QObject::tr("Show only &watched"),
                       QKeySequence(QObject::tr("Ctrl+Shift+W"))))
    , focusTable(make(owner, QStringLiteral("actionFocusTable"), QObject::tr("Go to &table"),
                      QKeySequence(QObject::tr("Ctrl+1"))))
    , editPolicy(make(owner, QStringLiteral("actionEditPolicy"), QObject::tr("&Edit policy…"),
                      QKeySequence(QObject::tr("Ctrl+E"))))
    , cancelCycle(make(owner, QStringLiteral("actionCancelCycle"), QObject::tr("&Cancel cycle…"),
                       QKeySequence(QObject::tr("Ctrl+Shift+X"))))
    , watch(make(owner, QStringLiteral("actionWatch"), QObject::tr("&Watch"),
                 QKeySequence(QObject::tr("Ctrl+D"))))
    , copyId(make(owner, QStringLiteral("actionCopyId"), QObject::tr("Copy &id"),
                  QKeySequence(QObject::tr("Ctrl+Shift+C"))))
    , copyLink(make(owner, QStringLiteral("actionCopyLink"), QObject::tr("Copy lin&k"),
                    QKeySequence(QObject::tr("Ctrl+Alt+Shift+C"))))
    , copyRequestId(make(owner, QStringLiteral("actionCopyRequestId"),
                         QObject::tr("Copy re&quest id"), QKeySequence(QObject::tr("Ctrl+Alt+C"))))
    , toggleUtc(make(owner, QStringLiteral("actionToggleUtc"), QObject::tr("Show times in &UTC"),
                     QKeySequence(QObject::tr("Ctrl+U"))))
    , toggleLog(nullptr)
    , showForecast(make(owner, QStringLiteral("actionShowForecast"), QObject::tr("Retry &forecast"),
                        QKeySequence(QObject::tr("Ctrl+Shift+F"))))
    , bulkPolicySelection(make(owner, QStringLiteral("actionBulkPolicySelection"),
                               QObject::tr("Apply &policy to selection…"),
                               QKeySequence(QObject::tr("Ctrl+Shift+P"))))
    , bulkPolicyAll(make(owner, QStringLiteral("actionBulkPolicyAll"),
                         QObject::tr("Apply policy to &all matching…"),
                         QKeySequence(QObject::tr("Ctrl+Alt+P"))))
    , bulkCancelSelection(make(owner, QStringLiteral("actionBulkCancelSelection"),
                               QObject::tr("Cancel cycles of &selection…"),
                               QKeySequence(QObject::tr("Ctrl+Shift+K"))))
    , bulkCancelAll(make(owner, QStringLiteral("actionBulkCancelAll"),
                         QObject::tr("Cancel cycles of all &matching…"),
                         QKeySequence(QObject::tr("Ctrl+Alt+K"))))
    , showBulkRun(make(owner, QStringLiteral("actionShowBulkRun"), QObject::tr("Show &bulk run"),
                       QKeySequence(QObject::tr("Ctrl+Shift+B"))))
    , activityLog(make(owner, QStringLiteral("actionActivityLog"), QObject::tr("Acti&vity log…"),
                       QKeySequence(QObject::tr("Ctrl+Shift+L")))) {
    retryingNow->setCheckable(true);
    watchedOnly->setCheckable(true);
    watch->setCheckable(true);
    watch->setEnabled(false); // until rows are selected (ui/watch/WatchController)
    toggleUtc->setCheckable(true);
    showForecast->setCheckable(true);
    showForecast->setChecked(true);
    showBulkRun->setEnabled(false);
    // The window's menu opens a group here (MainWindow::rebuildScreenMenu).
    bulkPolicySelection->setProperty("rd_separatorBefore", true);
}

void DashboardActions::moveBulkLast(QWidget *owner) const {
    for (QAction *a : {bulkPolicySelection, bulkPolicyAll, bulkCancelSelection, bulkCancelAll,
                       showBulkRun, activityLog}) {
        owner->removeAction(a);
        owner->addAction(a);
    }
}

} // namespace rd::ui
