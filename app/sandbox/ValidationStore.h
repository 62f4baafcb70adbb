// ValidationStore: the sandbox's validations, their owners and seed 002's retry-policy rules.
#pragma once

#include "core/Clock.h"
#include "domain/Validation.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/ValidationTable.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <functional>
#include <vector>

namespace rd::sandbox {

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
    // Many at once, as insert() one after the other, with the id index read ahead (bulk loads).
    void insertMany(const QList<Validation> &vs, const QString &userId);
    // Room for n more validations: a million inserted without rehashing or regrowing the index.
    void reserve(qsizetype n);
    // A copy of the validation (writers change it and hand it back through setPolicy, cancel or
    // commit); nullopt when there is none with this exact id.
    std::optional<ValidationRecord> find(const QString &id) const;
    const ValidationTable &table() const { return m_table; }
    // Every id in listing order; only userId's when given.
    QStringList ids(const QString *userId = nullptr) const;

    struct Query {
        QString userId;
        std::optional<QString> retryState; // pending|resolved|exhausted|cancelled|none
        std::optional<Outcome> status;
        std::optional<Source> source;
        int limit = 100;
        QString cursor; // opaque, from a previous page's next_cursor
    };
    struct Page {
        QList<RowId> items; // rows of table()
        QString nextCursor; // empty: last page
        bool cursorValid = true;
    };
    // Newest first (created_at desc, then id), keyset-paginated.
    Page query(const Query &q) const;

    int pendingCount(const QString &userId) const;
    // A record's cycle may have started or ended: keeps pendingCount right. The store's writers
    // call it; so does the scheduler after an attempt.
    void noteCycle(const ValidationRecord &r);
    // Writes a changed record back (its cycle noted first). The scheduler's attempts use it.
    void commit(const ValidationRecord &r);
    // The scheduler's live timer of a row (RetryScheduler::schedule).
    void setTimer(RowId row, Clock::TimerId timer) { m_table.setTimer(row, timer); }
    // seed 002 rules, then applies the policy to r and commits it. pendingCap is the user's plan
    // cap.
    PolicyRejection setPolicy(ValidationRecord &r, const RetryPolicy &p, int pendingCap);
    // seed 001: false when there is no active cycle (422 retry_not_active); else r is cancelled
    // and committed.
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
    qint64 orderKey(RowId row) const { return -(m_table.createdMs(row) - m_shiftMs); }
    void sortOrder() const;
    void runScheduleHook(ValidationRecord &r);

    Clock &m_clock;
    const SandboxOptions &m_options;
    ValidationTable m_table;
    QHash<quint32, int> m_pendingByUser; // user (table's index) → active cycles
    // The listing order (orderKey, then id): a flat array of 16 B a validation. Inserts append;
    // the first read after them sorts once (a bulk load stays O(n log n), a read without inserts
    // costs nothing).
    struct OrderEntry {
        qint64 key;
        RowId row;
        // The id's first four bytes (ValidationTable::idPrefix): most ties of key are settled
        // without reading the rows (a cache miss each at a million).
        quint32 idPrefix;
    };
    bool less(const OrderEntry &a, const OrderEntry &b) const {
        if (a.key != b.key) {
            return a.key < b.key;
        }
        if (a.idPrefix != b.idPrefix && a.idPrefix && b.idPrefix) {
            return a.idPrefix < b.idPrefix;
        }
        return m_table.idLess(a.row, b.row);
    }
    mutable std::vector<OrderEntry, memory::HugePageAllocator<OrderEntry>> m_order;
    mutable bool m_orderSorted = true;
    std::function<void(ValidationRecord &)> m_onSchedule;
    qint64 m_shiftMs = 0;
};

} // namespace rd::sandbox
