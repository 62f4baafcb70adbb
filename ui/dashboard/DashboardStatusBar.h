// DashboardStatusBar: the validations screen's bottom line — connection, rate-limit remaining,
// last refresh (local time or UTC) and whether refresh is paused.
#pragma once

#include "services/ConnectionHealth.h"

#include <QWidget>

class QLabel;

namespace rd::ui {

class DashboardStatusBar : public QWidget {
    Q_OBJECT
public:
    explicit DashboardStatusBar(QWidget *parent = nullptr);

    void setConnectionName(const QString &name);
    void setHealth(const ConnectionHealth &health);
    void setTimeSpec(Qt::TimeSpec spec);
    void setPaused(bool paused);
    void setRefreshing(bool refreshing);
    void setRowCounts(int shown, int total);
    QString text() const; // every label, for tests and screen readers

private:
    void update();

    QLabel *m_connection;
    QLabel *m_rows;
    QLabel *m_rateLimit;
    QLabel *m_lastRefresh;
    QString m_name;
    ConnectionHealth m_health;
    Qt::TimeSpec m_spec = Qt::LocalTime;
    bool m_paused = false;
    bool m_refreshing = false;
};

} // namespace rd::ui
