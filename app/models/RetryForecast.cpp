#include "models/RetryForecast.h"

#include "models/ValidationRowStore.h"

#include <algorithm>

namespace rd {

namespace {
constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;
} // namespace

void ForecastBuckets::add(const ValidationRow &row) {
    if (row.has(ValidationRow::Deleted) || !row.isPending() ||
        row.nextAttemptMs == ValidationRow::kNullTime) {
        return;
    }
    qint64 at = row.nextAttemptMs;
    if (at < originMs) {
        ++overdue;
        at = originMs; // due now: counted in the first minute
    }
    if (at >= originMs + kDayMs) {
        return;
    }
    ++cycles;
    // The attempts this cycle still makes: max_retries − attempts_completed (at least the next
    // one, which is scheduled); with no interval or no maximum, only the next is known.
    int left = 1;
    if (row.maxRetries >= 0 && row.intervalSeconds > 0) {
        left = std::max(1, int(row.maxRetries) - int(row.attemptsCompleted));
    }
    const qint64 step = row.intervalSeconds > 0 ? qint64(row.intervalSeconds) * 1000 : kDayMs;
    for (int k = 0; k < left && at < originMs + kDayMs; ++k, at += step) {
        const qint64 offset = at - originMs;
        if (offset < kHourMs) {
            ++perMinute[std::size_t(offset / kMinuteMs)];
        }
        ++perHour[std::size_t(offset / kHourMs)];
    }
}

void ForecastBuckets::merge(const ForecastBuckets &o) {
    for (int i = 0; i < kMinutes; ++i) {
        perMinute[std::size_t(i)] += o.perMinute[std::size_t(i)];
    }
    for (int i = 0; i < kHours; ++i) {
        perHour[std::size_t(i)] += o.perHour[std::size_t(i)];
    }
    cycles += o.cycles;
    overdue += o.overdue;
}

int ForecastBuckets::peakMinute() const {
    return int(std::max_element(perMinute.begin(), perMinute.end()) - perMinute.begin());
}

ForecastBuckets forecast(const ValidationRowStore &store, qint64 serverNowMs) {
    ForecastBuckets b;
    b.originMs = ForecastBuckets::floorToMinute(serverNowMs);
    for (quint32 slot = 0; slot < store.size(); ++slot) {
        b.add(store.row(slot));
    }
    return b;
}

RetryForecastJob::RetryForecastJob(const ValidationRowStore &store, Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock) {}

RetryForecastJob::~RetryForecastJob() {
    m_clock.cancel(m_timer);
}

void RetryForecastJob::start(qint64 serverNowMs) {
    m_clock.cancel(m_timer);
    m_partial = ForecastBuckets{};
    m_partial.originMs = ForecastBuckets::floorToMinute(serverNowMs);
    m_next = 0;
    m_timer = m_clock.callAfter(Millis(0), this, [this] { step(); });
}

void RetryForecastJob::step() {
    m_timer = 0;
    const quint32 end = std::min<quint32>(m_store.size(), m_next + m_slice);
    for (quint32 slot = m_next; slot < end; ++slot) {
        m_partial.add(m_store.row(slot));
    }
    m_next = end;
    if (m_next < m_store.size()) {
        m_timer = m_clock.callAfter(Millis(0), this, [this] { step(); });
        return;
    }
    m_result = m_partial;
    emit finished(m_result);
}

} // namespace rd
