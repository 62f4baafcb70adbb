#include "models/ValidationPageDecoder.h"

#include "models/ValidationObjectDecoder.h"

#include <simdjson.h>

namespace rd {

namespace od = simdjson::ondemand;

using jsonfield::decodeValidation;
using jsonfield::Reject;
using jsonfield::stringOr;

struct ValidationPageDecoder::Impl {
    // One parser per thread, kept with its buffers: a fresh parser per model faulted in its
    // page-sized buffers again (issue [7]: page faults were the largest ingest cost). decode()
    // finishes before it returns, so decoders on one thread never share it at the same time.
    static od::parser &parser() {
        thread_local od::parser p;
        return p;
    }
};

ValidationPageDecoder::ValidationPageDecoder()
    : d(std::make_unique<Impl>()) {}
ValidationPageDecoder::~ValidationPageDecoder() = default;

ValidationPage ValidationPageDecoder::decode(QByteArray &bytes, StringPool &banks, Sink &sink) {
    ValidationPage page;
    const auto size = std::size_t(bytes.size());
    if (std::size_t(bytes.capacity()) < size + simdjson::SIMDJSON_PADDING) {
        bytes.reserve(qsizetype(size + simdjson::SIMDJSON_PADDING));
    }
    const simdjson::padded_string_view input(bytes.constData(), size,
                                             std::size_t(bytes.capacity()));
    auto fail = [&](const QString &why) {
        ValidationPage bad;
        bad.error = why;
        return bad;
    };
    wire::DateMemo dates;
    try {
        od::document doc;
        od::object top;
        if (Impl::parser().iterate(input).get(doc) || doc.get_object().get(top)) {
            return fail(QStringLiteral("The response is not a JSON object."));
        }
        for (auto field : top) {
            std::string_view key;
            od::value v;
            if (field.unescaped_key().get(key) || field.value().get(v)) {
                return fail(QStringLiteral("The response is not valid JSON."));
            }
            if (key == "data") {
                if (v.is_null()) {
                    continue; // seed 003: data is null when error is set
                }
                od::array data;
                if (v.get_array().get(data)) {
                    return fail(
                        QStringLiteral("The response's data is not a list of validations."));
                }
                for (auto item : data) {
                    if (item.error()) {
                        return fail(QStringLiteral("The response is not valid JSON."));
                    }
                    od::object o;
                    if (item.get_object().get(o)) {
                        ++page.rejected;
                        continue;
                    }
                    ValidationRow row;
                    std::string_view trackingKey;
                    try {
                        decodeValidation(o, row, trackingKey, banks, dates,
                                         [&sink](quint64 hi, quint64 lo) { sink.idRead(hi, lo); });
                        ++page.rows;
                        sink.row(row, trackingKey);
                    } catch (const Reject &r) {
                        if (page.rejected++ == 0) {
                            page.firstRejection = QString::fromUtf8(r.why);
                        }
                    }
                }
            } else if (key == "error") {
                if (!v.is_null()) {
                    od::object e;
                    std::string_view msg;
                    if (!v.get_object().get(e) && !e["message"].get_string().get(msg)) {
                        return fail(QString::fromUtf8(msg.data(), qsizetype(msg.size())));
                    }
                    return fail(QStringLiteral("The server answered with an error."));
                }
            } else if (key == "meta") {
                od::object meta;
                if (v.get_object().get(meta)) {
                    continue;
                }
                for (auto m : meta) {
                    std::string_view mk;
                    od::value mv;
                    if (m.unescaped_key().get(mk) || m.value().get(mv)) {
                        return fail(QStringLiteral("The response is not valid JSON."));
                    }
                    if (mk == "next_cursor") {
                        const auto c = stringOr(mv);
                        page.nextCursor = QString::fromUtf8(c.data(), qsizetype(c.size()));
                    } else if (mk == "has_more") {
                        bool b = false;
                        page.hasMore = !mv.get_bool().get(b) && b;
                    }
                }
            }
        }
    } catch (const simdjson::simdjson_error &e) {
        return fail(QStringLiteral("The response is not valid JSON (%1).")
                        .arg(QString::fromUtf8(e.what())));
    }
    return page;
}

} // namespace rd
