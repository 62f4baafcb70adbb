#include "models/ValidationPageDecoder.h"

#include "domain/Enums.h"
#include "models/WireParse.h"

#include <simdjson.h>

#include <cmath>
#include <limits>

namespace rd {

namespace od = simdjson::ondemand;

namespace {

// Why an object was refused; mirrors Validation::fromJson's messages.
struct Reject {
    const char *why;
};

std::optional<quint8> outcomeOf(std::string_view s) {
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

std::optional<quint8> terminalOf(std::string_view s) {
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

// A string field as QJsonValue::toString() sees it: non-strings read as "".
std::string_view stringOr(od::value v) {
    std::string_view s;
    return v.get_string().get(s) ? std::string_view() : s;
}

// Nullable timestamp (json::readTimestamp): null → kNullTime, non-timestamp → Reject.
qint64 timestamp(od::value v, const char *why) {
    if (v.is_null()) {
        return ValidationRow::kNullTime;
    }
    std::string_view s;
    if (v.get_string().get(s)) {
        throw Reject{why};
    }
    const auto ms = WireParse::timestampMs(s);
    if (!ms) {
        throw Reject{why};
    }
    return *ms;
}

// Nullable integer (json::readInt): a JSON number with no fraction that fits an int.
std::optional<qint64> integer(od::value v, const char *why) {
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

void decodeRetryState(od::object o, ValidationRow &r) {
    r.set(ValidationRow::HasRetryState, true);
    r.set(ValidationRow::OutcomesNull, true);
    bool sawEnabled = false;
    qint64 resolved = ValidationRow::kNullTime, exhausted = resolved, cancelled = resolved;
    for (auto field : o) {
        std::string_view key;
        od::value v;
        if (field.unescaped_key().get(key) || field.value().get(v)) {
            throw Reject{"retry_state: malformed"};
        }
        if (key == "enabled") {
            bool b;
            if (v.get_bool().get(b)) {
                throw Reject{"retry_state.enabled: expected a boolean"};
            }
            r.set(ValidationRow::Enabled, b);
            sawEnabled = true;
        } else if (key == "max_retries") {
            const auto n = integer(v, "retry_state.max_retries: not an integer");
            r.maxRetries = n ? qint16(std::clamp<qint64>(*n, 0, 0x7FFF)) : qint16(-1);
        } else if (key == "interval_seconds") {
            const auto n = integer(v, "retry_state.interval_seconds: not an integer");
            r.intervalSeconds = n ? qint32(std::max<qint64>(0, *n)) : -1;
        } else if (key == "outcomes") {
            if (v.is_null()) {
                continue;
            }
            od::array a;
            if (v.get_array().get(a)) {
                throw Reject{"retry_state.outcomes: expected a list or null"};
            }
            r.set(ValidationRow::OutcomesNull, false);
            for (auto item : a) {
                std::string_view s;
                const auto o2 = item.get_string().get(s) ? std::nullopt : outcomeOf(s);
                if (!o2) {
                    throw Reject{"retry_state.outcomes: unknown outcome"};
                }
                r.outcomesMask |= quint8(1 << *o2);
            }
        } else if (key == "attempts_completed") {
            const auto n = integer(v, "retry_state.attempts_completed: not an integer");
            if (n.value_or(0) < 0) {
                throw Reject{"retry_state.attempts_completed: negative"};
            }
            r.attemptsCompleted = quint16(std::min<qint64>(n.value_or(0), 0xFFFF));
        } else if (key == "next_attempt_at") {
            r.nextAttemptMs =
                timestamp(v, "retry_state.next_attempt_at: not an RFC 3339 timestamp");
        } else if (key == "resolved_at") {
            resolved = timestamp(v, "retry_state.resolved_at: not an RFC 3339 timestamp");
        } else if (key == "exhausted_at") {
            exhausted = timestamp(v, "retry_state.exhausted_at: not an RFC 3339 timestamp");
        } else if (key == "cancelled_at") {
            cancelled = timestamp(v, "retry_state.cancelled_at: not an RFC 3339 timestamp");
        } else if (key == "terminal_state") {
            if (v.is_null()) {
                continue;
            }
            std::string_view s;
            if (v.get_string().get(s)) {
                throw Reject{"retry_state.terminal_state: expected a string or null"};
            }
            const auto t = terminalOf(s);
            if (!t) {
                throw Reject{"retry_state.terminal_state: unknown value"};
            }
            r.terminal = *t;
        }
    }
    if (!sawEnabled) {
        throw Reject{"retry_state.enabled: expected a boolean"};
    }
    r.setEndTimes(resolved, exhausted, cancelled);
}

// One validation object; throws Reject for what fromJson refuses.
void decodeValidation(od::object o, ValidationRow &r, TextArena &keys, StringPool &banks) {
    r = ValidationRow();
    bool sawId = false, sawAmount = false, sawOutcome = false, sawSource = false;
    bool sawKey = false;
    qint64 created = ValidationRow::kNullTime, updated = ValidationRow::kNullTime;
    for (auto field : o) {
        std::string_view key;
        od::value v;
        if (field.unescaped_key().get(key) || field.value().get(v)) {
            throw Reject{"malformed object"};
        }
        switch (key.size() > 0 ? key[0] : 0) {
        case 'i':
            if (key == "id") {
                const auto u = WireParse::uuid(stringOr(v));
                if (!u) {
                    throw Reject{"id: not a UUID"};
                }
                r.idHi = u->hi;
                r.idLo = u->lo;
                sawId = true;
            }
            break;
        case 't':
            if (key == "tracking_key") {
                r.trackingKey = keys.append(stringOr(v));
                sawKey = true;
            }
            break;
        case 'a':
            if (key == "amount") {
                const auto c = WireParse::amountCents(stringOr(v));
                if (!c) {
                    throw Reject{"amount: expected a decimal string such as \"1250.00\""};
                }
                r.amountCents = *c;
                sawAmount = true;
            }
            break;
        case 's':
            if (key == "sender_bank") {
                r.senderBank = banks.intern(stringOr(v));
            } else if (key == "source") {
                const auto s = stringOr(v);
                if (s != "api" && s != "bulk_import") {
                    throw Reject{"source: unknown value"};
                }
                r.set(ValidationRow::BulkImport, s == "bulk_import");
                sawSource = true;
            }
            break;
        case 'r':
            if (key == "receiver_bank") {
                r.receiverBank = banks.intern(stringOr(v));
            } else if (key == "retry_state") {
                if (v.is_null()) {
                    break;
                }
                od::object rs;
                if (v.get_object().get(rs)) {
                    throw Reject{"retry_state: expected an object or null"};
                }
                decodeRetryState(rs, r);
            }
            break;
        case 'p':
            if (key == "payment_date") {
                r.paymentJulianDay =
                    WireParse::dateJulianDay(stringOr(v)).value_or(ValidationRow::kNullDate);
            }
            break;
        case 'o':
            if (key == "outcome") {
                const auto out = outcomeOf(stringOr(v));
                if (!out) {
                    throw Reject{"outcome: unknown value"};
                }
                r.outcome = *out;
                sawOutcome = true;
            }
            break;
        case 'c':
            if (key == "created_at") {
                created = timestamp(v, "created_at: not an RFC 3339 timestamp");
            }
            break;
        case 'u':
            if (key == "updated_at") {
                updated = timestamp(v, "updated_at: not an RFC 3339 timestamp");
            }
            break;
        default:
            break;
        }
    }
    if (!sawId)
        throw Reject{"id: not a UUID"};
    if (!sawAmount)
        throw Reject{"amount: expected a decimal string such as \"1250.00\""};
    if (!sawOutcome)
        throw Reject{"outcome: unknown value"};
    if (!sawSource)
        throw Reject{"source: unknown value"};
    if (!sawKey) {
        r.trackingKey = keys.append({}); // fromJson: an absent key reads as ""
    }
    r.createdMs = created;
    r.updatedMs =
        updated == ValidationRow::kNullTime ? created : updated; // fromJson: value_or(created)
}

} // namespace

struct ValidationPageDecoder::Impl {
    od::parser parser;
};

ValidationPageDecoder::ValidationPageDecoder()
    : d(std::make_unique<Impl>()) {}
ValidationPageDecoder::~ValidationPageDecoder() = default;

ValidationPage ValidationPageDecoder::decode(QByteArray &bytes, StringPool &banks) {
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
        if (d->parser.iterate(input).get(doc) || doc.get_object().get(top)) {
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
                page.rows.reserve(1024);
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
                    try {
                        decodeValidation(o, row, page.keys, banks);
                        page.rows.push_back(row);
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
