// ValidationStore: the sandbox's validations, their owners and seed 002's retry-policy rules.
#pragma once

#include "core/Clock.h"
#include "domain/Validation.h"
#include "sandbox/SandboxOptions.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <functional>
#include <vector>

namespace rd::sandbox {

// One scheduled retry, as retry_history lists it. Kept as 16 bytes, not a QJsonArray of objects
// (each a container of its own: about 300 B a record at a million validations).
struct RetryAttemptEntry {
    qint64 atMs = 0; // ms since the epoch, UTC
    int attempt = 0;
    Outcome outcome = Outcome::NotFound;
};

struct ValidationRecord {
    Validation v;
    QString userId;
    int reactivations = 0;              // times a cancelled cycle was re-enabled (seed 002 H6 cap)
    QList<RetryAttemptEntry> history; // scheduled retries, oldest first
    Clock::TimerId timer = 0; // its live entry in RetryScheduler's queue (0: none)
};

// The 422 codes of PUT …/retry-policy that depend on stored state (seed 002).
enum class PolicyRejection {
    None,
    NotSupportedForBulk, // retry_not_supported_for_bulk (D35)
    NotApplicable,       // retry_not_applicable: outcome outside the allowlist
    AlreadyResolved,     // retry_already_resolved: cycle resolved or exhausted
    AgeExceeded,         // retry_age_exceeded
    PendingCapExceeded,  // retry_pending_cap_exceeded
    ReactivationCap,     // reactivation_cap_exceeded
};

class ValidationStore {
public:
    // serverClock gives timestamps (with the offset fault); onSchedule is called whenever a
    // record's next_attempt_at changes so the scheduler can (re)arm its timer.
    ValidationStore(Clock &serverClock, const SandboxOptions &options);

    void setScheduleHook(std::function<void(ValidationRecord &)> hook) {
        m_onSchedule = std::move(hook);
    }

    void insert(const Validation &v, const QString &userId, int reactivations = 0);
    // Room for n more validations: a million inserted without rehashing or regrowing the index.
    void reserve(qsizetype n);
    ValidationRecord *find(const QString &id);
    const ValidationRecord *find(const QString &id) const;
    QStringList ids() const;

    struct Query {
        QString userId;
        std::optional<QString> retryState; // pending|resolved|exhausted|cancelled|none
        std::optional<Outcome> status;
        std::optional<Source> source;
        int limit = 100;
        QString cursor; // opaque, from a previous page's next_cursor
    };
    struct Page {
        QList<const ValidationRecord *> items;
        QString nextCursor; // empty: last page
        bool cursorValid = true;
    };
    // Newest first (created_at desc, then id), keyset-paginated.
    Page query(const Query &q) const;

    int pendingCount(const QString &userId) const;
    // A record's cycle may have started or ended: keeps pendingCount right. The store's writers
    // call it; so does the scheduler after an attempt.
    void noteCycle(const ValidationRecord &r);
    // seed 002 rules, then applies the policy. pendingCap is the user's plan cap.
    PolicyRejection setPolicy(ValidationRecord &r, const RetryPolicy &p, int pendingCap);
    // seed 001: false when there is no active cycle (422 retry_not_active).
    bool cancel(ValidationRecord &r);

    // The server's clock moved by deltaSeconds: every stored time moves with it (created,
    // updated, next attempt, resolved / exhausted / cancelled, each retry_history "at"), so each
    // one stays as far from the server's now as it was. Timers need no re-arming: they wait on
    // the base clock, whose pace the offset does not change.
    void shiftTimes(qint64 deltaSeconds);
    // The same move for one record (also a copy kept elsewhere, e.g. a pending webhook's snapshot).
    static void shiftRecord(ValidationRecord &r, qint64 deltaSeconds);
    // retry_history as the API writes it: [{"attempt", "at", "outcome"}].
    static QJsonArray historyJson(const ValidationRecord &r);

private:
    // The listing's key: created_at minus every shift so far, so a cursor handed out before a
    // shift still names the same place in the listing after it.
    qint64 orderKey(const Validation &v) const {
        return -(v.createdAt.toMSecsSinceEpoch() - m_shiftMs);
    }

    Clock &m_clock;
    const SandboxOptions &m_options;
    QHash<QString, ValidationRecord> m_records;
    QHash<QString, QSet<QString>> m_pendingByUser; // user → ids whose cycle is active
    // The listing order (orderKey, then id): a flat array, 32 B a validation where a std::map
    // node cost about 100. Inserts append; the first read after them sorts once (a bulk load
    // stays O(n log n), a read without inserts costs nothing).
    struct OrderEntry {
        qint64 key;
        QString id;
        friend bool operator<(const OrderEntry &a, const OrderEntry &b) {
            return a.key != b.key ? a.key < b.key : a.id < b.id;
        }
    };
    void sortOrder() const;
    mutable std::vector<OrderEntry> m_order;
    mutable bool m_orderSorted = true;
    std::function<void(ValidationRecord &)> m_onSchedule;
    qint64 m_shiftMs = 0;
};

} // namespace rd::sandbox
