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
        out.append(
            RetryAttemptEntry{at.toMSecsSinceEpoch(), k, resolvedHere ? Outcome::Valid : retried});
    }
    return out;
}

} // namespace

ValidationStore::ValidationStore(Clock &serverClock, const SandboxOptions &options)
    : m_clock(serverClock)
    , m_options(options) {}

void ValidationStore::reserve(qsizetype n) {
    m_table.reserve(n);
    m_order.reserve(m_order.size() + size_t(n));
}

void ValidationStore::runScheduleHook(ValidationRecord &r) {
    if (m_onSchedule) {
        m_onSchedule(r);
    }
}

void ValidationStore::insert(const Validation &v, const QString &userId, int reactivations) {
    ValidationRecord r;
    r.v = v;
    r.userId = userId;
    r.reactivations = reactivations;
    if (v.retryState && v.retryState->attemptsCompleted > 0) {
        r.history = impliedHistory(v);
    }
    const auto old = m_table.find(v.id);
    if (old) { // a replaced id is rare: linear is fine
        const auto at = std::find_if(m_order.begin(), m_order.end(),
                                     [&](const OrderEntry &e) { return e.row == *old; });
        m_order.erase(at);
        if (m_table.countedPending(*old)) {
            --m_pendingByUser[m_table.userIndex(*old)];
            m_table.setCountedPending(*old, false);
        }
    }
    r.row = m_table.put(r, old);
    const OrderEntry entry{orderKey(r.row), r.row, m_table.idPrefix(r.row)};
    if (m_orderSorted && !m_order.empty() && less(entry, m_order.back())) {
        m_orderSorted = false;
    }
    m_order.push_back(entry);
    noteCycle(r);
    runScheduleHook(r);
    m_table.setTimer(r.row, r.timer);
}

void ValidationStore::insertMany(const QList<Validation> &vs, const QString &userId) {
    for (const Validation &v : vs) {
        m_table.prefetch(v.id);
    }
    for (const Validation &v : vs) {
        insert(v, userId);
    }
}

std::optional<ValidationRecord> ValidationStore::find(const QString &id) const {
    const auto row = m_table.find(id);
    return row ? std::optional<ValidationRecord>(m_table.record(*row)) : std::nullopt;
}

void ValidationStore::sortOrder() const {
    if (!m_orderSorted) {
        std::sort(m_order.begin(), m_order.end(),
                  [this](const OrderEntry &a, const OrderEntry &b) { return less(a, b); });
        m_orderSorted = true;
    }
}

QStringList ValidationStore::ids(const QString *userId) const {
    sortOrder();
    std::optional<quint32> user;
    if (userId) {
        user = m_table.userIndexOf(*userId);
        if (!user) {
            return {};
        }
    }
    QStringList out;
    out.reserve(userId ? 0 : qsizetype(m_order.size()));
    for (const OrderEntry &e : m_order) {
        if (!user || m_table.userIndex(e.row) == *user) {
            out.append(m_table.id(e.row));
        }
    }
    return out;
}

ValidationStore::Page ValidationStore::query(const Query &q) const {
    Page page;
    sortOrder();
    const auto user = m_table.userIndexOf(q.userId);
    if (!user) {
        return page; // no validations of this user; a cursor of theirs cannot be valid either
    }
    auto it = m_order.cbegin();
    if (!q.cursor.isEmpty()) {
        std::pair<qint64, QString> after;
        if (!decodeCursor(q.cursor, &after)) {
            page.cursorValid = false;
            return page;
        }
        it = std::upper_bound(m_order.cbegin(), m_order.cend(), after,
                              [this](const std::pair<qint64, QString> &c, const OrderEntry &e) {
                                  return c.first != e.key ? c.first < e.key
                                                          : c.second < m_table.id(e.row);
                              });
    }
    const std::optional<TerminalState> terminal =
        q.retryState ? terminalStateFromWire(*q.retryState) : std::nullopt;
    for (; it != m_order.cend(); ++it) {
        const RowId row = it->row;
        if (m_table.userIndex(row) != *user || (q.status && m_table.outcome(row) != *q.status) ||
            (q.source && m_table.source(row) != *q.source)) {
            continue;
        }
        if (q.retryState && (terminal ? m_table.terminal(row) != terminal
                                      : m_table.retryStateName(row) != *q.retryState)) {
            continue;
        }
        if (page.items.size() == q.limit) {
            const RowId last = page.items.constLast();
            page.nextCursor = encodeCursor(orderKey(last), m_table.id(last));
            break;
        }
        page.items.append(row);
    }
    return page;
}

int ValidationStore::pendingCount(const QString &userId) const {
    // Kept up to date by noteCycle (was a scan of every record per write: O(n²) in a bulk run).
    const auto user = m_table.userIndexOf(userId);
    return user ? m_pendingByUser.value(*user) : 0;
}

void ValidationStore::noteCycle(const ValidationRecord &r) {
    const bool active = r.v.retryState && r.v.retryState->isActive();
    if (active == m_table.countedPending(r.row)) {
        return;
    }
    m_pendingByUser[m_table.userIndex(r.row)] += active ? 1 : -1;
    m_table.setCountedPending(r.row, active);
}

void ValidationStore::commit(const ValidationRecord &r) {
    noteCycle(r);
    m_table.assign(r);
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
    runScheduleHook(r);
    commit(r);
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
    runScheduleHook(r);
    commit(r);
    return true;
}

void ValidationStore::shiftTimes(qint64 deltaSeconds) {
    if (deltaSeconds == 0) {
        return;
    }
    m_shiftMs += deltaSeconds * 1000; // keeps every orderKey, so m_order stays as it is
    m_table.shiftAll(deltaSeconds * 1000);
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
        out.append(
            QJsonObject{{QLatin1String("attempt"), a.attempt},
                        {QLatin1String("at"),
                         json::formatTimestamp(QDateTime::fromMSecsSinceEpoch(a.atMs, Qt::UTC))},
                        {QLatin1String("outcome"), toWire(a.outcome)}});
    }
    return out;
}

} // namespace rd::sandbox
