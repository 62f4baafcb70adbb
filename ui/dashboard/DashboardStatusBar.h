// DashboardStatusBar: the validations screen's bottom line — connection, rate-limit remaining,
// last refresh (local time or UTC) and whether refresh is paused.
#pragma once

#include "services/ConnectionHealth.h"
#include "services/UnreadableReport.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace rd::ui {

class DashboardStatusBar : public QWidget {
    Q_OBJECT
public:
    explicit DashboardStatusBar(QWidget *parent = nullptr);

    void setConnectionName(const QString &name);
    // The rate limit left changes with every answer (ten a second while a poll reads the cycles
    // that ended): only its label is updated then.
    void setHealth(const ConnectionHealth &health);
    void setTimeSpec(Qt::TimeSpec spec);
    void setPaused(bool paused);
    void setRefreshing(bool refreshing);
    void setRowCounts(int shown, int total);
    // "3 of 120 rows could not be read: <first reason> (request …)" with a Show… button; hidden
    // when every row was read. readRows: the rows that were read.
    void setUnreadable(const UnreadableReport &report, int readRows);
    QPushButton *showUnreadableButton() const { return m_showUnreadable; }
    QString text() const; // every label, for tests and screen readers

signals:
    void showUnreadableRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();
    QString rateLimitText() const;

    QLabel *m_connection;
    QLabel *m_rows;
    QLabel *m_rateLimit;
    QLabel *m_lastRefresh;
    QLabel *m_unreadable;
    QPushButton *m_showUnreadable;
    QString m_name;
    ConnectionHealth m_health;
    Qt::TimeSpec m_spec = Qt::LocalTime;
    bool m_paused = false;
    bool m_refreshing = false;
};

} // namespace rd::ui
