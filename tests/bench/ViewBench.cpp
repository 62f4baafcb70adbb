// The validations view at 1,000 and 1,000,000 rows: one countdown tick, first paint.
#include "BenchData.h"

#include "validations/CountdownTicker.h"
#include "validations/ValidationTableView.h"

#include <QApplication>
#include <QPixmap>

#include <benchmark/benchmark.h>

namespace rd::bench {

namespace {

ValidationTableModel &modelFor(const benchmark::State &state) {
    auto &d = BenchData::instance();
    return state.range(0) == kLargeRows ? d.large() : d.small();
}

// "Sorted and filtered" — pending rows, soonest next attempt first.
void sortAndFilter(ValidationTableModel &m) {
    ValidationFilter f;
    f.retryStates = ValidationFilter::Pending;
    m.setFilter(f);
    m.sort(int(ValidationColumn::NextAttempt), Qt::AscendingOrder);
}

void reset(ValidationTableModel &m) {
    m.sort(-1);
    m.setFilter({});
}

void BM_CountdownTick(benchmark::State &state) {
    auto &data = BenchData::instance();
    ValidationTableModel &model = modelFor(state);
    sortAndFilter(model);
    ValidationTableView view(&data.clock);
    view.setValidationModel(&model);
    view.resize(1280, 800);
    view.show();
    QApplication::processEvents(); // first paint out of the way
    view.ticker()->stop();
    quint64 calls = 0;
    int cells = 0;
    for (auto _ : state) {
        const quint64 before = model.dataCalls();
        view.ticker()->tick();
        view.ticker()->stop(); // the bench drives ticks itself
        QApplication::processEvents();
        calls += model.dataCalls() - before;
        cells = view.ticker()->lastRepaintedCells();
    }
    state.counters["data_calls_per_tick"] = double(calls) / double(state.iterations());
    state.counters["visible_cells"] = cells;
    view.hide();
    reset(model);
}

void BM_FirstPaint(benchmark::State &state) {
    auto &data = BenchData::instance();
    ValidationTableModel &model = modelFor(state);
    sortAndFilter(model);
    for (auto _ : state) {
        ValidationTableView view(&data.clock);
        view.setValidationModel(&model);
        view.resize(1280, 800);
        const QPixmap p = view.grab();
        benchmark::DoNotOptimize(p.cacheKey());
    }
    reset(model);
}

} // namespace

BENCHMARK(BM_CountdownTick)
    ->Arg(kSmallRows)
    ->Arg(kLargeRows)
    ->Unit(benchmark::kMicrosecond)
    ->MinTime(0.2);
BENCHMARK(BM_FirstPaint)
    ->Arg(kSmallRows)
    ->Arg(kLargeRows)
    ->Unit(benchmark::kMillisecond)
    ->MinTime(0.3);

} // namespace rd::bench
