#include "net/EnvelopeMeta.h"

#include <simdjson.h>

#include <string_view>

namespace rd::net {

namespace {

QString text(std::string_view s) {
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

} // namespace

EnvelopeMeta readEnvelopeMeta(const QByteArray &body) {
    namespace od = simdjson::ondemand;
    EnvelopeMeta out;
    if (body.isEmpty()) {
        return out;
    }
    // One parser per thread keeps its buffers between answers (no allocation per page).
    thread_local od::parser parser;
    const simdjson::padded_string input(body.constData(), std::size_t(body.size()));
    od::document doc;
    od::object top;
    if (parser.iterate(input).get(doc) || doc.get_object().get(top)) {
        return out;
    }
    QString camel, snake;
    for (auto field : top) {
        std::string_view key;
        od::value v;
        if (field.unescaped_key().get(key) || field.value().get(v)) {
            return {}; // not valid JSON: like QJsonDocument, nothing is read from it
        }
        if (key == "success") {
            bool b = true;
            out.successFalse = !v.get_bool().get(b) && !b;
        } else if (key == "meta") {
            od::object meta;
            if (v.get_object().get(meta)) {
                continue;
            }
            for (auto m : meta) {
                std::string_view mk, s;
                od::value mv;
                if (m.unescaped_key().get(mk) || m.value().get(mv)) {
                    return {};
                }
                if (mk == "requestId" && !mv.get_string().get(s)) {
                    camel = text(s);
                } else if (mk == "request_id" && !mv.get_string().get(s)) {
                    snake = text(s);
                }
            }
        }
    }
    out.requestId = camel.isEmpty() ? snake : camel;
    return out;
}

} // namespace rd::net
