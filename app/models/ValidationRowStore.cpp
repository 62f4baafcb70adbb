#include "models/ValidationRowStore.h"

#include "domain/Validation.h"
#include "models/WireParse.h"

namespace rd {

namespace {

QDateTime timeOf(qint64 ms) {
    return ms == ValidationRow::kNullTime ? QDateTime()
                                          : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

std::optional<QDateTime> optionalTime(qint64 ms) {
    return ms == ValidationRow::kNullTime ? std::nullopt : std::optional<QDateTime>(timeOf(ms));
}

qint64 msOf(const QDateTime &t) {
    return t.isValid() ? t.toMSecsSinceEpoch() : ValidationRow::kNullTime;
}

qint64 msOf(const std::optional<QDateTime> &t) {
    return t ? msOf(*t) : ValidationRow::kNullTime;
}

} // namespace

quint32 ValidationRowStore::find(QStringView id) const {
    const auto u = WireParse::uuid(id);
    return u ? find(u->hi, u->lo) : npos;
}

quint32 ValidationRowStore::append(const ValidationRow &row, std::string_view key) {
    return findOrAppend(row, key);
}

quint32 ValidationRowStore::findOrAppend(const ValidationRow &row, std::string_view key) {
    const quint32 slot = m_rows.size();
    if (slot >= IdIndex::kMaxRows) {
        return find(row.idHi, row.idLo);
    }
    const quint32 found = m_index.findOrInsert(row.idHi, row.idLo, slot, m_rows);
    if (found != slot) {
        return found;
    }
    ValidationRow *r = new (m_rows.appendSlot()) ValidationRow(row);
    r->trackingKey = m_keys.append(key);
    r->set(ValidationRow::Deleted, false);
    ++m_live;
    return slot;
}

void ValidationRowStore::rollback(const Mark &m) {
    for (quint32 s = m_rows.size(); s-- > m.rows;) {
        const ValidationRow &r = m_rows[s];
        if (!r.has(ValidationRow::Deleted)) {
            m_index.erase(r.idHi, r.idLo, m_rows);
            --m_live;
        }
    }
    m_rows.truncate(m.rows);
    m_index.rowsTruncated(m.rows);
    m_keys.truncate(m.keyBytes);
}

bool ValidationRowStore::update(quint32 slot, const ValidationRow &row, std::string_view key) {
    ValidationRow &cur = m_rows[slot];
    const bool sameKey = m_keys.at(cur.trackingKey) == key;
    if (sameKey && cur.sameValues(row)) {
        return false;
    }
    const quint32 keyOffset = sameKey ? cur.trackingKey : m_keys.append(key);
    cur = row;
    cur.trackingKey = keyOffset;
    return true;
}

void ValidationRowStore::erase(quint32 slot) {
    ValidationRow &r = m_rows[slot];
    if (r.has(ValidationRow::Deleted)) {
        return;
    }
    m_index.erase(r.idHi, r.idLo, m_rows);
    r.set(ValidationRow::Deleted, true);
    --m_live;
}

QString ValidationRowStore::idText(quint32 slot) const {
    return WireParse::uuidText(m_rows[slot].idHi, m_rows[slot].idLo);
}

std::vector<quint32> ValidationRowStore::compact() {
    std::vector<quint32> map(m_rows.size(), npos);
    TextArena keys;
    keys.reserve(m_keys.size());
    quint32 out = 0;
    for (quint32 s = 0; s < m_rows.size(); ++s) {
        if (m_rows[s].has(ValidationRow::Deleted)) {
            continue;
        }
        ValidationRow r = m_rows[s];
        r.trackingKey = keys.append(m_keys.at(r.trackingKey)); // drops superseded keys too
        m_rows[out] = r;
        map[s] = out++;
    }
    m_rows.truncate(out);
    m_keys = std::move(keys);
    m_index.rebuild(m_rows, m_rows.size());
    return map;
}

void ValidationRowStore::squeeze() {
    // Rows live in chunks (at most one chunk of slack, none below one chunk); the index is rebuilt
    // only when it would shrink — at a million rows it is already the size a rebuild would give.
    m_rows.shrinkToFit();
    m_keys.squeeze();
    if (IdIndex::capacityFor(m_live) * sizeof(quint32) < m_index.bytes()) {
        m_index.rebuild(m_rows, m_live);
    }
}

void ValidationRowStore::clear() {
    m_rows.clear();
    m_keys = TextArena();
    m_index.clear();
    m_live = 0;
}

Validation ValidationRowStore::toValidation(quint32 slot) const {
    const ValidationRow &r = m_rows[slot];
    Validation v;
    v.id = idText(slot);
    v.trackingKey = trackingKeyText(slot);
    v.amountCents = r.amountCents == ValidationRow::kNullAmount ? std::nullopt
                                                                : std::optional(r.amountCents);
    v.senderBank = m_banks.text(r.senderBank);
    v.receiverBank = m_banks.text(r.receiverBank);
    v.paymentDate = r.paymentJulianDay == ValidationRow::kNullDate
                        ? QDate()
                        : QDate::fromJulianDay(r.paymentJulianDay);
    if (r.outcome < ValidationRow::kNoOutcome) {
        v.outcome = Outcome(r.outcome);
    }
    if (!r.has(ValidationRow::SourceUnknown)) {
        v.source = r.has(ValidationRow::BulkImport) ? Source::BulkImport : Source::Api;
    }
    v.createdAt = timeOf(r.createdMs);
    v.updatedAt = timeOf(r.updatedMs);
    if (r.has(ValidationRow::HasRetryState)) {
        RetryState s;
        s.enabled = r.has(ValidationRow::Enabled);
        s.maxRetries = r.maxRetries < 0 ? std::nullopt : std::optional<int>(r.maxRetries);
        s.intervalSeconds =
            r.intervalSeconds < 0 ? std::nullopt : std::optional<int>(r.intervalSeconds);
        if (!r.has(ValidationRow::OutcomesNull)) {
            QList<Outcome> outs;
            for (int o = 0; o < 4; ++o) {
                if (r.outcomesMask & (1 << o)) {
                    outs.append(Outcome(o));
                }
            }
            s.outcomes = outs;
        }
        s.attemptsCompleted = r.attemptsCompleted;
        s.nextAttemptAt = optionalTime(r.nextAttemptMs);
        switch (r.ended()) {
        case ValidationRow::Ended::Resolved:
            s.resolvedAt = optionalTime(r.endedMs);
            break;
        case ValidationRow::Ended::Exhausted:
            s.exhaustedAt = optionalTime(r.endedMs);
            break;
        case ValidationRow::Ended::Cancelled:
            s.cancelledAt = optionalTime(r.endedMs);
            break;
        case ValidationRow::Ended::None:
            break;
        }
        if (r.terminal) {
            s.terminalState = TerminalState(r.terminal - 1);
        }
        v.retryState = s;
    }
    return v;
}

ValidationRow ValidationRowStore::fromValidation(const Validation &v, TextArena &keys) {
    ValidationRow r;
    if (const auto u = WireParse::uuid(QStringView(v.id))) {
        r.idHi = u->hi;
        r.idLo = u->lo;
    }
    r.trackingKey = keys.append(v.trackingKey.toUtf8().toStdString());
    r.amountCents = v.amountCents.value_or(ValidationRow::kNullAmount);
    r.senderBank = m_banks.intern(v.senderBank);
    r.receiverBank = m_banks.intern(v.receiverBank);
    r.paymentJulianDay =
        v.paymentDate.isValid() ? qint32(v.paymentDate.toJulianDay()) : ValidationRow::kNullDate;
    r.outcome = v.outcome ? quint8(*v.outcome) : ValidationRow::kNoOutcome;
    r.set(ValidationRow::BulkImport, v.source == Source::BulkImport);
    r.set(ValidationRow::SourceUnknown, !v.source);
    r.createdMs = msOf(v.createdAt);
    r.updatedMs = msOf(v.updatedAt);
    if (const auto &s = v.retryState) {
        r.set(ValidationRow::HasRetryState, true);
        r.set(ValidationRow::Enabled, s->enabled);
        r.maxRetries = s->maxRetries ? qint16(std::clamp(*s->maxRetries, 0, 0x7FFF)) : qint16(-1);
        r.intervalSeconds = s->intervalSeconds ? std::max(0, *s->intervalSeconds) : -1;
        r.set(ValidationRow::OutcomesNull, !s->outcomes);
        for (Outcome o : s->outcomes.value_or(QList<Outcome>())) {
            r.outcomesMask |= quint8(1 << int(o));
        }
        r.attemptsCompleted = quint16(std::clamp(s->attemptsCompleted, 0, 0xFFFF));
        r.nextAttemptMs = msOf(s->nextAttemptAt);
        r.terminal = s->terminalState ? quint8(int(*s->terminalState) + 1) : quint8(0);
        r.setEndTimes(msOf(s->resolvedAt), msOf(s->exhaustedAt), msOf(s->cancelledAt));
    }
    return r;
}

ValidationRowStore::Memory ValidationRowStore::memory() const {
    return {m_rows.bytes(), m_index.bytes(), m_keys.bytes() + m_banks.bytes()};
}

} // namespace rd
