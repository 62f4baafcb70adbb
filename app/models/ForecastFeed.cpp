#include "models/ForecastFeed.h"

#include "models/ValidationTableModel.h"

#include <algorithm>

namespace rd {

namespace {
constexpr qint64 kMinuteMs = 60'000;
} // namespace

ForecastFeed::ForecastFeed(ValidationTableModel &model, Clock &clock, QObject *parent)
    : QObject(parent)
    , m_model(&model)
    , m_clock(clock) {
    // Every change to the rows held — shown or hidden by the filter — comes as storeChanged;
    // sorting, filtering and a watch star (layout and data signals) leave the store alone.
    const auto changed = [this] { rowsChanged(); };
    connect(m_model, &ValidationTableModel::storeChanged, this, changed);
    connect(m_model, &QAbstractItemModel::modelReset, this, changed);
    connect(m_model, &ValidationTableModel::serverSkewChanged, this, [this] {
        if (m_active) {
            scheduleMinuteTick(); // the boundary moved with the server's clock
        }
    });
    // The job reads the model's store: it must not outlive it.
    connect(m_model, &QObject::destroyed, this, [this] {
        stop();
        m_job.reset();
        m_model = nullptr;
    });
}

ForecastFeed::~ForecastFeed() {
    m_clock.cancel(m_recomputeTimer);
    m_clock.cancel(m_minuteTimer);
}

void ForecastFeed::setSliceRows(quint32 rows) {
    m_slice = rows == 0 ? 1 : rows;
    if (m_job) {
        m_job->setSliceRows(m_slice);
    }
}

void ForecastFeed::start() {
    if (m_active || !m_model) {
        return;
    }
    m_active = true;
    recomputeNow();
    scheduleMinuteTick();
}

void ForecastFeed::stop() {
    if (!m_active) {
        return;
    }
    m_active = false;
    m_clock.cancel(m_recomputeTimer);
    m_clock.cancel(m_minuteTimer);
    m_recomputeTimer = m_minuteTimer = 0;
    abortJob();
    setComputing(false);
}

bool ForecastFeed::slotsMoved() const {
    return m_model->compactions() != m_startCompactions;
}

void ForecastFeed::rowsChanged() {
    if (!m_active) {
        return; // start() recomputes from scratch anyway
    }
    // A pass under way reads the store by slot: rows appended, updated or tombstoned since it
    // began leave it sound (a little behind, and a recompute follows), but rows compacted to
    // other slots make it worthless — abandon it. Either way the next pass starts no sooner than
    // kMinInterval after the last start, so a stream of changes cannot starve the forecast.
    if (m_job && m_job->isRunning() && slotsMoved()) {
        abortJob();
    }
    scheduleRecompute();
}

void ForecastFeed::scheduleRecompute() {
    if (m_recomputeTimer != 0) {
        return; // already due: this change joins it
    }
    const Millis now = m_clock.monotonicNow();
    const Millis delay =
        m_everStarted ? std::max(Millis(0), m_lastStart + kMinInterval - now) : Millis(0);
    m_recomputeTimer = m_clock.callAfter(delay, this, [this] {
        m_recomputeTimer = 0;
        recomputeNow();
    });
}

void ForecastFeed::recomputeNow() {
    m_clock.cancel(m_recomputeTimer);
    m_recomputeTimer = 0;
    if (!m_model) {
        return;
    }
    if (m_job && m_job->isRunning()) {
        // The pass under way is sound: let it finish, and start this one right after it.
        m_recomputeTimer = m_clock.callAfter(Millis(0), this, [this] {
            m_recomputeTimer = 0;
            recomputeNow();
        });
        return;
    }
    // A fresh job per pass: abandoning one is destroying it (never inside its own signal: a
    // running job is between turns, and a finished one is not aborted).
    m_job = std::make_unique<RetryForecastJob>(m_model->store(), m_clock);
    m_job->setSliceRows(m_slice);
    connect(m_job.get(), &RetryForecastJob::finished, this, &ForecastFeed::finished);
    m_startCompactions = m_model->compactions();
    m_lastStart = m_clock.monotonicNow();
    m_everStarted = true;
    ++m_starts;
    setComputing(true);
    m_job->start(m_model->serverNowMs());
}

void ForecastFeed::abortJob() {
    if (m_job && m_job->isRunning()) {
        m_job.reset();
    }
}

void ForecastFeed::finished(const ForecastBuckets &buckets) {
    if (slotsMoved()) { // compacted under the last slice
        scheduleRecompute();
        return;
    }
    const bool changed = !m_hasResult || !(buckets == m_current);
    m_current = buckets;
    m_hasResult = true;
    setComputing(false);
    if (changed) {
        emit updated(m_current);
    }
}

void ForecastFeed::scheduleMinuteTick() {
    m_clock.cancel(m_minuteTimer);
    const qint64 now = m_model->serverNowMs();
    m_nextMinuteMs = ForecastBuckets::floorToMinute(now) + kMinuteMs;
    m_minuteTimer = m_clock.callAfter(Millis(m_nextMinuteMs - now), this, [this] { minuteTick(); });
}

void ForecastFeed::minuteTick() {
    m_minuteTimer = 0;
    if (!m_model) {
        return;
    }
    const qint64 now = m_model->serverNowMs();
    if (now < m_nextMinuteMs) { // a timer that fired early: wait for the boundary itself
        m_minuteTimer =
            m_clock.callAfter(Millis(m_nextMinuteMs - now), this, [this] { minuteTick(); });
        return;
    }
    // Every bucket moved by a minute: recompute now, whatever the last start was.
    recomputeNow();
    scheduleMinuteTick();
}

void ForecastFeed::setComputing(bool computing) {
    if (computing != m_computing) {
        m_computing = computing;
        emit computingChanged(computing);
    }
}

} // namespace rd
