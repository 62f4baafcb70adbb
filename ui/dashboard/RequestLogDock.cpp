#include "dashboard/RequestLogDock.h"

#include "net/RequestLog.h"

#include <QHeaderView>

#include <QScrollBar>
#include <QTableView>
#include <algorithm>

namespace rd::ui {

RequestLogDock::RequestLogDock(net::RequestLog &log, QWidget *parent)
    : QDockWidget(tr("Request log"), parent)
    , m_view(new QTableView(this)) {
    setObjectName(QStringLiteral("requestLogDock"));
    setAccessibleName(tr("Request log"));
    m_view->setObjectName(QStringLiteral("requestLogView"));
    m_view->setAccessibleName(tr("Request log"));
    // Tab leaves the table (arrow keys move between cells): no keyboard trap.
    m_view->setTabKeyNavigation(false);
    m_view->setModel(&log);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Columns sized to what they hold (header or a typical value, whichever is wider), so no
    // header is clipped; the path gets the room a versioned path with a query needs.
    const QFontMetrics fm = m_view->fontMetrics();
    const QFontMetrics hm = m_view->horizontalHeader()->fontMetrics();
    const auto fit = [&](net::RequestLog::Column c, const QString &sample) {
        const QString header = log.headerData(c, Qt::Horizontal).toString();
        m_view->setColumnWidth(
            c, std::max(fm.horizontalAdvance(sample), hm.horizontalAdvance(header) + 24) + 14);
    };
    using C = net::RequestLog;
    fit(C::Time, QStringLiteral("00:00:00.000"));
    fit(C::Method, QStringLiteral("DELETE"));
    fit(C::Url,
        QStringLiteral("/v1/validations/00000000-0000-4000-8000-000000000000/retry-policy"));
    fit(C::Status, QStringLiteral("503"));
    fit(C::Attempt, QStringLiteral("10"));
    fit(C::Wait, QStringLiteral("120.0 s"));
    fit(C::WaitReason, QStringLiteral("Retry-After"));
    fit(C::RequestId, QStringLiteral("req_0123456789abcdef0123456789abcdef"));
    fit(C::IdempotencyKey, QStringLiteral("00000000-0000-4000-8000-000000000000"));
    fit(C::Replayed, QStringLiteral("replayed"));
    fit(C::Duration, QStringLiteral("10000 ms"));
    setWidget(m_view);
    // Follow the newest attempt unless the user scrolled up to read an older one. Only while the
    // log is shown: scrolling the hidden table laid it out again for every request (a tenth of an
    // idle window's CPU time, bench_app); it catches up when shown.
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (m_view->isVisible()) {
            m_following = value >= m_view->verticalScrollBar()->maximum() - 1;
        }
    });
    connect(&log, &QAbstractItemModel::rowsInserted, m_view, [this] {
        if (m_following && m_view->isVisible()) {
            m_view->scrollToBottom();
        }
    });
    connect(this, &QDockWidget::visibilityChanged, m_view, [this](bool visible) {
        if (visible && m_following) {
            m_view->scrollToBottom();
        }
    });
}

} // namespace rd::ui
