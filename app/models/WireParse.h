// WireParse: fast parsers for the wire formats of a validation (UUID, RFC 3339, dates, amounts).
#pragma once

#include <QString>

#include <optional>
#include <string_view>

namespace rd {

// The ingest path decodes a million validations (the budget: ≤ 1.6× a bare simdjson walk), so the
// common shapes are parsed here without QString/QDateTime. Each function accepts exactly what the
// domain's parser accepts (rd::json::parseTimestamp, Validation::parseAmount, QDate ISO) and falls
// back to that parser for rare shapes, so both paths agree byte for byte.
struct WireParse {
    struct Uuid {
        quint64 hi = 0;
        quint64 lo = 0;
    };
    // Canonical 8-4-4-4-12 hex, either case (seed 001: ids are UUIDs).
    static std::optional<Uuid> uuid(std::string_view s);
    static std::optional<Uuid> uuid(QStringView s);
    // Lower-case canonical form into out[36].
    static void formatUuid(quint64 hi, quint64 lo, char *out);
    static QString uuidText(quint64 hi, quint64 lo);

    // RFC 3339 timestamp → UTC ms since epoch.
    static std::optional<qint64> timestampMs(std::string_view s);
    // ISO date "2026-01-31" → Julian day; nullopt when QDate would be invalid.
    static std::optional<qint32> dateJulianDay(std::string_view s);
    // "1250.00" → 125000 (Validation::parseAmount's grammar).
    static std::optional<qint64> amountCents(std::string_view s);

    // Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static qint64 daysFromCivil(qint64 y, unsigned m, unsigned d) {
        y -= m <= 2;
        const qint64 era = (y >= 0 ? y : y - 399) / 400;
        const auto yoe = unsigned(y - era * 400);
        const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
        const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + qint64(doe) - 719468;
    }
};

} // namespace rd
