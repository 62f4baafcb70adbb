#include "models/WireParse.h"

#include "models/CanonicalTimestamp.h"

#include "domain/JsonUtil.h"
#include "domain/Validation.h"

#include <QDate>

#include <array>
#include <cstring>

namespace rd {

namespace {

// Hex digit values, -1 for anything else: one load per character instead of three range tests.
constexpr std::array<qint8, 256> kHexValues = [] {
    std::array<qint8, 256> t{};
    for (int c = 0; c < 256; ++c) {
        t[std::size_t(c)] = qint8(c >= '0' && c <= '9'   ? c - '0'
                                  : c >= 'a' && c <= 'f' ? c - 'a' + 10
                                  : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                         : -1);
    }
    return t;
}();

int hexValue(char c) {
    return kHexValues[quint8(c)];
}

bool digits(std::string_view s, std::size_t pos, std::size_t n, int &out) {
    int v = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
        const char c = s[i];
        if (c < '0' || c > '9') {
            return false;
        }
        v = v * 10 + (c - '0');
    }
    out = v;
    return true;
}

using wire::daysInMonth;

// "YYYY-MM-DD" with a real calendar date; false for anything else, and for year 0000, which QDate
// has no day of (the callers' fallback, the domain parser, then refuses it too).
bool civilDate(std::string_view s, int &y, int &m, int &d) {
    return s.size() >= 10 && s[4] == '-' && s[7] == '-' && digits(s, 0, 4, y) && y >= 1 &&
           digits(s, 5, 2, m) && digits(s, 8, 2, d) && m >= 1 && m <= 12 && d >= 1 &&
           d <= daysInMonth(y, m);
}

} // namespace

std::optional<WireParse::Uuid> WireParse::uuid(std::string_view s) {
    if (s.size() != 36 || s[8] != '-' || s[13] != '-' || s[18] != '-' || s[23] != '-') {
        return std::nullopt;
    }
    const char *p = s.data();
    int bad = 0;
    // n hex digits from p into acc (unrolled: n is a constant).
    const auto hex = [&bad]<int n>(const char *q, quint64 acc) {
        for (int i = 0; i < n; ++i) {
            const int v = hexValue(q[i]);
            bad |= v; // negative when not hex
            acc = (acc << 4) | quint64(v & 0xF);
        }
        return acc;
    };
    Uuid u;
    u.hi = hex.template operator()<4>(
        p + 14, hex.template operator()<4>(p + 9, hex.template operator()<8>(p, 0)));
    u.lo = hex.template operator()<12>(p + 24, hex.template operator()<4>(p + 19, 0));
    if (bad < 0) {
        return std::nullopt;
    }
    return u;
}

std::optional<WireParse::Uuid> WireParse::uuid(QStringView s) {
    if (s.size() != 36) {
        return std::nullopt;
    }
    char buf[36];
    for (int i = 0; i < 36; ++i) {
        const char16_t c = s[i].unicode();
        if (c > 0x7F) {
            return std::nullopt;
        }
        buf[i] = char(c);
    }
    return uuid(std::string_view(buf, 36));
}

void WireParse::formatUuid(quint64 hi, quint64 lo, char *out) {
    static constexpr char kHex[] = "0123456789abcdef";
    int nib = 0;
    for (int i = 0; i < 36; ++i) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            out[i] = '-';
            continue;
        }
        const quint64 half = nib < 16 ? hi : lo;
        out[i] = kHex[(half >> (60 - 4 * (nib % 16))) & 0xF];
        ++nib;
    }
}

QString WireParse::uuidText(quint64 hi, quint64 lo) {
    char buf[36];
    formatUuid(hi, lo, buf);
    return QString::fromLatin1(buf, 36);
}

std::optional<qint64> WireParse::timestampMs(std::string_view s) {
    qint64 canonical;
    if (wire::canonicalTimestampMs(s, canonical)) {
        return canonical;
    }
    // YYYY-MM-DDTHH:MM:SS[.f{1,3}](Z|±HH:MM), the other shapes servers send.
    int y, mo, d, h, mi, se;
    if (s.size() >= 20 && s[10] == 'T' && s[13] == ':' && s[16] == ':' && civilDate(s, y, mo, d) &&
        digits(s, 11, 2, h) && digits(s, 14, 2, mi) && digits(s, 17, 2, se) && h < 24 && mi < 60 &&
        se < 60) {
        std::size_t p = 19;
        int ms = 0;
        bool ok = true;
        if (s[p] == '.') {
            std::size_t n = 0;
            while (p + 1 + n < s.size() && s[p + 1 + n] >= '0' && s[p + 1 + n] <= '9') {
                ++n;
            }
            ok = n >= 1 && n <= 3 && digits(s, p + 1, n, ms);
            ms *= n == 1 ? 100 : n == 2 ? 10 : 1;
            p += 1 + n;
        }
        int offsetMin = 0;
        if (ok && p + 1 == s.size() && s[p] == 'Z') {
            // UTC
        } else if (ok && p + 6 == s.size() && (s[p] == '+' || s[p] == '-') && s[p + 3] == ':') {
            int oh = 0, om = 0;
            ok = digits(s, p + 1, 2, oh) && digits(s, p + 4, 2, om) && oh < 24 && om < 60;
            offsetMin = (s[p] == '-' ? -1 : 1) * (oh * 60 + om);
        } else {
            ok = false;
        }
        if (ok) {
            const qint64 days = daysFromCivil(y, unsigned(mo), unsigned(d));
            return ((days * 24 + h) * 60 + mi - offsetMin) * 60000 + qint64(se) * 1000 + ms;
        }
    }
    // Rare shapes (more fraction digits, "+0200", 24:00): the domain parser decides.
    const auto t = json::parseTimestamp(QString::fromUtf8(s.data(), qsizetype(s.size())));
    return t ? std::optional<qint64>(t->toMSecsSinceEpoch()) : std::nullopt;
}

std::optional<qint32> WireParse::dateJulianDay(std::string_view s) {
    if (qint64 days;
        s.size() == 10 &&
        wire::canonicalDateDays(wire::load8(s.data()),
                                unsigned(quint8(s[8])) | unsigned(quint8(s[9])) << 8, days)) {
        return qint32(days + wire::kUnixEpochJulianDay);
    }
    const QDate date =
        QDate::fromString(QString::fromUtf8(s.data(), qsizetype(s.size())), Qt::ISODate);
    return date.isValid() ? std::optional<qint32>(qint32(date.toJulianDay())) : std::nullopt;
}

std::optional<qint64> WireParse::amountCents(std::string_view s) {
    // ^(0|[1-9][0-9]{0,14})(?:\.([0-9]{1,2}))?$ — the grammar of Validation::parseAmount.
    std::size_t i = 0;
    qint64 whole = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
        whole = whole * 10 + (s[i] - '0');
        ++i;
        if (i > 15) {
            return std::nullopt;
        }
    }
    if (i == 0 || (i > 1 && s[0] == '0')) {
        return std::nullopt;
    }
    qint64 cents = whole * 100;
    if (i < s.size()) {
        const std::size_t frac = s.size() - i - 1;
        int f = 0;
        if (s[i] != '.' || frac < 1 || frac > 2 || !digits(s, i + 1, frac, f)) {
            return std::nullopt;
        }
        cents += frac == 1 ? f * 10 : f;
    }
    return cents;
}

} // namespace rd
