#include "sandbox/ValidationTable.h"

#include "domain/JsonUtil.h"

#include <QDate>
#include <QDateTime>

#include <cstring>

namespace rd::sandbox {

namespace {

constexpr char kHex[] = "0123456789abcdef";

// Hex digit values (0-15), 16 + value for an uppercase one, 0xff for anything else.
struct HexTable {
    quint8 v[128];
    constexpr HexTable()
        : v{} {
        for (int c = 0; c < 128; ++c) {
            v[c] = c >= '0' && c <= '9'   ? quint8(c - '0')
                   : c >= 'a' && c <= 'f' ? quint8(c - 'a' + 10)
                   : c >= 'A' && c <= 'F' ? quint8(16 + c - 'A' + 10)
                                          : quint8(0xff);
        }
    }
};
constexpr HexTable kHexValues;

// 8-4-4-4-12 hex digits into 16 bytes; *canonical: all of them lowercase (the binary's text).
bool parseUuid(QStringView s, std::array<quint8, 16> &out, bool *canonical) {
    if (s.size() != 36) {
        return false;
    }
    const char16_t *c = s.utf16();
    if (c[8] != u'-' || c[13] != u'-' || c[18] != u'-' || c[23] != u'-') {
        return false;
    }
    static constexpr quint8 kStarts[16] = {0,  2,  4,  6,  9,  11, 14, 16,
                                           19, 21, 24, 26, 28, 30, 32, 34};
    quint8 any = 0;
    for (int b = 0; b < 16; ++b) {
        const char16_t h = c[kStarts[b]], l = c[kStarts[b] + 1];
        const quint8 hi = h < 128 ? kHexValues.v[h] : 0xff;
        const quint8 lo = l < 128 ? kHexValues.v[l] : 0xff;
        any |= hi | lo;
        out[size_t(b)] = quint8((hi & 15) << 4 | (lo & 15));
    }
    if (any & 0x80) {
        return false;
    }
    *canonical = !(any & 16);
    return true;
}

bool sameUuid(const std::array<quint8, 16> &a, const std::array<quint8, 16> &b) {
    quint64 a0, a1, b0, b1;
    std::memcpy(&a0, a.data(), 8);
    std::memcpy(&a1, a.data() + 8, 8);
    std::memcpy(&b0, b.data(), 8);
    std::memcpy(&b1, b.data() + 8, 8);
    return a0 == b0 && a1 == b1;
}

void appendUuid(QByteArray &out, const std::array<quint8, 16> &u) {
    char text[36];
    int at = 0;
    for (int b = 0; b < 16; ++b) {
        if (b == 4 || b == 6 || b == 8 || b == 10) {
            text[at++] = '-';
        }
        text[at++] = kHex[u[size_t(b)] >> 4];
        text[at++] = kHex[u[size_t(b)] & 15];
    }
    out.append(text, 36);
}

// A key for an id that is no UUID: its text hashed twice (a collision only costs a probe).
std::array<quint8, 16> pseudoUuid(QStringView id) {
    std::array<quint8, 16> out{};
    const quint64 a = qHash(id, size_t(0x9e3779b97f4a7c15ULL));
    const quint64 b = qHash(id, size_t(0xc2b2ae3d27d4eb4fULL));
    std::memcpy(out.data(), &a, 8);
    std::memcpy(out.data() + 8, &b, 8);
    return out;
}

quint64 mix(quint64 x) { // splitmix64's finalizer
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

void appendTwo(char *&p, int v) {
    *p++ = char('0' + v / 10);
    *p++ = char('0' + v % 10);
}

void appendFour(char *&p, int v) {
    appendTwo(p, v / 100);
    appendTwo(p, v % 100);
}

// Howard Hinnant's civil_from_days: days since 1970-01-01 → y/m/d.
void civilFromDays(qint64 z, int *y, int *m, int *d) {
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    *d = int(doy - (153 * mp + 2) / 5 + 1);
    *m = int(mp < 10 ? mp + 3 : mp - 9);
    *y = int(yoe + era * 400 + (*m <= 2));
}

const char *outcomeJson(quint8 o) {
    static const char *names[] = {"\"valid\"", "\"not_found\"", "\"cep_unavailable\"", "\"error\""};
    return names[o];
}

const char *terminalJson(quint8 t) {
    static const char *names[] = {"\"pending\"", "\"resolved\"", "\"exhausted\"", "\"cancelled\""};
    return names[t];
}

const char *sourceJson(quint8 s) {
    static const char *names[] = {"\"api\"", "\"bulk_import\""};
    return names[s];
}

void appendInt(QByteArray &out, qint64 v) {
    char buf[24];
    char *end = buf + sizeof buf;
    char *p = end;
    const bool neg = v < 0;
    quint64 u = neg ? quint64(-(v + 1)) + 1 : quint64(v);
    do {
        *--p = char('0' + u % 10);
        u /= 10;
    } while (u);
    if (neg) {
        *--p = '-';
    }
    out.append(p, end - p);
}

} // namespace

namespace jsonbytes {

void appendString(QByteArray &out, QStringView text) {
    out.append('"');
    const char16_t *s = text.utf16();
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = s[i];
        if (c >= 0x80) {
            qsizetype j = i;
            while (j < n && s[j] >= 0x80) {
                ++j;
            }
            out.append(text.mid(i, j - i).toUtf8());
            i = j;
            continue;
        }
        if (c == u'"' || c == u'\\') {
            out.append('\\').append(char(c));
        } else if (c < 0x20) {
            switch (c) {
            case u'\b':
                out.append("\\b");
                break;
            case u'\f':
                out.append("\\f");
                break;
            case u'\n':
                out.append("\\n");
                break;
            case u'\r':
                out.append("\\r");
                break;
            case u'\t':
                out.append("\\t");
                break;
            default: {
                const char esc[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
                out.append(esc, 6);
            }
            }
        } else {
            out.append(char(c));
        }
        ++i;
    }
    out.append('"');
}

void appendTimestamp(QByteArray &out, qint64 ms) {
    constexpr qint64 kDay = 86'400'000;
    constexpr qint64 kYear10000 = 253'402'300'800'000; // 10000-01-01T00:00:00Z
    if (ms < 0 || ms >= kYear10000) {
        out.append('"')
            .append(json::formatTimestamp(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)).toUtf8())
            .append('"');
        return;
    }
    const qint64 days = ms / kDay;
    qint64 rest = ms % kDay;
    int y, m, d;
    civilFromDays(days, &y, &m, &d);
    const int milli = int(rest % 1000);
    rest /= 1000;
    char buf[32];
    char *p = buf;
    *p++ = '"';
    appendFour(p, y);
    *p++ = '-';
    appendTwo(p, m);
    *p++ = '-';
    appendTwo(p, d);
    *p++ = 'T';
    appendTwo(p, int(rest / 3600));
    *p++ = ':';
    appendTwo(p, int(rest / 60 % 60));
    *p++ = ':';
    appendTwo(p, int(rest % 60));
    if (milli) {
        *p++ = '.';
        *p++ = char('0' + milli / 100);
        appendTwo(p, milli % 100);
    }
    *p++ = 'Z';
    *p++ = '"';
    out.append(buf, p - buf);
}

} // namespace jsonbytes

quint32 TextPool::intern(const QString &text) {
    const auto it = m_index.constFind(text);
    if (it != m_index.cend()) {
        return *it;
    }
    const auto index = quint32(m_texts.size());
    m_texts.append(text);
    QByteArray json;
    jsonbytes::appendString(json, text);
    m_json.append(json);
    m_index.insert(text, index);
    return index;
}

std::optional<quint32> TextPool::find(const QString &text) const {
    const auto it = m_index.constFind(text);
    return it == m_index.cend() ? std::nullopt : std::optional<quint32>(*it);
}

ValidationTable::ValidationTable() = default;
ValidationTable::~ValidationTable() = default;

void ValidationTable::reserve(qsizetype more) {
    const size_t want = m_rows.size() + size_t(more);
    m_rows.reserve(want);
    m_keys.reserve(m_keys.size() + size_t(more) * 16);
    if (want * 2 > m_slots.size()) {
        growIndex(want * 2);
    }
}

quint64 ValidationTable::hashOf(const std::array<quint8, 16> &uuid) {
    quint64 a, b;
    std::memcpy(&a, uuid.data(), 8);
    std::memcpy(&b, uuid.data() + 8, 8);
    return mix(a ^ mix(b));
}

void ValidationTable::growIndex(size_t minCapacity) {
    size_t capacity = 16;
    while (capacity < minCapacity) {
        capacity *= 2;
    }
    m_slots.assign(capacity, 0);
    for (RowId row = 0; row < RowId(m_rows.size()); ++row) {
        indexInsert(row);
    }
}

void ValidationTable::indexInsert(RowId row) {
    if ((m_rows.size()) * 2 > m_slots.size()) {
        growIndex(m_rows.size() * 2); // reinserts every row, this one included
        return;
    }
    const size_t mask = m_slots.size() - 1;
    const quint64 hash = hashOf(m_rows[row].uuid);
    size_t i = size_t(hash) & mask;
    while (m_slots[i]) {
        i = (i + 1) & mask;
    }
    m_slots[i] = (hash & kTagMask) | (row + 1);
}

bool ValidationTable::idMatches(const Row &row, QStringView id) const {
    if (row.flags & kCanonicalId) {
        std::array<quint8, 16> u{};
        bool canonical = false;
        return parseUuid(id, u, &canonical) && canonical && sameUuid(u, row.uuid);
    }
    const Extra *x = extraOf(row);
    return x && x->id == id;
}

std::optional<RowId> ValidationTable::find(QStringView id) const {
    if (m_slots.empty()) {
        return std::nullopt;
    }
    std::array<quint8, 16> key{};
    bool canonical = false;
    if (!parseUuid(id, key, &canonical)) {
        key = pseudoUuid(id);
        canonical = false;
    }
    const size_t mask = m_slots.size() - 1;
    const quint64 hash = hashOf(key);
    for (size_t i = size_t(hash) & mask; m_slots[i]; i = (i + 1) & mask) {
        // The tag (the hash's high half) spares reading rows that cannot match: at a million
        // rows each read is a cache miss.
        if ((m_slots[i] & kTagMask) != (hash & kTagMask)) {
            continue;
        }
        const RowId index = RowId((m_slots[i] & ~kTagMask) - 1);
        const Row &row = m_rows[index];
        if (!sameUuid(row.uuid, key)) {
            continue;
        }
        const bool match = (row.flags & kCanonicalId) ? canonical : idMatches(row, id);
        if (match) {
            return index;
        }
    }
    return std::nullopt;
}

void ValidationTable::prefetch(QStringView id) const {
    std::array<quint8, 16> key{};
    bool canonical = false;
    if (m_slots.empty() || !parseUuid(id, key, &canonical)) {
        return;
    }
    __builtin_prefetch(&m_slots[size_t(hashOf(key)) & (m_slots.size() - 1)]);
}

RowId ValidationTable::put(const ValidationRecord &r) {
    return put(r, find(r.v.id));
}

RowId ValidationTable::put(const ValidationRecord &r, std::optional<RowId> existing) {
    if (existing) {
        pack(r, m_rows[*existing]);
        return *existing;
    }
    const auto row = RowId(m_rows.size());
    m_rows.emplace_back();
    pack(r, m_rows.back());
    indexInsert(row);
    return row;
}

void ValidationTable::assign(const ValidationRecord &r) {
    pack(r, m_rows[r.row]);
}

ValidationTable::Extra &ValidationTable::extraOf(Row &row) {
    if (!row.extra) {
        m_extras.emplace_back();
        row.extra = quint32(m_extras.size());
    }
    return m_extras[row.extra - 1];
}

void ValidationTable::setCountedPending(RowId row, bool on) {
    Row &r = m_rows[row];
    r.flags = on ? quint8(r.flags | kCountedPending) : quint8(r.flags & ~kCountedPending);
}

void ValidationTable::pack(const ValidationRecord &rec, Row &row) {
    const Validation &v = rec.v;
    Row p;
    // What the row already holds and can reuse: its side entry, its history space, its key bytes.
    p.extra = row.extra;
    if (p.extra) {
        m_extras[p.extra - 1] = Extra{};
    }
    p.historyOffset = row.historyOffset;
    p.historyCapacity = row.historyCapacity;
    p.flags = row.flags & kCountedPending;

    bool canonical = false;
    if (!parseUuid(v.id, p.uuid, &canonical)) {
        p.uuid = pseudoUuid(v.id);
        canonical = false;
    }
    if (canonical) {
        p.flags |= kCanonicalId;
    } else {
        extraOf(p).id = v.id;
    }
    const QByteArray key = v.trackingKey.toUtf8();
    if (key.size() > 0xffff) {
        extraOf(p).trackingKey = v.trackingKey;
    } else if (row.keyLength == key.size() && !key.isEmpty() &&
               std::memcmp(m_keys.data() + row.keyOffset, key.constData(), size_t(key.size())) ==
                   0) {
        p.keyOffset = row.keyOffset;
        p.keyLength = row.keyLength;
    } else {
        p.keyOffset = quint32(m_keys.size());
        p.keyLength = quint16(key.size());
        m_keys.insert(m_keys.end(), key.cbegin(), key.cend());
    }
    p.amountCents = v.amountCents.value_or(kNoTime);
    p.sender = m_banks.intern(v.senderBank);
    p.receiver = m_banks.intern(v.receiverBank);
    if (v.paymentDate.isValid()) {
        const qint64 day = v.paymentDate.toJulianDay();
        if (day > kNoInt && day <= std::numeric_limits<qint32>::max()) {
            p.paymentDay = qint32(day);
        } else {
            extraOf(p).paymentDate = v.paymentDate;
        }
    }
    p.outcome = v.outcome ? quint8(*v.outcome) : kNoEnum;
    if (!v.outcomeText.isEmpty()) {
        extraOf(p).outcomeText = v.outcomeText;
    }
    p.source = v.source ? quint8(*v.source) : kNoEnum;
    if (!v.sourceText.isEmpty()) {
        extraOf(p).sourceText = v.sourceText;
    }
    p.createdMs = v.createdAt.isValid() ? v.createdAt.toMSecsSinceEpoch() : kNoTime;
    p.updatedMs = v.updatedAt.isValid() ? v.updatedAt.toMSecsSinceEpoch() : kNoTime;
    if (const auto &rs = v.retryState) {
        p.flags |= kHasRetryState;
        if (rs->enabled) {
            p.flags |= kEnabled;
        }
        p.maxRetries = rs->maxRetries.value_or(kNoInt);
        p.interval = rs->intervalSeconds.value_or(kNoInt);
        if (!rs->outcomes) {
            p.outcomes = kNoOutcomes;
        } else if (rs->outcomes->size() <= 4) {
            quint16 code = quint16(rs->outcomes->size());
            int shift = 3;
            for (Outcome o : *rs->outcomes) {
                code |= quint16(int(o) << shift);
                shift += 3;
            }
            p.outcomes = code;
        } else {
            p.outcomes = kOutcomesInExtra;
            extraOf(p).outcomes = rs->outcomes;
        }
        p.attempts = rs->attemptsCompleted;
        const auto ms = [](const std::optional<QDateTime> &t) {
            return t && t->isValid() ? t->toMSecsSinceEpoch() : kNoTime;
        };
        p.nextMs = ms(rs->nextAttemptAt);
        p.resolvedMs = ms(rs->resolvedAt);
        p.exhaustedMs = ms(rs->exhaustedAt);
        p.cancelledMs = ms(rs->cancelledAt);
        p.terminal = rs->terminalState ? quint8(*rs->terminalState) : kNoEnum;
        if (!rs->terminalStateText.isEmpty()) {
            extraOf(p).terminalStateText = rs->terminalStateText;
        }
        if (!rs->otherOutcomes.isEmpty()) {
            extraOf(p).otherOutcomes = rs->otherOutcomes;
        }
    }
    p.user = m_users.intern(rec.userId);
    p.reactivations = rec.reactivations;
    p.timer = rec.timer;
    storeHistory(rec.history, p);
    row = p;
}

void ValidationTable::storeHistory(const QList<RetryAttemptEntry> &history, Row &row) {
    const auto n = size_t(history.size());
    row.historyCount = 0;
    if (n == 0) {
        return;
    }
    if (n > 0xffff) {
        Extra &x = extraOf(row);
        x.history = history;
        x.historyInExtra = true;
        return;
    }
    if (n > row.historyCapacity) {
        // A growing history (the scheduler's attempts) moves with room to spare; the old space
        // stays behind (a sandbox's validations never shrink in number).
        const size_t capacity =
            row.historyCapacity
                ? std::min<size_t>(0xffff, std::max<size_t>(n, 2u * row.historyCapacity))
                : n;
        row.historyOffset = quint32(m_history.size());
        row.historyCapacity = quint16(capacity);
        m_history.resize(m_history.size() + capacity);
    }
    std::copy(history.cbegin(), history.cend(), m_history.begin() + row.historyOffset);
    row.historyCount = quint16(n);
}

QString ValidationTable::trackingKey(const Row &row) const {
    if (const Extra *x = extraOf(row); x && !x->trackingKey.isEmpty()) {
        return x->trackingKey;
    }
    return QString::fromUtf8(m_keys.data() + row.keyOffset, row.keyLength);
}

QString ValidationTable::idText(const Row &row) const {
    if (!(row.flags & kCanonicalId)) {
        return extraOf(row)->id;
    }
    QByteArray text;
    text.reserve(36);
    appendUuid(text, row.uuid);
    return QString::fromLatin1(text);
}

QString ValidationTable::id(RowId row) const {
    return idText(m_rows[row]);
}

std::optional<Outcome> ValidationTable::outcome(RowId row) const {
    const quint8 o = m_rows[row].outcome;
    return o == kNoEnum ? std::nullopt : std::optional<Outcome>(Outcome(o));
}

std::optional<Source> ValidationTable::source(RowId row) const {
    const quint8 s = m_rows[row].source;
    return s == kNoEnum ? std::nullopt : std::optional<Source>(Source(s));
}

QString ValidationTable::retryStateName(RowId row) const {
    const Row &r = m_rows[row];
    if (!(r.flags & kHasRetryState) || r.terminal == kNoEnum) {
        return QStringLiteral("none");
    }
    return toWire(TerminalState(r.terminal));
}

bool ValidationTable::hasActiveCycle(RowId row) const {
    const Row &r = m_rows[row];
    return (r.flags & kHasRetryState) && r.terminal == quint8(TerminalState::Pending);
}

std::optional<TerminalState> ValidationTable::terminal(RowId row) const {
    const Row &r = m_rows[row];
    if (!(r.flags & kHasRetryState) || r.terminal == kNoEnum) {
        return std::nullopt;
    }
    return TerminalState(r.terminal);
}

quint32 ValidationTable::idPrefix(RowId index) const {
    const Row &row = m_rows[index];
    if (!(row.flags & kCanonicalId)) {
        return 0;
    }
    const quint32 p = quint32(row.uuid[0]) << 24 | quint32(row.uuid[1]) << 16 |
                      quint32(row.uuid[2]) << 8 | row.uuid[3];
    return p == 0xffffffffU ? p : p + 1; // ffffffff… and fffffffe… share: idLess settles them
}

bool ValidationTable::idLess(RowId a, RowId b) const {
    const Row &x = m_rows[a];
    const Row &y = m_rows[b];
    if (x.flags & y.flags & kCanonicalId) {
        return std::memcmp(x.uuid.data(), y.uuid.data(), 16) < 0;
    }
    return idText(x) < idText(y);
}

ValidationRecord ValidationTable::record(RowId index) const {
    const Row &row = m_rows[index];
    const Extra *x = extraOf(row);
    ValidationRecord rec;
    rec.row = index;
    Validation &v = rec.v;
    v.id = idText(row);
    v.trackingKey = trackingKey(row);
    if (row.amountCents != kNoTime) {
        v.amountCents = row.amountCents;
    }
    v.senderBank = m_banks.text(row.sender);
    v.receiverBank = m_banks.text(row.receiver);
    if (row.paymentDay != kNoInt) {
        v.paymentDate = QDate::fromJulianDay(row.paymentDay);
    } else if (x) {
        v.paymentDate = x->paymentDate;
    }
    const auto time = [](qint64 ms) {
        return ms == kNoTime ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    };
    const auto optionalTime = [&](qint64 ms) {
        return ms == kNoTime ? std::nullopt : std::optional<QDateTime>(time(ms));
    };
    if (row.outcome != kNoEnum) {
        v.outcome = Outcome(row.outcome);
    }
    if (row.source != kNoEnum) {
        v.source = Source(row.source);
    }
    if (x) {
        v.outcomeText = x->outcomeText;
        v.sourceText = x->sourceText;
    }
    v.createdAt = time(row.createdMs);
    v.updatedAt = time(row.updatedMs);
    if (row.flags & kHasRetryState) {
        RetryState s;
        s.enabled = row.flags & kEnabled;
        if (row.maxRetries != kNoInt) {
            s.maxRetries = row.maxRetries;
        }
        if (row.interval != kNoInt) {
            s.intervalSeconds = row.interval;
        }
        if (row.outcomes == kOutcomesInExtra) {
            s.outcomes = x->outcomes;
        } else if (row.outcomes != kNoOutcomes) {
            QList<Outcome> outs;
            const int n = row.outcomes & 7;
            outs.reserve(n);
            for (int k = 0; k < n; ++k) {
                outs.append(Outcome((row.outcomes >> (3 + 3 * k)) & 7));
            }
            s.outcomes = outs;
        }
        s.attemptsCompleted = row.attempts;
        s.nextAttemptAt = optionalTime(row.nextMs);
        s.resolvedAt = optionalTime(row.resolvedMs);
        s.exhaustedAt = optionalTime(row.exhaustedMs);
        s.cancelledAt = optionalTime(row.cancelledMs);
        if (row.terminal != kNoEnum) {
            s.terminalState = TerminalState(row.terminal);
        }
        if (x) {
            s.terminalStateText = x->terminalStateText;
            s.otherOutcomes = x->otherOutcomes;
        }
        v.retryState = s;
    }
    rec.userId = m_users.text(row.user);
    rec.reactivations = row.reactivations;
    rec.timer = row.timer;
    if (x && x->historyInExtra) {
        rec.history = x->history;
    } else if (row.historyCount) {
        const auto first = m_history.cbegin() + row.historyOffset;
        rec.history = QList<RetryAttemptEntry>(first, first + row.historyCount);
    }
    return rec;
}

void ValidationTable::writeJson(RowId index, QByteArray &out) const {
    const Row &row = m_rows[index];
    const Extra *x = extraOf(row);
    const auto time = [&out](qint64 ms) {
        if (ms == kNoTime) {
            out.append("null");
        } else {
            jsonbytes::appendTimestamp(out, ms);
        }
    };
    const auto text = [&out](const QString &t) { jsonbytes::appendString(out, t); };
    const auto intOrNull = [&out](qint32 n) {
        if (n == kNoInt) {
            out.append("null");
        } else {
            appendInt(out, n);
        }
    };
    // Keys in QJsonObject's (sorted) order: the bytes QJsonDocument writes for Validation::toJson.
    out.append("{\"amount\":");
    if (row.amountCents == kNoTime) {
        out.append("null");
    } else {
        const qint64 c = row.amountCents;
        const quint64 a = c < 0 ? quint64(-(c + 1)) + 1 : quint64(c);
        out.append('"');
        if (c < 0) {
            out.append('-');
        }
        appendInt(out, qint64(a / 100));
        const int cents = int(a % 100);
        const char frac[] = {'.', char('0' + cents / 10), char('0' + cents % 10)};
        out.append(frac, 3).append('"');
    }
    out.append(",\"created_at\":");
    time(row.createdMs);
    out.append(",\"id\":");
    if (row.flags & kCanonicalId) {
        out.append('"');
        appendUuid(out, row.uuid);
        out.append('"');
    } else {
        text(x->id);
    }
    out.append(",\"outcome\":");
    if (row.outcome != kNoEnum) {
        out.append(outcomeJson(row.outcome));
    } else if (x && !x->outcomeText.isEmpty()) {
        text(x->outcomeText);
    } else {
        out.append("null");
    }
    out.append(",\"payment_date\":");
    if (row.paymentDay != kNoInt || (x && x->paymentDate.isValid())) {
        const QDate date =
            row.paymentDay != kNoInt ? QDate::fromJulianDay(row.paymentDay) : x->paymentDate;
        const int y = date.year();
        if (y >= 0 && y <= 9999) {
            char buf[12];
            char *p = buf;
            *p++ = '"';
            appendFour(p, y);
            *p++ = '-';
            appendTwo(p, date.month());
            *p++ = '-';
            appendTwo(p, date.day());
            *p++ = '"';
            out.append(buf, p - buf);
        } else {
            text(date.toString(Qt::ISODate));
        }
    } else {
        out.append("null");
    }
    out.append(",\"receiver_bank\":").append(m_banks.json(row.receiver));
    out.append(",\"retry_state\":");
    if (!(row.flags & kHasRetryState)) {
        out.append("null");
    } else {
        out.append("{\"attempts_completed\":");
        appendInt(out, row.attempts);
        out.append(",\"cancelled_at\":");
        time(row.cancelledMs);
        out.append((row.flags & kEnabled) ? ",\"enabled\":true" : ",\"enabled\":false");
        out.append(",\"exhausted_at\":");
        time(row.exhaustedMs);
        out.append(",\"interval_seconds\":");
        intOrNull(row.interval);
        out.append(",\"max_retries\":");
        intOrNull(row.maxRetries);
        out.append(",\"next_attempt_at\":");
        time(row.nextMs);
        out.append(",\"outcomes\":");
        const bool others = x && !x->otherOutcomes.isEmpty();
        if (row.outcomes == kNoOutcomes && !others) {
            out.append("null");
        } else {
            out.append('[');
            bool first = true;
            const auto item = [&](const char *json) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                out.append(json);
            };
            if (row.outcomes == kOutcomesInExtra) {
                for (Outcome o : *x->outcomes) {
                    item(outcomeJson(quint8(o)));
                }
            } else if (row.outcomes != kNoOutcomes) {
                for (int k = 0; k < (row.outcomes & 7); ++k) {
                    item(outcomeJson(quint8((row.outcomes >> (3 + 3 * k)) & 7)));
                }
            }
            if (others) {
                for (const QString &o : x->otherOutcomes) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    text(o);
                }
            }
            out.append(']');
        }
        out.append(",\"resolved_at\":");
        time(row.resolvedMs);
        out.append(",\"terminal_state\":");
        if (row.terminal != kNoEnum) {
            out.append(terminalJson(row.terminal));
        } else if (x && !x->terminalStateText.isEmpty()) {
            text(x->terminalStateText);
        } else {
            out.append("null");
        }
        out.append('}');
    }
    out.append(",\"sender_bank\":").append(m_banks.json(row.sender));
    out.append(",\"source\":");
    if (row.source != kNoEnum) {
        out.append(sourceJson(row.source));
    } else if (x && !x->sourceText.isEmpty()) {
        text(x->sourceText);
    } else {
        out.append("null");
    }
    out.append(",\"tracking_key\":");
    if (x && !x->trackingKey.isEmpty()) {
        text(x->trackingKey);
    } else {
        const char *k = m_keys.data() + row.keyOffset;
        bool plain = true;
        for (quint16 i = 0; i < row.keyLength && plain; ++i) {
            const auto c = quint8(k[i]);
            plain = c >= 0x20 && c != '"' && c != '\\';
        }
        if (plain) {
            out.append('"').append(k, row.keyLength).append('"');
        } else {
            text(QString::fromUtf8(k, row.keyLength));
        }
    }
    out.append(",\"updated_at\":");
    time(row.updatedMs);
    out.append('}');
}

void ValidationTable::shiftAll(qint64 deltaMs) {
    const auto shift = [deltaMs](qint64 &t) {
        if (t != kNoTime) {
            t += deltaMs;
        }
    };
    for (Row &r : m_rows) {
        shift(r.createdMs);
        shift(r.updatedMs);
        shift(r.nextMs);
        shift(r.resolvedMs);
        shift(r.exhaustedMs);
        shift(r.cancelledMs);
    }
    for (RetryAttemptEntry &e : m_history) {
        e.atMs += deltaMs;
    }
    for (Extra &x : m_extras) {
        for (RetryAttemptEntry &e : x.history) {
            e.atMs += deltaMs;
        }
    }
}

qsizetype ValidationTable::heapBytes() const {
    return qsizetype(m_rows.capacity() * sizeof(Row) + m_slots.capacity() * sizeof(quint64) +
                     m_keys.capacity() + m_history.capacity() * sizeof(RetryAttemptEntry) +
                     m_extras.capacity() * sizeof(Extra));
}

} // namespace rd::sandbox
