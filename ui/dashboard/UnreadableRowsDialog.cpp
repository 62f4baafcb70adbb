#include "dashboard/UnreadableRowsDialog.h"

#include "app/FixedFont.h"
#include "app/KeyboardAccess.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace rd::ui {

namespace {
// The server's bytes, indented when they are JSON (a scalar or broken text is shown as it is).
QString pretty(const QByteArray &raw) {
    const QJsonDocument doc = QJsonDocument::fromJson(raw);
    return doc.isNull() ? QString::fromUtf8(raw) : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}
} // namespace

UnreadableRowsDialog::UnreadableRowsDialog(const UnreadableReport &report, int shownRows,
                                           QWidget *parent)
    : QDialog(parent)
    , m_report(report)
    , m_summary(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_json(new QPlainTextEdit(this)) {
    setObjectName(QStringLiteral("unreadableRowsDialog"));
    setWindowTitle(tr("Rows that could not be read"));
    m_summary->setObjectName(QStringLiteral("unreadableSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QString summary =
        tr("%1 of %2 rows the server listed could not be read and are not in the table. Each "
           "is shown below as the server sent it. Send them with the request id to the API's "
           "support: a row needs a UUID \"id\", and \"retry_state\" must be an object (or null) "
           "with the fields of the API's documentation.")
            .arg(report.count)
            .arg(report.count + shownRows);
    if (!report.requestId.isEmpty()) {
        summary += u' ' + tr("Request id: %1.").arg(report.requestId);
    }
    if (report.items.size() < report.count) {
        summary += u' ' + tr("The first %1 are kept.").arg(report.items.size());
    }
    m_summary->setText(summary);

    m_list->setObjectName(QStringLiteral("unreadableList"));
    m_list->setAccessibleName(tr("Rows that could not be read"));
    for (int i = 0; i < report.items.size(); ++i) {
        m_list->addItem(tr("Row %1: %2").arg(i + 1).arg(report.items.at(i).reason));
    }
    m_json->setObjectName(QStringLiteral("unreadableJson"));
    m_json->setAccessibleName(tr("The row's JSON as the server sent it"));
    m_json->setReadOnly(true);
    m_json->setFont(fixedFont());
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_list);
    split->addWidget(m_json);
    split->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copyOne = buttons->addButton(tr("&Copy this row"), QDialogButtonBox::ActionRole);
    copyOne->setObjectName(QStringLiteral("copyUnreadableRow"));
    QPushButton *copyAll = buttons->addButton(tr("Copy &all"), QDialogButtonBox::ActionRole);
    copyAll->setObjectName(QStringLiteral("copyUnreadableAll"));
    keepButtonsInTabChain(buttons);
    connect(copyOne, &QPushButton::clicked, this, [this] {
        const int i = m_list->currentRow();
        if (i >= 0 && i < m_report.items.size()) {
            QGuiApplication::clipboard()->setText(QString::fromUtf8(m_report.items.at(i).raw));
        }
    });
    connect(copyAll, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(allText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &UnreadableRowsDialog::showItem);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(640, 480);
    if (m_list->count() > 0) {
        m_list->setCurrentRow(0);
    }
}

void UnreadableRowsDialog::showItem(int index) {
    m_json->setPlainText(index >= 0 && index < m_report.items.size()
                             ? pretty(m_report.items.at(index).raw)
                             : QString());
}

QString UnreadableRowsDialog::allText() const {
    QStringList parts;
    parts << tr("%1 row(s) could not be read; request id %2")
                 .arg(m_report.count)
                 .arg(m_report.requestId.isEmpty() ? tr("unknown") : m_report.requestId);
    for (const UnreadableItem &u : m_report.items) {
        parts << u.reason + u'\n' + QString::fromUtf8(u.raw);
    }
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace rd::ui
