#include "bulk/PendingWorkDialog.h"

#include "app/KeyboardAccess.h"
#include "bulk/ActivityLogModel.h"
#include "dashboard/TimeText.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rd::ui {

namespace {
constexpr int kRunIdRole = Qt::UserRole;
constexpr int kKeyRole = Qt::UserRole + 1;
} // namespace

PendingWorkDialog::PendingWorkDialog(outbox::Outbox &outbox, Qt::TimeSpec spec,
                                     QSet<qint64> running, QWidget *parent)
    : QDialog(parent)
    , m_outbox(&outbox)
    , m_spec(spec)
    , m_running(std::move(running))
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_resume(new QPushButton(tr("&Resume all"), this))
    , m_discard(new QPushButton(tr("&Discard selected"), this)) {
    setObjectName(QStringLiteral("pendingWorkDialog"));
    setWindowTitle(tr("Unfinished writes"));
    m_summary->setObjectName(QStringLiteral("pendingSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(
        tr("These writes were journaled but had not finished when RetryDesk last stopped. "
           "Resuming sends each with its own idempotency key and exact bytes, so one the server "
           "already applied is replayed, never applied twice."));
    m_tree->setObjectName(QStringLiteral("pendingTree"));
    m_tree->setAccessibleName(tr("Unfinished writes"));
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("What"), tr("Validation / progress"), tr("Started"), tr("Key")});
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->resizeSection(0, 340);
    m_tree->header()->resizeSection(1, 270);
    m_tree->header()->resizeSection(2, 170);
    m_resume->setObjectName(QStringLiteral("pendingResumeAll"));
    m_resume->setAccessibleName(tr("Resume all"));
    m_discard->setObjectName(QStringLiteral("pendingDiscard"));
    m_discard->setAccessibleName(tr("Discard selected"));
    m_discard->setToolTip(tr("The selected writes are not sent again. A run's writes that may "
                             "already have reached the server are kept, to be checked."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_resume, QDialogButtonBox::ActionRole);
    buttons->addButton(m_discard, QDialogButtonBox::ActionRole);
    keepButtonsInTabChain(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_resume, &QPushButton::clicked, this, [this] {
        emit resumeAllRequested();
        accept();
    });
    connect(m_discard, &QPushButton::clicked, this, &PendingWorkDialog::discardSelected);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, [this] {
        bool any = false;
        for (QTreeWidgetItem *item : m_tree->selectedItems()) {
            any = any || item->data(0, kRunIdRole).isValid() || item->data(0, kKeyRole).isValid();
        }
        m_discard->setEnabled(any);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(980, 420);
    reload();
}

void PendingWorkDialog::reload() {
    m_tree->clear();
    m_runs = m_singles = m_unknown = nullptr;
    if (!m_outbox) {
        return;
    }
    const QLocale locale;
    auto group = [this](const QString &title) {
        auto *g = new QTreeWidgetItem(m_tree, {title});
        QFont bold = g->font(0);
        bold.setBold(true);
        g->setFont(0, bold);
        g->setFlags(Qt::ItemIsEnabled);
        g->setFirstColumnSpanned(true);
        return g;
    };
    QList<outbox::RunRecord> runs = m_outbox->unfinishedRuns();
    runs.removeIf([this](const outbox::RunRecord &r) { return m_running.contains(r.id); });
    if (!runs.isEmpty()) {
        m_runs = group(tr("Bulk runs"));
        for (const outbox::RunRecord &r : runs) {
            auto *item = new QTreeWidgetItem(
                m_runs,
                {r.description,
                 tr("%1 of %2 done").arg(locale.toString(r.done()), locale.toString(r.total)),
                 timeText(r.createdAt, m_spec), QString()});
            item->setData(0, kRunIdRole, r.id);
            item->setToolTip(0, r.description);
        }
    }
    const QList<outbox::WriteRecord> singles = m_outbox->unsettledSingleWrites();
    if (!singles.isEmpty()) {
        m_singles = group(tr("Single writes"));
        for (const outbox::WriteRecord &w : singles) {
            auto *item = new QTreeWidgetItem(
                m_singles, {ActivityLogModel::whatText(w), w.target,
                            timeText(w.claimedAt.value_or(w.createdAt), m_spec), w.idempotencyKey});
            item->setData(0, kKeyRole, w.idempotencyKey);
        }
    }
    outbox::ActivityQuery q;
    q.limit = 1000;
    QList<outbox::WriteRecord> unknown = m_outbox->activity(q);
    unknown.removeIf(
        [](const outbox::WriteRecord &w) { return w.state != outbox::WriteState::Unknown; });
    if (!unknown.isEmpty()) {
        m_unknown = group(tr("Outcome unknown (sent over 24 hours ago, never answered)"));
        for (const outbox::WriteRecord &w : unknown) {
            auto *item = new QTreeWidgetItem(
                m_unknown, {ActivityLogModel::whatText(w), w.target,
                            timeText(w.claimedAt.value_or(w.createdAt), m_spec), w.idempotencyKey});
            item->setFlags(Qt::ItemIsEnabled);
            for (int c = 0; c < 4; ++c) {
                item->setToolTip(c, w.message);
            }
        }
    }
    m_tree->expandAll();
    m_resume->setEnabled(m_runs || m_singles);
    m_discard->setEnabled(false);
}

int PendingWorkDialog::pendingCount() const {
    return (m_runs ? m_runs->childCount() : 0) + (m_singles ? m_singles->childCount() : 0);
}

void PendingWorkDialog::selectAllPending() {
    for (QTreeWidgetItem *g : {m_runs, m_singles}) {
        for (int i = 0; g && i < g->childCount(); ++i) {
            g->child(i)->setSelected(true);
        }
    }
}

int PendingWorkDialog::discardSelected() {
    if (!m_outbox) {
        return 0;
    }
    int n = 0;
    for (QTreeWidgetItem *item : m_tree->selectedItems()) {
        if (const QVariant run = item->data(0, kRunIdRole); run.isValid()) {
            m_outbox->dropQueued(run.toLongLong());
            m_outbox->setRunState(run.toLongLong(), outbox::RunState::Cancelled);
            ++n;
        } else if (const QVariant key = item->data(0, kKeyRole); key.isValid()) {
            n += m_outbox->drop(key.toString()) ? 1 : 0;
        }
    }
    if (n > 0) {
        reload();
        emit discarded();
    }
    return n;
}

} // namespace rd::ui
