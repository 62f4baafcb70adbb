#include "validations/ValidationTableView.h"

#include "models/CountdownFormatter.h"
#include "models/ValidationTableModel.h"
#include "validations/ChipDelegate.h"
#include "validations/CountdownDelegate.h"
#include "validations/CountdownTicker.h"
#include "validations/IdDelegate.h"

#include <QCoreApplication>
#include <QHeaderView>

#include <algorithm>

namespace rd {

ValidationTableView::ValidationTableView(Clock *clock, QWidget *parent)
    : QTableView(parent)
    , m_delegate(new CountdownDelegate(this))
    , m_ticker(new CountdownTicker(this, clock, this))
    , m_chips(new ui::ChipDelegate(
          [](const QModelIndex &index) {
              return ui::chipKindForTerminal(
                  index.data(ValidationTableModel::TerminalStateRole).toInt());
          },
          this))
    , m_ids(new IdDelegate(this)) {
    setAccessibleName(tr("Validations"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setSortingEnabled(true);
    setTabKeyNavigation(false);
    // Fixed row heights: the header never measures a million rows.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    verticalHeader()->hide();
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSortIndicatorShown(true);
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_ticker->setDelegate(m_delegate);
}

ValidationTableView::~ValidationTableView() = default;

void ValidationTableView::sizeColumns() {
    // Each column as wide as what it holds (a sample of its longest usual value, or its header),
    // never measured from a million rows. The id shows its head and its last group, elided in
    // the middle; the whole id is in its tooltip and what Copy id copies.
    const QFontMetrics fm = fontMetrics();
    const QFontMetrics hm = horizontalHeader()->fontMetrics();
    const auto fit = [&](ValidationColumn c, int content) {
        const int header =
            hm.horizontalAdvance(model()->headerData(int(c), Qt::Horizontal).toString()) + 28;
        setColumnWidth(int(c), std::max(content, header));
    };
    fit(ValidationColumn::Id,
        22 + fm.horizontalAdvance(QStringLiteral("0000000a-0000-4\u2026000000000001")) + 12);
    // The longest texts in the language shown (Spanish ones are longer).
    const auto text = [](const char *s) {
        return QCoreApplication::translate("rd::ValidationText", s);
    };
    fit(ValidationColumn::NextAttempt,
        fm.horizontalAdvance(CountdownFormatter::remainingText((23 * 3600 + 59 * 60) * 1000LL)) +
            16);
    fit(ValidationColumn::RetryState,
        ui::ChipDelegate::widthFor(fm, text("%1 · %2 · %3 remaining")
                                           .arg(text("Exhausted"),
                                                text("attempt %1 of %2").arg(10).arg(10))
                                           .arg(0)));
    fit(ValidationColumn::Outcome, fm.horizontalAdvance(text("CEP unavailable")) + 16);
    fit(ValidationColumn::Target, fm.horizontalAdvance(QStringLiteral(
                                      "MBAN01002611230001 · 1,234,567.89 · BANORTE → SANTANDER")) +
                                      16);
    fit(ValidationColumn::Source, fm.horizontalAdvance(text("Bulk import")) + 16);
}

void ValidationTableView::setValidationModel(ValidationTableModel *model) {
    m_model = model;
    setModel(model);
    setItemDelegateForColumn(int(ValidationColumn::NextAttempt), m_delegate);
    setItemDelegateForColumn(int(ValidationColumn::RetryState), m_chips);
    setItemDelegateForColumn(int(ValidationColumn::Id), m_ids);
    sizeColumns();
    if (isVisible()) {
        m_ticker->start();
    }
}

void ValidationTableView::showEvent(QShowEvent *e) {
    QTableView::showEvent(e);
    if (m_model) {
        m_ticker->start();
    }
}

void ValidationTableView::hideEvent(QHideEvent *e) {
    m_ticker->stop(); // nothing to repaint while hidden
    QTableView::hideEvent(e);
}

} // namespace rd
