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
    , focusTable(make(owner, QStringLiteral("actionFocusTable"), QObject::tr("Go to &table"),
                      QKeySequence(QObject::tr("Ctrl+1"))))
    , editPolicy(make(owner, QStringLiteral("actionEditPolicy"), QObject::tr("&Edit policy…"),
                      QKeySequence(QObject::tr("Ctrl+E"))))
    , cancelCycle(make(owner, QStringLiteral("actionCancelCycle"), QObject::tr("&Cancel cycle…"),
                       QKeySequence(QObject::tr("Ctrl+Shift+X"))))
    , copyId(make(owner, QStringLiteral("actionCopyId"), QObject::tr("Copy &id"),
                  QKeySequence(QObject::tr("Ctrl+Shift+C"))))
    , copyRequestId(make(owner, QStringLiteral("actionCopyRequestId"),
                         QObject::tr("Copy re&quest id"), QKeySequence(QObject::tr("Ctrl+Alt+C"))))
    , toggleUtc(make(owner, QStringLiteral("actionToggleUtc"), QObject::tr("Show times in &UTC"),
                     QKeySequence(QObject::tr("Ctrl+U"))))
    , toggleLog(nullptr) {
    retryingNow->setCheckable(true);
    toggleUtc->setCheckable(true);
}

} // namespace rd::ui
