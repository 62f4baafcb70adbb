#include "sandbox/SeedsOnlyWire.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>

#include <array>
#include <optional>

namespace rd::sandbox {

namespace {

// What a field holds in the full wire, which decides the ways it can be varied.
enum class Kind { Other, Number, Digits, Amount, Bank, Date, Timestamp, Outcome, Source, Counts };

Kind kindOf(QStringView field) {
    struct Entry {
        const char16_t *name;
        Kind kind;
    };
    static constexpr std::array kKinds{
        Entry{u"tracking_key", Kind::Digits},  Entry{u"amount", Kind::Amount},
        Entry{u"sender_bank", Kind::Bank},     Entry{u"receiver_bank", Kind::Bank},
        Entry{u"payment_date", Kind::Date},    Entry{u"outcome", Kind::Outcome},
        Entry{u"source", Kind::Source},        Entry{u"created_at", Kind::Timestamp},
        Entry{u"updated_at", Kind::Timestamp}, Entry{u"name", Kind::Digits},
        Entry{u"retry_of", Kind::Digits},      Entry{u"counts", Kind::Counts},
    };
    for (const Entry &e : kKinds) {
        if (field == QStringView(e.name)) {
            return e.kind;
        }
    }
    return field.startsWith(u"counts.") ? Kind::Number : Kind::Other;
}

// Values a newer or independent server might send for the seeds' silent enums.
constexpr auto kUnknownOutcome = "partial_match";
constexpr auto kUnknownSource = "webhook";

// seeds 001/002 timestamps in retry_state: only RFC 3339 forms of the same instant.
constexpr std::array kRetryStateForms{
    SeedsOnlyWire::TimestampForm::Z, SeedsOnlyWire::TimestampForm::ZeroOffset,
    SeedsOnlyWire::TimestampForm::NegativeOffset, SeedsOnlyWire::TimestampForm::PositiveOffset,
    SeedsOnlyWire::TimestampForm::Microseconds};
// Another form than the full wire's Z, for the validation's and list's own timestamps.
constexpr std::array kOtherForms{
    SeedsOnlyWire::TimestampForm::ZeroOffset, SeedsOnlyWire::TimestampForm::NegativeOffset,
    SeedsOnlyWire::TimestampForm::PositiveOffset, SeedsOnlyWire::TimestampForm::Microseconds,
    SeedsOnlyWire::TimestampForm::LowerCase};

constexpr std::array<QLatin1StringView, 4> kRetryStateTimestamps{
    QLatin1StringView("next_attempt_at"), QLatin1StringView("resolved_at"),
    QLatin1StringView("exhausted_at"), QLatin1StringView("cancelled_at")};

quint64 splitmix(quint64 x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

std::optional<QDateTime> instantOf(const QJsonValue &v) {
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? std::optional<QDateTime>(t.toUTC()) : std::nullopt;
}

// Banxico's institution codes: a server keyed on CLABE prefixes would send these.
double bankCode(const QString &name, quint64 h) {
    static const QHash<QString, int> kCodes{
        {QStringLiteral("BANAMEX"), 40002},   {QStringLiteral("BBVA MEXICO"), 40012},
        {QStringLiteral("SANTANDER"), 40014}, {QStringLiteral("HSBC"), 40021},
        {QStringLiteral("INBURSA"), 40036},   {QStringLiteral("SCOTIABANK"), 40044},
        {QStringLiteral("BANORTE"), 40072},   {QStringLiteral("AZTECA"), 40127},
    };
    return kCodes.value(name, 40000 + int(h % 1000));
}

double digitsOf(const QString &s, quint64 h) {
    QString digits;
    for (QChar c : s) {
        if (c.isDigit()) {
            digits.append(c);
        }
    }
    // 15 digits stay exact in a double (what a JSON number is for most parsers).
    return digits.isEmpty() || digits.size() > 15 ? double(h % 100000) : digits.toDouble();
}

// The same value as a JSON number where the full wire writes a string (or a string where it
// writes a number): what a server with another idea of the type would send.
QJsonValue retyped(Kind kind, const QJsonValue &full, quint64 h) {
    const QString s = full.toString();
    switch (kind) {
    case Kind::Digits:
        return digitsOf(s, h);
    case Kind::Amount: {
        bool ok = false;
        const double d = s.toDouble(&ok);
        return ok ? d : double(h % 100000) / 100;
    }
    case Kind::Bank:
        return bankCode(s, h);
    case Kind::Date: {
        const QDate d = QDate::fromString(s, Qt::ISODate);
        return d.isValid() ? double(d.year() * 10000 + d.month() * 100 + d.day())
                           : double(h % 100000);
    }
    case Kind::Timestamp: {
        const auto t = instantOf(full);
        return t ? double(t->toMSecsSinceEpoch()) / 1000 : double(h % 100000);
    }
    case Kind::Number:
        return QString::number(full.toDouble(), 'g', 15);
    case Kind::Counts:
        // A server that reports only the total.
        return full.toObject().value(QLatin1String("total"));
    case Kind::Other:
    case Kind::Outcome:
    case Kind::Source:
        break;
    }
    return full;
}

bool retypable(Kind kind) {
    return kind != Kind::Other && kind != Kind::Outcome && kind != Kind::Source;
}

} // namespace

quint64 SeedsOnlyWire::hash(QStringView objectId, QStringView field) const {
    // FNV-1a over the id and the field, finished by splitmix64: stable across runs and platforms
    // (qHash is seeded per process).
    quint64 h = 0xcbf29ce484222325ULL ^ splitmix(m_seed);
    auto feed = [&h](QStringView s) {
        for (QChar c : s) {
            h = (h ^ c.unicode()) * 0x100000001b3ULL;
        }
        h = (h ^ 0xffffU) * 0x100000001b3ULL;
    };
    feed(objectId);
    feed(field);
    return splitmix(h);
}

QString SeedsOnlyWire::timestamp(const QDateTime &instant, TimestampForm form) {
    const QDateTime utc = instant.toUTC();
    int offset = 0;
    QString zone = QStringLiteral("Z");
    switch (form) {
    case TimestampForm::ZeroOffset:
        zone = QStringLiteral("+00:00");
        break;
    case TimestampForm::NegativeOffset:
        offset = -6 * 3600;
        zone = QStringLiteral("-06:00");
        break;
    case TimestampForm::PositiveOffset:
        offset = 5 * 3600 + 1800;
        zone = QStringLiteral("+05:30");
        break;
    case TimestampForm::LowerCase:
        zone = QStringLiteral("z");
        break;
    case TimestampForm::Z:
    case TimestampForm::Microseconds:
        break;
    }
    const QDateTime local = utc.toOffsetFromUtc(offset);
    const QDate d = local.date();
    const QTime t = local.time();
    QString out = QString::asprintf("%04d-%02d-%02d%c%02d:%02d:%02d", d.year(), d.month(), d.day(),
                                    form == TimestampForm::LowerCase ? 't' : 'T', t.hour(),
                                    t.minute(), t.second());
    if (form == TimestampForm::Microseconds) {
        out += QString::asprintf(".%06d", t.msec() * 1000);
    } else if (t.msec() != 0) {
        out += QString::asprintf(".%03d", t.msec());
    }
    return out + zone;
}

QJsonValue SeedsOnlyWire::varied(const QString &objectId, const QString &field,
                                 const QJsonValue &full, bool *keep) const {
    const Kind kind = kindOf(field);
    const quint64 h = hash(objectId, field);
    *keep = true;
    // About half the fields are as the full wire writes them; the rest take one of the other
    // renderings that fit the field.
    if ((h & 1) == 0) {
        return full;
    }
    QList<Variation> choices{Variation::Absent, Variation::Null};
    const bool valued = !full.isNull() && !full.isUndefined();
    if (valued && retypable(kind)) {
        choices.append(Variation::Retyped);
    }
    if (valued && kind == Kind::Timestamp) {
        choices.append(Variation::OtherForm);
    }
    if (kind == Kind::Outcome || kind == Kind::Source) {
        choices.append(Variation::UnknownEnum);
    }
    switch (choices.at(qsizetype((h >> 1) % quint64(choices.size())))) {
    case Variation::Absent:
        *keep = false;
        return {};
    case Variation::Null:
        return QJsonValue::Null;
    case Variation::Retyped:
        return retyped(kind, full, h >> 24);
    case Variation::OtherForm:
        return timestamp(*instantOf(full), kOtherForms.at((h >> 8) % kOtherForms.size()));
    case Variation::UnknownEnum:
        return QLatin1String(kind == Kind::Outcome ? kUnknownOutcome : kUnknownSource);
    case Variation::AsIs:
        break;
    }
    return full;
}

QJsonValue SeedsOnlyWire::retryState(const QJsonValue &full, const QString &validationId) const {
    if (!full.isObject()) {
        return full; // seeds 001/002: null when the validation has no cycle
    }
    QJsonObject o = full.toObject();
    for (QLatin1StringView field : kRetryStateTimestamps) {
        const QJsonValue v = o.value(field);
        const auto instant = v.isString() ? instantOf(v) : std::nullopt;
        if (instant) {
            const quint64 h = hash(validationId, QLatin1String("retry_state.") + field);
            o.insert(field, timestamp(*instant, kRetryStateForms.at(h % kRetryStateForms.size())));
        }
    }
    // Fields the seeds do not list: a client must ignore them.
    const quint64 h = hash(validationId, u"retry_state+");
    o.insert(QLatin1String("policy_version"), 3);
    if (h & 1) {
        o.insert(QLatin1String("scheduler_shard"), int((h >> 1) % 16));
    }
    return o;
}

QJsonObject SeedsOnlyWire::validation(const QJsonObject &full) const {
    const QString id = full.value(QLatin1String("id")).toString();
    // seeds 001/002 define a validation's id (path parameter, a UUID) and its retry_state.
    QJsonObject out{
        {QLatin1String("id"), full.value(QLatin1String("id"))},
        {QLatin1String("retry_state"), retryState(full.value(QLatin1String("retry_state")), id)}};
    for (auto it = full.begin(); it != full.end(); ++it) {
        if (it.key() == u"id" || it.key() == u"retry_state") {
            continue;
        }
        bool keep = true;
        const QJsonValue v = varied(id, it.key(), it.value(), &keep);
        if (keep) {
            out.insert(it.key(), v);
        }
    }
    const quint64 h = hash(id, u"+");
    static const std::array kRegions{QStringLiteral("mx-north"), QStringLiteral("mx-central"),
                                     QStringLiteral("mx-south")};
    out.insert(QLatin1String("x_region"), kRegions.at(h % kRegions.size()));
    if ((h >> 8) & 1) {
        out.insert(QLatin1String("risk"),
                   QJsonObject{{QLatin1String("score"), double((h >> 9) % 100) / 100}});
    }
    if ((h >> 16) & 1) {
        out.insert(QLatin1String("tags"), QJsonArray{QLatin1String("a")});
    }
    if ((h >> 17) & 1) {
        out.insert(QLatin1String("_links"),
                   QJsonObject{{QLatin1String("self"), QLatin1String("/v1/validations/") + id}});
    }
    return out;
}

QJsonObject SeedsOnlyWire::counts(const QString &listId, const QJsonObject &full) const {
    QJsonObject out;
    for (auto it = full.begin(); it != full.end(); ++it) {
        bool keep = true;
        const QJsonValue v = varied(listId, QLatin1String("counts.") + it.key(), it.value(), &keep);
        if (keep) {
            out.insert(it.key(), v);
        }
    }
    return out;
}

QJsonObject SeedsOnlyWire::list(const QJsonObject &full) const {
    const QString id = full.value(QLatin1String("id")).toString();
    // seed 000 defines a list's id and its status ("In Progress").
    QJsonObject out{{QLatin1String("id"), full.value(QLatin1String("id"))},
                    {QLatin1String("status"), full.value(QLatin1String("status"))}};
    for (auto it = full.begin(); it != full.end(); ++it) {
        if (it.key() == u"id" || it.key() == u"status") {
            continue;
        }
        bool keep = true;
        QJsonValue v = varied(id, it.key(), it.value(), &keep);
        if (keep && it.key() == u"counts" && v.isObject() && v == it.value()) {
            v = counts(id, v.toObject());
        }
        if (keep) {
            out.insert(it.key(), v);
        }
    }
    const quint64 h = hash(id, u"+");
    out.insert(QLatin1String("x_region"),
               (h & 1) ? QLatin1String("mx-north") : QLatin1String("mx-central"));
    if ((h >> 1) & 1) {
        out.insert(QLatin1String("tags"), QJsonArray{QLatin1String("bulk")});
    }
    if ((h >> 2) & 1) {
        out.insert(QLatin1String("webhook_url"), QJsonValue::Null);
    }
    return out;
}

} // namespace rd::sandbox
