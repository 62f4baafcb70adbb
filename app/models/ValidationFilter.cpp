#include "models/ValidationFilter.h"

#include "models/WireParse.h"

#include <algorithm>

namespace rd {

namespace {

char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

// ASCII case-insensitive substring search (tracking keys and ids are ASCII; needle is lower-case).
bool containsFolded(std::string_view hay, std::string_view needle) {
    if (needle.size() > hay.size()) {
        return false;
    }
    for (std::size_t i = 0; i + needle.size() <= hay.size(); ++i) {
        std::size_t j = 0;
        while (j < needle.size() && lowerAscii(hay[i + j]) == needle[j]) {
            ++j;
        }
        if (j == needle.size()) {
            return true;
        }
    }
    return false;
}

} // namespace

bool ValidationFilter::isEmpty() const {
    return retryStates == AllRetryStates && outcomes == kAllOutcomes && sources == kAllSources &&
           text.isEmpty() && !retryingNow && !hasDueWindow() && !watchedOnly;
}

bool ValidationFilter::narrows(const ValidationFilter &wider) const {
    // retryingNow compares with "now", which moves: a narrowing never re-evaluates it.
    return (retryStates & ~wider.retryStates) == 0 && (outcomes & ~wider.outcomes) == 0 &&
           (sources & ~wider.sources) == 0 && retryingNow == wider.retryingNow &&
           text.contains(wider.text, Qt::CaseInsensitive) &&
           (!wider.hasDueWindow() || (dueOriginMs == wider.dueOriginMs &&
                                      dueFromMs == wider.dueFromMs && dueToMs == wider.dueToMs)) &&
           (!wider.watchedOnly || (watchedOnly && watchedIds == wider.watchedIds));
}

ValidationFilterMatcher::ValidationFilterMatcher(const ValidationFilter &f,
                                                 const ValidationRowStore &store, qint64 nowMs)
    : m_store(&store)
    , m_states(f.retryStates)
    , m_outcomes(f.outcomes)
    , m_sources(f.sources)
    , m_retryingNow(f.retryingNow)
    , m_hasText(!f.text.trimmed().isEmpty())
    , m_watchedOnly(f.watchedOnly)
    , m_nowMs(nowMs) {
    if (f.hasDueWindow()) {
        m_dueOrigin = f.dueOriginMs;
        m_dueFrom = f.dueFromMs;
        m_dueTo = f.dueToMs;
    }
    if (m_watchedOnly) {
        for (const QString &id : f.watchedIds) {
            if (const auto u = WireParse::uuid(QStringView(id))) {
                m_watched.emplace_back(u->hi, u->lo);
            }
        }
        std::sort(m_watched.begin(), m_watched.end());
    }
    if (!m_hasText) {
        return;
    }
    const QString needle = f.text.trimmed();
    m_needle = needle.toLower().toUtf8().toStdString();
    m_needleMayBeId =
        m_needle.size() <= 36 && std::all_of(m_needle.begin(), m_needle.end(), [](char c) {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || c == '-';
        });
    const StringPool &banks = store.banks();
    m_bankMatches.assign(std::size_t(banks.size()), 0);
    for (int i = 0; i < banks.size(); ++i) {
        m_bankMatches[std::size_t(i)] =
            banks.text(quint16(i)).contains(needle, Qt::CaseInsensitive);
    }
}

bool ValidationFilterMatcher::matchesText(quint32 slot, const ValidationRow &r) const {
    const auto bankMatches = [this](quint16 id) {
        return id < m_bankMatches.size() && m_bankMatches[id];
    };
    if (bankMatches(r.senderBank) || bankMatches(r.receiverBank) ||
        containsFolded(m_store->trackingKey(slot), m_needle)) {
        return true;
    }
    if (m_needleMayBeId) {
        char id[36];
        WireParse::formatUuid(r.idHi, r.idLo, id);
        return std::string_view(id, 36).find(m_needle) != std::string_view::npos;
    }
    return false;
}

bool ValidationFilterMatcher::attemptDue(const ValidationRow &r) const {
    // The attempts RetryForecast counts: the next (an overdue one at the origin), then one per
    // interval while attempts are left.
    if (!r.isPending() || r.nextAttemptMs == ValidationRow::kNullTime) {
        return false;
    }
    const qint64 at = std::max(r.nextAttemptMs, m_dueOrigin);
    if (at >= m_dueTo) {
        return false;
    }
    if (at >= m_dueFrom) {
        return true;
    }
    if (r.maxRetries < 0 || r.intervalSeconds <= 0) {
        return false; // only the next attempt is known
    }
    const qint64 left = std::max(1, int(r.maxRetries) - int(r.attemptsCompleted));
    const qint64 step = qint64(r.intervalSeconds) * 1000;
    const qint64 k = (m_dueFrom - at + step - 1) / step; // the first attempt at or after from
    return k < left && at + k * step < m_dueTo;
}

bool ValidationFilterMatcher::isWatched(const ValidationRow &r) const {
    return std::binary_search(m_watched.begin(), m_watched.end(), std::pair(r.idHi, r.idLo));
}

std::vector<quint32> ValidationFilterMatcher::select(const std::vector<quint32> &from) const {
    std::vector<quint32> out;
    out.reserve(from.size());
    for (quint32 s : from) {
        if ((*this)(s)) {
            out.push_back(s);
        }
    }
    out.shrink_to_fit();
    return out;
}

std::vector<quint32> ValidationFilterMatcher::selectAll() const {
    std::vector<quint32> out;
    const quint32 n = m_store->size();
    out.reserve(n);
    for (quint32 s = 0; s < n; ++s) {
        if ((*this)(s)) {
            out.push_back(s);
        }
    }
    return out;
}

} // namespace rd
