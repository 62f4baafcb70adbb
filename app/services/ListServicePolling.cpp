// ListService's status polling (seed 000: "Implement exponential backoff for status checking"):
// only while lists are Queued / In Progress, at background priority, after 5 s, then twice as
// long each time nothing changed, at most every 5 minutes, and after 5 s again once one did.
#include "services/ListService.h"

#include "models/ListTableModel.h"

#include <algorithm>

namespace rd {

QHash<QString, BulkList::Status> ListService::inProgress() const {
    QHash<QString, BulkList::Status> out;
    for (const BulkList &l : m_model->lists()) {
        if ((l.status == BulkList::Status::Queued || l.status == BulkList::Status::InProgress) &&
            !m_unpollable.contains(l.id)) {
            out.insert(l.id, l.status);
        }
    }
    return out;
}

QStringList ListService::inProgressIds() const {
    QStringList ids = inProgress().keys();
    ids.sort();
    return ids;
}

// A change is a list entering or leaving Queued / In Progress, or moving from one to the other.
// Counts moving on are what "still processing" means: they do not reset the backoff, or a big
// list processing steadily would be polled every 5 s for hours — what the seed's advice avoids.
void ListService::noteListsChanged() {
    if (m_polling) {
        return; // finishPoll() judges what the poll saw
    }
    const QHash<QString, BulkList::Status> now = inProgress();
    if (now == m_pollSnapshot) {
        if (!now.isEmpty() && m_pollTimer == 0) {
            schedulePoll();
        }
        return;
    }
    m_pollSnapshot = now;
    m_pollDelay = m_firstPollDelay;
    schedulePoll();
}

void ListService::setPollBackoff(Millis first, Millis max) {
    m_firstPollDelay = std::max(Millis(1), first);
    m_maxPollDelay = std::max(m_firstPollDelay, max);
    m_pollDelay = std::clamp(m_pollDelay, m_firstPollDelay, m_maxPollDelay);
    if (m_pollTimer != 0) {
        schedulePoll(); // the waiting poll follows the new bounds now
    }
}

void ListService::schedulePoll() {
    m_clock.cancel(m_pollTimer);
    m_pollTimer = 0;
    if (m_pollSnapshot.isEmpty()) {
        m_pollDelay = m_firstPollDelay; // nothing processes: no polling at all
        return;
    }
    m_pollTimer = m_clock.callAfter(m_pollDelay, this, [this] {
        m_pollTimer = 0;
        startPoll();
    });
    emit pollScheduled(m_pollDelay.count());
}

void ListService::startPoll() {
    const QHash<QString, BulkList::Status> now = inProgress();
    m_pollSnapshot = now;
    if (now.isEmpty()) {
        schedulePoll();
        return;
    }
    m_polling = true;
    if (now.size() >= kListingPollFrom && m_listingState == ListingState::Loaded && !m_refreshing) {
        fetchListing(net::Priority::Background, true); // one request for all of them
        return;
    }
    m_pollQueue = inProgressIds();
    pollNext();
}

// One GET at a time: a poll never crowds the connection, and each request waits for its share of
// the rate limit in turn.
void ListService::pollNext() {
    if (m_pollQueue.isEmpty()) {
        finishPoll();
        return;
    }
    load(
        m_pollQueue.takeFirst(), [this](const api::Reply<BulkList> &) { pollNext(); },
        net::Priority::Background);
}

void ListService::finishPoll() {
    m_polling = false;
    const QHash<QString, BulkList::Status> now = inProgress();
    const bool changed = now != m_pollSnapshot;
    m_pollSnapshot = now;
    m_pollDelay = changed ? m_firstPollDelay : std::min(m_pollDelay * 2, m_maxPollDelay);
    emit pollFinished(changed);
    schedulePoll();
}

} // namespace rd
