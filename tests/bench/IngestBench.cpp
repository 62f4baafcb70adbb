// Ingest: the model's page decoding against a bare simdjson walk and against QJsonDocument.
#include "BenchData.h"

#include "domain/Validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <benchmark/benchmark.h>
#include <simdjson.h>

namespace rd::bench {

namespace od = simdjson::ondemand;

namespace {

// Touches every value the way any consumer must: strings unescaped, numbers parsed, recursively.
std::size_t walk(od::value v);

std::size_t walkObject(od::object o) {
    std::size_t n = 0;
    for (auto field : o) {
        std::string_view key;
        od::value v;
        if (field.unescaped_key().get(key) || field.value().get(v)) {
            return n;
        }
        n += key.size() + walk(v);
    }
    return n;
}

std::size_t walk(od::value v) {
    od::json_type t;
    if (v.type().get(t)) {
        return 0;
    }
    switch (t) {
    case od::json_type::object: {
        od::object o;
        return v.get_object().get(o) ? 0 : walkObject(o);
    }
    case od::json_type::array: {
        std::size_t n = 0;
        od::array a;
        if (v.get_array().get(a)) {
            return 0;
        }
        for (auto item : a) {
            od::value iv;
            if (!item.get(iv)) {
                n += walk(iv);
            }
        }
        return n;
    }
    case od::json_type::string: {
        std::string_view s;
        return v.get_string().get(s) ? 0 : s.size();
    }
    case od::json_type::number: {
        double d;
        return v.get_double().get(d) ? 0 : std::size_t(d != 0);
    }
    case od::json_type::boolean: {
        bool b;
        return v.get_bool().get(b) ? 0 : std::size_t(b);
    }
    case od::json_type::null:
        return v.is_null() ? 1 : 0;
    }
    return 0;
}

void BM_Ingest_Model(benchmark::State &state) {
    auto &data = BenchData::instance();
    std::vector<QByteArray> pages = data.ingestPages;
    for (QByteArray &p : pages) {
        p.reserve(p.size() + qsizetype(simdjson::SIMDJSON_PADDING)); // as a network buffer would be
    }
    for (auto _ : state) {
        state.PauseTiming();
        auto model = std::make_unique<ValidationTableModel>(&data.clock);
        state.ResumeTiming();
        for (QByteArray &p : pages) {
            model->ingestPage(p);
        }
        benchmark::DoNotOptimize(model->rowCount());
        state.PauseTiming();
        model.reset();
        state.ResumeTiming();
    }
    state.counters["rows"] = kIngestRows;
}

void BM_Ingest_BareSimdjsonWalk(benchmark::State &state) {
    auto &data = BenchData::instance();
    od::parser parser;
    std::vector<simdjson::padded_string> pages;
    for (const QByteArray &p : data.ingestPages) {
        pages.emplace_back(p.constData(), std::size_t(p.size()));
    }
    for (auto _ : state) {
        std::size_t n = 0;
        for (const auto &p : pages) {
            od::document doc;
            od::object o;
            if (!parser.iterate(p).get(doc) && !doc.get_object().get(o)) {
                n += walkObject(o);
            }
        }
        benchmark::DoNotOptimize(n);
    }
    state.counters["rows"] = kIngestRows;
}

void BM_Ingest_QJsonDocument(benchmark::State &state) {
    auto &data = BenchData::instance();
    for (auto _ : state) {
        std::size_t n = 0;
        for (int i = 0; i < kQJsonRows / kPageSize; ++i) {
            const QJsonDocument doc = QJsonDocument::fromJson(data.ingestPages[std::size_t(i)]);
            for (const QJsonValue &v : doc.object().value(QLatin1String("data")).toArray()) {
                n += Validation::fromJson(v.toObject()).has_value();
            }
        }
        benchmark::DoNotOptimize(n);
    }
    state.counters["rows"] = kQJsonRows;
}

} // namespace

BENCHMARK(BM_Ingest_Model)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_Ingest_BareSimdjsonWalk)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_Ingest_QJsonDocument)->Unit(benchmark::kMillisecond)->Iterations(2);

} // namespace rd::bench
