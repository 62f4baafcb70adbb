#include "validations/CountdownTicker.h"

#include "models/CountdownFormatter.h"
#include "models/ValidationTableModel.h"
#include "validations/CountdownDelegate.h"

#include <QHeaderView>
#include <QTableView>

namespace rd {

namespace {
constexpr int kColumn = int(ValidationColumn::NextAttempt);
constexpr qint64 kMaxTickMs = 1000; // at least once a second, in case rows scrolled into view
constexpr qint64 kMinTickMs = 50;
} // namespace

CountdownTicker::CountdownTicker(QTableView *view, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_clock(clock) {}

CountdownTicker::~CountdownTicker() {
    stop();
}

ValidationTableModel *CountdownTicker::model() const {
    return m_view ? qobject_cast<ValidationTableModel *>(m_view->model()) : nullptr;
}

void CountdownTicker::start() {
    if (!m_timer) {
        schedule(0);
    }
}

void CountdownTicker::stop() {
    if (m_timer && m_clock) {
        m_clock->cancel(m_timer);
    }
    m_timer = 0;
}

void CountdownTicker::schedule(qint64 delayMs) {
    if (!m_clock) {
        return;
    }
    m_timer = m_clock->callAfter(Millis(delayMs), this, [this] {
        m_timer = 0;
        tick();
    });
}

std::pair<int, int> CountdownTicker::visibleRows() const {
    if (!m_view || !m_view->model() || m_view->model()->rowCount() == 0) {
        return {-1, -1};
    }
    // rowAt() is a binary search over the header's sections: O(log n), not O(rows).
    const int first = m_view->rowAt(0);
    if (first < 0) {
        return {-1, -1};
    }
    int last = m_view->rowAt(m_view->viewport()->height() - 1);
    if (last < 0) {
        last = m_view->model()->rowCount() - 1;
    }
    return {first, last};
}

void CountdownTicker::tick() {
    ValidationTableModel *m = model();
    qint64 next = kMaxTickMs;
    m_lastCells = 0;
    if (m && m_view && !m_view->isColumnHidden(kColumn)) {
        const qint64 now = m->serverNowMs();
        if (m_delegate) {
            m_delegate->setServerNowMs(now);
        }
        const auto [first, last] = visibleRows();
        if (first >= 0) {
            QStringList due;
            for (int row = first; row <= last; ++row) {
                const ValidationRow &r = m->store().row(m->slotAt(row));
                const qint64 change =
                    CountdownFormatter::msUntilChange(r.nextAttemptMs, r.isPending(), now);
                if (change > 0) {
                    next = std::min(next, change);
                }
                if (r.isPending() && r.nextAttemptMs != ValidationRow::kNullTime &&
                    r.nextAttemptMs <= now && r.nextAttemptMs > m_lastTickNowMs) {
                    due << m->idAt(row);
                }
            }
            const int x = m_view->columnViewportPosition(kColumn);
            const int top = m_view->rowViewportPosition(first);
            const int bottom = m_view->rowViewportPosition(last) + m_view->rowHeight(last);
            m_view->viewport()->update(QRect(x, top, m_view->columnWidth(kColumn), bottom - top));
            m_lastCells = last - first + 1;
            if (!due.isEmpty()) {
                emit rowsBecameDue(due);
            }
        }
        m_lastTickNowMs = now;
    }
    if (m_clock && !m_timer) {
        schedule(std::clamp(next, kMinTickMs, kMaxTickMs));
    }
}

} // namespace rd
