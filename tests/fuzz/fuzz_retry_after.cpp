// fuzz_retry_after: the Retry-After header (seed 003; RFC 9110 §10.2.3: delay-seconds or an
// HTTP-date) through rd::net::RetryAfter::parse, and the response head it comes in: the input is
// read twice, as one raw header value and as header lines ("Name: value", as `curl -D -` writes
// them), whose Date, Retry-After and X-RateLimit-* go where net::Operation sends them
// (parseHttpDate, RetryAfter::parse, RateLimitTracker::update).
#include "FuzzSupport.h"

#include "core/FakeClock.h"
#include "net/HttpDate.h"
#include "net/RateLimitTracker.h"
#include "net/RetryAfter.h"

#include <QList>

namespace {

using rd::net::RetryAfter;

const QDateTime kLocalNow(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);

void check(const RetryAfter &r, const QByteArray &value,
           const std::optional<QDateTime> &serverDate) {
    const qint64 ms = r.delay.count();
    FUZZ_CHECK(ms >= 0 && ms <= RetryAfter::kMaxSeconds * 1000,
               QStringLiteral("delay %1 ms for '%2'").arg(ms).arg(QString::fromLatin1(value)));
    FUZZ_CHECK((r.form == RetryAfter::Form::Absent) == value.isNull(), QString::fromLatin1(value));
    FUZZ_CHECK(r.usable() ==
                   (r.form == RetryAfter::Form::Seconds || r.form == RetryAfter::Form::Date),
               QString());
    if (r.form == RetryAfter::Form::Seconds) {
        const QByteArray t = value.trimmed();
        FUZZ_CHECK(!t.isEmpty() &&
                       std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; }),
                   QStringLiteral("'%1' read as delta-seconds").arg(QString::fromLatin1(value)));
        FUZZ_CHECK(ms % 1000 == 0, QString::number(ms));
    }
    if (r.form == RetryAfter::Form::Date) {
        const int year = serverDate.value_or(kLocalNow).date().year();
        FUZZ_CHECK(rd::net::parseHttpDate(value.trimmed(), year).has_value(),
                   QStringLiteral("'%1' read as a date parseHttpDate refuses")
                       .arg(QString::fromLatin1(value)));
    }
    if (r.form == RetryAfter::Form::Absent || r.form == RetryAfter::Form::Invalid) {
        FUZZ_CHECK(ms == 0, QString::number(ms));
    }
}

// Header lines as an HTTP client library hands them over: name and value split at the first
// colon, optional whitespace around the value trimmed; a status line or a line without a colon
// is skipped.
rd::net::Headers headerLines(const QByteArray &head) {
    rd::net::Headers headers;
    for (QByteArray line : head.split('\n')) {
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || line.startsWith("HTTP/")) {
            continue;
        }
        headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return headers;
}

QByteArray headerOf(const rd::net::Headers &headers, const char *name) {
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0) {
            return v;
        }
    }
    return {};
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    rdfuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const QByteArray input = rdfuzz::bytesOf(data, size);

    // 1. The input as one header value, with and without a server Date to measure it against.
    const std::optional<QDateTime> serverDates[] = {
        std::nullopt, QDateTime(QDate(2026, 1, 1), QTime(12, 0, 30), Qt::UTC),
        QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59), Qt::UTC)};
    for (const auto &serverDate : serverDates) {
        check(RetryAfter::parse(input, serverDate, kLocalNow), input, serverDate);
    }

    // 2. The input as a response head.
    const rd::net::Headers headers = headerLines(input);
    const QByteArray dateHeader = headerOf(headers, "Date");
    const std::optional<QDateTime> serverDate = rd::net::parseHttpDate(dateHeader);
    if (serverDate) {
        FUZZ_CHECK(serverDate->isValid() && serverDate->timeSpec() == Qt::UTC,
                   QString::fromLatin1(dateHeader));
    }
    const QByteArray retryAfter = headerOf(headers, "Retry-After"); // null when absent
    check(RetryAfter::parse(retryAfter, serverDate, kLocalNow), retryAfter, serverDate);

    rd::FakeClock clock(kLocalNow);
    rd::net::RateLimitTracker limits(clock);
    const QString host = QStringLiteral("127.0.0.1:8787");
    limits.update(host, headers, serverDate);
    const rd::Millis wait = limits.delayBeforeSend(host);
    FUZZ_CHECK(wait >= rd::Millis(0) && wait <= rd::Millis(24 * 3600 * 1000),
               QStringLiteral("rate-limit wait of %1 ms").arg(wait.count()));
    // The status bar shows it as "Rate limit: N left" (DashboardStatusBar).
    if (const auto left = limits.remaining(host)) {
        FUZZ_EXPECT(*left >= 0, QStringLiteral("remaining() = %1").arg(*left));
    }
    // A request of each priority goes out and is answered by the same head again.
    for (const auto priority : {rd::net::Priority::User, rd::net::Priority::Background}) {
        const rd::Millis w = limits.delayBeforeSend(host, priority);
        FUZZ_CHECK(w >= rd::Millis(0) && w <= rd::Millis(24 * 3600 * 1000),
                   QStringLiteral("wait of %1 ms").arg(w.count()));
        limits.noteSend(host, priority);
        limits.update(host, headers, serverDate);
        limits.noteAnswered(host, priority);
        FUZZ_CHECK(limits.backgroundSent(host) >= 0, QString::number(limits.backgroundSent(host)));
        (void)limits.limit(host);
    }
    clock.advance(rd::Millis(1000));
    (void)limits.delayBeforeSend(host, rd::net::Priority::Background);
    return 0;
}
