// SeedsOnlyWire: renders objects as a server written only from the seeds might (--wire seeds-only).
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace rd::sandbox {

// Transforms what the full wire renders (rd::Validation::toJson(), RetryState::toJson(),
// BulkList::toJson()) at render time; stored records never change, so the scheduler,
// idempotency, rate limits and faults behave the same in both modes. The seeds define only the
// retry_state object (001/002), ids, the list retry answer and list status (000); every other
// field is RetryDesk's guess, so here it may be absent, null, of another JSON type, in another
// RFC 3339 form or an unknown enum value, and unknown fields appear. Every choice is a pure
// function of (seed, object id, field name): one object renders identically on every request and
// on every run with the same seed.
class SeedsOnlyWire {
public:
    explicit SeedsOnlyWire(quint64 seed)
        : m_seed(seed) {}

    // How one field the seeds do not define is rendered.
    enum class Variation { AsIs, Absent, Null, Retyped, OtherForm, UnknownEnum };
    // RFC 3339 renderings of one instant (RFC 3339 §5.6 allows every one of them).
    enum class TimestampForm {
        Z,              // 2026-01-01T12:00:00Z (the full wire's form)
        ZeroOffset,     // 2026-01-01T12:00:00+00:00
        NegativeOffset, // 2026-01-01T06:00:00-06:00 (local time adjusted)
        PositiveOffset, // 2026-01-01T17:30:00+05:30
        Microseconds,   // 2026-01-01T12:00:00.000000Z
        LowerCase,      // 2026-01-01t12:00:00z
    };

    // A validation object: id and retry_state kept (retry_state as retryState() renders it);
    // every other field varied; a few unknown fields added.
    QJsonObject validation(const QJsonObject &full) const;
    // seeds 001/002's retry_state: every seed field with its seed type and value, timestamps in a
    // mix of RFC 3339 forms of the same instant, one or two unknown fields added. null stays null.
    QJsonValue retryState(const QJsonValue &full, const QString &validationId) const;
    // A list object of the lists API (seed 000): id and status kept, every other field varied
    // (each count inside counts too), a few unknown fields added.
    QJsonObject list(const QJsonObject &full) const;

    // instant rendered in form; milliseconds appear when non-zero (Microseconds: always).
    static QString timestamp(const QDateTime &instant, TimestampForm form);

private:
    quint64 hash(QStringView objectId, QStringView field) const;
    QJsonValue varied(const QString &objectId, const QString &field, const QJsonValue &full,
                      bool *keep) const;
    QJsonObject counts(const QString &listId, const QJsonObject &full) const;

    quint64 m_seed;
};

} // namespace rd::sandbox
