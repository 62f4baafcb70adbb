#include "lists/ListRetryDialogs.h"

#include "models/ListTableModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rd::ui {

namespace {
QString countsOf(const BulkList &l) {
    if (l.total <= 0) {
        return QObject::tr("its size is not known");
    }
    return QObject::tr("%1 addresses: %2 valid, %3 invalid, %4 unknown")
        .arg(QLocale().toString(l.total), QLocale().toString(l.valid),
             QLocale().toString(l.invalid), QLocale().toString(l.unknown));
}
} // namespace

ListRetryConfirmDialog::ListRetryConfirmDialog(const QList<BulkList> &lists, QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("listRetryConfirm"));
    setWindowTitle(lists.size() == 1 ? tr("Retry this list?") : tr("Retry %n lists?", nullptr,
                                                                    int(lists.size())));
    QStringList lines;
    for (const BulkList &l : lists) {
        lines << tr("<b>%1</b>%2 — %3, %4")
                     .arg(l.id.toHtmlEscaped(),
                          l.name.isEmpty() ? QString() : u' ' + l.name.toHtmlEscaped(),
                          ListTableModel::statusText(l).toHtmlEscaped(), countsOf(l));
    }
    // seed 000: the retry starts a new job with a new id; the list itself is not changed.
    m_text = tr("<p>%1</p><p>The server starts a new validation job for each, with a new id; "
                "the lists themselves stay as they are. Big lists take time: wait at least 5 "
                "minutes before retrying a list again.</p>")
                 .arg(lines.join(QStringLiteral("<br>")));
    auto *label = new QLabel(m_text, this);
    label->setObjectName(QStringLiteral("listRetryConfirmText"));
    label->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *ok = buttons->addButton(lists.size() == 1 ? tr("&Retry list")
                                                           : tr("&Retry %n lists", nullptr,
                                                                int(lists.size())),
                                         QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("confirmListRetry"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

ListRetryResultsDialog::ListRetryResultsDialog(QWidget *parent)
    : QDialog(parent)
    , m_results(new QTreeWidget(this))
    , m_retryFailed(new QPushButton(tr("Retry &failed"), this)) {
    setObjectName(QStringLiteral("listRetryResults"));
    setWindowTitle(tr("Retrying lists"));
    m_results->setObjectName(QStringLiteral("listRetryResultsTree"));
    m_results->setAccessibleName(tr("Result of each list's retry"));
    m_results->setHeaderLabels({tr("List"), tr("Result"), tr("What the server said")});
    m_results->setRootIsDecorated(false);
    m_results->header()->setStretchLastSection(true);
    m_retryFailed->setObjectName(QStringLiteral("retryFailedLists"));
    m_retryFailed->setEnabled(false);
    connect(m_retryFailed, &QPushButton::clicked, this, [this] {
        emit retryFailedRequested(ListRetryOutcome::retryableIds(m_outcomes));
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_retryFailed, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);
    resize(640, 360);
}

void ListRetryResultsDialog::setProgress(int done, int total) {
    m_total = total;
    setWindowTitle(done < total ? tr("Retrying lists — %1 of %2").arg(done).arg(total)
                                : tr("Retried %n list(s)", nullptr, total));
}

void ListRetryResultsDialog::addOutcome(const ListRetryOutcome &o) {
    m_outcomes.append(o);
    auto *item = new QTreeWidgetItem(m_results);
    item->setText(0, o.listId);
    QString result;
    switch (o.kind) {
    case ListRetryOutcome::Kind::Started:
        result = tr("started %1").arg(o.newList ? o.newList->id : QString());
        break;
    case ListRetryOutcome::Kind::RefusedLocally:
        result = tr("not sent");
        break;
    case ListRetryOutcome::Kind::Refused:
        result = tr("refused");
        break;
    case ListRetryOutcome::Kind::Unconfirmed:
        result = tr("no answer");
        break;
    }
    item->setText(1, result);
    item->setText(2, o.message);
    item->setToolTip(2, o.advice.isEmpty() ? o.message : o.message + u'\n' + o.advice);
    m_results->resizeColumnToContents(0);
    m_results->resizeColumnToContents(1);
}

void ListRetryResultsDialog::finish() {
    setProgress(int(m_outcomes.size()), int(m_outcomes.size()));
    const int failed = int(ListRetryOutcome::retryableIds(m_outcomes).size());
    m_retryFailed->setEnabled(failed > 0);
    m_retryFailed->setText(failed > 0 ? tr("Retry &failed (%1)").arg(failed) : tr("Retry &failed"));
}

} // namespace rd::ui
