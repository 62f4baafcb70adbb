// fuzz_page_decoder: a GET /v1/validations page as the table ingests it (simdjson).
// Feeds the bytes to rd::ValidationPageDecoder::decode and to the QJsonDocument path the CLI and
// services use (api::mapping::validationPage), and checks what the decoder promises its sink.
#include "FuzzSupport.h"

#include "api/PayloadMapping.h"
#include "domain/UnreadableItem.h"
#include "domain/Validation.h"
#include "models/StringPool.h"
#include "models/ValidationPageDecoder.h"
#include "models/ValidationRow.h"
#include "models/WireParse.h"

#include <QJsonArray>
#include <QSet>

#include <simdjson.h>

#include <algorithm>
#include <string_view>

namespace {

using rd::ValidationRow;

// Checks each row as it arrives: the decoder hands them over before it knows the page is whole.
class CheckingSink final : public rd::ValidationPageDecoder::Sink {
public:
    explicit CheckingSink(const rd::StringPool &banks)
        : m_banks(banks) {}

    int rows = 0;

    void idRead(quint64 hi, quint64 lo) override {
        m_hi = hi;
        m_lo = lo;
        m_haveId = true;
    }

    // Strict mode: every row and its tracking key, to compare with Validation::fromJson.
    struct Seen {
        ValidationRow row;
        QByteArray key;
    };
    QList<Seen> seen;

    void row(const ValidationRow &r, std::string_view trackingKey) override {
        ++rows;
        if (rdfuzz::strict()) {
            seen.append({r, QByteArray(trackingKey.data(), qsizetype(trackingKey.size()))});
        }
        // The sink is promised the id early so it can prefetch: the row must carry that id.
        FUZZ_CHECK(m_haveId && r.idHi == m_hi && r.idLo == m_lo,
                   QStringLiteral("row %1: its id is not the last one idRead() heard").arg(rows));
        m_haveId = false;
        FUZZ_CHECK(r.senderBank < m_banks.size() && r.receiverBank < m_banks.size(),
                   QStringLiteral("bank ids %1/%2, pool of %3")
                       .arg(r.senderBank)
                       .arg(r.receiverBank)
                       .arg(m_banks.size()));
        rdfuzz::touch(m_banks.text(r.senderBank));
        rdfuzz::touch(m_banks.text(r.receiverBank));
        FUZZ_CHECK(r.outcome <= quint8(rd::Outcome::Error) ||
                       r.outcome == ValidationRow::kNoOutcome,
                   QString::number(r.outcome));
        FUZZ_CHECK(r.terminal <= 1 + quint8(rd::TerminalState::Cancelled),
                   QString::number(r.terminal));
        FUZZ_CHECK(!r.has(ValidationRow::Deleted), QString());
        FUZZ_CHECK((r.ended() == ValidationRow::Ended::None) ==
                       (r.endedMs == ValidationRow::kNullTime),
                   QStringLiteral("ended kind %1, endedMs %2").arg(int(r.ended())).arg(r.endedMs));
        if (!r.has(ValidationRow::HasRetryState)) {
            FUZZ_CHECK(r.terminal == 0 && r.nextAttemptMs == ValidationRow::kNullTime &&
                           r.ended() == ValidationRow::Ended::None &&
                           !r.has(ValidationRow::Enabled),
                       QStringLiteral("retry fields set on a row without retry_state"));
        }
        // The key is valid during the call only: read all of it now, under ASan.
        static volatile unsigned sink = 0;
        unsigned h = 0;
        for (const char c : trackingKey) {
            h = h * 31 + quint8(c);
        }
        sink = sink + h;
    }

private:
    const rd::StringPool &m_banks;
    quint64 m_hi = 0, m_lo = 0;
    bool m_haveId = false;
};

// What a validating parser (simdjson's DOM: the whole document checked) sees in the data arrays.
struct DomCount {
    bool parsed = false;    // valid JSON with an object or an array at the top
    bool hasError = false;  // a non-null "error" member
    int items = 0;          // elements of every "data" array
    int objects = 0;        // of which objects
    bool uniqueKeys = true; // no key twice in the top object, an item or its retry_state
};

// Each key once, at this level and in a nested retry_state: QJsonObject keeps one of duplicated
// keys, the decoder reads them all, so duplicated keys are no disagreement worth a report.
bool uniqueKeys(simdjson::dom::object o, int depth = 0) {
    QSet<std::string_view> seen;
    for (auto field : o) {
        if (seen.contains(field.key)) {
            return false;
        }
        seen.insert(field.key);
        simdjson::dom::object inner;
        if (depth == 0 && field.key == "retry_state" && !field.value.get_object().get(inner) &&
            !uniqueKeys(inner, 1)) {
            return false;
        }
    }
    return true;
}

DomCount domCount(const std::uint8_t *data, std::size_t size) {
    static simdjson::dom::parser parser;
    DomCount c;
    simdjson::dom::element root;
    simdjson::dom::object top;
    if (parser.parse(reinterpret_cast<const char *>(data), size).get(root)) {
        return c;
    }
    c.parsed = true;
    // A bare top-level array is the whole answer (the envelope is RetryDesk's assumption).
    auto countItems = [&c](simdjson::dom::array items) {
        for (auto item : items) {
            ++c.items;
            simdjson::dom::object o;
            if (!item.get_object().get(o)) {
                ++c.objects;
                c.uniqueKeys = c.uniqueKeys && uniqueKeys(o);
            }
        }
    };
    if (simdjson::dom::array bare; !root.get_array().get(bare)) {
        countItems(bare);
        return c;
    }
    if (root.get_object().get(top)) {
        c.parsed = false;
        return c;
    }
    QSet<std::string_view> topKeys;
    for (auto field : top) {
        c.uniqueKeys = c.uniqueKeys && !topKeys.contains(field.key);
        topKeys.insert(field.key);
        if (field.key == "error" && !field.value.is_null()) {
            c.hasError = true;
        }
        simdjson::dom::array items;
        if (field.key != "data" || field.value.get_array().get(items)) {
            continue;
        }
        countItems(items);
    }
    return c;
}

// Field by field, what the table shows (the decoder's row) against what the detail panel and the
// CLI show (Validation::fromJson over QJsonDocument) for the same object. Empty when they agree.
QStringList differences(const CheckingSink::Seen &seen, const rd::Validation &v,
                        const rd::StringPool &banks) {
    const ValidationRow &r = seen.row;
    QStringList d;
    auto ms = [](const std::optional<QDateTime> &t) {
        return t && t->isValid() ? t->toMSecsSinceEpoch() : ValidationRow::kNullTime;
    };
    auto differ = [&d](const char *what, auto row, auto fromJson) {
        if (row != fromJson) {
            d << QStringLiteral("%1: row %2, fromJson %3")
                     .arg(QLatin1String(what))
                     .arg(row)
                     .arg(fromJson);
        }
    };
    const auto id = rd::WireParse::uuid(QStringView(v.id));
    if (!id || id->hi != r.idHi || id->lo != r.idLo) {
        d << QStringLiteral("id: fromJson %1").arg(v.id);
    }
    if (QString::fromUtf8(seen.key) != v.trackingKey) {
        d << QStringLiteral("tracking_key: row '%1', fromJson '%2'")
                 .arg(QString::fromUtf8(seen.key), v.trackingKey);
    }
    if (banks.text(r.senderBank) != v.senderBank || banks.text(r.receiverBank) != v.receiverBank) {
        d << QStringLiteral("banks: row '%1'/'%2', fromJson '%3'/'%4'")
                 .arg(banks.text(r.senderBank), banks.text(r.receiverBank), v.senderBank,
                      v.receiverBank);
    }
    differ("amount", r.amountCents, v.amountCents.value_or(ValidationRow::kNullAmount));
    differ("payment_date", qint64(r.paymentJulianDay),
           v.paymentDate.isValid() ? v.paymentDate.toJulianDay()
                                   : qint64(ValidationRow::kNullDate));
    differ("outcome", int(r.outcome), v.outcome ? int(*v.outcome) : int(ValidationRow::kNoOutcome));
    differ("source",
           int(r.has(ValidationRow::SourceUnknown) ? 2
               : r.has(ValidationRow::BulkImport)  ? 1
                                                   : 0),
           int(!v.source                             ? 2
               : *v.source == rd::Source::BulkImport ? 1
                                                     : 0));
    differ("created_at", r.createdMs, ms(v.createdAt));
    differ("updated_at", r.updatedMs, ms(v.updatedAt));
    differ("retry_state", int(r.has(ValidationRow::HasRetryState)), int(v.retryState.has_value()));
    if (v.retryState && r.has(ValidationRow::HasRetryState)) {
        const rd::RetryState &st = *v.retryState;
        differ("enabled", int(r.has(ValidationRow::Enabled)), int(st.enabled));
        differ("next_attempt_at", r.nextAttemptMs, ms(st.nextAttemptAt));
        differ("terminal_state", int(r.terminal),
               st.terminalState ? 1 + int(*st.terminalState) : 0);
        differ("outcomes null", int(r.has(ValidationRow::OutcomesNull)),
               int(!st.outcomes.has_value()));
        int mask = 0;
        for (const rd::Outcome o : st.outcomes.value_or(QList<rd::Outcome>())) {
            mask |= 1 << int(o);
        }
        differ("outcomes", int(r.outcomesMask), mask);
        // The row's narrower fields clamp (ValidationRow.h); compare through the same clamps.
        differ("max_retries", int(r.maxRetries),
               st.maxRetries ? std::clamp(*st.maxRetries, 0, 0x7FFF) : -1);
        differ("interval_seconds", int(r.intervalSeconds),
               st.intervalSeconds ? std::max(0, *st.intervalSeconds) : -1);
        differ("attempts_completed", int(r.attemptsCompleted),
               std::min(st.attemptsCompleted, 0xFFFF));
    }
    return d;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    rdfuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    QByteArray bytes = rdfuzz::bytesOf(data, size);
    rd::StringPool banks;
    CheckingSink sink(banks);
    rd::ValidationPageDecoder decoder;
    const rd::ValidationPage page = decoder.decode(bytes, banks, sink);

    // decode() may add padding capacity to the buffer, never change its bytes.
    FUZZ_CHECK(std::size_t(bytes.size()) == size && std::memcmp(bytes.constData(), data, size) == 0,
               QStringLiteral("decode() modified its input"));
    rdfuzz::touch(page.error);
    rdfuzz::touch(page.firstRejection);
    rdfuzz::touch(page.nextCursor);
    FUZZ_CHECK(page.rows >= 0 && page.rejected >= 0, QString());
    if (page.ok()) {
        FUZZ_CHECK(sink.rows == page.rows,
                   QStringLiteral("sink got %1 rows, page says %2").arg(sink.rows).arg(page.rows));
        // Nothing dropped silently: every refused item counted, the first ones kept with a reason
        // and their JSON (rd::UnreadableItem).
        FUZZ_CHECK((page.rejected > 0) == !page.firstRejection.isEmpty(), page.firstRejection);
        FUZZ_CHECK(page.unreadable.size() ==
                       std::min(page.rejected, int(rd::UnreadableItem::kMaxKept)),
                   QStringLiteral("%1 unreadable kept of %2")
                       .arg(page.unreadable.size())
                       .arg(page.rejected));
        for (const rd::UnreadableItem &u : page.unreadable) {
            FUZZ_CHECK(!u.reason.isEmpty(), QStringLiteral("an unreadable item without a reason"));
            FUZZ_CHECK(u.raw.size() <= rd::UnreadableItem::kMaxRawBytes &&
                           u.raw.size() <= qsizetype(size),
                       QString::number(u.raw.size()));
            FUZZ_CHECK(bytes.contains(u.raw), QStringLiteral("raw JSON that is not in the answer"));
        }
    }

    // Against a parser that checks the whole document: a page decoded without error never has
    // more rows than objects in its data, and every element is either a row or a rejection.
    const DomCount dom = domCount(data, size);
    if (page.ok() && dom.parsed) {
        FUZZ_CHECK(!dom.hasError, QStringLiteral("a non-null error member decoded as a page"));
        FUZZ_CHECK(page.rows <= dom.objects,
                   QStringLiteral("%1 rows from %2 objects").arg(page.rows).arg(dom.objects));
        FUZZ_CHECK(page.rows + page.rejected == dom.items,
                   QStringLiteral("%1 rows + %2 rejected != %3 elements")
                       .arg(page.rows)
                       .arg(page.rejected)
                       .arg(dom.items));
    }
    // Strict: the decoder "accepts exactly what Validation::fromJson accepts, object by object"
    // (ValidationPageDecoder.h), and reads the same values. Compared on documents both parsers
    // take whole, without duplicated keys (QJsonObject keeps one of them, the decoder reads all).
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &jsonError);
    if (rdfuzz::strict() && page.ok() && dom.parsed && dom.uniqueKeys &&
        jsonError.error == QJsonParseError::NoError) {
        const QJsonArray items =
            doc.isArray() ? doc.array() : doc.object().value(QLatin1String("data")).toArray();
        QList<std::optional<rd::Validation>> read;
        QString firstWhy;
        for (const QJsonValue &item : items) {
            QString why = QStringLiteral("not an object");
            read.append(item.isObject() ? rd::Validation::fromJson(item.toObject(), &why)
                                        : std::nullopt);
            if (!read.constLast() && firstWhy.isEmpty()) {
                firstWhy = why;
            }
        }
        const auto accepted =
            std::count_if(read.cbegin(), read.cend(), [](const auto &v) { return v.has_value(); });
        FUZZ_CHECK(accepted == page.rows,
                   QStringLiteral("decoder kept %1 rows, Validation::fromJson accepts %2 "
                                  "(decoder's first rejection: '%3'; fromJson's: '%4')")
                       .arg(page.rows)
                       .arg(accepted)
                       .arg(page.firstRejection, firstWhy));
        int next = 0;
        for (const auto &v : read) {
            if (v) {
                const QStringList d = differences(sink.seen.at(next++), *v, banks);
                FUZZ_CHECK(d.isEmpty(),
                           QStringLiteral("row %1 of the page: %2").arg(next).arg(d.join(u"; ")));
            }
        }
    }

    // The QJsonDocument path over the same bytes (retrydesk-cli, services).
    rd::net::Result r;
    r.httpStatus = 200;
    r.body = bytes;
    r.payload = rdfuzz::payloadOf(doc);
    QString error;
    const auto mapped = rd::api::mapping::validationPage(r, &error);
    FUZZ_EXPECT(mapped.has_value() || !error.isEmpty(), QStringLiteral("refused without a reason"));
    if (mapped) {
        FUZZ_CHECK(!mapped->hasMore || !mapped->nextCursor.isEmpty(),
                   QStringLiteral("has_more without a cursor"));
        FUZZ_CHECK(mapped->unreadable.size() ==
                       std::min(mapped->unreadableCount, int(rd::UnreadableItem::kMaxKept)),
                   QStringLiteral("%1 kept of %2")
                       .arg(mapped->unreadable.size())
                       .arg(mapped->unreadableCount));
        for (const rd::UnreadableItem &u : mapped->unreadable) {
            FUZZ_CHECK(!u.reason.isEmpty() && u.raw.size() <= rd::UnreadableItem::kMaxRawBytes,
                       u.reason);
        }
        for (const rd::Validation &v : mapped->items) {
            rdfuzz::touch(v.id);
            rdfuzz::touch(v.trackingKey);
        }
    }
    return 0;
}
