#include "forecast/ForecastController.h"

#include "dashboard/FilterBar.h"
#include "forecast/ForecastPanel.h"
#include "models/ForecastFeed.h"

#include <QAction>

namespace rd::ui {

ForecastController::ForecastController(ValidationTableModel &model, Clock &clock,
                                       FilterBar &filters, QAction &toggle, QWidget *panelParent)
    : QObject(panelParent)
    , m_filters(filters)
    , m_toggle(toggle)
    , m_feed(new ForecastFeed(model, clock, this))
    , m_panel(new ForecastPanel(panelParent)) {
    m_panel->setObjectName(QStringLiteral("forecastPanel"));
    connect(m_feed, &ForecastFeed::computingChanged, m_panel, &ForecastPanel::setComputing);
    connect(m_feed, &ForecastFeed::updated, m_panel, &ForecastPanel::setBuckets);
    connect(m_panel, &ForecastPanel::barActivated, this,
            [this](qint64 origin, qint64 from, qint64 to, int) {
                const QString tip = m_panel->barToolTip(m_panel->selectedBar());
                m_filters.setDueWindow(origin, from, to, tip.section(QStringLiteral(" · "), 0, 0));
            });
    connect(m_panel, &ForecastPanel::barCleared, &m_filters, &FilterBar::clearDueWindow);
    connect(&m_filters, &FilterBar::dueWindowCleared, m_panel, &ForecastPanel::clearSelection);
    connect(&m_toggle, &QAction::toggled, this, &ForecastController::setVisible);
    setVisible(m_toggle.isChecked());
}

void ForecastController::setVisible(bool visible) {
    if (m_toggle.isChecked() != visible) {
        m_toggle.setChecked(visible); // toggled calls back here
        return;
    }
    m_panel->setVisible(visible);
    if (visible) {
        m_feed->start();
    } else {
        m_feed->stop(); // nothing computed for a hidden chart
        m_panel->clearSelection();
    }
}

void ForecastController::setTimeSpec(Qt::TimeSpec spec) {
    m_panel->setTimeSpec(spec);
}

} // namespace rd::ui
