#include "validations/ValidationTableView.h"

#include "models/ValidationTableModel.h"
#include "validations/CountdownDelegate.h"
#include "validations/CountdownTicker.h"

#include <QHeaderView>

namespace rd {

ValidationTableView::ValidationTableView(Clock *clock, QWidget *parent)
    : QTableView(parent)
    , m_delegate(new CountdownDelegate(this))
    , m_ticker(new CountdownTicker(this, clock, this)) {
    setAccessibleName(QStringLiteral("Validations"));
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

void ValidationTableView::setValidationModel(ValidationTableModel *model) {
    m_model = model;
    setModel(model);
    setItemDelegateForColumn(int(ValidationColumn::NextAttempt), m_delegate);
    const QFontMetrics fm = fontMetrics();
    setColumnWidth(int(ValidationColumn::Id), fm.horizontalAdvance(QStringLiteral("0")) * 37);
    setColumnWidth(int(ValidationColumn::Target), fm.horizontalAdvance(QStringLiteral("0")) * 56);
    setColumnWidth(int(ValidationColumn::Outcome),
                   fm.horizontalAdvance(QStringLiteral("CEP unavailable")) + 24);
    setColumnWidth(
        int(ValidationColumn::RetryState),
        fm.horizontalAdvance(QStringLiteral("Pending · attempt 10 of 10 · 0 remaining")) + 24);
    setColumnWidth(int(ValidationColumn::NextAttempt),
                   fm.horizontalAdvance(QStringLiteral("in 23 h 59 min")) + 24);
    setColumnWidth(int(ValidationColumn::Source),
                   fm.horizontalAdvance(QStringLiteral("Bulk import")) + 24);
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
