#include "models/WireParse.h"

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

bool isLeap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}

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

namespace {

constexpr quint64 byteAt(int i, quint64 c) {
    return c << (8 * i);
}

quint64 load8(const char *p) {
    quint64 w;
    std::memcpy(&w, p, sizeof w);
    return w; // little-endian: byte i of the text is bits 8i..8i+7
}

// Every byte of w is an ASCII digit (no carry crosses bytes: a digit + 6 stays below 0x40).
bool allDigits(quint64 w) {
    constexpr quint64 kHigh = 0xF0F0F0F0F0F0F0F0ull, kZeros = 0x3030303030303030ull;
    return (w & kHigh) == kZeros && ((w + 0x0606060606060606ull) & kHigh) == kZeros;
}

unsigned digitIn(quint64 w, int i) {
    return unsigned(w >> (8 * i)) & 0xF;
}

// daysFromCivil for years 0…9999 in unsigned arithmetic: one era (400 years) is added so the
// March-based year never goes negative, and taken off again. (The signed form cost an idiv.)
qint64 fourDigitYearDaysFromCivil(unsigned y, unsigned m, unsigned d) {
    constexpr unsigned kEraDays = 146097;
    y = y + 400 - (m <= 2);
    const unsigned era = y / 400;
    const unsigned yoe = y - era * 400;
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * kEraDays + qint64(doe) - 719468 - kEraDays;
}

bool isDigit(char c) {
    return unsigned(quint8(c)) - unsigned('0') < 10;
}

// "YYYY-MM-DDTHH:MM:SSZ" and "YYYY-MM-DDTHH:MM:SS.mmmZ" — what json::formatTimestamp writes, so
// nearly every timestamp on the wire — checked eight bytes at a time; nullopt sends anything else
// to the general path below. A bool and an out value, not an optional: merging optionals went
// through the stack and stalled (a quarter of this function's time, issue [7]).
bool canonicalTimestampMs(std::string_view s, qint64 &out) {
    const char *p = s.data();
    unsigned ms = 0;
    if (s.size() == 24) {
        if (p[19] != '.' || p[23] != 'Z' || !isDigit(p[20]) || !isDigit(p[21]) || !isDigit(p[22])) {
            return false;
        }
        ms = unsigned(p[20] - '0') * 100 + unsigned(p[21] - '0') * 10 + unsigned(p[22] - '0');
    } else if (s.size() != 20 || p[19] != 'Z') {
        return false;
    }
    // "YYYY-MM-" and "DDTHH:MM": separators compared in place, then replaced by '0' for the check.
    constexpr quint64 kSepMask0 = byteAt(4, 0xFF) | byteAt(7, 0xFF);
    constexpr quint64 kSep0 = byteAt(4, '-') | byteAt(7, '-');
    constexpr quint64 kSepMask1 = byteAt(2, 0xFF) | byteAt(5, 0xFF);
    constexpr quint64 kSep1 = byteAt(2, 'T') | byteAt(5, ':');
    constexpr quint64 kZero = 0x3030303030303030ull;
    const quint64 w0 = load8(p), w1 = load8(p + 8);
    if ((w0 & kSepMask0) != kSep0 || (w1 & kSepMask1) != kSep1 ||
        !allDigits((w0 & ~kSepMask0) | (kZero & kSepMask0)) ||
        !allDigits((w1 & ~kSepMask1) | (kZero & kSepMask1)) || p[16] != ':' || !isDigit(p[17]) ||
        !isDigit(p[18])) {
        return false;
    }
    const int y =
        int(digitIn(w0, 0) * 1000 + digitIn(w0, 1) * 100 + digitIn(w0, 2) * 10 + digitIn(w0, 3));
    const int mo = int(digitIn(w0, 5) * 10 + digitIn(w0, 6));
    const int d = int(digitIn(w1, 0) * 10 + digitIn(w1, 1));
    const int h = int(digitIn(w1, 3) * 10 + digitIn(w1, 4));
    const int mi = int(digitIn(w1, 6) * 10 + digitIn(w1, 7));
    const int se = (p[17] - '0') * 10 + (p[18] - '0');
    if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 ||
        se > 59) {
        return false; // year 0000 included: QDate has none
    }
    const qint64 days = fourDigitYearDaysFromCivil(unsigned(y), unsigned(mo), unsigned(d));
    out = ((days * 24 + h) * 60 + mi) * 60000 + qint64(se) * 1000 + ms;
    return true;
}

} // namespace

std::optional<qint64> WireParse::timestampMs(std::string_view s) {
    qint64 canonical;
    if (canonicalTimestampMs(s, canonical)) {
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
    int y, m, d;
    if (s.size() == 10 && civilDate(s, y, m, d)) {
        return qint32(daysFromCivil(y, unsigned(m), unsigned(d)) + 2440588);
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
