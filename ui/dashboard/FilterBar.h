// FilterBar: the validations table's filters — retry state, outcome, source, text search and the
// "retrying now" and "watched" quick filters — as one ValidationFilter.
#pragma once

#include "models/ValidationFilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QToolButton;

namespace rd::ui {

class FilterBar : public QWidget {
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    ValidationFilter filter() const;
    QLineEdit *searchEdit() const { return m_search; }
    void focusSearch();
    // The watchlist's ids: the Watched filter's count, and what it shows (filterChanged when on).
    void setWatchedIds(const QStringList &ids);
    QCheckBox *watchedFilter() const { return m_watched; }
    // A forecast bar's window (ValidationFilter's due window), shown as a removable "Due …"
    // button; label: the window as the user reads it ("12:05–12:06 UTC"). filterChanged.
    void setDueWindow(qint64 originMs, qint64 fromMs, qint64 toMs, const QString &label);
    // Removes it (filterChanged when there was one); the user's click does this too and then
    // emits dueWindowCleared.
    void clearDueWindow();
    bool hasDueWindow() const { return m_dueTo > m_dueFrom; }
    QToolButton *dueWindowButton() const { return m_due; }

signals:
    void filterChanged(const rd::ValidationFilter &filter);
    void dueWindowCleared(); // by the user (the forecast clears its bar)

private:
    QComboBox *m_state;
    QComboBox *m_outcome;
    QComboBox *m_source;
    QLineEdit *m_search;
    QCheckBox *m_retryingNow;
    QCheckBox *m_watched;
    QStringList m_watchedIds;
    QToolButton *m_due;
    qint64 m_dueOrigin = 0, m_dueFrom = 0, m_dueTo = 0;
};

} // namespace rd::ui
