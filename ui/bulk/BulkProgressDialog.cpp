#include "bulk/BulkProgressDialog.h"

#include "bulk/BulkResultFilter.h"
#include "bulk/BulkResultModel.h"
#include "models/CsvWriter.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace rd::ui {

namespace {
QString number(int n) {
    return QLocale().toString(n);
}
} // namespace

BulkProgressDialog::BulkProgressDialog(BulkRun &run, Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_run(&run)
    , m_model(new BulkResultModel(run, clock, this))
    , m_filter(new BulkResultFilter(this))
    , m_title(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_counts(new QLabel(this))
    , m_rate(new QLabel(this))
    , m_state(new QLabel(this))
    , m_filterBox(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_detail(new QLabel(this))
    , m_message(new QLabel(this))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_cancel(new QPushButton(tr("Cancel &run…"), this))
    , m_retry(new QPushButton(tr("Retry &Failed"), this))
    , m_export(new QPushButton(tr("E&xport CSV…"), this))
    , m_close(new QPushButton(tr("&Close"), this)) {
    setObjectName(QStringLiteral("bulkProgressDialog"));
    setWindowTitle(tr("Bulk run"));
    setModal(false);
    m_filter->setSourceModel(m_model);

    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("bulkRunTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bar->setObjectName(QStringLiteral("bulkProgressBar"));
    m_bar->setAccessibleName(tr("Validations ended"));
    m_bar->setFormat(tr("%v of %m"));
    m_counts->setObjectName(QStringLiteral("bulkCounts"));
    m_counts->setAccessibleName(tr("Counts"));
    m_counts->setWordWrap(true);
    m_rate->setObjectName(QStringLiteral("bulkRate"));
    m_rate->setAccessibleName(tr("Rate and time left"));
    m_state->setObjectName(QStringLiteral("bulkState"));
    m_state->setAccessibleName(tr("State"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setObjectName(QStringLiteral("bulkRowDetail"));
    m_detail->setAccessibleName(tr("The selected result"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("bulkMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_filterBox->setObjectName(QStringLiteral("bulkResultFilter"));
    m_filterBox->setAccessibleName(tr("Show results"));
    m_filterBox->addItem(tr("All results"), -1);
    for (BulkItem::Status s :
         {BulkItem::Status::Failed, BulkItem::Status::Applied, BulkItem::Status::Replayed,
          BulkItem::Status::Skipped, BulkItem::Status::Unknown}) {
        m_filterBox->addItem(BulkResultModel::statusText(s), int(s));
    }
    connect(m_filterBox, &QComboBox::currentIndexChanged, this, [this](int i) {
        const int s = m_filterBox->itemData(i).toInt();
        m_filter->setStatus(s < 0 ? std::nullopt : std::optional(BulkItem::Status(s)));
    });

    m_table->setObjectName(QStringLiteral("bulkResultTable"));
    m_table->setAccessibleName(tr("Result list"));
    // Tab leaves the table (arrow keys move between cells): no keyboard trap.
    m_table->setTabKeyNavigation(false);
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // no per-row measuring
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    const QFontMetrics fm = m_table->fontMetrics();
    const int uuid =
        fm.horizontalAdvance(QStringLiteral("0000000a-0000-4000-8000-000000000000")) + 16;
    header->resizeSection(int(BulkResultColumn::Validation), uuid);
    header->resizeSection(int(BulkResultColumn::Result),
                          fm.horizontalAdvance(QStringLiteral("Outcome unknown")) + 16);
    header->resizeSection(int(BulkResultColumn::Http),
                          fm.horizontalAdvance(QStringLiteral("HTTP")) + 16);
    header->resizeSection(int(BulkResultColumn::Code),
                          fm.horizontalAdvance(QStringLiteral("reactivation_cap_exceeded")) + 16);
    header->resizeSection(int(BulkResultColumn::RequestId),
                          fm.horizontalAdvance(QStringLiteral("req_000000000000000000000000")) +
                              16);
    header->resizeSection(int(BulkResultColumn::Key), uuid);
    // The long sentence last, where it can take the room left (the CSV keeps the model's order).
    header->moveSection(header->visualIndex(int(BulkResultColumn::Message)),
                        int(BulkResultColumn::Count) - 1);
    auto *copy = new QAction(tr("&Copy rows"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &BulkProgressDialog::copySelection);
    m_table->addAction(copy);
    auto *copyRequest = new QAction(tr("Copy re&quest id"), m_table);
    connect(copyRequest, &QAction::triggered, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid()) {
            QGuiApplication::clipboard()->setText(
                current.siblingAtColumn(int(BulkResultColumn::RequestId)).data().toString());
        }
    });
    m_table->addAction(copyRequest);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_pause->setObjectName(QStringLiteral("bulkPause"));
    m_cancel->setObjectName(QStringLiteral("bulkCancelRun"));
    m_cancel->setAccessibleName(tr("Cancel run"));
    m_retry->setObjectName(QStringLiteral("bulkRetryFailed"));
    m_retry->setAccessibleName(tr("Retry failed"));
    m_export->setObjectName(QStringLiteral("bulkExport"));
    m_export->setAccessibleName(tr("Export CSV"));
    m_close->setObjectName(QStringLiteral("bulkClose"));
    m_close->setAccessibleName(tr("Close"));
    m_close->setToolTip(tr("Closes this window; the run goes on (Validations → Show bulk run)."));

    auto *filterRow = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_filterBox);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filterBox);
    filterRow->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pause);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_bar);
    layout->addWidget(m_counts);
    layout->addWidget(m_rate);
    layout->addWidget(m_state);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (!m_run) {
            return;
        }
        if (m_run->state() == BulkRun::State::Paused) {
            m_run->resume();
        } else {
            m_run->pause();
        }
    });
    connect(m_cancel, &QPushButton::clicked, this, &BulkProgressDialog::requestCancel);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_run) {
            m_run->retryFailed();
        }
    });
    connect(m_export, &QPushButton::clicked, this, &BulkProgressDialog::exportCsv);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BulkProgressDialog::showCurrent);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BulkProgressDialog::showCurrent);
    connect(&run, &BulkRun::progressChanged, this, &BulkProgressDialog::updateLabels);
    connect(&run, &BulkRun::stateChanged, this, &BulkProgressDialog::onStateChanged);
    resize(1100, 600);
    onStateChanged();
    showCurrent();
}

BulkProgressDialog::~BulkProgressDialog() = default;

void BulkProgressDialog::refresh() {
    m_model->flush();
    onStateChanged();
}

void BulkProgressDialog::onStateChanged() {
    if (!m_run) {
        return;
    }
    const BulkRun::State s = m_run->state();
    m_filter->setFailuresFirst(!m_run->isActive());
    m_pause->setText(s == BulkRun::State::Paused ? tr("&Resume") : tr("&Pause"));
    m_pause->setAccessibleName(s == BulkRun::State::Paused ? tr("Resume") : tr("Pause"));
    m_pause->setEnabled(s == BulkRun::State::Running || s == BulkRun::State::Paused);
    m_cancel->setEnabled(s == BulkRun::State::Preparing || s == BulkRun::State::Running ||
                         s == BulkRun::State::Paused);
    updateLabels();
}

void BulkProgressDialog::updateLabels() {
    if (!m_run) {
        return;
    }
    const BulkProgress p = m_run->progress();
    m_title->setText(m_run->description());
    setWindowTitle(tr("Bulk run: %1").arg(m_run->action().title()));
    m_bar->setRange(0, std::max(1, p.total));
    m_bar->setValue(p.ended());
    m_counts->setText(countsText());
    m_rate->setText(rateText());
    m_rate->setVisible(!m_rate->text().isEmpty());
    m_state->setText(stateText());
    const bool ended = !m_run->isActive();
    m_retry->setEnabled(ended && p.failed > 0);
    m_retry->setToolTip(
        ended ? (p.failed > 0 ? tr("Send the %1 failed validations again").arg(number(p.failed))
                              : tr("Nothing failed."))
              : tr("Once the run has ended."));
}

void BulkProgressDialog::showCurrent() {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_detail->setText(
            tr("Select a result to read all of it; Ctrl+C copies the selected rows."));
        return;
    }
    auto field = [&current](BulkResultColumn c) {
        return current.siblingAtColumn(int(c)).data().toString();
    };
    QStringList parts{field(BulkResultColumn::Validation), field(BulkResultColumn::Result)};
    for (BulkResultColumn c : {BulkResultColumn::Code, BulkResultColumn::Message}) {
        if (!field(c).isEmpty()) {
            parts << field(c);
        }
    }
    const QString requestId = field(BulkResultColumn::RequestId);
    if (!requestId.isEmpty() && !field(BulkResultColumn::Message).contains(requestId)) {
        parts << tr("request id %1").arg(field(BulkResultColumn::RequestId));
    }
    if (m_keysShown && !field(BulkResultColumn::Key).isEmpty()) {
        parts << tr("key %1").arg(field(BulkResultColumn::Key));
    }
    m_detail->setText(parts.join(QStringLiteral(" · ")));
}

void BulkProgressDialog::setKeysShown(bool shown) {
    m_keysShown = shown;
    m_table->setColumnHidden(int(BulkResultColumn::Key), !shown);
    showCurrent();
}

QString BulkProgressDialog::detailText() const {
    return m_detail->text();
}

QString BulkProgressDialog::countsText() const {
    if (!m_run) {
        return {};
    }
    const BulkProgress p = m_run->progress();
    return tr("%1 of %2 ended · %3 applied · %4 replayed · %5 skipped · %6 failed · %7 unknown")
        .arg(number(p.ended()), number(p.total), number(p.applied), number(p.replayed),
             number(p.skipped), number(p.failed), number(p.unknown));
}

QString BulkProgressDialog::rateText() const {
    if (!m_run) {
        return {};
    }
    const BulkProgress p = m_run->progress();
    if (!m_run->isActive()) {
        return {};
    }
    QString rate;
    if (p.perSecond >= 1) {
        rate = tr("%1 / s").arg(number(int(std::lround(p.perSecond))));
    } else if (p.perSecond > 0) {
        rate = tr("%1 / min").arg(number(int(std::lround(p.perSecond * 60))));
    } else {
        rate = tr("rate not known yet");
    }
    QString left;
    if (m_run->state() == BulkRun::State::Paused) {
        left = tr("paused");
    } else if (p.eta && p.eta->count() > 0) {
        left = tr("%1 left").arg(roughDuration(*p.eta));
    }
    return left.isEmpty() ? rate : tr("%1 · %2").arg(rate, left);
}

QString BulkProgressDialog::stateText() const {
    if (!m_run) {
        return {};
    }
    const BulkProgress p = m_run->progress();
    const BulkOptions &o = m_run->options();
    switch (m_run->state()) {
    case BulkRun::State::Preparing:
        return tr("Recording %1 of %2 writes in the outbox before the first is sent…")
            .arg(number(p.journaled), number(p.queued));
    case BulkRun::State::Running:
        return o.speedLimitPerMinute > 0
                   ? tr("Sending, %1 at once, at most %2 a minute.")
                         .arg(o.concurrency)
                         .arg(number(o.speedLimitPerMinute))
                   : tr("Sending, %1 at once, as fast as the key's rate limit allows.")
                         .arg(o.concurrency);
    case BulkRun::State::Paused:
        return tr("Paused: nothing new is sent (%1 waiting). Resume goes on with the same keys.")
            .arg(number(p.queued + p.sending));
    case BulkRun::State::Cancelling:
        return tr("Cancelling: waiting for the %1 writes under way to answer.")
            .arg(number(p.sending));
    case BulkRun::State::Finished:
        return p.failed > 0
                   ? tr("Finished. %1 failed: see the result list (failures first); Retry Failed "
                        "sends them again.")
                         .arg(number(p.failed))
                   : tr("Finished.");
    case BulkRun::State::Cancelled:
        return tr("Cancelled. Validations not sent are listed as skipped.");
    case BulkRun::State::Failed:
        return tr("Stopped: %1").arg(m_run->message());
    }
    return {};
}

void BulkProgressDialog::requestCancel() {
    if (!m_run || !m_run->isActive()) {
        return;
    }
    const BulkProgress p = m_run->progress();
    const bool yes =
        m_confirmCancel
            ? m_confirmCancel()
            : QMessageBox::question(
                  this, tr("Cancel the bulk run?"),
                  tr("The %1 validations not sent yet will be skipped. Writes already under way "
                     "finish and are listed with their answers.")
                      .arg(number(p.queued)),
                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
    if (yes && m_run) {
        m_run->cancel();
    }
}

bool BulkProgressDialog::exportCsv() {
    const QString path =
        m_askPath
            ? m_askPath()
            : QFileDialog::getSaveFileName(this, tr("Export the result list as CSV"),
                                           QStringLiteral("bulk-run.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return false;
    }
    m_model->flush();
    QSaveFile file(path); // all or nothing
    QString error;
    const bool ok = file.open(QIODevice::WriteOnly) &&
                    CsvWriter::writeModel(*m_filter, file, {}, &error) && file.commit();
    m_message->setText(ok ? tr("%n row(s) exported to %1.", nullptr, m_filter->rowCount()).arg(path)
                          : tr("The CSV could not be written to %1: %2")
                                .arg(path, error.isEmpty() ? file.errorString() : error));
    m_message->show();
    return ok;
}

QString BulkProgressDialog::selectedRowsText() const {
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows()) {
        rows << i.row();
    }
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (int row : rows) {
        QStringList fields;
        for (int c = 0; c < m_filter->columnCount(); ++c) {
            fields << m_filter->index(row, c).data().toString();
        }
        lines << fields.join(u'\t');
    }
    return lines.join(u'\n');
}

void BulkProgressDialog::copySelection() {
    const QString text = selectedRowsText();
    if (!text.isEmpty()) {
        QGuiApplication::clipboard()->setText(text);
    }
}

} // namespace rd::ui
