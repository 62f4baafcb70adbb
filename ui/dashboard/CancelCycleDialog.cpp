#include "dashboard/CancelCycleDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rd::ui {

CancelCycleDialog::CancelCycleDialog(const QString &validationId, const QString &cycleSummary,
                                     QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("cancelCycleDialog"));
    setWindowTitle(tr("Cancel retry cycle"));
    auto *title = new QLabel(tr("<b>Cancel the retry cycle of %1?</b>").arg(validationId), this);
    title->setWordWrap(true);
    auto *text = new QLabel(
        tr("%1<p>No further attempts will run. The validation keeps its current outcome; you can "
           "start a new cycle later by saving a policy.</p>")
            .arg(cycleSummary),
        this);
    text->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *cancelCycle =
        buttons->addButton(tr("&Cancel cycle"), QDialogButtonBox::DestructiveRole);
    cancelCycle->setObjectName(QStringLiteral("confirmCancelCycle"));
    QPushButton *keep = buttons->addButton(tr("&Keep retrying"), QDialogButtonBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepRetrying"));
    keep->setDefault(true); // Enter must not destroy anything
    connect(cancelCycle, &QPushButton::clicked, this, &QDialog::accept);
    connect(keep, &QPushButton::clicked, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

} // namespace rd::ui
