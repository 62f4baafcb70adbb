#include "bulk/ActivityLogDialog.h"

#include "app/KeyboardAccess.h"
#include "bulk/ActivityLogModel.h"
#include "models/CsvWriter.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace rd::ui {

ActivityLogDialog::ActivityLogDialog(outbox::Outbox &outbox, const QString &connectionName,
                                     Clock &clock, Qt::TimeSpec spec, QWidget *parent)
    : QDialog(parent)
    , m_outbox(&outbox)
    , m_clock(clock)
    , m_model(new ActivityLogModel(connectionName, this))
    , m_search(new QLineEdit(this))
    , m_show(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_export(new QPushButton(tr("E&xport CSV…"), this)) {
    setObjectName(QStringLiteral("activityLogDialog"));
    setWindowTitle(tr("Activity log — %1").arg(connectionName));
    m_model->setTimeSpec(spec);

    m_search->setObjectName(QStringLiteral("activitySearch"));
    m_search->setAccessibleName(tr("Search the activity log"));
    m_search->setPlaceholderText(tr("Search validation, key, code, request id, message…"));
    m_search->setClearButtonEnabled(true);
    nameClearButton(m_search, tr("Clear search"));
    m_show->setObjectName(QStringLiteral("activityShow"));
    m_show->setAccessibleName(tr("Show writes"));
    const QList<QPair<Show, QString>> shows{{Show::All, tr("All writes")},
                                            {Show::Applied, tr("Applied")},
                                            {Show::Replayed, tr("Replayed")},
                                            {Show::Rejected, tr("Rejected")},
                                            {Show::Failed, tr("Failed (no answer)")},
                                            {Show::NotFinished, tr("Not finished")},
                                            {Show::Unknown, tr("Outcome unknown")},
                                            {Show::NotSent, tr("Not sent")}};
    for (const auto &[show, text] : shows) {
        m_show->addItem(text, int(show));
    }
    m_table->setObjectName(QStringLiteral("activityTable"));
    m_table->setAccessibleName(tr("Writes, newest first"));
    // Tab leaves the table (arrow keys move between cells): no keyboard trap.
    m_table->setTabKeyNavigation(false);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    const QFontMetrics fm = m_table->fontMetrics();
    auto width = [&fm](const char *sample) {
        return fm.horizontalAdvance(QString::fromUtf8(sample)) + 12;
    };
    header->resizeSection(int(ActivityColumn::When), width("2026-01-01 12:00:00 UTC"));
    header->resizeSection(int(ActivityColumn::Connection), width("Demo validations"));
    header->resizeSection(int(ActivityColumn::What), width("Set policy: 3 × every 10 min · run 1"));
    header->resizeSection(int(ActivityColumn::Target),
                          width("0000000a-0000-4000-8000-000000000000"));
    header->resizeSection(int(ActivityColumn::Result), width("Not sent (cancelled)"));
    header->resizeSection(int(ActivityColumn::Http), width("HTTP"));
    header->resizeSection(int(ActivityColumn::Code), width("reactivation_cap_exceeded"));
    header->resizeSection(int(ActivityColumn::RequestId), width("req_000000000000000000000000"));
    header->resizeSection(int(ActivityColumn::Key), width("0000000a-0000-4000-8000-000000000000"));
    // The window is one connection's (its title says which): that column goes last.
    header->moveSection(header->visualIndex(int(ActivityColumn::Connection)),
                        int(ActivityColumn::Count) - 1);
    auto *copy = new QAction(tr("&Copy"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, [this] {
        QStringList lines;
        for (const QModelIndex &row : m_table->selectionModel()->selectedRows()) {
            QStringList fields;
            for (int c = 0; c < m_model->columnCount(); ++c) {
                fields << row.siblingAtColumn(c).data().toString();
            }
            lines << fields.join(u'\t');
        }
        if (!lines.isEmpty()) {
            QGuiApplication::clipboard()->setText(lines.join(u'\n'));
        }
    });
    m_table->addAction(copy);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_status->setObjectName(QStringLiteral("activityStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setObjectName(QStringLiteral("activityDetail"));
    m_detail->setAccessibleName(tr("The selected write"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_export->setObjectName(QStringLiteral("activityExport"));
    m_export->setAccessibleName(tr("Export CSV"));

    auto *top = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    top->addWidget(searchLabel);
    top->addWidget(m_search, 1);
    auto *showLabel = new QLabel(tr("S&how:"), this);
    showLabel->setBuddy(m_show);
    top->addWidget(showLabel);
    top->addWidget(m_show);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    keepButtonsInTabChain(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &ActivityLogDialog::exportCsv);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &ActivityLogDialog::reload);
    connect(m_show, &QComboBox::currentIndexChanged, this, &ActivityLogDialog::reload);
    connect(&outbox, &outbox::Outbox::changed, this, &ActivityLogDialog::scheduleReload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ActivityLogDialog::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActivityLogDialog::showCurrent);
    resize(1280, 560);
    reload();
}

ActivityLogDialog::~ActivityLogDialog() {
    m_clock.cancel(m_timer);
}

void ActivityLogDialog::setShow(Show show) {
    m_show->setCurrentIndex(m_show->findData(int(show)));
}

void ActivityLogDialog::setSearch(const QString &text) {
    m_search->setText(text);
}

void ActivityLogDialog::setTimeSpec(Qt::TimeSpec spec) {
    m_model->setTimeSpec(spec);
}

void ActivityLogDialog::scheduleReload() {
    // A bulk run commits a batch every 100 ms: reading the log at each would be wasted work.
    if (m_timer == 0) {
        m_timer = m_clock.callAfter(kRefreshDelay, this, [this] {
            m_timer = 0;
            reload();
        });
    }
}

void ActivityLogDialog::reload() {
    m_clock.cancel(m_timer);
    m_timer = 0;
    if (!m_outbox) {
        return;
    }
    outbox::ActivityQuery q;
    q.text = m_search->text().trimmed();
    const auto show = Show(m_show->currentData().toInt());
    using R = outbox::WriteResult;
    using S = outbox::WriteState;
    switch (show) {
    case Show::Applied:
        q.result = R::Applied;
        break;
    case Show::Replayed:
        q.result = R::Replayed;
        break;
    case Show::Rejected:
        q.result = R::Rejected;
        break;
    case Show::Failed:
        q.result = R::Failed;
        break;
    default:
        break;
    }
    QList<outbox::WriteRecord> records = m_outbox->activity(q);
    // The states the query cannot name are picked here.
    if (show == Show::NotFinished || show == Show::Unknown || show == Show::NotSent) {
        records.removeIf([show](const outbox::WriteRecord &w) {
            switch (show) {
            case Show::NotFinished:
                return !w.unsettled();
            case Show::Unknown:
                return w.state != S::Unknown;
            default:
                return w.state != S::Dropped && w.state != S::Superseded;
            }
        });
    }
    const QString selectedKey =
        m_table->currentIndex().isValid()
            ? m_table->currentIndex().siblingAtColumn(int(ActivityColumn::Key)).data().toString()
            : QString();
    m_model->setRecords(records);
    for (int row = 0; !selectedKey.isEmpty() && row < m_model->rowCount(); ++row) {
        if (m_model->records().at(row).idempotencyKey == selectedKey) {
            m_table->selectRow(row);
            break;
        }
    }
    const int n = int(records.size());
    QString status = n == 1 ? tr("1 write shown, newest first.")
                            : tr("%1 writes shown, newest first.").arg(QLocale().toString(n));
    if (n >= q.limit) {
        status += u' ' + tr("Only the newest %1 are listed: search to narrow them down.")
                             .arg(QLocale().toString(q.limit));
    }
    if (!m_outbox->isOpen()) {
        status += u' ' + m_outbox->report().message;
    }
    m_status->setText(status);
}

void ActivityLogDialog::showCurrent() {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || current.row() >= m_model->records().size()) {
        m_detail->setText(tr("Select a write to read all of it."));
        return;
    }
    const outbox::WriteRecord &w = m_model->records().at(current.row());
    QStringList parts{ActivityLogModel::whatText(w) + u' ' + tr("on %1").arg(w.target),
                      ActivityLogModel::resultText(w)};
    if (!w.message.isEmpty()) {
        parts << w.message;
    }
    if (!w.requestId.isEmpty() && !w.message.contains(w.requestId)) {
        parts << tr("request id %1").arg(w.requestId);
    }
    if (m_keysShown) {
        parts << tr("key %1").arg(w.idempotencyKey);
    }
    m_detail->setText(parts.join(QStringLiteral(" · ")));
}

void ActivityLogDialog::setKeysShown(bool shown) {
    m_keysShown = shown;
    m_table->setColumnHidden(int(ActivityColumn::Key), !shown);
    showCurrent();
}

QString ActivityLogDialog::detailText() const {
    return m_detail->text();
}

QString ActivityLogDialog::statusText() const {
    return m_status->text();
}

bool ActivityLogDialog::exportCsv() {
    const QString path =
        m_askPath
            ? m_askPath()
            : QFileDialog::getSaveFileName(this, tr("Export the activity log as CSV"),
                                           QStringLiteral("activity.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return false;
    }
    QSaveFile file(path);
    QString error;
    const bool ok = file.open(QIODevice::WriteOnly) &&
                    CsvWriter::writeModel(*m_model, file, {}, &error) && file.commit();
    m_status->setText(ok ? tr("%n write(s) exported to %1.", nullptr, m_model->rowCount()).arg(path)
                         : tr("The CSV could not be written to %1: %2")
                               .arg(path, error.isEmpty() ? file.errorString() : error));
    return ok;
}

} // namespace rd::ui
