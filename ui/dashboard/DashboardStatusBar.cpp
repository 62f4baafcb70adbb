#include "dashboard/DashboardStatusBar.h"

#include "app/ErrorTone.h"
#include "dashboard/TimeText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace rd::ui {

DashboardStatusBar::DashboardStatusBar(QWidget *parent)
    : QWidget(parent)
    , m_connection(new QLabel(this))
    , m_rows(new QLabel(this))
    , m_rateLimit(new QLabel(this))
    , m_lastRefresh(new QLabel(this))
    , m_unreadable(new QLabel(this))
    , m_showUnreadable(new QPushButton(tr("Show…"), this)) {
    m_unreadable->setObjectName(QStringLiteral("statusUnreadable"));
    setErrorTone(m_unreadable);
    m_unreadable->hide();
    m_showUnreadable->setObjectName(QStringLiteral("showUnreadableRows"));
    m_showUnreadable->setAccessibleName(tr("Show the rows that could not be read"));
    m_showUnreadable->setFlat(true);
    m_showUnreadable->hide();
    connect(m_showUnreadable, &QPushButton::clicked, this,
            &DashboardStatusBar::showUnreadableRequested);
    setObjectName(QStringLiteral("dashboardStatus"));
    m_connection->setObjectName(QStringLiteral("statusConnection"));
    m_rows->setObjectName(QStringLiteral("statusRows"));
    m_rateLimit->setObjectName(QStringLiteral("statusRateLimit"));
    m_lastRefresh->setObjectName(QStringLiteral("statusLastRefresh"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_connection);
    layout->addSpacing(16);
    layout->addWidget(m_unreadable);
    layout->addWidget(m_showUnreadable);
    layout->addStretch(1);
    layout->addWidget(m_rows);
    layout->addSpacing(16);
    layout->addWidget(m_rateLimit);
    layout->addSpacing(16);
    layout->addWidget(m_lastRefresh);
    update();
}

void DashboardStatusBar::setConnectionName(const QString &name) {
    m_name = name;
    update();
}

void DashboardStatusBar::setHealth(const ConnectionHealth &health) {
    m_health = health;
    update();
}

void DashboardStatusBar::setTimeSpec(Qt::TimeSpec spec) {
    m_spec = spec;
    update();
}

void DashboardStatusBar::setPaused(bool paused) {
    m_paused = paused;
    update();
}

void DashboardStatusBar::setRefreshing(bool refreshing) {
    m_refreshing = refreshing;
    update();
}

void DashboardStatusBar::setRowCounts(int shown, int total) {
    m_rows->setText(shown == total ? tr("%n validation(s)", nullptr, total)
                                   : tr("%1 of %2 validations").arg(shown).arg(total));
}

void DashboardStatusBar::setUnreadable(const UnreadableReport &report, int readRows) {
    const bool any = !report.isEmpty();
    m_unreadable->setVisible(any);
    m_showUnreadable->setVisible(any);
    if (!any) {
        m_unreadable->clear();
        return;
    }
    const QString request =
        report.requestId.isEmpty() ? QString() : tr(", request %1").arg(report.requestId);
    m_unreadable->setText(tr("%1 of %2 rows could not be read: %3%4")
                              .arg(report.count)
                              .arg(report.count + readRows)
                              .arg(report.firstReason(), request));
    m_unreadable->setToolTip(tr("These rows are not in the table. Show… lists each one with its "
                                "JSON as the server sent it, to copy into a support ticket."));
}

void DashboardStatusBar::update() {
    const QString state = !m_health.reachable    ? tr("unreachable")
                          : m_health.budgetEmpty ? tr("retries paused")
                                                 : tr("connected");
    m_connection->setText(tr("%1 — %2").arg(m_name, state));
    m_rateLimit->setText(m_health.rateLimitRemaining
                             ? tr("Rate limit: %1 left").arg(*m_health.rateLimitRemaining)
                             : tr("Rate limit: —"));
    QString refresh =
        m_refreshing
            ? tr("Refreshing…")
            : tr("Last refresh: %1")
                  .arg(m_health.lastRefresh ? timeText(m_health.lastRefresh, m_spec) : tr("never"));
    if (m_paused) {
        refresh += u' ' + tr("(paused while you edit)");
    }
    m_lastRefresh->setText(refresh);
}

QString DashboardStatusBar::text() const {
    QStringList parts{m_connection->text()};
    if (!m_unreadable->isHidden()) {
        parts << m_unreadable->text();
    }
    parts << m_rows->text() << m_rateLimit->text() << m_lastRefresh->text();
    return parts.join(QStringLiteral(" | "));
}

} // namespace rd::ui
