#include "dashboard/RequestLogDock.h"

#include "net/RequestLog.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

namespace rd::ui {

RequestLogDock::RequestLogDock(net::RequestLog &log, QWidget *parent)
    : QDockWidget(tr("Request log"), parent)
    , m_view(new QTableView(this)) {
    setObjectName(QStringLiteral("requestLogDock"));
    setAccessibleName(tr("Request log"));
    m_view->setObjectName(QStringLiteral("requestLogView"));
    m_view->setAccessibleName(tr("Request log"));
    m_view->setModel(&log);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    setWidget(m_view);
    // Follow the newest attempt unless the user scrolled up to read an older one.
    connect(&log, &QAbstractItemModel::rowsInserted, m_view, [this] {
        if (m_view->verticalScrollBar()->value() >= m_view->verticalScrollBar()->maximum() - 1) {
            m_view->scrollToBottom();
        }
    });
}

} // namespace rd::ui
