#include "bulk/OutboxPrompt.h"

#include "bulk/BulkController.h"
#include "bulk/BulkRunHost.h"
#include "bulk/NoticeBanner.h"
#include "bulk/PendingWorkDialog.h"
#include "models/ValidationTableModel.h"
#include "outbox/Outbox.h"
#include "services/ValidationService.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPushButton>
#include <QUrl>

namespace rd::ui {

OutboxPrompt::OutboxPrompt(ValidationService &service, const QString &connectionName,
                           BulkController &bulk, QWidget *screen)
    : QObject(screen)
    , m_service(service)
    , m_connectionName(connectionName)
    , m_bulk(bulk)
    , m_screen(screen)
    , m_problem(new NoticeBanner(NoticeBanner::Tone::Problem, screen))
    , m_pending(new NoticeBanner(NoticeBanner::Tone::Info, screen)) {
    m_problem->setObjectName(QStringLiteral("outboxProblemBanner"));
    m_problem->hide();
    m_pending->setObjectName(QStringLiteral("pendingWorkBanner"));
    m_pending->hide();

    QPushButton *showFolder =
        m_problem->addButton(tr("Show in &folder"), QStringLiteral("outboxShowFolder"));
    QPushButton *copyPath =
        m_problem->addButton(tr("Copy &path"), QStringLiteral("outboxCopyPath"));
    QPushButton *dismiss = m_problem->addButton(tr("Dis&miss"), QStringLiteral("outboxDismiss"));
    connect(showFolder, &QPushButton::clicked, this, [this] {
        const outbox::Outbox *ob = m_service.outbox();
        if (ob) {
            const QString path =
                ob->report().keptCopy.isEmpty() ? ob->filePath() : ob->report().keptCopy;
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
        }
    });
    connect(copyPath, &QPushButton::clicked, this, [this] {
        if (const outbox::Outbox *ob = m_service.outbox()) {
            QGuiApplication::clipboard()->setText(
                ob->report().keptCopy.isEmpty() ? ob->filePath() : ob->report().keptCopy);
        }
    });
    connect(dismiss, &QPushButton::clicked, m_problem, &QWidget::hide);

    QPushButton *review = m_pending->addButton(tr("Re&view…"), QStringLiteral("pendingReview"));
    QPushButton *resume = m_pending->addButton(tr("&Resume"), QStringLiteral("pendingResume"));
    QPushButton *later = m_pending->addButton(tr("&Later"), QStringLiteral("pendingLater"));
    later->setToolTip(tr("Nothing is sent now; RetryDesk asks again at the next start."));
    connect(review, &QPushButton::clicked, this, &OutboxPrompt::review);
    connect(resume, &QPushButton::clicked, this, &OutboxPrompt::resume);
    connect(later, &QPushButton::clicked, m_pending, &QWidget::hide);
}

void OutboxPrompt::check() {
    outbox::Outbox *ob = m_service.outbox();
    if (!ob) {
        return;
    }
    const outbox::OpenReport &r = ob->report();
    const QString connection = m_service.endpoint().connectionId;
    if ((r.recovered || !r.ok) && !m_bulk.host().reportShown(connection)) {
        m_bulk.host().setReportShown(connection);
        m_problem->setTitle(r.ok ? tr("The outbox of %1 could not be read: a fresh one was made")
                                       .arg(m_connectionName)
                                 : tr("Writes on %1 cannot be recorded").arg(m_connectionName));
        QString text = r.message;
        if (!r.keptCopy.isEmpty() && !text.contains(r.keptCopy)) {
            text += u' ' + tr("Kept copy: %1").arg(r.keptCopy);
        }
        m_problem->setText(text);
        m_problem->show();
    }
    if (!ob->isOpen()) {
        return;
    }
    m_work = rd::pendingWork(*ob);
    {
        m_work.runs.removeIf([this](const outbox::RunRecord &run) {
            return m_bulk.host().findRun(m_service, run.id) != nullptr; // this session sends it
        });
    }
    showPendingBanner();
}

void OutboxPrompt::showPendingBanner() {
    if (!m_work.any()) {
        m_pending->hide();
        return;
    }
    m_pending->setTitle(tr("Unfinished writes on %1").arg(m_connectionName));
    QString text = m_work.summary();
    if (!m_work.runs.isEmpty() || !m_work.singles.isEmpty()) {
        text += u' ' + tr("Resume sends them with the keys and bytes they were recorded with, so "
                          "nothing is applied twice.");
    }
    m_pending->setText(text);
    const bool resumable = !m_work.runs.isEmpty() || !m_work.singles.isEmpty();
    m_pending->findChild<QPushButton *>(QStringLiteral("pendingResume"))->setVisible(resumable);
    m_pending->findChild<QPushButton *>(QStringLiteral("pendingLater"))
        ->setText(resumable ? tr("&Later") : tr("&Dismiss"));
    m_pending->show();
}

void OutboxPrompt::resume() {
    outbox::Outbox *ob = m_service.outbox();
    if (!ob || !ob->isOpen()) {
        return;
    }
    // Read again: the review may have discarded some since the banner was made.
    m_work.runs = ob->unfinishedRuns();
    m_work.singles = ob->unsettledSingleWrites();
    BulkRun *last = nullptr;
    for (const outbox::RunRecord &r : std::as_const(m_work.runs)) {
        if (!m_bulk.host().findRun(m_service, r.id)) {
            last = m_bulk.host().resume(m_service, r.id);
        }
    }
    if (last) {
        m_bulk.showRun(last);
    }
    const int singles = int(m_work.singles.size());
    if (singles > 0) {
        auto *resume = new SingleWriteResume(m_service.client(), m_work.singles, this);
        connect(resume, &SingleWriteResume::finished, this,
                [this, resume](int applied, int notApplied, const QStringList &targets) {
                    m_service.refreshRows(targets);
                    m_pending->setTitle(tr("Unfinished writes resent"));
                    m_pending->setText(
                        notApplied == 0
                            ? tr("%n single write(s) resent and applied.", nullptr, applied)
                            : tr("%1 single writes resent: %2 applied, %3 not (see the activity "
                                 "log for the server's answers).")
                                  .arg(applied + notApplied)
                                  .arg(applied)
                                  .arg(notApplied));
                    resume->deleteLater();
                    emit singlesResumed(applied, notApplied);
                });
    }
    m_work = {};
    if (singles > 0) {
        m_pending->setTitle(tr("Resuming unfinished writes"));
        m_pending->setText(
            tr("%n single write(s) being resent with their recorded keys…", nullptr, singles));
        m_pending->findChild<QPushButton *>(QStringLiteral("pendingResume"))->hide();
        m_pending->findChild<QPushButton *>(QStringLiteral("pendingReview"))->hide();
        m_pending->findChild<QPushButton *>(QStringLiteral("pendingLater"))
            ->setText(tr("&Dismiss"));
    } else {
        m_pending->hide();
    }
}

PendingWorkDialog *OutboxPrompt::review() {
    outbox::Outbox *ob = m_service.outbox();
    if (!ob) {
        return nullptr;
    }
    QSet<qint64> running;
    {
        for (BulkRun *run : m_bulk.host().runsOf(m_service)) {
            running.insert(run->runId());
        }
    }
    auto *dialog = new PendingWorkDialog(*ob, m_service.model().timeSpec(), running, m_screen);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PendingWorkDialog::resumeAllRequested, this, &OutboxPrompt::resume);
    connect(dialog, &PendingWorkDialog::discarded, this, [this] {
        if (outbox::Outbox *o = m_service.outbox()) {
            m_work.runs = o->unfinishedRuns();
            m_work.runs.removeIf([this](const outbox::RunRecord &run) {
                return m_bulk.host().findRun(m_service, run.id) != nullptr;
            });
            m_work.singles = o->unsettledSingleWrites();
            showPendingBanner();
        }
    });
    dialog->show();
    dialog->raise();
    return dialog;
}

} // namespace rd::ui
