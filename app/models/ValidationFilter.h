// ValidationFilter: what the validations table shows — retry state, outcome, source, text, due now.
#pragma once

#include "models/ValidationRowStore.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace rd {

// The validations table's filters. Masks are bit sets; a row passes when each of its values has its
// bit set.
struct ValidationFilter {
    // Retry-state bits are 1 << ValidationRow::terminal: none (no cycle), then pending, resolved,
    // exhausted, cancelled (seed 001's terminal states).
    enum RetryStateBit : quint8 {
        NoCycle = 1 << 0,
        Pending = 1 << 1,
        Resolved = 1 << 2,
        Exhausted = 1 << 3,
        Cancelled = 1 << 4,
        AllRetryStates = 0x1F
    };
    // bit 1 << rd::Outcome, and bit 4 for rows whose outcome is absent or unknown
    static constexpr quint8 kAllOutcomes = 0x1F;
    // bit 0 api, bit 1 bulk_import, bit 2 absent or unknown source
    static constexpr quint8 kAllSources = 0x07;

    quint8 retryStates = AllRetryStates;
    quint8 outcomes = kAllOutcomes;
    quint8 sources = kAllSources;
    QString text;             // case-insensitive: id, tracking key, sender or receiver bank
    bool retryingNow = false; // pending with next_attempt_at at or before server now
    // A forecast bar: pending cycles with an attempt due in [dueFromMs, dueToMs) — the same
    // attempts the forecast counts (RetryForecast), an overdue one placed at dueOriginMs (the
    // forecast's origin). Off while dueToMs <= dueFromMs.
    qint64 dueOriginMs = 0;
    qint64 dueFromMs = 0;
    qint64 dueToMs = 0;
    // The watched validations only (the watchlist's ids; ids that are not UUIDs match nothing).
    bool watchedOnly = false;
    QStringList watchedIds;

    bool hasDueWindow() const { return dueToMs > dueFromMs; }

    bool isEmpty() const;
    // True when every row this filter passes is also passed by `wider`, so the current view can
    // be filtered in place instead of from all rows.
    bool narrows(const ValidationFilter &wider) const;
    friend bool operator==(const ValidationFilter &, const ValidationFilter &) = default;
};

// A filter prepared against one store: needle folded once, bank names matched once.
class ValidationFilterMatcher {
public:
    ValidationFilterMatcher(const ValidationFilter &f, const ValidationRowStore &store,
                            qint64 nowMs);

    bool operator()(quint32 slot) const {
        const ValidationRow &r = m_store->row(slot);
        if (!(m_states >> r.terminal & 1) || !(m_outcomes >> r.outcome & 1) ||
            !(m_sources >> r.sourceIndex() & 1) || r.has(ValidationRow::Deleted)) {
            return false;
        }
        if (m_retryingNow && !(r.isPending() && r.nextAttemptMs != ValidationRow::kNullTime &&
                               r.nextAttemptMs <= m_nowMs)) {
            return false;
        }
        if (m_dueTo > m_dueFrom && !attemptDue(r)) {
            return false;
        }
        if (m_watchedOnly && !isWatched(r)) {
            return false;
        }
        return !m_hasText || matchesText(slot, r);
    }
    // The rows of `from` that pass, in order.
    std::vector<quint32> select(const std::vector<quint32> &from) const;
    // All live slots that pass, in slot order.
    std::vector<quint32> selectAll() const;

private:
    bool matchesText(quint32 slot, const ValidationRow &r) const;
    bool attemptDue(const ValidationRow &r) const;
    bool isWatched(const ValidationRow &r) const;

    const ValidationRowStore *m_store;
    quint8 m_states, m_outcomes, m_sources;
    bool m_retryingNow;
    bool m_hasText;
    bool m_watchedOnly;
    qint64 m_dueOrigin = 0, m_dueFrom = 0, m_dueTo = 0; // m_dueTo > m_dueFrom: on
    std::vector<std::pair<quint64, quint64>> m_watched; // sorted UUID halves
    bool m_needleMayBeId = false;
    qint64 m_nowMs;
    std::string m_needle;            // lower-case UTF-8
    std::vector<char> m_bankMatches; // per StringPool id
};

} // namespace rd
