// RetryAfter: reads a Retry-After header (seed 003, RFC 9110 §10.2.3) into a wait.
#pragma once

#include "core/Clock.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace rd::net {

struct RetryAfter {
    enum class Form {
        Absent,  // no header: the caller falls back to backoff
        Seconds, // delta-seconds
        Date,    // an HTTP-date
        Invalid, // garbage ("2.5", "-1", "+3", "soon"): the caller falls back to backoff
    };
    Form form = Form::Absent;
    Millis delay{0}; // how long to wait from the moment the response arrived; 0 for a past date

    bool usable() const { return form == Form::Seconds || form == Form::Date; }

    // Longest wait a header may ask for; larger values saturate here (no overflow anywhere).
    static constexpr qint64 kMaxSeconds = 1'000'000'000;

    // value: the header (null when absent). A date is measured against serverDate (the response's
    // Date header) when the server sent one, because the server's clock may be skewed from ours;
    // otherwise against localNow.
    static RetryAfter parse(const QByteArray &value, const std::optional<QDateTime> &serverDate,
                            const QDateTime &localNow);
};

} // namespace rd::net
