// BenchData: the shared inputs of the validation benchmarks (pages and a 1M-row model), built once.
#pragma once

#include "core/FakeClock.h"
#include "models/ValidationTableModel.h"

#include <QByteArray>

#include <memory>
#include <vector>

namespace rd::bench {

constexpr int kPageSize = 1000;
constexpr int kIngestRows = 100000; // ingest ratios: enough bytes (~50 MB) to be stable
constexpr int kQJsonRows = 10000;   // QJsonDocument is slow; compared per row
constexpr int kLargeRows = 1000000; // sort, filter, memory, tick, first paint
constexpr int kSmallRows = 1000;

struct BenchData {
    FakeClock clock{QDateTime::fromMSecsSinceEpoch(1767268800000, Qt::UTC)};
    std::vector<QByteArray> ingestPages; // kIngestRows in pages of kPageSize
    double largeBuildSeconds = 0;

    // Built on first use, so a filtered run (--benchmark_filter=Ingest) does not pay for them.
    ValidationTableModel &large();
    ValidationTableModel &small();

    static BenchData &instance();

private:
    BenchData();
    std::unique_ptr<ValidationTableModel> m_large;
    std::unique_ptr<ValidationTableModel> m_small;
};

} // namespace rd::bench
