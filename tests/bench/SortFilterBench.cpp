// Sort and filter at 1M rows: the model's own permutation against plain std algorithms.
#include "BenchData.h"

#include "models/ValidationSorter.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <numeric>

namespace rd::bench {

namespace {

const ValidationRowStore &store() {
    return BenchData::instance().large().store();
}

void BM_Sort_Model(benchmark::State &state) {
    ValidationTableModel &model = BenchData::instance().large();
    const int column = int(state.range(0));
    for (auto _ : state) {
        state.PauseTiming();
        model.setFilter({});
        model.sort(-1);
        state.ResumeTiming();
        model.sort(column, Qt::AscendingOrder);
    }
    model.sort(-1); // after the timed loop
}

// The reference: std::stable_sort of a row-index vector comparing the same field.
template <typename Less> void stableSortIndex(benchmark::State &state, Less less) {
    const quint32 n = store().size();
    for (auto _ : state) {
        state.PauseTiming();
        std::vector<quint32> idx(n);
        std::iota(idx.begin(), idx.end(), 0u);
        state.ResumeTiming();
        std::stable_sort(idx.begin(), idx.end(), less);
        benchmark::DoNotOptimize(idx.data());
    }
}

void BM_Sort_StableSortIndex(benchmark::State &state) {
    const ValidationRowStore &s = store();
    auto row = [&s](quint32 i) -> const ValidationRow & { return s.row(i); };
    switch (ValidationColumn(state.range(0))) {
    case ValidationColumn::Id:
        return stableSortIndex(state, [&](quint32 a, quint32 b) {
            return std::pair(row(a).idHi, row(a).idLo) < std::pair(row(b).idHi, row(b).idLo);
        });
    case ValidationColumn::Target:
        return stableSortIndex(
            state, [&](quint32 a, quint32 b) { return s.trackingKey(a) < s.trackingKey(b); });
    case ValidationColumn::Outcome:
        return stableSortIndex(
            state, [&](quint32 a, quint32 b) { return row(a).outcome < row(b).outcome; });
    case ValidationColumn::RetryState:
        return stableSortIndex(state, [&](quint32 a, quint32 b) {
            return std::tuple(row(a).terminal, row(a).attemptsCompleted, row(a).maxRetries) <
                   std::tuple(row(b).terminal, row(b).attemptsCompleted, row(b).maxRetries);
        });
    case ValidationColumn::NextAttempt:
        return stableSortIndex(state, [&](quint32 a, quint32 b) {
            return quint64(row(a).nextAttemptMs) - quint64(ValidationRow::kNullTime) - 1 <
                   quint64(row(b).nextAttemptMs) - quint64(ValidationRow::kNullTime) - 1;
        });
    case ValidationColumn::Source:
        return stableSortIndex(state, [&](quint32 a, quint32 b) {
            return row(a).has(ValidationRow::BulkImport) < row(b).has(ValidationRow::BulkImport);
        });
    case ValidationColumn::Updated:
        return stableSortIndex(
            state, [&](quint32 a, quint32 b) { return row(a).updatedMs < row(b).updatedMs; });
    case ValidationColumn::Count:
        break;
    }
}

void BM_Filter_Model(benchmark::State &state) {
    ValidationTableModel &model = BenchData::instance().large();
    ValidationFilter pending;
    pending.retryStates = ValidationFilter::Pending;
    for (auto _ : state) {
        state.PauseTiming();
        model.setFilter({});
        state.ResumeTiming();
        model.setFilter(pending);
        benchmark::DoNotOptimize(model.rowCount());
    }
    model.setFilter({}); // after the timed loop
}

void BM_Filter_CopyIf(benchmark::State &state) {
    const ValidationRowStore &s = store();
    std::vector<quint32> all(s.size());
    std::iota(all.begin(), all.end(), 0u);
    for (auto _ : state) {
        std::vector<quint32> out;
        out.reserve(all.size());
        std::copy_if(all.begin(), all.end(), std::back_inserter(out),
                     [&s](quint32 i) { return s.row(i).terminal == 1; });
        benchmark::DoNotOptimize(out.data());
    }
}

void columns(benchmark::internal::Benchmark *b) {
    for (int c = 0; c < kValidationColumnCount; ++c) {
        b->Arg(c);
    }
}

} // namespace

BENCHMARK(BM_Sort_Model)->Apply(columns)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(BM_Sort_StableSortIndex)->Apply(columns)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(BM_Filter_Model)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(BM_Filter_CopyIf)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace rd::bench
