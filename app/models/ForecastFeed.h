// ForecastFeed: the retry forecast of a validations table, kept current — recomputed (in slices,
// RetryForecastJob) when the table's rows change, at most once a second, and when the server's
// minute rolls over (the buckets are minutes of server time). No widgets: the forecast panel
// shows what updated() hands it.
#pragma once

#include "core/Clock.h"
#include "models/RetryForecast.h"

#include <QObject>

#include <memory>

namespace rd {

class ValidationTableModel;

class ForecastFeed : public QObject {
    Q_OBJECT
public:
    // However many changes arrive, a recompute starts at most this often (a sync of a million
    // rows lands as a thousand pages; each would otherwise restart the pass).
    static constexpr Millis kMinInterval{1000};

    ForecastFeed(ValidationTableModel &model, Clock &clock, QObject *parent = nullptr);
    ~ForecastFeed() override;

    // Starts (or resumes after stop()): recomputes now, then on every change and every minute.
    void start();
    // Pauses (the forecast is hidden): no job, no timer; current() keeps the last result.
    void stop();
    bool isActive() const { return m_active; }

    // The last complete forecast (all zero, origin 0, until the first one is done).
    const ForecastBuckets &current() const { return m_current; }
    bool hasResult() const { return m_hasResult; }
    // True from a recompute's start until its result is accepted (a pass abandoned because the
    // rows changed under it keeps it true until its restart finishes).
    bool isComputing() const { return m_computing; }
    // Recomputes started so far (tests and benchmarks count them).
    int recomputeCount() const { return m_starts; }
    // Rows per event-loop turn (default RetryForecastJob::kSliceRows); tests use small slices.
    void setSliceRows(quint32 rows);

signals:
    // A new forecast, different from the previous one (or the first).
    void updated(const rd::ForecastBuckets &buckets);
    void computingChanged(bool computing);

private:
    bool slotsMoved() const; // the store was compacted since the running pass began
    void rowsChanged();
    void scheduleRecompute();
    void recomputeNow();
    void abortJob();
    void finished(const ForecastBuckets &buckets);
    void scheduleMinuteTick();
    void minuteTick();
    void setComputing(bool computing);

    ValidationTableModel *m_model;
    Clock &m_clock;
    std::unique_ptr<RetryForecastJob> m_job;
    quint32 m_slice = RetryForecastJob::kSliceRows;
    ForecastBuckets m_current;
    bool m_hasResult = false;
    bool m_active = false;
    bool m_computing = false;
    int m_starts = 0;
    quint64 m_startCompactions = 0; // the model's compactions() when the running pass began
    Millis m_lastStart{0};
    bool m_everStarted = false; // m_lastStart is meaningful
    Clock::TimerId m_recomputeTimer = 0;
    Clock::TimerId m_minuteTimer = 0;
    qint64 m_nextMinuteMs = 0; // server time of the minute boundary m_minuteTimer waits for
};

} // namespace rd
