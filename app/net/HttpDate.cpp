#include "net/HttpDate.h"

#include <QLocale>
#include <QRegularExpression>

#include <array>

namespace rd::net {

namespace {

constexpr std::array<const char *, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::array<const char *, 7> kShortDays{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr std::array<const char *, 7> kLongDays{"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                "Friday", "Saturday", "Sunday"};

int monthNumber(const QString &name) {
    for (int i = 0; i < 12; ++i) {
        if (name == QLatin1String(kMonths[size_t(i)])) {
            return i + 1;
        }
    }
    return 0;
}

template <size_t N> bool isOneOf(const QString &s, const std::array<const char *, N> &names) {
    for (const char *n : names) {
        if (s == QLatin1String(n)) {
            return true;
        }
    }
    return false;
}

std::optional<QDateTime> make(int year, int month, int day, int h, int m, int s) {
    // RFC 9110 allows second 60 (a leap second); QTime does not, so it reads as :59.
    if (s == 60) {
        s = 59;
    }
    const QDate date(year, month, day);
    const QTime time(h, m, s);
    if (!date.isValid() || !time.isValid()) {
        return std::nullopt;
    }
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

std::optional<QDateTime> parseHttpDate(const QByteArray &raw, int referenceYear) {
    // HTTP header values may carry optional whitespace around them; none inside is tolerated
    // beyond what each grammar allows (asctime pads a one-digit day with a space).
    const QString v = QString::fromLatin1(raw).trimmed();
    static const QRegularExpression imf(QStringLiteral(
        R"(^([A-Z][a-z]{2}), (\d{2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$)"));
    static const QRegularExpression rfc850(QStringLiteral(
        R"(^([A-Z][a-z]{5,8}), (\d{2})-([A-Z][a-z]{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT$)"));
    static const QRegularExpression asctime(QStringLiteral(
        R"(^([A-Z][a-z]{2}) ([A-Z][a-z]{2}) ([ \d]\d) (\d{2}):(\d{2}):(\d{2}) (\d{4})$)"));

    if (const auto m = imf.match(v); m.hasMatch()) {
        const int month = monthNumber(m.captured(3));
        if (!isOneOf(m.captured(1), kShortDays) || month == 0) {
            return std::nullopt;
        }
        return make(m.captured(4).toInt(), month, m.captured(2).toInt(), m.captured(5).toInt(),
                    m.captured(6).toInt(), m.captured(7).toInt());
    }
    if (const auto m = rfc850.match(v); m.hasMatch()) {
        const int month = monthNumber(m.captured(3));
        if (!isOneOf(m.captured(1), kLongDays) || month == 0) {
            return std::nullopt;
        }
        const int yy = m.captured(4).toInt();
        int year = (referenceYear / 100) * 100 + yy;
        if (year > referenceYear + 50) {
            year -= 100;
        }
        return make(year, month, m.captured(2).toInt(), m.captured(5).toInt(),
                    m.captured(6).toInt(), m.captured(7).toInt());
    }
    if (const auto m = asctime.match(v); m.hasMatch()) {
        const int month = monthNumber(m.captured(2));
        if (!isOneOf(m.captured(1), kShortDays) || month == 0) {
            return std::nullopt;
        }
        return make(m.captured(7).toInt(), month, m.captured(3).trimmed().toInt(),
                    m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    }
    return std::nullopt;
}

QByteArray formatHttpDate(const QDateTime &utc) {
    return QLocale::c()
        .toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

} // namespace rd::net
