// JsonFieldReader: inline readers of simdjson on-demand values with Validation::fromJson's rules.
#pragma once

#include "models/CanonicalTimestamp.h"
#include "models/StringPool.h"
#include "models/ValidationRow.h"
#include "models/WireParse.h"

#include <simdjson.h>

#include <QLocale>
#include <QString>

#include <array>
#include <cmath>
#include <cstring>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

// Private to the page decoder (simdjson is a private dependency of retrydesk_models). Everything
// is force-inlined into ValidationPageDecoder's loop: as out-of-line calls taking od::value& these
// helpers cost a sixth of ingest time (the budget: ingest ≤ 1.6× a bare simdjson walk).
namespace rd::jsonfield {

namespace od = simdjson::ondemand;

// Why an object was refused; mirrors Validation::fromJson's messages.
struct Reject {
    const char *why;
};

// A string value's bytes as they stand in the document (no copy), escapes not decoded. False when
// the value is not a string (it is left unconsumed).
[[gnu::always_inline]] inline bool rawText(od::value &v, std::string_view &out) {
    const std::string_view tok = v.raw_json_token(); // the string, quotes, trailing whitespace
    if (tok.size() < 2 || tok[0] != '"') {
        return false;
    }
    std::size_t end = tok.size();
    while (end > 2 && tok[end - 1] != '"') {
        --end;
    }
    out = tok.substr(1, end - 2);
    return true;
}

// Wire strings are short: eight bytes at a time beats a call to memchr.
[[gnu::always_inline]] inline bool hasEscape(std::string_view s) {
    const char *p = s.data();
    std::size_t n = s.size();
    constexpr quint64 kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
    for (; n >= 8; p += 8, n -= 8) {
        quint64 w;
        std::memcpy(&w, p, sizeof w);
        w ^= kOnes * quint8('\\'); // a zero byte where a backslash was
        if ((w - kOnes) & ~w & kHighs) {
            return true;
        }
    }
    bool any = false;
    for (; n > 0; ++p, --n) {
        any |= *p == '\\';
    }
    return any;
}

// A string value's text: in the document when it has no escapes (the common case), else
// simdjson's unescaped copy. False when the value is not a string.
[[gnu::always_inline]] inline bool text(od::value &v, std::string_view &out) {
    return rawText(v, out) && (!hasEscape(out) || !v.get_string().get(out));
}

// A string field as QJsonValue::toString() sees it: non-strings read as "".
[[gnu::always_inline]] inline std::string_view stringOr(od::value &v) {
    std::string_view s;
    return text(v, s) ? s : std::string_view();
}

// A number or boolean where a string was expected, as rd::json::textOf writes it (integral
// numbers as integers, others in their shortest form): fields beyond the seeds are read
// tolerantly (docs/api.md). Written into scratch; "" for null, arrays and objects. Cold path.
[[gnu::noinline]] inline std::string_view scalarText(od::value &v, std::string &scratch) {
    bool b;
    if (!v.get_bool().get(b)) {
        return b ? "true" : "false";
    }
    double d;
    if (v.get_double().get(d)) {
        return {};
    }
    if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9e15) {
        scratch = std::to_string(qint64(d));
    } else {
        scratch = QString::number(d, 'g', QLocale::FloatingPointShortest).toStdString();
    }
    return scratch;
}

// A text field beyond the seeds: the string, or a number's / boolean's text (scalarText).
[[gnu::always_inline]] inline std::string_view textOr(od::value &v, std::string &scratch) {
    std::string_view s;
    if (text(v, s)) [[likely]] {
        return s;
    }
    return scalarText(v, scratch);
}

// A string field (non-strings read as "") interned in pool. A raw text the pool has just seen
// needs no escape scan: the pool's recent names hold no backslash, so equal bytes have none.
[[gnu::always_inline]] inline quint16 interned(od::value &v, StringPool &pool) {
    std::string_view s;
    if (!rawText(v, s)) [[unlikely]] {
        std::string scratch;
        return pool.intern(scalarText(v, scratch));
    }
    if (const quint16 id = pool.recent(s); id != StringPool::kFull) {
        return id;
    }
    if (hasEscape(s) && v.get_string().get(s)) {
        s = {};
    }
    return pool.intern(s);
}

// A string field (non-strings read as "") through a fixed-format wire parser. Escapes are decoded
// only when the raw bytes do not parse: no format accepts a backslash, so a success needs none.
template <typename Parse> [[gnu::always_inline]] inline auto parsed(od::value &v, Parse parse) {
    std::string_view s;
    const bool isText = rawText(v, s); // s stays empty when it is not
    auto r = parse(s);
    if (!r && isText && hasEscape(s) && !v.get_string().get(s)) [[unlikely]] {
        r = parse(s);
    }
    return r;
}

// A string value as an RFC 3339 timestamp: false when it is not a string or not a timestamp.
[[gnu::always_inline]] inline bool timestampMs(od::value &v, wire::DateMemo &dates, qint64 &ms,
                                               bool &isText) {
    std::string_view s;
    isText = rawText(v, s);
    if (!isText) [[unlikely]] {
        return false;
    }
    if (wire::canonicalTimestampMs(s, ms, dates)) [[likely]] {
        return true;
    }
    std::optional<qint64> parsedMs = WireParse::timestampMs(s);
    if (!parsedMs && hasEscape(s) && !v.get_string().get(s)) {
        parsedMs = WireParse::timestampMs(s);
    }
    ms = parsedMs.value_or(ValidationRow::kNullTime);
    return parsedMs.has_value();
}

// Nullable timestamp of the seeds (json::readTimestamp): null → kNullTime, non-timestamp → Reject.
[[gnu::always_inline]] inline qint64 timestamp(od::value &v, const char *why,
                                               wire::DateMemo &dates) {
    qint64 ms;
    bool isText;
    if (timestampMs(v, dates, ms, isText)) [[likely]] {
        return ms;
    }
    if (!isText && v.is_null()) {
        return ValidationRow::kNullTime;
    }
    throw Reject{why};
}

// A timestamp beyond the seeds (created_at, updated_at): kNullTime for anything that is not an
// RFC 3339 string — never a refusal (docs/api.md).
[[gnu::always_inline]] inline qint64 timestampOrNull(od::value &v, wire::DateMemo &dates) {
    qint64 ms;
    bool isText;
    return timestampMs(v, dates, ms, isText) ? ms : ValidationRow::kNullTime;
}

// An amount beyond the seeds: "1250.00" (Validation::parseAmount), or a JSON number in pesos
// (Validation::amountFromNumber); kNullAmount for anything else.
[[gnu::noinline]] inline qint64 amountFromNumber(od::value &v) {
    double d;
    if (v.get_double().get(d) || !std::isfinite(d) || d < 0 || d >= 1e13) {
        return ValidationRow::kNullAmount;
    }
    return qint64(std::llround(d * 100));
}

// payment_date: "YYYY-MM-DD" through the page's date memo; anything else as
// WireParse::dateJulianDay reads it (no date → kNullDate).
[[gnu::always_inline]] inline qint32 julianDay(od::value &v, wire::DateMemo &dates) {
    std::string_view s;
    if (qint64 days; rawText(v, s) && s.size() == 10 &&
                     dates.days(wire::load8(s.data()),
                                unsigned(quint8(s[8])) | unsigned(quint8(s[9])) << 8, days)) {
        return qint32(days + wire::kUnixEpochJulianDay);
    }
    return parsed(v, WireParse::dateJulianDay).value_or(ValidationRow::kNullDate);
}

// Nullable integer (json::readInt): a JSON number with no fraction that fits an int.
[[gnu::always_inline]] inline std::optional<qint64> integer(od::value &v, const char *why) {
    if (v.is_null()) {
        return std::nullopt;
    }
    int64_t i;
    if (!v.get_int64().get(i)) {
        if (i < std::numeric_limits<int>::min() || i > std::numeric_limits<int>::max()) {
            throw Reject{why};
        }
        return i;
    }
    double d;
    if (v.get_double().get(d) || !std::isfinite(d) || d != std::floor(d) ||
        d < std::numeric_limits<int>::min() || d > std::numeric_limits<int>::max()) {
        throw Reject{why};
    }
    return qint64(d);
}

// A key and its closing quote as three masked 8-byte words: comparing a raw key is three loads
// and no call (keys are ≤ 23 bytes; simdjson pads the input, so reading past a short key is safe).
struct KeyPattern {
    quint64 word[3] = {};
    quint64 mask[3] = {};
    constexpr explicit KeyPattern(std::string_view k) {
        for (std::size_t i = 0; i <= k.size() && i < 24; ++i) {
            const quint64 c = i < k.size() ? quint8(k[i]) : quint8('"');
            word[i / 8] |= c << (8 * (i % 8)); // little-endian load order
            mask[i / 8] |= quint64(0xFF) << (8 * (i % 8));
        }
    }
    [[gnu::always_inline]] bool matches(const char *raw) const {
        // Three scalar loads: one 24-byte memcpy went through a stack copy and stalled.
        quint64 w0, w1, w2;
        std::memcpy(&w0, raw, 8);
        std::memcpy(&w1, raw + 8, 8);
        std::memcpy(&w2, raw + 16, 8);
        return (((w0 ^ word[0]) & mask[0]) | ((w1 ^ word[1]) & mask[1]) |
                ((w2 ^ word[2]) & mask[2])) == 0;
    }
};
static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "KeyPattern assumes little-endian loads");

// Index of a field's key in keys, or -1. Servers write a validation's keys in one fixed order
// (rd::Validation::toJson: sorted), so the expected next key is compared first, on the raw bytes
// (no unescaping, no copy); any other order or an escaped spelling still resolves.
template <std::size_t N>
[[gnu::always_inline]] inline int keyOf(od::field &f, const std::string_view (&keys)[N],
                                        const std::array<KeyPattern, N> &patterns, int expected) {
    const char *raw = f.key().raw();
    if (expected < int(N) && patterns[expected].matches(raw)) {
        return expected;
    }
    for (int i = 0; i < int(N); ++i) {
        if (patterns[i].matches(raw)) {
            return i;
        }
    }
    std::string_view k;
    if (f.unescaped_key().get(k)) {
        throw Reject{"malformed object"};
    }
    for (int i = 0; i < int(N); ++i) {
        if (k == keys[i]) {
            return i;
        }
    }
    return -1;
}

template <std::size_t N>
constexpr std::array<KeyPattern, N> patternsOf(const std::string_view (&keys)[N]) {
    return [&]<std::size_t... I>(std::index_sequence<I...>) {
        return std::array<KeyPattern, N>{KeyPattern(keys[I])...};
    }
    (std::make_index_sequence<N>());
}

// simdjson's object_iterator::operator* builds its simdjson_result<field> piecewise and then
// returns a copy of it (no NRVO: it has two returns), which GCC 12 moves with 16-byte loads over
// the fresh 4- and 8-byte stores — three store-to-load forwarding stalls per field, measured as
// most of the decode loop's time. So the loop below takes the same steps as
// object_iterator (field_key, field_value, child; then skip_child, has_next_field) on the object's
// own value_iterator, and builds each field once, in place.
static_assert(simdjson::SIMDJSON_VERSION_MAJOR == 3,
              "forEachField mirrors simdjson 3's object_iterator (written against 3.0.1): check it "
              "against this version's, or go back to `for (auto field : object)`");
struct ObjectSteps : od::object {
    // A pointer to the protected member, formed through this class: standard access, no cast.
    static od::value_iterator &iteratorOf(od::object &o) { return o.*(&ObjectSteps::iter); }
};
struct FieldAt : od::field {
    [[gnu::always_inline]] FieldAt(od::raw_json_string key, const od::value_iterator &child)
        : od::field(key, ValueAt(child)) {}
    struct ValueAt : od::value {
        [[gnu::always_inline]] explicit ValueAt(const od::value_iterator &i)
            : od::value(i) {}
    };
};

// The object's fields in document order; throws Reject on a malformed field.
template <typename Each> [[gnu::always_inline]] inline void forEachField(od::object &o, Each each) {
    od::value_iterator &it = ObjectSteps::iteratorOf(o);
    while (it.is_open()) {
        od::raw_json_string key;
        if (it.error() || it.field_key().get(key) || it.field_value()) {
            throw Reject{"malformed object"};
        }
        FieldAt f(key, it.child());
        each(static_cast<od::field &>(f));
        bool more;
        if (it.skip_child() || it.has_next_field().get(more)) {
            throw Reject{"malformed object"};
        }
    }
}

} // namespace rd::jsonfield
