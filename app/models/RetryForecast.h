// RetryForecast: how many retry attempts the loaded validations' cycles will make per minute over
// the next hour and per hour over the next day — from each pending cycle's next_attempt_at, its
// interval_seconds and the attempts it has left (max_retries − attempts_completed), so a burst
// shows before it comes. Computed in slices of the row store, so a million validations never hold
// the GUI thread longer than one slice (RetryForecastJob).
#pragma once

#include "core/Clock.h"
#include "models/ValidationRow.h"

#include <QObject>

#include <array>

namespace rd {

class ValidationRowStore;

struct ForecastBuckets {
    static constexpr int kMinutes = 60;
    static constexpr int kHours = 24;
    qint64 originMs = 0; // the server's now, floored to its minute: bucket 0 starts here
    std::array<int, kMinutes> perMinute{}; // attempts due in [origin + i min, + 1 min)
    std::array<int, kHours> perHour{};     // attempts due in [origin + i h, + 1 h)
    int cycles = 0;        // pending cycles with a next attempt in the next 24 h
    int overdue = 0;       // next_attempt_at already passed (the scheduler is about to run them)

    // Adds one row's coming attempts: the next one, then one every interval until the cycle has
    // used its max_retries (only the next one when interval or max_retries is null).
    void add(const ValidationRow &row);
    void merge(const ForecastBuckets &other);
    int peakMinute() const;
    friend bool operator==(const ForecastBuckets &, const ForecastBuckets &) = default;

    static qint64 floorToMinute(qint64 ms) { return ms - ((ms % 60000) + 60000) % 60000; }
};

// The whole store at once (tests, small tables).
ForecastBuckets forecast(const ValidationRowStore &store, qint64 serverNowMs);

// The forecast of a store computed a slice of rows per event-loop turn; a new start() abandons
// the one under way. The store must not change while a job runs: the owner restarts it on every
// change (rows are appended, updated or compacted between turns, never during one).
class RetryForecastJob : public QObject {
    Q_OBJECT
public:
    static constexpr quint32 kSliceRows = 100'000; // ~1 ms of work per turn on this VM
    RetryForecastJob(const ValidationRowStore &store, Clock &clock, QObject *parent = nullptr);
    ~RetryForecastJob() override;

    void start(qint64 serverNowMs);
    bool isRunning() const { return m_timer != 0; }
    const ForecastBuckets &result() const { return m_result; }
    void setSliceRows(quint32 rows) { m_slice = rows == 0 ? 1 : rows; }

signals:
    void finished(const rd::ForecastBuckets &buckets);

private:
    void step();

    const ValidationRowStore &m_store;
    Clock &m_clock;
    ForecastBuckets m_partial;
    ForecastBuckets m_result;
    quint32 m_next = 0;
    quint32 m_slice = kSliceRows;
    quint64 m_timer = 0;
};

} // namespace rd
