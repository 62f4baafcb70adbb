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
                        throw Reject{"malformed object"};
                    }
                    // An outcome a newer server added is not RetryDesk's to refuse: the row
                    // keeps the known ones (the detail shows the others).
                    if (const auto o2 = parsed(item.value_unsafe(), outcomeOf)) { // in place
                        r.outcomesMask |= quint8(1 << *o2);
                    }
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
                r.terminal = t.value_or(0); // unknown: no state the table knows (detail shows it)
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

// One validation object; throws Reject only for what cannot be a validation (no UUID id, a
// retry_state of the wrong shape). Every field beyond the seeds' id and retry_state is read
// tolerantly, as Validation::fromJson reads it: absent, null, retyped or unknown leaves it empty.
// The tracking key is left in key (in the document, or in keyScratch when it was a number).
// onId(hi, lo) hears the id as soon as it is read, while the rest of the object is still ahead.
template <typename OnId>
[[gnu::always_inline]] inline void decodeValidation(od::object o, ValidationRow &r,
                                                    std::string_view &key, std::string &keyScratch,
                                                    StringPool &banks, wire::DateMemo &dates,
                                                    OnId onId) {
    r = ValidationRow();
    key = {};
    bool sawId = false, sawSource = false;
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
                r.amountCents = c ? *c : amountFromNumber(v);
                break;
            }
            case 1:
                created = timestampOrNull(v, dates);
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
            case 3:
                r.outcome = parsed(v, outcomeOf).value_or(ValidationRow::kNoOutcome);
                break;
            case 4:
                r.paymentJulianDay = julianDay(v, dates);
                break;
            case 5:
                r.receiverBank = interned(v, banks);
                break;
            case 6: { // retry_state (seeds 001/002): an object or null
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
                r.set(ValidationRow::BulkImport, bulk.value_or(false));
                sawSource = bulk.has_value();
                break;
            }
            case 9:
                key = textOr(v, keyScratch); // fromJson: json::textOf
                break;
            case 10:
                updated = timestampOrNull(v, dates);
                break;
            default:
                break;
            }
        });
    if (!sawId)
        throw Reject{"id: missing"};
    r.set(ValidationRow::SourceUnknown, !sawSource);
    r.createdMs = created;
    r.updatedMs =
        updated == ValidationRow::kNullTime ? created : updated; // fromJson: created when absent
}

} // namespace rd::jsonfield
