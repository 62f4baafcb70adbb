// CountdownTicker: the one timer of a validations view — repaints the visible countdown cells.
#pragma once

#include "core/Clock.h"
#include "validations/CountdownDelegate.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QTableView;

namespace rd {

class ValidationTableModel;

// "One timer for the whole view, repainting only the visible rows". Each tick updates
// the rectangle of the visible next-attempt cells (never the whole viewport, never per-row
// timers) and schedules the next tick, on the injected Clock, for when the first visible text
// will change — so tests drive it with FakeClock and it costs the same at 1,000 or 1M rows.
class CountdownTicker : public QObject {
    Q_OBJECT

public:
    CountdownTicker(QTableView *view, Clock *clock, QObject *parent = nullptr);
    ~CountdownTicker() override;

    void setDelegate(CountdownDelegate *delegate) { m_delegate = delegate; }
    void start();
    void stop();
    bool isRunning() const { return m_timer != 0; }

    // One tick: repaint the visible countdown cells, then reschedule. Public for benchmarks.
    void tick();
    // Visible rows [first, last] of the view; first = -1 when none.
    std::pair<int, int> visibleRows() const;
    int lastRepaintedCells() const { return m_lastCells; }

signals:
    // Visible pending rows whose next attempt has just passed: the screen refreshes them shortly
    // after (rows whose next_attempt_at has passed are refreshed automatically).
    void rowsBecameDue(const QStringList &ids);

private:
    void schedule(qint64 delayMs);
    ValidationTableModel *model() const;

    QPointer<QTableView> m_view;
    QPointer<CountdownDelegate> m_delegate;
    Clock *m_clock;
    Clock::TimerId m_timer = 0;
    qint64 m_lastTickNowMs = 0;
    int m_lastCells = 0;
};

} // namespace rd
