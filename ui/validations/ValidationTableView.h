// ValidationTableView: the validations table widget — sorting, countdown column, one ticker.
#pragma once

#include "core/Clock.h"

#include <QTableView>

namespace rd {

class CountdownDelegate;
class CountdownTicker;
class IdDelegate;
class ValidationTableModel;
namespace ui {
class ChipDelegate;
}

// A QTableView wired for a ValidationTableModel at 1M rows: fixed row heights (no per-row
// measuring), sorting through the model's own permutation (no proxy), the countdown
// delegate on the next-attempt column, state chips on the retry-state column and one
// CountdownTicker driven by the injected Clock.
class ValidationTableView : public QTableView {
    Q_OBJECT

public:
    explicit ValidationTableView(Clock *clock, QWidget *parent = nullptr);
    ~ValidationTableView() override;

    void setValidationModel(ValidationTableModel *model);
    ValidationTableModel *validationModel() const { return m_model; }
    CountdownTicker *ticker() const { return m_ticker; }
    CountdownDelegate *countdownDelegate() const { return m_delegate; }
    IdDelegate *idDelegate() const { return m_ids; } // the ID column: watch star + id
    // Sizes every column to what it holds (font metrics of sample values, never a row scan).
    void sizeColumns();

protected:
    void showEvent(QShowEvent *e) override;
    void hideEvent(QHideEvent *e) override;

private:
    ValidationTableModel *m_model = nullptr;
    CountdownDelegate *m_delegate;
    CountdownTicker *m_ticker;
    ui::ChipDelegate *m_chips;
    IdDelegate *m_ids;
};

} // namespace rd
