// FilterBar: the validations table's filters — retry state, outcome, source, text search and the
// "retrying now" quick filter — as one ValidationFilter.
#pragma once

#include "models/ValidationFilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace rd::ui {

class FilterBar : public QWidget {
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    ValidationFilter filter() const;
    QLineEdit *searchEdit() const { return m_search; }
    void focusSearch();

signals:
    void filterChanged(const rd::ValidationFilter &filter);

private:
    QComboBox *m_state;
    QComboBox *m_outcome;
    QComboBox *m_source;
    QLineEdit *m_search;
    QCheckBox *m_retryingNow;
};

} // namespace rd::ui
