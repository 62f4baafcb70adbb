// OutboxPrompt: what a connection's outbox has to say when its screen opens — a damaged file
// kept aside (or no outbox at all), and the writes the last session left unfinished, offered
// for resuming with their journaled keys and bytes (Resume), for review (Review…: resume all or
// discard some) or for later. Only non-modal banners: a window opening never blocks on them.
#pragma once

#include "services/OutboxResume.h"

#include <QObject>

class QWidget;

namespace rd {
class ValidationService;
}

namespace rd::ui {

class BulkController;
class NoticeBanner;
class PendingWorkDialog;

class OutboxPrompt : public QObject {
    Q_OBJECT
public:
    // bulk: where resumed runs go (its host) and are shown; screen: the banners' and the review
    // dialog's parent (the screen lays out the banners).
    OutboxPrompt(ValidationService &service, const QString &connectionName, BulkController &bulk,
                 QWidget *screen);

    // Shows the outbox's problem (once per connection and session) and the unfinished work.
    void check();
    // Every unfinished run in its progress window; single writes resent, their rows read again.
    void resume();
    PendingWorkDialog *review();

    NoticeBanner *problemBanner() const { return m_problem; }
    NoticeBanner *pendingBanner() const { return m_pending; }
    const PendingWork &pendingWork() const { return m_work; }

signals:
    void singlesResumed(int applied, int notApplied);

private:
    void showPendingBanner();

    ValidationService &m_service;
    QString m_connectionName;
    BulkController &m_bulk;
    QWidget *m_screen;
    NoticeBanner *m_problem;
    NoticeBanner *m_pending;
    PendingWork m_work;
};

} // namespace rd::ui
