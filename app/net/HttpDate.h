// HttpDate: parses the three HTTP-date forms of RFC 9110 §5.6.7 (Date and Retry-After headers).
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace rd::net {

// IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), obsolete RFC 850 ("Sunday, 06-Nov-94 08:49:37
// GMT") and asctime ("Sun Nov  6 08:49:37 1994"). RFC 9110 makes recipients accept all three.
// A two-digit RFC 850 year is read as the most recent past year with those digits when it would
// otherwise lie more than 50 years after referenceYear (RFC 9110 §5.6.7). nullopt for anything
// else: an invalid calendar date, a zone other than GMT, trailing text.
std::optional<QDateTime> parseHttpDate(const QByteArray &value, int referenceYear = 2026);

// IMF-fixdate, the form servers must send.
QByteArray formatHttpDate(const QDateTime &utc);

} // namespace rd::net
