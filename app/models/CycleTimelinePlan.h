// CycleTimelinePlan: what the detail panel's drawn timeline shows, decided without widgets — the
// attempts made (the same rows as the timeline table: the original run while no retry has run,
// then each retry of retry_history), the attempts the policy will still make (from
// next_attempt_at, one every interval_seconds until max_retries is used), the server's now, how
// the cycle ends and the axis range. CycleTimelineView only paints it.
//
// Header-only use of api::ValidationDetail (plain data; models does not link the API adapters).
#pragma once

#include "api/ValidationDetail.h"

#include <QList>
#include <QString>

#include <optional>

namespace rd {

struct CycleTimelinePlan {
    struct Made {
        int attempt = 0; // 0: the original run; k: retry k
        qint64 atMs = 0;
        std::optional<Outcome> outcome; // nullopt: absent, or a word RetryDesk does not know
        QString outcomeText;            // in words: "not found", "frobbed (unknown to RetryDesk)"
        QString label;                  // "Original run", "Retry 2"
    };
    struct Planned {
        int attempt = 0;       // retry k
        std::optional<int> of; // max_retries (nullopt: the cycle has no maximum)
        qint64 atMs = 0;
        bool overdue = false; // its time has passed: the scheduler is about to run it
        QString label;        // "Retry 3 of 5"
    };
    enum class End {
        Pending,     // still retrying: stops after the last planned attempt unless one is valid
        Resolved,    // resolved_at
        Exhausted,   // exhausted_at
        Cancelled,   // cancelled_at
        NotRetrying, // no cycle (why says which reason), or a state RetryDesk does not know
    };
    // Why a validation without a cycle is not retried; the order of RetryTimeline's reasons.
    enum class Why { None, BulkImport, IneligibleOutcome, TooOld, NoPolicy, UnknownState };

    QList<Made> made;
    QList<Planned> planned;
    int unplaced = 0;       // attempts still to come whose time is unknown (null interval, …)
    bool openEnded = false; // no max_retries: attempts continue beyond the planned ones shown
    qint64 nowMs = 0;
    std::optional<qint64> nextAtMs; // next_attempt_at of a pending cycle
    std::optional<int> maxRetries;
    int attemptsCompleted = 0;

    End end = End::NotRetrying;
    Why why = Why::None;
    std::optional<qint64> endAtMs; // terminal timestamp; pending: the last planned attempt's time
    QString endLabel;              // short, drawn: "Exhausted", "Stops after retry 3 of 3"
    QString endShortLabel;         // shorter, drawn where endLabel does not fit: "Stops after #3"
    QString endDetail;             // a sentence, for the tooltip

    qint64 axisStartMs = 0; // every time above lies inside, with a margin on both sides
    qint64 axisEndMs = 0;

    // A pending plan shows at most this many planned attempts when the cycle has no maximum.
    static constexpr int kOpenEndedShown = 3;
    // And never more than this many in all (a server with a huge max_retries).
    static constexpr int kMaxPlannedShown = 50;
    // The shortest axis: ten minutes, so one lone attempt does not fill the width.
    static constexpr qint64 kMinSpanMs = 10 * 60 * 1000;
    // As RetryTimeline::kAssumedMaxAgeSeconds: the API does not publish its age window.
    static constexpr qint64 kAssumedMaxAgeMs = 30LL * 24 * 3600 * 1000;

    static CycleTimelinePlan build(const api::ValidationDetail &detail, qint64 serverNowMs);

    // The plan in words, for assistive technology: "Timeline: 3 attempts made, 2 planned, next
    // at 12:10 UTC; will stop after retry 5 of 5 unless one is valid."
    QString description(Qt::TimeSpec spec) const;
    bool isPending() const { return end == End::Pending; }
};

// "12:10 UTC" for a time on now's day (in spec), "2 Jan 12:10 UTC" on another; local time ends
// with the zone's abbreviation.
QString timelineTimeText(qint64 ms, qint64 nowMs, Qt::TimeSpec spec);

struct TimelineTick {
    qint64 ms = 0;
    QString label;    // "11:30", or "2 Jan" on a day's first tick
    bool day = false; // a day boundary (or a tick of a day-sized step)
    friend bool operator==(const TimelineTick &, const TimelineTick &) = default;
};

// Ticks in [startMs, endMs] at the smallest round step (1, 2, 5, 10, 15, 30 min; 1, 2, 3, 6,
// 12 h; 1, 2, 7, 14 days) of at least minStepMs, aligned to spec's wall clock.
QList<TimelineTick> timelineTicks(qint64 startMs, qint64 endMs, qint64 minStepMs,
                                  Qt::TimeSpec spec);

} // namespace rd
