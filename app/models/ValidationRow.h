// ValidationRow: one validation as the table stores it — 80 bytes, no heap, no QObject.
#pragma once

#include <QtGlobal>

#include <limits>

namespace rd {

// The table holds 1,000,000 validations, so a row is a fixed-size value (≤ 96 bytes
// with its share of the indexes). Strings live outside the row: the tracking key in a TextArena
// (offset here), bank names interned in a StringPool (ids here). Timestamps are UTC ms since the
// epoch, enums uint8.
struct ValidationRow {
    static constexpr qint64 kNullTime = std::numeric_limits<qint64>::min();
    static constexpr qint32 kNullDate = std::numeric_limits<qint32>::min();
    // Fields beyond the seeds' id and retry_state are optional (docs/api.md): an absent or
    // unreadable amount, and an absent or unknown outcome, have their own values.
    static constexpr qint64 kNullAmount = std::numeric_limits<qint64>::min();
    static constexpr quint8 kNoOutcome = 4; // after the four rd::Outcome values

    // Which end timestamp endedMs holds (seed 001: resolved_at / exhausted_at / cancelled_at are
    // exclusive; a terminal state carries exactly its own one).
    enum class Ended : quint8 { None, Resolved, Exhausted, Cancelled };
    enum Flag : quint8 {
        HasRetryState = 1 << 0, // retry_state is an object (not null)
        Enabled = 1 << 1,
        OutcomesNull = 1 << 2, // retry_state.outcomes is null
        BulkImport = 1 << 3,   // source == bulk_import
        Deleted = 1 << 4,      // tombstone: removed by a refresh, slot awaiting compaction
        EndedShift = 5,        // bits 5-6: Ended
        SourceUnknown = 1 << 7, // source absent or not api / bulk_import
    };

    quint64 idHi = 0; // UUID, big-endian halves
    quint64 idLo = 0;
    qint64 createdMs = kNullTime;
    qint64 updatedMs = kNullTime;
    qint64 nextAttemptMs = kNullTime;
    qint64 endedMs = kNullTime;
    qint64 amountCents = kNullAmount;
    quint32 trackingKey = 0; // TextArena offset
    qint32 paymentJulianDay = kNullDate;
    qint32 intervalSeconds = -1; // -1: null
    quint16 senderBank = 0;      // StringPool ids
    quint16 receiverBank = 0;
    qint16 maxRetries = -1; // -1: null
    quint16 attemptsCompleted = 0;
    quint8 outcome = kNoOutcome; // rd::Outcome, or kNoOutcome
    quint8 terminal = 0;     // 0: null, else 1 + rd::TerminalState
    quint8 outcomesMask = 0; // bit (1 << rd::Outcome) per listed outcome
    quint8 flags = 0;

    bool has(Flag f) const { return flags & f; }
    void set(Flag f, bool on) { flags = on ? quint8(flags | f) : quint8(flags & ~f); }
    Ended ended() const { return Ended((flags >> EndedShift) & 3); }
    void setEnded(Ended e) {
        flags = quint8((flags & ~(3 << EndedShift)) | (quint8(e) << EndedShift));
    }
    bool isPending() const { return terminal == 1; }
    // 0 api, 1 bulk_import, 2 unknown: the bit a source filter tests.
    int sourceIndex() const {
        return has(SourceUnknown) ? 2 : has(BulkImport) ? 1 : 0;
    }
    // Keeps one end timestamp (seed 001: they are exclusive): the terminal state's own when
    // present, else the first given. Call after setting terminal.
    void setEndTimes(qint64 resolved, qint64 exhausted, qint64 cancelled) {
        const qint64 byKind[] = {kNullTime, resolved, exhausted, cancelled};
        int kind = terminal >= 2 && byKind[terminal - 1] != kNullTime ? terminal - 1 : 0;
        for (int k = 1; kind == 0 && k <= 3; ++k) {
            kind = byKind[k] != kNullTime ? k : 0;
        }
        setEnded(Ended(kind));
        endedMs = byKind[kind];
    }

    // Every field but the tracking-key offset (which depends on where the key was stored).
    bool sameValues(const ValidationRow &o) const {
        return idHi == o.idHi && idLo == o.idLo && createdMs == o.createdMs &&
               updatedMs == o.updatedMs && nextAttemptMs == o.nextAttemptMs &&
               endedMs == o.endedMs && amountCents == o.amountCents &&
               paymentJulianDay == o.paymentJulianDay && intervalSeconds == o.intervalSeconds &&
               senderBank == o.senderBank && receiverBank == o.receiverBank &&
               maxRetries == o.maxRetries && attemptsCompleted == o.attemptsCompleted &&
               outcome == o.outcome && terminal == o.terminal && outcomesMask == o.outcomesMask &&
               flags == o.flags;
    }
};
static_assert(sizeof(ValidationRow) == 80, "compact rows, <= 96 B/row with indexes");

} // namespace rd
