#include "models/ValidationPageDecoder.h"

#include "models/ValidationObjectDecoder.h"

#include <simdjson.h>
#include <QCoreApplication>

namespace rd {

namespace {

// RetryDesk's own words: the window translates them; the command-line tool installs no
// translator and stays English.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rd::ValidationPageDecoder)
};

} // namespace

namespace od = simdjson::ondemand;

using jsonfield::decodeValidation;
using jsonfield::Reject;
using jsonfield::stringOr;

struct ValidationPageDecoder::Impl {
    // One parser per thread, kept with its buffers: a fresh parser per model faulted in its
    // page-sized buffers again (page faults were the largest ingest cost). decode()
    // finishes before it returns, so decoders on one thread never share it at the same time.
    static od::parser &parser() {
        thread_local od::parser p;
        return p;
    }
};

ValidationPageDecoder::ValidationPageDecoder()
    : d(std::make_unique<Impl>()) {}
ValidationPageDecoder::~ValidationPageDecoder() = default;

namespace {

// The extent of the JSON value starting at p (the document ends at end): for an unreadable item's
// raw text. Strings and nesting are followed; a broken value ends at the document's end.
std::string_view valueExtent(const char *p, const char *end) {
    const char *q = p;
    int depth = 0;
    bool inString = false;
    for (; q < end; ++q) {
        const char c = *q;
        if (inString) {
            if (c == '\\') {
                ++q;
            } else if (c == '"') {
                inString = false;
                if (depth == 0) {
                    ++q;
                    break;
                }
            }
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (depth == 0) {
                break; // a scalar before the array's end
            }
            if (--depth == 0) {
                ++q;
                break;
            }
        } else if (depth == 0 && (c == ',' || c == ' ' || c == '\n' || c == '\r' || c == '\t')) {
            break;
        }
    }
    return {p, std::size_t(std::min(q, end) - p)};
}

[[gnu::noinline]] void noteUnreadable(ValidationPage &page, const char *why, const char *start,
                                      const char *end) {
    if (page.rejected++ == 0) {
        page.firstRejection = QString::fromUtf8(why);
    }
    if (page.unreadable.size() >= UnreadableItem::kMaxKept || !start) {
        return;
    }
    const std::string_view raw = valueExtent(start, end);
    page.unreadable.append(
        {QString::fromUtf8(why),
         QByteArray(raw.data(), qsizetype(std::min<std::size_t>(raw.size(),
                                                                UnreadableItem::kMaxRawBytes)))});
}

} // namespace

ValidationPage ValidationPageDecoder::decode(QByteArray &bytes, StringPool &banks, Sink &sink) {
    ValidationPage page;
    const auto size = std::size_t(bytes.size());
    if (std::size_t(bytes.capacity()) < size + simdjson::SIMDJSON_PADDING) {
        bytes.reserve(qsizetype(size + simdjson::SIMDJSON_PADDING));
    }
    const char *const docEnd = bytes.constData() + size;
    const simdjson::padded_string_view input(bytes.constData(), size,
                                             std::size_t(bytes.capacity()));
    auto fail = [&](const QString &why) {
        ValidationPage bad;
        bad.error = why;
        return bad;
    };
    wire::DateMemo dates;
    std::string keyScratch;
    std::optional<bool> hasMore;
    // The items of data (or of a bare top-level array).
    auto decodeItems = [&](od::array data) -> bool {
        for (auto item : data) {
            if (item.error()) {
                return false;
            }
            const char *start = item.value_unsafe().raw_json_token().data();
            od::object o;
            if (item.get_object().get(o)) {
                noteUnreadable(page, "not an object", start, docEnd);
                continue;
            }
            ValidationRow row;
            std::string_view trackingKey;
            try {
                decodeValidation(o, row, trackingKey, keyScratch, banks, dates,
                                 [&sink](quint64 hi, quint64 lo) { sink.idRead(hi, lo); });
                ++page.rows;
                sink.row(row, trackingKey);
            } catch (const Reject &r) {
                noteUnreadable(page, r.why, start, docEnd);
            }
        }
        return true;
    };
    try {
        od::document doc;
        if (Impl::parser().iterate(input).get(doc)) {
            return fail(Text::tr("The response is not JSON."));
        }
        od::json_type type;
        if (doc.type().get(type)) {
            return fail(Text::tr("The response is not JSON."));
        }
        if (type == od::json_type::array) {
            // Paging and the envelope are RetryDesk's assumption: a bare list is the whole answer.
            od::array data;
            if (doc.get_array().get(data) || !decodeItems(data)) {
                return fail(Text::tr("The response is not valid JSON."));
            }
            return page;
        }
        od::object top;
        if (doc.get_object().get(top)) {
            return fail(Text::tr("The response is not a JSON object."));
        }
        for (auto field : top) {
            std::string_view key;
            od::value v;
            if (field.unescaped_key().get(key) || field.value().get(v)) {
                return fail(Text::tr("The response is not valid JSON."));
            }
            if (key == "data") {
                if (v.is_null()) {
                    continue; // seed 003: data is null when error is set
                }
                od::array data;
                if (v.get_array().get(data)) {
                    return fail(
                        Text::tr("The response's data is not a list of validations."));
                }
                if (!decodeItems(data)) {
                    return fail(Text::tr("The response is not valid JSON."));
                }
            } else if (key == "error") {
                if (!v.is_null()) {
                    od::object e;
                    std::string_view msg;
                    if (!v.get_object().get(e) && !e["message"].get_string().get(msg)) {
                        return fail(QString::fromUtf8(msg.data(), qsizetype(msg.size())));
                    }
                    return fail(Text::tr("The server answered with an error."));
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
                        return fail(Text::tr("The response is not valid JSON."));
                    }
                    if (mk == "next_cursor") {
                        const auto c = stringOr(mv);
                        page.nextCursor = QString::fromUtf8(c.data(), qsizetype(c.size()));
                    } else if (mk == "has_more") {
                        bool b = false;
                        hasMore = !mv.get_bool().get(b) && b;
                    }
                }
            }
        }
        // Paging is RetryDesk's assumption: a next_cursor without has_more still means more.
        page.hasMore = hasMore.value_or(!page.nextCursor.isEmpty());
    } catch (const simdjson::simdjson_error &e) {
        return fail(Text::tr("The response is not valid JSON (%1).")
                        .arg(QString::fromUtf8(e.what())));
    }
    return page;
}

} // namespace rd
