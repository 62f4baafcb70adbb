#include "net/RetryAfter.h"

#include "net/HttpDate.h"

namespace rd::net {

RetryAfter RetryAfter::parse(const QByteArray &value, const std::optional<QDateTime> &serverDate,
                             const QDateTime &localNow) {
    RetryAfter r;
    if (value.isNull()) {
        return r;
    }
    const QByteArray v = value.trimmed();
    if (v.isEmpty()) {
        r.form = Form::Invalid;
        return r;
    }
    // RFC 9110: delay-seconds = 1*DIGIT. A sign, a fraction or an exponent is not delta-seconds.
    if (std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        qint64 seconds = 0;
        for (char c : v) {
            seconds = std::min(kMaxSeconds, seconds * 10 + (c - '0')); // saturates, never overflows
        }
        r.form = Form::Seconds;
        r.delay = Millis(seconds * 1000);
        return r;
    }
    const QDateTime reference = serverDate.value_or(localNow);
    const auto at = parseHttpDate(v, reference.date().year());
    if (!at) {
        r.form = Form::Invalid;
        return r;
    }
    r.form = Form::Date;
    // A date in the past (or now) means "retry now" (RFC 9110); never a negative wait.
    const qint64 ms = std::clamp<qint64>(reference.msecsTo(*at), 0, kMaxSeconds * 1000);
    r.delay = Millis(ms);
    return r;
}

} // namespace rd::net
