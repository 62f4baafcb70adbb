// ValidationObjectDecoder: one JSON validation object → a ValidationRow, as fromJson reads it.
#pragma once

#include "domain/Enums.h"
#include "models/JsonFieldReader.h"
#include "models/StringPool.h"

// Private to the page decoder; force-inlined into its loop (see JsonFieldReader.h).
namespace rd::jsonfield {

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

[[gnu::always_inline]] inline std::optional<bool> bulkImportOf(std::string_view s) {
    if (s == "api") {
        return false;
    }
    if (s == "bulk_import") {
        return true;
    }
    return std::nullopt;
}

constexpr std::string_view kRetryKeys[] = {
    "attempts_completed", "cancelled_at",    "enabled",  "exhausted_at", "interval_seconds",
    "max_retries",        "next_attempt_at", "outcomes", "resolved_at",  "terminal_state"};
constexpr auto kRetryPatterns = patternsOf(kRetryKeys);

[[gnu::always_inline]] inline void decodeRetryState(od::object o, ValidationRow &r,
                                                    wire::DateMemo &dates) {
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
                cancelled =
                    timestamp(v, "retry_state.cancelled_at: not an RFC 3339 timestamp", dates);
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
                exhausted =
                    timestamp(v, "retry_state.exhausted_at: not an RFC 3339 timestamp", dates);
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
                    timestamp(v, "retry_state.next_attempt_at: not an RFC 3339 timestamp", dates);
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
                    if (item.error()) {
                        throw Reject{"retry_state.outcomes: unknown outcome"};
                    }
                    const auto o2 = parsed(item.value_unsafe(), outcomeOf); // used in place
                    if (!o2) {
                        throw Reject{"retry_state.outcomes: unknown outcome"};
                    }
                    r.outcomesMask |= quint8(1 << *o2);
                }
                break;
            }
            case 8:
                resolved =
                    timestamp(v, "retry_state.resolved_at: not an RFC 3339 timestamp", dates);
                break;
            case 9: { // terminal_state
                std::string_view s;
                if (!rawText(v, s)) {
                    if (v.is_null()) {
                        break;
                    }
                    throw Reject{"retry_state.terminal_state: expected a string or null"};
                }
                auto t = terminalOf(s); // escapes decoded only when the raw bytes match nothing
                if (!t && hasEscape(s) && !v.get_string().get(s)) {
                    t = terminalOf(s);
                }
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
// onId(hi, lo) hears the id as soon as it is read, while the rest of the object is still ahead.
template <typename OnId>
[[gnu::always_inline]] inline void decodeValidation(od::object o, ValidationRow &r,
                                                    std::string_view &key, StringPool &banks,
                                                    wire::DateMemo &dates, OnId onId) {
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
                created = timestamp(v, "created_at: not an RFC 3339 timestamp", dates);
                break;
            case 2: { // id
                const auto u = parsed(v, [](std::string_view t) { return WireParse::uuid(t); });
                if (!u) {
                    throw Reject{"id: not a UUID"};
                }
                r.idHi = u->hi;
                r.idLo = u->lo;
                sawId = true;
                onId(u->hi, u->lo);
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
                r.paymentJulianDay = julianDay(v, dates);
                break;
            case 5:
                r.receiverBank = interned(v, banks);
                break;
            case 6: { // retry_state
                if (v.is_null()) {
                    break;
                }
                od::object rs;
                if (v.get_object().get(rs)) {
                    throw Reject{"retry_state: expected an object or null"};
                }
                decodeRetryState(rs, r, dates);
                break;
            }
            case 7:
                r.senderBank = interned(v, banks);
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
                updated = timestamp(v, "updated_at: not an RFC 3339 timestamp", dates);
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

} // namespace rd::jsonfield
