#include "sandbox/ValidationStore.h"

#include "domain/JsonUtil.h"

#include <QByteArray>
#include <QJsonObject>

#include <algorithm>

namespace rd::sandbox {

namespace {

QString encodeCursor(qint64 negCreated, const QString &id) {
    return QString::fromLatin1(
        QByteArray(QByteArray::number(negCreated) + '|' + id.toLatin1())
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool decodeCursor(const QString &cursor, std::pair<qint64, QString> *out) {
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return false;
    }
    const QByteArray raw = *decoded;
    const qsizetype bar = raw.indexOf('|');
    bool ok = false;
    const qint64 n = raw.left(bar).toLongLong(&ok);
    if (bar < 0 || !ok) {
        return false;
    }
    *out = {n, QString::fromLatin1(raw.mid(bar + 1))};
    return isUuid(out->second);
}

// A validation inserted with attempts already made (demo data, test fixtures) gets the history
// those attempts imply, so GET /v1/validations/{id} never reports attempts_completed = n beside a
// shorter retry_history. The last attempt sits at the terminal timestamp (resolved, exhausted),
// one interval before the next attempt (pending) or just before the cancellation; earlier ones
// one interval apart, never before the validation itself.
QList<RetryAttemptEntry> impliedHistory(const Validation &v) {
    QList<RetryAttemptEntry> out;
    const RetryState &s = *v.retryState;
    const int n = s.attemptsCompleted;
    const qint64 interval = s.intervalSeconds.value_or(RetryPolicy::kMinIntervalSeconds);
    QDateTime last = v.updatedAt;
    if (s.resolvedAt) {
        last = *s.resolvedAt;
    } else if (s.exhaustedAt) {
        last = *s.exhaustedAt;
    } else if (s.nextAttemptAt) {
        last = s.nextAttemptAt->addSecs(-interval);
    } else if (s.cancelledAt) {
        last = s.cancelledAt->addSecs(-60);
    }
    const Outcome outcome = v.outcome.value_or(Outcome::NotFound);
    const Outcome retried = isRetryEligible(outcome) ? outcome : Outcome::NotFound;
    out.reserve(n);
    for (int k = 1; k <= n; ++k) {
        QDateTime at = last.addSecs(-qint64(n - k) * interval);
        if (at <= v.createdAt) {
            at = v.createdAt.addSecs(k);
        }
        const bool resolvedHere = k == n && s.terminalState == TerminalState::Resolved;
        out.append(RetryAttemptEntry{at.toMSecsSinceEpoch(), k,
                                     resolvedHere ? Outcome::Valid : retried});
    }
    return out;
}

QString retryStateName(const ValidationRecord &r) {
    const auto &rs = r.v.retryState;
    if (!rs || !rs->terminalState) {
        return QStringLiteral("none");
    }
    return toWire(*rs->terminalState);
}

} // namespace

ValidationStore::ValidationStore(Clock &serverClock, const SandboxOptions &options)
    : m_clock(serverClock)
    , m_options(options) {}

void ValidationStore::reserve(qsizetype n) {
    m_records.reserve(m_records.size() + n);
    m_order.reserve(m_order.size() + size_t(n));
}

void ValidationStore::insert(const Validation &v, const QString &userId, int reactivations) {
    auto it = m_records.find(v.id); // one lookup: a new id is the rule, a replaced one rare
    if (it != m_records.end()) {
        const ValidationRecord &old = *it;
        const OrderEntry gone{orderKey(old.v), old.v.id};
        m_order.erase(std::find_if(m_order.begin(), m_order.end(), [&](const OrderEntry &e) {
            return e.key == gone.key && e.id == gone.id;
        }));
        m_pendingByUser[old.userId].remove(old.v.id);
    } else {
        it = m_records.emplace(v.id);
    }
    ValidationRecord &r = *it;
    r.v = v;
    r.userId = userId;
    r.reactivations = reactivations;
    r.history = v.retryState && v.retryState->attemptsCompleted > 0
                    ? impliedHistory(v)
                    : QList<RetryAttemptEntry>();
    if (m_orderSorted && !m_order.empty() && OrderEntry{orderKey(v), v.id} < m_order.back()) {
        m_orderSorted = false;
    }
    m_order.push_back(OrderEntry{orderKey(v), v.id});
    noteCycle(r);
    if (m_onSchedule) {
        m_onSchedule(r);
    }
}

ValidationRecord *ValidationStore::find(const QString &id) {
    auto it = m_records.find(id);
    return it == m_records.end() ? nullptr : &*it;
}

const ValidationRecord *ValidationStore::find(const QString &id) const {
    auto it = m_records.constFind(id);
    return it == m_records.cend() ? nullptr : &*it;
}

void ValidationStore::sortOrder() const {
    if (!m_orderSorted) {
        std::sort(m_order.begin(), m_order.end());
        m_orderSorted = true;
    }
}

QStringList ValidationStore::ids() const {
    sortOrder();
    QStringList out;
    out.reserve(qsizetype(m_order.size()));
    for (const OrderEntry &e : m_order) {
        out.append(e.id);
    }
    return out;
}

ValidationStore::Page ValidationStore::query(const Query &q) const {
    Page page;
    sortOrder();
    auto it = m_order.cbegin();
    if (!q.cursor.isEmpty()) {
        std::pair<qint64, QString> after;
        if (!decodeCursor(q.cursor, &after)) {
            page.cursorValid = false;
            return page;
        }
        it = std::upper_bound(m_order.cbegin(), m_order.cend(),
                              OrderEntry{after.first, after.second});
    }
    for (; it != m_order.cend(); ++it) {
        const ValidationRecord &r = *m_records.constFind(it->id);
        if (r.userId != q.userId || (q.retryState && retryStateName(r) != *q.retryState) ||
            (q.status && r.v.outcome != *q.status) || (q.source && r.v.source != *q.source)) {
            continue;
        }
        if (page.items.size() == q.limit) {
            const ValidationRecord *last = page.items.constLast();
            page.nextCursor = encodeCursor(orderKey(last->v), last->v.id);
            break;
        }
        page.items.append(&r);
    }
    return page;
}

int ValidationStore::pendingCount(const QString &userId) const {
    // Kept up to date by noteCycle (was a scan of every record per write: O(n²) in a bulk run).
    return int(m_pendingByUser.value(userId).size());
}

void ValidationStore::noteCycle(const ValidationRecord &r) {
    if (r.v.retryState && r.v.retryState->isActive()) {
        m_pendingByUser[r.userId].insert(r.v.id);
    } else if (auto it = m_pendingByUser.find(r.userId); it != m_pendingByUser.end()) {
        it->remove(r.v.id); // no set created (nor id hashed twice) for a user with none pending
    }
}

PolicyRejection ValidationStore::setPolicy(ValidationRecord &r, const RetryPolicy &p,
                                           int pendingCap) {
    const QDateTime now = m_clock.utcNow();
    auto &rs = r.v.retryState;
    const bool active = rs && rs->isActive();
    if (r.v.source == Source::BulkImport) {
        return PolicyRejection::NotSupportedForBulk; // seed 002 D35
    }
    if (rs && rs->terminalState &&
        (*rs->terminalState == TerminalState::Resolved ||
         *rs->terminalState == TerminalState::Exhausted)) {
        return PolicyRejection::AlreadyResolved;
    }
    // After retry_already_resolved: a resolved cycle's outcome is valid, and the closed cycle is
    // the more useful answer.
    if (r.v.outcome && !isRetryEligible(*r.v.outcome)) {
        return PolicyRejection::NotApplicable; // seed 002: status outside the allowlist
    }
    if (r.v.createdAt.secsTo(now) > m_options.maxAgeSeconds) {
        return PolicyRejection::AgeExceeded;
    }
    const bool reactivation = rs && rs->terminalState == TerminalState::Cancelled;
    if (p.enabled && !active) {
        if (reactivation && r.reactivations >= m_options.maxReactivations) {
            return PolicyRejection::ReactivationCap;
        }
        if (pendingCount(r.userId) >= pendingCap) {
            return PolicyRejection::PendingCapExceeded;
        }
    }
    if (!p.enabled) {
        // RetryDesk's assumption: disabling an active cycle ends it as cancelled; otherwise the
        // state records a disabled policy with no cycle.
        RetryState s = rs.value_or(RetryState{});
        s.enabled = false;
        s.maxRetries.reset();
        s.intervalSeconds.reset();
        s.outcomes.reset();
        s.nextAttemptAt.reset();
        if (active) {
            s.terminalState = TerminalState::Cancelled;
            s.cancelledAt = now;
        }
        rs = s;
    } else if (active) {
        // Modifying a running cycle keeps its attempts and restarts the interval from now.
        rs->maxRetries = p.maxRetries;
        rs->intervalSeconds = p.intervalSeconds;
        rs->outcomes = p.outcomes;
        rs->nextAttemptAt = now.addSecs(*p.intervalSeconds);
    } else {
        if (reactivation) {
            ++r.reactivations;
        }
        RetryState s;
        s.enabled = true;
        s.maxRetries = p.maxRetries;
        s.intervalSeconds = p.intervalSeconds;
        s.outcomes = p.outcomes;
        s.attemptsCompleted = 0;
        s.nextAttemptAt = now.addSecs(*p.intervalSeconds);
        s.terminalState = TerminalState::Pending;
        rs = s;
    }
    r.v.updatedAt = now;
    noteCycle(r);
    if (m_onSchedule) {
        m_onSchedule(r);
    }
    return PolicyRejection::None;
}

bool ValidationStore::cancel(ValidationRecord &r) {
    auto &rs = r.v.retryState;
    if (!rs || !rs->isActive()) {
        return false;
    }
    const QDateTime now = m_clock.utcNow();
    rs->terminalState = TerminalState::Cancelled;
    rs->cancelledAt = now;
    rs->nextAttemptAt.reset();
    r.v.updatedAt = now;
    noteCycle(r);
    if (m_onSchedule) {
        m_onSchedule(r);
    }
    return true;
}

void ValidationStore::shiftTimes(qint64 deltaSeconds) {
    if (deltaSeconds == 0) {
        return;
    }
    m_shiftMs += deltaSeconds * 1000; // keeps every orderKey, so m_order stays as it is
    for (ValidationRecord &r : m_records) {
        shiftRecord(r, deltaSeconds);
    }
}

void ValidationStore::shiftRecord(ValidationRecord &r, qint64 deltaSeconds) {
    const auto shift = [deltaSeconds](std::optional<QDateTime> &t) {
        if (t) {
            *t = t->addSecs(deltaSeconds);
        }
    };
    r.v.createdAt = r.v.createdAt.addSecs(deltaSeconds);
    r.v.updatedAt = r.v.updatedAt.addSecs(deltaSeconds);
    if (auto &rs = r.v.retryState) {
        shift(rs->nextAttemptAt);
        shift(rs->resolvedAt);
        shift(rs->exhaustedAt);
        shift(rs->cancelledAt);
    }
    for (RetryAttemptEntry &attempt : r.history) {
        attempt.atMs += deltaSeconds * 1000;
    }
}

QJsonArray ValidationStore::historyJson(const ValidationRecord &r) {
    QJsonArray out;
    for (const RetryAttemptEntry &a : r.history) {
        out.append(QJsonObject{
            {QLatin1String("attempt"), a.attempt},
            {QLatin1String("at"),
             json::formatTimestamp(QDateTime::fromMSecsSinceEpoch(a.atMs, Qt::UTC))},
            {QLatin1String("outcome"), toWire(a.outcome)}});
    }
    return out;
}

} // namespace rd::sandbox
