// fuzz_http_date: rd::net::parseHttpDate, the three HTTP-date forms of RFC 9110 §5.6.7 (the Date
// header every answer carries, which sets the clock skew of countdowns, and Retry-After dates),
// and its writer formatHttpDate.
#include "FuzzSupport.h"

#include "net/HttpDate.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    rdfuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const QByteArray value = rdfuzz::bytesOf(data, size);
    // Reference years: the default (what Operation passes), two where RFC 850's two-digit years
    // wrap differently, and the ends of what a server Date (RetryAfter's reference) can say.
    for (const int referenceYear : {2026, 1999, 2050, 1, 9999}) {
        const auto t = rd::net::parseHttpDate(value, referenceYear);
        if (!t) {
            continue;
        }
        FUZZ_CHECK(t->isValid() && t->timeSpec() == Qt::UTC,
                   QStringLiteral("'%1' parsed to an invalid or non-UTC time")
                       .arg(QString::fromLatin1(value)));
        // What we read, written as IMF-fixdate, reads back as the same instant (the day name aside,
        // which the parser checks to be a day name, not the date's). Only years IMF-fixdate can
        // write: an RFC 850 two-digit year against reference year 1 lands before year 1.
        if (t->date().year() < 1) {
            continue;
        }
        const QByteArray written = rd::net::formatHttpDate(*t);
        const auto again = rd::net::parseHttpDate(written, referenceYear);
        FUZZ_CHECK(again && *again == *t,
                   QStringLiteral("'%1' → %2 → '%3' does not read back")
                       .arg(QString::fromLatin1(value), t->toString(Qt::ISODate),
                            QString::fromLatin1(written)));
    }
    return 0;
}
