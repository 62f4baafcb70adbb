// The retry forecast over the 1M-row table: one slice of RetryForecastJob (what the GUI thread
// holds at most per event-loop turn) and the whole pass.
#include "BenchData.h"

#include "models/RetryForecast.h"
#include "models/ValidationRowStore.h"

#include <benchmark/benchmark.h>

namespace rd::bench {

namespace {

qint64 benchNow() {
    return BenchData::instance().clock.utcNow().toMSecsSinceEpoch();
}

void BM_Forecast_Slice(benchmark::State &state) {
    const ValidationRowStore &store = BenchData::instance().large().store();
    const quint32 end = std::min<quint32>(store.size(), RetryForecastJob::kSliceRows);
    int cycles = 0;
    for (auto _ : state) {
        ForecastBuckets b;
        b.originMs = ForecastBuckets::floorToMinute(benchNow());
        for (quint32 slot = 0; slot < end; ++slot) {
            b.add(store.row(slot));
        }
        benchmark::DoNotOptimize(b.perMinute.data());
        cycles = b.cycles;
    }
    state.counters["rows"] = end;
    state.counters["cycles"] = cycles;
}

void BM_Forecast_Whole(benchmark::State &state) {
    const ValidationRowStore &store = BenchData::instance().large().store();
    int cycles = 0;
    for (auto _ : state) {
        const ForecastBuckets b = forecast(store, benchNow());
        benchmark::DoNotOptimize(b.perHour.data());
        cycles = b.cycles;
    }
    state.counters["rows"] = store.size();
    state.counters["cycles"] = cycles;
}

} // namespace

BENCHMARK(BM_Forecast_Slice)->Unit(benchmark::kMillisecond)->MinTime(0.1);
BENCHMARK(BM_Forecast_Whole)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace rd::bench
