#include "dashboard/DashboardStatusBar.h"

#include "app/ErrorTone.h"
#include "dashboard/TimeText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include <algorithm>

namespace rd::ui {

namespace {

// The status line changes with every page of a load and every answer (row counts, the rate
// limit left). A label's setText() asks its ancestors to lay out again, up to the window's rail
// (a QTabWidget, which repaints everything inside it on every layout request it gets): the whole
// screen was laid out and repainted for each page of a million-row load (bench_app). A label of a
// fixed size asks nothing of its ancestors (QWidget::updateGeometry), so each label is fixed at
// the size its text needs; those right of the stretch only ever grow (the rate limit losing a
// digit lays nothing out again), so a count lays the screen out again only when it gains a digit.
void fitStatusLabel(QLabel *label, bool growOnly) {
    const QSize hint = label->sizeHint();
    const bool fixed = label->minimumSize() == label->maximumSize();
    const int width =
        growOnly && fixed ? std::max(hint.width(), label->minimumWidth()) : hint.width();
    const QSize size(width, hint.height());
    if (!fixed || label->minimumSize() != size) {
        label->setFixedSize(size);
    }
}

void setStatusText(QLabel *label, const QString &text, bool growOnly) {
    if (label->text() == text) {
        return;
    }
    label->setText(text);
    fitStatusLabel(label, growOnly);
}

} // namespace

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
    // Opaque: a label changing here (the rate limit, with every answer) repaints this line
    // alone, not the screen, rail and window behind it as well.
    setAutoFillBackground(true);
    m_connection->setObjectName(QStringLiteral("statusConnection"));
    m_rows->setObjectName(QStringLiteral("statusRows"));
    m_rateLimit->setObjectName(QStringLiteral("statusRateLimit"));
    m_lastRefresh->setObjectName(QStringLiteral("statusLastRefresh"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_connection, 0, Qt::AlignVCenter);
    layout->addSpacing(16);
    layout->addWidget(m_unreadable);
    layout->addWidget(m_showUnreadable);
    layout->addStretch(1);
    layout->addWidget(m_rows, 0, Qt::AlignVCenter);
    layout->addSpacing(16);
    layout->addWidget(m_rateLimit, 0, Qt::AlignVCenter);
    layout->addSpacing(16);
    layout->addWidget(m_lastRefresh, 0, Qt::AlignVCenter);
    update();
}

void DashboardStatusBar::setConnectionName(const QString &name) {
    m_name = name;
    update();
}

void DashboardStatusBar::setHealth(const ConnectionHealth &health) {
    ConnectionHealth sameRate = health;
    sameRate.rateLimitRemaining = m_health.rateLimitRemaining;
    const bool onlyRate = sameRate == m_health;
    m_health = health;
    if (onlyRate) {
        setStatusText(m_rateLimit, rateLimitText(), true); // not the times and names again
    } else {
        update();
    }
}

QString DashboardStatusBar::rateLimitText() const {
    return m_health.rateLimitRemaining ? tr("Rate limit: %1 left").arg(*m_health.rateLimitRemaining)
                                       : tr("Rate limit: —");
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
    setStatusText(m_rows,
                  shown == total ? tr("%n validation(s)", nullptr, total)
                                 : tr("%1 of %2 validations").arg(shown).arg(total),
                  true);
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
    setStatusText(m_connection, tr("%1 — %2").arg(m_name, state), false);
    setStatusText(m_rateLimit, rateLimitText(), true);
    QString refresh =
        m_refreshing
            ? tr("Refreshing…")
            : tr("Last refresh: %1")
                  .arg(m_health.lastRefresh ? timeText(m_health.lastRefresh, m_spec) : tr("never"));
    if (m_paused) {
        refresh += u' ' + tr("(paused while you edit)");
    }
    setStatusText(m_lastRefresh, refresh, true);
}

void DashboardStatusBar::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        // The same texts take another size: fitted again from scratch.
        for (QLabel *label : {m_connection, m_rows, m_rateLimit, m_lastRefresh}) {
            label->setMinimumSize(0, 0);
            label->setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
            fitStatusLabel(label, false);
        }
    }
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
