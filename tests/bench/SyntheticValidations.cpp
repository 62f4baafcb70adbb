#include "SyntheticValidations.h"

#include "models/WireParse.h"

#include <array>
#include <string>

namespace rd::bench {

namespace {

constexpr std::array<const char *, 12> kBanks = {"BANAMEX",   "BBVA MEXICO", "SANTANDER", "BANORTE",
                                                 "HSBC",      "SCOTIABANK",  "INBURSA",   "AZTECA",
                                                 "BANCOPPEL", "BANREGIO",    "AFIRME",    "STP"};
constexpr std::array<const char *, 4> kOutcomes = {"valid", "not_found", "cep_unavailable",
                                                   "error"};

void appendInt(std::string &out, qint64 v, int width) {
    char buf[24];
    int n = 0;
    do {
        buf[n++] = char('0' + v % 10);
        v /= 10;
    } while (v > 0 || n < width);
    while (n > 0) {
        out.push_back(buf[--n]);
    }
}

// UTC ms → "2026-01-01T12:00:00Z" (".123" before Z when ms ≠ 0), as json::formatTimestamp writes.
void appendTime(std::string &out, qint64 ms) {
    qint64 days = ms / 86400000;
    qint64 rest = ms % 86400000;
    days += 719468;
    const qint64 era = days / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 d = doy - (153 * mp + 2) / 5 + 1;
    const qint64 m = mp < 10 ? mp + 3 : mp - 9;
    const qint64 y = yoe + era * 400 + (m <= 2);
    out.push_back('"');
    appendInt(out, y, 4);
    out.push_back('-');
    appendInt(out, m, 2);
    out.push_back('-');
    appendInt(out, d, 2);
    out.push_back('T');
    appendInt(out, rest / 3600000, 2);
    out.push_back(':');
    appendInt(out, rest / 60000 % 60, 2);
    out.push_back(':');
    appendInt(out, rest / 1000 % 60, 2);
    if (rest % 1000) {
        out.push_back('.');
        appendInt(out, rest % 1000, 3);
    }
    out.append("Z\"");
}

void appendNullableTime(std::string &out, bool present, qint64 ms) {
    if (present) {
        appendTime(out, ms);
    } else {
        out.append("null");
    }
}

} // namespace

void SyntheticValidations::validation(std::string &out, int n) {
    const quint64 r = next();
    const quint64 idHi = next(), idLo = next();
    char id[37];
    WireParse::formatUuid(idHi, idLo, id);
    id[14] = '4'; // version 4
    id[36] = 0;
    const qint64 created = kNowMs - qint64(r % 864000000);
    const qint64 updated = created + qint64((r >> 20) % 3600000);
    const int outcome = int((r >> 8) % 4);
    const bool bulk = (r >> 12) % 10 == 0;
    out.append("{\"amount\":\"");
    appendInt(out, qint64((r >> 24) % 5000000), 1);
    out.push_back('.');
    appendInt(out, qint64((r >> 44) % 100), 2);
    out.append("\",\"created_at\":");
    appendTime(out, created);
    out.append(",\"id\":\"");
    out.append(id);
    out.append("\",\"outcome\":\"");
    out.append(kOutcomes[std::size_t(outcome)]);
    out.append("\",\"payment_date\":\"2025-12-");
    appendInt(out, 1 + qint64((r >> 50) % 28), 2);
    out.append("\",\"receiver_bank\":\"");
    out.append(kBanks[(r >> 52) % kBanks.size()]);
    out.append("\",\"retry_state\":");
    const int kind = bulk || outcome == 0 ? 0 : int((r >> 56) % 5); // 0 none, 1 pending, …
    if (kind == 0) {
        out.append("null");
    } else {
        const int max = 3 + int((r >> 4) % 8);
        const int attempts = kind == 3 ? max : int((r >> 6) % quint64(max));
        const qint64 ended = updated + 1000;
        out.append("{\"attempts_completed\":");
        appendInt(out, attempts, 1);
        out.append(",\"cancelled_at\":");
        appendNullableTime(out, kind == 4, ended);
        out.append(",\"enabled\":true,\"exhausted_at\":");
        appendNullableTime(out, kind == 3, ended);
        out.append(",\"interval_seconds\":");
        appendInt(out, 300 + qint64((r >> 9) % 8) * 300, 1);
        out.append(",\"max_retries\":");
        appendInt(out, max, 1);
        out.append(",\"next_attempt_at\":");
        // Pending: from 10 min ago (retrying) to 2 h ahead.
        appendNullableTime(out, kind == 1, kNowMs - 600000 + qint64((r >> 14) % 7800000));
        out.append(",\"outcomes\":[\"not_found\",\"cep_unavailable\",\"error\"],\"resolved_at\":");
        appendNullableTime(out, kind == 2, ended);
        out.append(",\"terminal_state\":\"");
        static constexpr std::array<const char *, 5> kStates = {"", "pending", "resolved",
                                                                "exhausted", "cancelled"};
        out.append(kStates[std::size_t(kind)]);
        out.append("\"}");
    }
    out.append(",\"sender_bank\":\"");
    out.append(kBanks[(r >> 36) % kBanks.size()]);
    out.append("\",\"source\":\"");
    out.append(bulk ? "bulk_import" : "api");
    out.append("\",\"tracking_key\":\"MBAN01002");
    appendInt(out, n, 13);
    out.append("\",\"updated_at\":");
    appendTime(out, updated);
    out.push_back('}');
}

QByteArray SyntheticValidations::page(int first, int count, bool hasMore) {
    std::string out;
    out.reserve(std::size_t(count) * 560 + 200);
    out.append("{\"data\":[");
    for (int i = 0; i < count; ++i) {
        if (i) {
            out.push_back(',');
        }
        validation(out, first + i);
    }
    out.append("],\"error\":null,\"meta\":{\"has_more\":");
    out.append(hasMore ? "true" : "false");
    out.append(",\"next_cursor\":");
    if (hasMore) {
        out.append("\"c_");
        appendInt(out, first + count, 1);
        out.push_back('"');
    } else {
        out.append("null");
    }
    out.append(",\"requestId\":\"req_bench\",\"version\":\"2026-07-01\"}}");
    return QByteArray(out.data(), qsizetype(out.size()));
}

} // namespace rd::bench
