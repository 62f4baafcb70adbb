#include "models/ValidationPageDecoder.h"

#include "domain/Enums.h"
#include "models/WireParse.h"

#include <simdjson.h>

#include <array>
#include <cmath>
#include <cstring>
#include <limits>
#include <utility>

namespace rd {

namespace od = simdjson::ondemand;

namespace {

// Why an object was refused; mirrors Validation::fromJson's messages.
struct Reject {
    const char *why;
};

[[gnu::always_inline]] inline std::optional<quint8> outcomeOf(std::string_view s) {
    if (s == "valid")
        return quint8(Outcome::Valid);
    if (s == "not_found")
        return quint8(Outcome::NotFound);
    if (s == "cep_unavailable")
        return quint8(Outcome::CepUnavailable);
    if (s == "error")
        return quint8(Outcome::Error);
    return std::nullopt;
}

[[gnu::always_inline]] inline std::optional<quint8> terminalOf(std::string_view s) {
    if (s == "pending")
        return quint8(1 + int(TerminalState::Pending));
    if (s == "resolved")
        return quint8(1 + int(TerminalState::Resolved));
    if (s == "exhausted")
        return quint8(1 + int(TerminalState::Exhausted));
    if (s == "cancelled")
        return quint8(1 + int(TerminalState::Cancelled));
    return std::nullopt;
}

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

// A string field (non-strings read as "") through a fixed-format wire parser. Escapes are decoded
// only when the raw bytes do not parse: no format accepts a backslash, so a success needs none.
template <typename Parse> [[gnu::always_inline]] inline auto parsed(od::value &v, Parse parse) {
    std::string_view s;
    if (!rawText(v, s)) {
        return parse(std::string_view());
    }
    auto r = parse(s);
    if (!r && hasEscape(s) && !v.get_string().get(s)) {
        r = parse(s);
    }
    return r;
}

// Nullable timestamp (json::readTimestamp): null → kNullTime, non-timestamp → Reject.
[[gnu::always_inline]] inline qint64 timestamp(od::value &v, const char *why) {
    std::string_view s;
    if (!rawText(v, s)) {
        if (v.is_null()) {
            return ValidationRow::kNullTime;
        }
        throw Reject{why};
    }
    auto ms = WireParse::timestampMs(s);
    if (!ms && hasEscape(s) && !v.get_string().get(s)) {
        ms = WireParse::timestampMs(s);
    }
    if (!ms) {
        throw Reject{why};
    }
    return *ms;
}

[[gnu::always_inline]] inline std::optional<bool> bulkImportOf(std::string_view s) {
    if (s == "api") {
        return false;
    }
    if (s == "bulk_import") {
        return true;
    }
    return std::nullopt;
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
        quint64 w[3];
        std::memcpy(w, raw, sizeof w);
        return (((w[0] ^ word[0]) & mask[0]) | ((w[1] ^ word[1]) & mask[1]) |
                ((w[2] ^ word[2]) & mask[2])) == 0;
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

// The object's fields in document order; throws Reject on a malformed field.
template <typename Each> [[gnu::always_inline]] inline void forEachField(od::object &o, Each each) {
    // The field is used where the iterator put it: copying it out with get() cost a store-to-load
    // forwarding stall per field (a third of the decode loop's time).
    for (auto result : o) {
        if (result.error()) {
            throw Reject{"malformed object"};
        }
        each(result.value_unsafe());
    }
}

constexpr std::string_view kRetryKeys[] = {
    "attempts_completed", "cancelled_at",    "enabled",  "exhausted_at", "interval_seconds",
    "max_retries",        "next_attempt_at", "outcomes", "resolved_at",  "terminal_state"};
constexpr auto kRetryPatterns = patternsOf(kRetryKeys);

[[gnu::always_inline]] inline void decodeRetryState(od::object o, ValidationRow &r) {
    r.set(ValidationRow::HasRetryState, true);
    r.set(ValidationRow::OutcomesNull, true);
    bool sawEnabled = false;
    qint64 resolved = ValidationRow::kNullTime, exhausted = resolved, cancelled = resolved;
    int next = 0;
    forEachField(
        o, [&](od::field & f) __attribute__((always_inline)) {
            const int k = keyOf(f, kRetryKeys, kRetryPatterns, next);
            next = k + 1;
            od::value &v = f.value();
            switch (k) {
            case 0: { // attempts_completed
                const auto n = integer(v, "retry_state.attempts_completed: not an integer");
                if (n.value_or(0) < 0) {
                    throw Reject{"retry_state.attempts_completed: negative"};
                }
                r.attemptsCompleted = quint16(std::min<qint64>(n.value_or(0), 0xFFFF));
                break;
            }
            case 1:
                cancelled = timestamp(v, "retry_state.cancelled_at: not an RFC 3339 timestamp");
                break;
            case 2: {
                bool b;
                if (v.get_bool().get(b)) {
                    throw Reject{"retry_state.enabled: expected a boolean"};
                }
                r.set(ValidationRow::Enabled, b);
                sawEnabled = true;
                break;
            }
            case 3:
                exhausted = timestamp(v, "retry_state.exhausted_at: not an RFC 3339 timestamp");
                break;
            case 4: {
                const auto n = integer(v, "retry_state.interval_seconds: not an integer");
                r.intervalSeconds = n ? qint32(std::max<qint64>(0, *n)) : -1;
                break;
            }
            case 5: {
                const auto n = integer(v, "retry_state.max_retries: not an integer");
                r.maxRetries = n ? qint16(std::clamp<qint64>(*n, 0, 0x7FFF)) : qint16(-1);
                break;
            }
            case 6:
                r.nextAttemptMs =
                    timestamp(v, "retry_state.next_attempt_at: not an RFC 3339 timestamp");
                break;
            case 7: { // outcomes
                if (v.is_null()) {
                    break;
                }
                od::array a;
                if (v.get_array().get(a)) {
                    throw Reject{"retry_state.outcomes: expected a list or null"};
                }
                r.set(ValidationRow::OutcomesNull, false);
                for (auto item : a) {
                    od::value iv;
                    std::string_view s;
                    const auto o2 = item.get(iv) || !text(iv, s) ? std::nullopt : outcomeOf(s);
                    if (!o2) {
                        throw Reject{"retry_state.outcomes: unknown outcome"};
                    }
                    r.outcomesMask |= quint8(1 << *o2);
                }
                break;
            }
            case 8:
                resolved = timestamp(v, "retry_state.resolved_at: not an RFC 3339 timestamp");
                break;
            case 9: { // terminal_state
                std::string_view s;
                if (!text(v, s)) {
                    if (v.is_null()) {
                        break;
                    }
                    throw Reject{"retry_state.terminal_state: expected a string or null"};
                }
                const auto t = terminalOf(s);
                if (!t) {
                    throw Reject{"retry_state.terminal_state: unknown value"};
                }
                r.terminal = *t;
                break;
            }
            default:
                break;
            }
        });
    if (!sawEnabled) {
        throw Reject{"retry_state.enabled: expected a boolean"};
    }
    r.setEndTimes(resolved, exhausted, cancelled);
}

constexpr std::string_view kValidationKeys[] = {
    "amount",      "created_at",  "id",     "outcome",      "payment_date", "receiver_bank",
    "retry_state", "sender_bank", "source", "tracking_key", "updated_at"};
constexpr auto kValidationPatterns = patternsOf(kValidationKeys);

// One validation object; throws Reject for what fromJson refuses. The tracking key is left in key.
[[gnu::always_inline]] inline void decodeValidation(od::object o, ValidationRow &r,
                                                    std::string_view &key, StringPool &banks) {
    r = ValidationRow();
    key = {};
    bool sawId = false, sawAmount = false, sawOutcome = false, sawSource = false;
    qint64 created = ValidationRow::kNullTime, updated = ValidationRow::kNullTime;
    int next = 0;
    forEachField(
        o, [&](od::field & f) __attribute__((always_inline)) {
            const int k = keyOf(f, kValidationKeys, kValidationPatterns, next);
            next = k + 1;
            od::value &v = f.value();
            switch (k) {
            case 0: { // amount
                const auto c = parsed(v, WireParse::amountCents);
                if (!c) {
                    throw Reject{"amount: expected a decimal string such as \"1250.00\""};
                }
                r.amountCents = *c;
                sawAmount = true;
                break;
            }
            case 1:
                created = timestamp(v, "created_at: not an RFC 3339 timestamp");
                break;
            case 2: { // id
                const auto u = parsed(v, [](std::string_view t) { return WireParse::uuid(t); });
                if (!u) {
                    throw Reject{"id: not a UUID"};
                }
                r.idHi = u->hi;
                r.idLo = u->lo;
                sawId = true;
                break;
            }
            case 3: {
                const auto out = parsed(v, outcomeOf);
                if (!out) {
                    throw Reject{"outcome: unknown value"};
                }
                r.outcome = *out;
                sawOutcome = true;
                break;
            }
            case 4:
                r.paymentJulianDay =
                    parsed(v, WireParse::dateJulianDay).value_or(ValidationRow::kNullDate);
                break;
            case 5:
                r.receiverBank = banks.intern(stringOr(v));
                break;
            case 6: { // retry_state
                if (v.is_null()) {
                    break;
                }
                od::object rs;
                if (v.get_object().get(rs)) {
                    throw Reject{"retry_state: expected an object or null"};
                }
                decodeRetryState(rs, r);
                break;
            }
            case 7:
                r.senderBank = banks.intern(stringOr(v));
                break;
            case 8: {
                const auto bulk = parsed(v, bulkImportOf);
                if (!bulk) {
                    throw Reject{"source: unknown value"};
                }
                r.set(ValidationRow::BulkImport, *bulk);
                sawSource = true;
                break;
            }
            case 9:
                key = stringOr(v); // fromJson: an absent or non-string key reads as ""
                break;
            case 10:
                updated = timestamp(v, "updated_at: not an RFC 3339 timestamp");
                break;
            default:
                break;
            }
        });
    if (!sawId)
        throw Reject{"id: not a UUID"};
    if (!sawAmount)
        throw Reject{"amount: expected a decimal string such as \"1250.00\""};
    if (!sawOutcome)
        throw Reject{"outcome: unknown value"};
    if (!sawSource)
        throw Reject{"source: unknown value"};
    r.createdMs = created;
    r.updatedMs =
        updated == ValidationRow::kNullTime ? created : updated; // fromJson: value_or(created)
}

} // namespace

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
                        decodeValidation(o, row, trackingKey, banks);
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
