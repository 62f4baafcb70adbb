// ValidationTable: the sandbox's validations packed for a million of them (issue 15). One flat row
// of fixed size per validation (binary UUID, times as ms, enums as bytes, bank and user names
// interned, tracking keys in one byte arena, retry history in a shared arena), an open-addressing
// id index and the JSON of a row written straight into the page's bytes. A ValidationRecord, the
// type the API and the scheduler work with, is built on demand and written back.
//
// Values that do not fit the packed form (an id that is not a lowercase UUID, an outcome, source or
// terminal state the sandbox does not know, outcome lists longer than four, far-away dates) are
// kept whole in a side table, so a record always reads back as it was written.
#pragma once

#include "core/AlignedMemory.h"
#include "core/Clock.h"
#include "domain/Validation.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace rd::sandbox {

// One scheduled retry, as retry_history lists it.
struct RetryAttemptEntry {
    qint64 atMs = 0; // ms since the epoch, UTC
    int attempt = 0;
    Outcome outcome = Outcome::NotFound;
    friend bool operator==(const RetryAttemptEntry &, const RetryAttemptEntry &) = default;
};

using RowId = quint32;

// A validation as the store's users see it: a copy, written back with ValidationTable::assign
// (ValidationStore's writers do that).
struct ValidationRecord {
    Validation v;
    QString userId;
    int reactivations = 0;            // times a cancelled cycle was re-enabled (seed 002 H6 cap)
    QList<RetryAttemptEntry> history; // scheduled retries, oldest first
    Clock::TimerId timer = 0;         // its live entry in RetryScheduler's queue (0: none)
    RowId row = 0;                    // where it lives in the table
};

// Strings kept once however many rows name them (bank names, user ids).
class TextPool {
public:
    quint32 intern(const QString &text);
    std::optional<quint32> find(const QString &text) const;
    const QString &text(quint32 index) const { return m_texts.at(index); }
    const QByteArray &json(quint32 index) const { return m_json.at(index); } // quoted, escaped
    qsizetype size() const { return m_texts.size(); }

private:
    QHash<QString, quint32> m_index;
    QStringList m_texts;
    QList<QByteArray> m_json;
};

class ValidationTable {
public:
    ValidationTable();
    ~ValidationTable();

    qsizetype size() const { return qsizetype(m_rows.size()); }
    void reserve(qsizetype more);
    // The row of this exact id text (ids compare as the text they were stored with).
    std::optional<RowId> find(QStringView id) const;
    // Starts loading the index slot find(id) reads first: a batch of inserts prefetched ahead
    // waits for memory once, not once per row (at a million rows every slot is a cache miss).
    void prefetch(QStringView id) const;
    // A new row, or the one with r.v.id replaced; r.row is ignored. Returns the row.
    RowId put(const ValidationRecord &r);
    // The same, with find(r.v.id)'s answer already known.
    RowId put(const ValidationRecord &r, std::optional<RowId> existing);
    // Writes r back to r.row.
    void assign(const ValidationRecord &r);
    ValidationRecord record(RowId row) const;

    // Cheap reads for listing and scheduling, without building a record.
    QString id(RowId row) const;
    qint64 createdMs(RowId row) const { return m_rows[row].createdMs; }
    quint32 userIndex(RowId row) const { return m_rows[row].user; }
    std::optional<quint32> userIndexOf(const QString &userId) const { return m_users.find(userId); }
    const QString &userId(RowId row) const { return m_users.text(m_rows[row].user); }
    std::optional<Outcome> outcome(RowId row) const;
    std::optional<Source> source(RowId row) const;
    // retry_state filter name: pending|resolved|exhausted|cancelled, "none" for no terminal state
    // (or the server's unknown text).
    QString retryStateName(RowId row) const;
    bool hasActiveCycle(RowId row) const;
    std::optional<TerminalState> terminal(RowId row) const;
    Clock::TimerId timer(RowId row) const { return m_rows[row].timer; }
    void setTimer(RowId row, Clock::TimerId t) { m_rows[row].timer = t; }
    bool countedPending(RowId row) const { return m_rows[row].flags & kCountedPending; }
    void setCountedPending(RowId row, bool on);

    // (created_at, id) order with ids compared as text.
    bool idLess(RowId a, RowId b) const;
    // A lowercase UUID's first four bytes + 1, in the order of its text (0: the id is not one;
    // compare with idLess). Two different prefixes order their ids as idLess does.
    quint32 idPrefix(RowId row) const;

    // Appends the validation's JSON object, exactly what Validation::toJson() holds, in the keys'
    // sorted order that QJsonDocument writes.
    void writeJson(RowId row, QByteArray &out) const;

    // Every stored time moves by deltaMs (created, updated, next attempt, terminal stamps and
    // each retry_history "at").
    void shiftAll(qint64 deltaMs);

    // Heap bytes held (rows, index, arenas), for diagnostics and the benchmark.
    qsizetype heapBytes() const;

private:
    static constexpr qint64 kNoTime = std::numeric_limits<qint64>::min();
    static constexpr qint32 kNoInt = std::numeric_limits<qint32>::min();
    static constexpr quint8 kNoEnum = 0xff;
    static constexpr quint16 kNoOutcomes = 0xffff;
    static constexpr quint16 kOutcomesInExtra = 0xfffe;
    enum Flags : quint8 {
        kHasRetryState = 1,
        kEnabled = 2,
        kCountedPending = 4,
        kCanonicalId = 8, // the id is a lowercase UUID: its text is the binary's
    };

    struct Row {
        std::array<quint8, 16> uuid{};
        qint64 createdMs = kNoTime;
        qint64 updatedMs = kNoTime;
        qint64 amountCents = kNoTime;
        qint64 nextMs = kNoTime;
        qint64 resolvedMs = kNoTime;
        qint64 exhaustedMs = kNoTime;
        qint64 cancelledMs = kNoTime;
        Clock::TimerId timer = 0;
        quint32 keyOffset = 0;
        quint32 user = 0;
        quint32 sender = 0;
        quint32 receiver = 0;
        quint32 extra = 0;          // 1-based index into m_extras, 0: none
        qint32 paymentDay = kNoInt; // QDate::toJulianDay
        qint32 maxRetries = kNoInt;
        qint32 interval = kNoInt;
        qint32 attempts = 0;
        qint32 reactivations = 0;
        quint32 historyOffset = 0;
        quint16 historyCount = 0;
        quint16 historyCapacity = 0;
        quint16 keyLength = 0;
        quint16 outcomes = kNoOutcomes; // count in bits 0-2, then 3 bits an outcome
        quint8 outcome = kNoEnum;
        quint8 source = kNoEnum;
        quint8 terminal = kNoEnum;
        quint8 flags = 0;
    };
    // What the packed row cannot say; rare.
    struct Extra {
        QString id;          // an id other than a lowercase UUID
        QString trackingKey; // longer than the arena's 16-bit length
        QString outcomeText;
        QString sourceText;
        QString terminalStateText;
        QStringList otherOutcomes;
        std::optional<QList<Outcome>> outcomes; // more than four
        QDate paymentDate;                      // beyond the packed day's range
        QList<RetryAttemptEntry> history;       // more than the packed count holds
        bool historyInExtra = false;
    };

    void pack(const ValidationRecord &r, Row &row);
    Extra &extraOf(Row &row);
    const Extra *extraOf(const Row &row) const {
        return row.extra ? &m_extras[row.extra - 1] : nullptr;
    }
    void storeHistory(const QList<RetryAttemptEntry> &history, Row &row);
    QString trackingKey(const Row &row) const;
    QString idText(const Row &row) const;
    bool idMatches(const Row &row, QStringView id) const;
    // The id index: open addressing, at most half full; a slot is row + 1 (0: empty) in its low
    // half and the high half of the id's hash in its high half.
    static constexpr quint64 kTagMask = 0xffffffff00000000ULL;
    static quint64 hashOf(const std::array<quint8, 16> &uuid);
    void indexInsert(RowId row);
    void growIndex(size_t minCapacity);

    template <class T> using Big = std::vector<T, memory::HugePageAllocator<T>>;
    Big<Row> m_rows;
    Big<quint64> m_slots;
    Big<char> m_keys; // tracking keys, UTF-8
    Big<RetryAttemptEntry> m_history;
    std::vector<Extra> m_extras;
    TextPool m_banks;
    TextPool m_users;
};

// JSON text helpers shared with the page writer.
namespace jsonbytes {
void appendString(QByteArray &out, QStringView text);
// formatTimestamp's text (UTC, seconds, or milliseconds when there are any), quoted.
void appendTimestamp(QByteArray &out, qint64 msSinceEpoch);
} // namespace jsonbytes

} // namespace rd::sandbox
