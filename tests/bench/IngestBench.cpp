// Ingest: the model's page decoding against a bare simdjson walk and against QJsonDocument.
#include "BenchData.h"

#include "domain/Validation.h"
#include "models/ValidationPageDecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <benchmark/benchmark.h>
#include <simdjson.h>

#include <algorithm>
#include <chrono>

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

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point t0) {
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

// Receives rows and drops them: the decoder's cost without the model's storage (diagnostic).
struct DroppingSink final : ValidationPageDecoder::Sink {
    std::size_t n = 0;
    void row(const ValidationRow &r, std::string_view key) override { n += r.idLo + key.size(); }
};

// The ingest figures in one loop, a round of each per iteration, each kept at its fastest round:
// this VM's speed drifts by up to 2× over seconds, so benchmarks run one after the other could
// compare a fast phase with a slow one; rounds side by side see the same machine.
void BM_Ingest(benchmark::State &state) {
    auto &data = BenchData::instance();
    std::vector<QByteArray> pages = data.ingestPages;
    for (QByteArray &p : pages) {
        p.reserve(p.size() + qsizetype(simdjson::SIMDJSON_PADDING)); // as a network buffer would be
    }
    std::vector<simdjson::padded_string> padded;
    for (const QByteArray &p : data.ingestPages) {
        padded.emplace_back(p.constData(), std::size_t(p.size()));
    }
    od::parser parser;
    ValidationPageDecoder decoder;
    StringPool banks;
    double model = 1e9, walkOnly = 1e9, decodeOnly = 1e9, qjson = 1e9;
    for (auto _ : state) {
        // Bare walk over every field.
        auto t0 = Clock::now();
        std::size_t n = 0;
        for (const auto &p : padded) {
            od::document doc;
            od::object o;
            if (!parser.iterate(p).get(doc) && !doc.get_object().get(o)) {
                n += walkObject(o);
            }
        }
        benchmark::DoNotOptimize(n);
        walkOnly = std::min(walkOnly, secondsSince(t0));

        // The model's ingest: decode straight into a fresh model's storage.
        auto m = std::make_unique<ValidationTableModel>(&data.clock);
        t0 = Clock::now();
        for (QByteArray &p : pages) {
            m->ingestPage(p);
        }
        benchmark::DoNotOptimize(m->rowCount());
        model = std::min(model, secondsSince(t0));
        m.reset();

        // Decoding alone (rows dropped).
        DroppingSink sink;
        t0 = Clock::now();
        for (QByteArray &p : pages) {
            decoder.decode(p, banks, sink);
        }
        benchmark::DoNotOptimize(sink.n);
        decodeOnly = std::min(decodeOnly, secondsSince(t0));

        // QJsonDocument parse + Validation::fromJson, on the first kQJsonRows rows.
        t0 = Clock::now();
        n = 0;
        for (int i = 0; i < kQJsonRows / kPageSize; ++i) {
            const QJsonDocument doc = QJsonDocument::fromJson(data.ingestPages[std::size_t(i)]);
            for (const QJsonValue &v : doc.object().value(QLatin1String("data")).toArray()) {
                n += Validation::fromJson(v.toObject()).has_value();
            }
        }
        benchmark::DoNotOptimize(n);
        qjson = std::min(qjson, secondsSince(t0));
    }
    state.counters["model_ms"] = model * 1e3;
    state.counters["walk_ms"] = walkOnly * 1e3;
    state.counters["decode_ms"] = decodeOnly * 1e3;
    state.counters["qjson_ms"] = qjson * 1e3;
    state.counters["rows"] = kIngestRows;
    state.counters["qjson_rows"] = kQJsonRows;
}

} // namespace

// Four rounds of about 0.1 s per repetition (five interleaved repetitions by default).
BENCHMARK(BM_Ingest)->Unit(benchmark::kMillisecond)->Iterations(4);

} // namespace rd::bench
