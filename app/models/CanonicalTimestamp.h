// CanonicalTimestamp: the fast path of WireParse::timestampMs, inline for the page decoder's loop.
#pragma once

#include <QtGlobal>

#include <cstring>
#include <string_view>

namespace rd::wire {

inline bool isLeap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

inline int daysInMonth(int y, int m) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}

constexpr qint64 kUnixEpochJulianDay = 2440588; // 1970-01-01

constexpr quint64 byteAt(int i, quint64 c) {
    return c << (8 * i);
}

inline quint64 load8(const char *p) {
    quint64 w;
    std::memcpy(&w, p, sizeof w);
    return w; // little-endian: byte i of the text is bits 8i..8i+7
}

// Every byte of w is an ASCII digit (no carry crosses bytes: a digit + 6 stays below 0x40).
inline bool allDigits(quint64 w) {
    constexpr quint64 kHigh = 0xF0F0F0F0F0F0F0F0ull, kZeros = 0x3030303030303030ull;
    return (w & kHigh) == kZeros && ((w + 0x0606060606060606ull) & kHigh) == kZeros;
}

inline unsigned digitIn(quint64 w, int i) {
    return unsigned(w >> (8 * i)) & 0xF;
}

// daysFromCivil for years 0…9999 in unsigned arithmetic: one era (400 years) is added so the
// March-based year never goes negative, and taken off again. (The signed form cost an idiv.)
inline qint64 fourDigitYearDaysFromCivil(unsigned y, unsigned m, unsigned d) {
    constexpr unsigned kEraDays = 146097;
    y = y + 400 - (m <= 2);
    const unsigned era = y / 400;
    const unsigned yoe = y - era * 400;
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * kEraDays + qint64(doe) - 719468 - kEraDays;
}

inline bool isDigit(char c) {
    return unsigned(quint8(c)) - unsigned('0') < 10;
}

// "YYYY-MM-" in w0 (little-endian), "DD" in dd (two bytes): a real calendar date from 0001 on
// (QDate has no year 0000) → days since 1970-01-01.
[[gnu::always_inline]] inline bool canonicalDateDays(quint64 w0, unsigned dd, qint64 &days) {
    constexpr quint64 kSepMask = byteAt(4, 0xFF) | byteAt(7, 0xFF);
    constexpr quint64 kSep = byteAt(4, '-') | byteAt(7, '-');
    constexpr quint64 kZero = 0x3030303030303030ull;
    const quint64 dayDigits = (kZero & ~quint64(0xFFFF)) | dd; // "DD000000": zeros pad the check
    if ((w0 & kSepMask) != kSep || !allDigits((w0 & ~kSepMask) | (kZero & kSepMask)) ||
        !allDigits(dayDigits)) {
        return false;
    }
    const int y =
        int(digitIn(w0, 0) * 1000 + digitIn(w0, 1) * 100 + digitIn(w0, 2) * 10 + digitIn(w0, 3));
    const int mo = int(digitIn(w0, 5) * 10 + digitIn(w0, 6));
    const int d = int(digitIn(dayDigits, 0) * 10 + digitIn(dayDigits, 1));
    if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) {
        return false;
    }
    days = fourDigitYearDaysFromCivil(unsigned(y), unsigned(mo), unsigned(d));
    return true;
}

// The dates a page has already validated, by day of month: a page's timestamps fall on a few
// days, so most of them skip the calendar check and the day count (the million-row ingest budget).
class DateMemo {
public:
    [[gnu::always_inline]] bool days(quint64 w0, unsigned dd, qint64 &out) {
        Entry &e = m_entries[((dd & 0xF) << 4 | (dd >> 8 & 0xF)) & (kSlots - 1)];
        if (e.w0 == w0 && e.dd == dd) {
            out = e.days;
            return true;
        }
        if (!canonicalDateDays(w0, dd, out)) {
            return false;
        }
        e = {w0, dd, out};
        return true;
    }

private:
    static constexpr std::size_t kSlots = 64;
    struct Entry {
        quint64 w0 = 0;
        unsigned dd = ~0u; // no two bytes read as this: an empty slot matches nothing
        qint64 days = 0;
    };
    Entry m_entries[kSlots];
};

// No memo: every date checked in full.
struct NoDateMemo {
    [[gnu::always_inline]] bool days(quint64 w0, unsigned dd, qint64 &out) {
        return canonicalDateDays(w0, dd, out);
    }
};

// "YYYY-MM-DDTHH:MM:SSZ" and "YYYY-MM-DDTHH:MM:SS.mmmZ" — what json::formatTimestamp writes, so
// nearly every timestamp on the wire — checked eight bytes at a time; false sends anything else
// to WireParse's general path. A bool and an out value, not an optional: merging optionals went
// through the stack and stalled (a quarter of this function's time).
template <typename Memo>
[[gnu::always_inline]] inline bool canonicalTimestampMs(std::string_view s, qint64 &out,
                                                        Memo &dates) {
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
    // "DDTHH:MM": separators compared in place, then replaced by '0' for the digit check.
    constexpr quint64 kSepMask1 = byteAt(2, 0xFF) | byteAt(5, 0xFF);
    constexpr quint64 kSep1 = byteAt(2, 'T') | byteAt(5, ':');
    constexpr quint64 kZero = 0x3030303030303030ull;
    const quint64 w0 = load8(p), w1 = load8(p + 8);
    if ((w1 & kSepMask1) != kSep1 || !allDigits((w1 & ~kSepMask1) | (kZero & kSepMask1)) ||
        p[16] != ':' || !isDigit(p[17]) || !isDigit(p[18])) {
        return false;
    }
    qint64 days;
    if (!dates.days(w0, unsigned(w1 & 0xFFFF), days)) {
        return false;
    }
    const int h = int(digitIn(w1, 3) * 10 + digitIn(w1, 4));
    const int mi = int(digitIn(w1, 6) * 10 + digitIn(w1, 7));
    const int se = (p[17] - '0') * 10 + (p[18] - '0');
    if (h > 23 || mi > 59 || se > 59) {
        return false;
    }
    out = ((days * 24 + h) * 60 + mi) * 60000 + qint64(se) * 1000 + ms;
    return true;
}

inline bool canonicalTimestampMs(std::string_view s, qint64 &out) {
    NoDateMemo none;
    return canonicalTimestampMs(s, out, none);
}

} // namespace rd::wire
