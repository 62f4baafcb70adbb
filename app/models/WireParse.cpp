#include "models/WireParse.h"

#include "domain/JsonUtil.h"
#include "domain/Validation.h"

#include <QDate>

namespace rd {

namespace {

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
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

// "YYYY-MM-DD" with a real calendar date; false for anything else.
bool civilDate(std::string_view s, int &y, int &m, int &d) {
    return s.size() >= 10 && s[4] == '-' && s[7] == '-' && digits(s, 0, 4, y) &&
           digits(s, 5, 2, m) && digits(s, 8, 2, d) && m >= 1 && m <= 12 && d >= 1 &&
           d <= daysInMonth(y, m);
}

} // namespace

qint64 WireParse::daysFromCivil(qint64 y, unsigned m, unsigned d) {
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

std::optional<WireParse::Uuid> WireParse::uuid(std::string_view s) {
    if (s.size() != 36 || s[8] != '-' || s[13] != '-' || s[18] != '-' || s[23] != '-') {
        return std::nullopt;
    }
    // Nibble positions of the two halves (dashes at 8, 13, 18, 23).
    static constexpr quint8 kHi[16] = {0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 14, 15, 16, 17};
    static constexpr quint8 kLo[16] = {19, 20, 21, 22, 24, 25, 26, 27,
                                       28, 29, 30, 31, 32, 33, 34, 35};
    Uuid u;
    int bad = 0;
    for (int i = 0; i < 16; ++i) {
        const int a = hexValue(s[kHi[i]]), b = hexValue(s[kLo[i]]);
        bad |= a | b; // negative when either is not hex
        u.hi = (u.hi << 4) | quint64(a & 0xF);
        u.lo = (u.lo << 4) | quint64(b & 0xF);
    }
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
    // Fast path: YYYY-MM-DDTHH:MM:SS[.f{1,3}](Z|±HH:MM), the shapes servers send.
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
            int oh, om;
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
