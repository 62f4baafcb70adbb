// SyntheticValidations: deterministic GET /v1/validations pages for the benchmarks.
#pragma once

#include <QByteArray>

#include <random>

namespace rd::bench {

// Pages shaped exactly like rd::Validation::toJson() inside the seed 003 envelope (QJsonObject
// key order, nulls, RFC 3339 UTC timestamps), built with plain string appends so a million rows
// take about a second. Same seed, same bytes.
class SyntheticValidations {
public:
    explicit SyntheticValidations(quint64 seed)
        : m_rng(seed) {}

    // count validations numbered from first; meta.has_more tells whether more pages follow.
    QByteArray page(int first, int count, bool hasMore);

    static constexpr qint64 kNowMs = 1767268800000; // 2026-01-01T12:00:00Z

private:
    void validation(std::string &out, int n);
    quint64 next() { return m_rng(); }
    std::mt19937_64 m_rng;
};

} // namespace rd::bench
