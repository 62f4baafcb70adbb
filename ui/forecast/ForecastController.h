// ForecastController: the retry forecast on the validations screen — the panel fed by its
// ForecastFeed, a bar turned into the filter bar's due window (and back), shown or hidden by the
// screen's Retry forecast action, computing nothing while hidden.
#pragma once

#include <QObject>

class QAction;

namespace rd {
class Clock;
class ForecastFeed;
class ValidationTableModel;
} // namespace rd

namespace rd::ui {

class FilterBar;
class ForecastPanel;

class ForecastController : public QObject {
    Q_OBJECT
public:
    // panelParent: the widget the panel is created in (the screen lays it out); toggle: the
    // checkable action that shows it.
    ForecastController(ValidationTableModel &model, Clock &clock, FilterBar &filters,
                       QAction &toggle, QWidget *panelParent);

    ForecastPanel *panel() const { return m_panel; }
    ForecastFeed &feed() const { return *m_feed; }
    void setVisible(bool visible);
    void setTimeSpec(Qt::TimeSpec spec);

private:
    FilterBar &m_filters;
    QAction &m_toggle;
    ForecastFeed *m_feed;
    ForecastPanel *m_panel;
};

} // namespace rd::ui
