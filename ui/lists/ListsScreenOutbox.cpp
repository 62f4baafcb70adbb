// ListsScreen and its connection's outbox: the damaged-file banner, and list retries the last
// session left unsettled, offered for resuming with their journaled keys and bytes.
#include "lists/ListsScreen.h"

#include "bulk/NoticeBanner.h"
#include "outbox/Outbox.h"
#include "services/ListService.h"
#include "services/OutboxResume.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rd::ui {

void ListsScreen::addOutboxBanners(QVBoxLayout *layout) {
    m_outboxProblem = new NoticeBanner(NoticeBanner::Tone::Problem, this);
    m_outboxProblem->setObjectName(QStringLiteral("listsOutboxProblemBanner"));
    m_outboxProblem->hide();
    layout->addWidget(m_outboxProblem);
    m_unfinished = new NoticeBanner(NoticeBanner::Tone::Info, this);
    m_unfinished->setObjectName(QStringLiteral("listsUnfinishedBanner"));
    m_unfinished->hide();
    layout->addWidget(m_unfinished);
}

void ListsScreen::checkOutbox() {
    outbox::Outbox *box = m_service.outbox();
    if (!box) {
        return;
    }
    if (!box->isOpen() || box->report().recovered) {
        m_outboxProblem->setTitle(box->isOpen() ? tr("The outbox of %1 was damaged")
                                                      .arg(m_connectionName)
                                                : tr("No outbox for %1").arg(m_connectionName));
        m_outboxProblem->setText(box->report().message);
        connect(m_outboxProblem->addButton(tr("Dismiss"), QStringLiteral("listsOutboxDismiss")),
                &QPushButton::clicked, m_outboxProblem, &QWidget::hide);
        m_outboxProblem->show();
    }
    const PendingWork work = pendingWork(*box);
    if (work.singles.isEmpty() && work.expiredNow == 0) {
        return;
    }
    m_unfinished->setTitle(tr("Unfinished list retries on %1").arg(m_connectionName));
    m_unfinished->setText(
        work.summary() +
        (work.singles.isEmpty()
             ? QString()
             : u' ' + tr("Resume sends them with the keys and bytes they were recorded with, so "
                         "no list is retried twice.")));
    if (!work.singles.isEmpty()) {
        QPushButton *resume = m_unfinished->addButton(tr("&Resume"), QStringLiteral("listsResume"));
        connect(resume, &QPushButton::clicked, this, [this, writes = work.singles] {
            m_unfinished->hide();
            auto *resumed = new SingleWriteResume(m_service.client(), writes, this);
            connect(resumed, &SingleWriteResume::finished, this,
                    [this, resumed](int applied, int notApplied, const QStringList &) {
                        m_message->setText(
                            tr("Resumed %1 list retries: %2 started (or had started), %3 not. "
                               "The activity log has each answer.")
                                .arg(applied + notApplied)
                                .arg(applied)
                                .arg(notApplied));
                        m_service.refresh();
                        resumed->deleteLater();
                    });
        });
    }
    connect(m_unfinished->addButton(tr("&Later"), QStringLiteral("listsLater")),
            &QPushButton::clicked, m_unfinished, &QWidget::hide);
    m_unfinished->show();
}

} // namespace rd::ui
