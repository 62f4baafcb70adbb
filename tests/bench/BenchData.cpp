#include "BenchData.h"

#include "SyntheticValidations.h"

#include <QElapsedTimer>

namespace rd::bench {

namespace {

std::unique_ptr<ValidationTableModel> buildModel(FakeClock &clock, int rows, quint64 seed) {
    auto model = std::make_unique<ValidationTableModel>(&clock);
    SyntheticValidations gen(seed);
    for (int first = 0; first < rows; first += kPageSize) {
        const int n = std::min(kPageSize, rows - first);
        model->ingestPage(gen.page(first, n, first + n < rows));
    }
    return model;
}

} // namespace

BenchData &BenchData::instance() {
    static BenchData data;
    return data;
}

BenchData::BenchData() {
    SyntheticValidations gen(7);
    for (int first = 0; first < kIngestRows; first += kPageSize) {
        ingestPages.push_back(gen.page(first, kPageSize, first + kPageSize < kIngestRows));
    }
}

ValidationTableModel &BenchData::large() {
    if (!m_large) {
        QElapsedTimer t;
        t.start();
        m_large = buildModel(clock, kLargeRows, 42);
        largeBuildSeconds = double(t.nsecsElapsed()) / 1e9;
    }
    return *m_large;
}

ValidationTableModel &BenchData::small() {
    if (!m_small) {
        m_small = buildModel(clock, kSmallRows, 42);
    }
    return *m_small;
}

} // namespace rd::bench
