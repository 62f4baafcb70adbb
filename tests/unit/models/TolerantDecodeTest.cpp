// The table's decoder reads what the seeds define strictly and everything else tolerantly, exactly
// as the domain parser does (docs/api.md: only id and retry_state come from the seeds).
#include "ValidationFixtures.h"

#include "core/FakeClock.h"
#include "models/ValidationTableModel.h"

#include <gtest/gtest.h>

using namespace rd;
using namespace rd::test;

namespace {

// What the table can hold of a validation: the server's text of an unknown enum value is kept by
// the detail (GET /v1/validations/{id}), the row shows "—".
Validation tableView(Validation v) {
    v.outcomeText.clear();
    v.sourceText.clear();
    if (v.retryState) {
        v.retryState->terminalStateText.clear();
        v.retryState->otherOutcomes.clear();
    }
    return v;
}

QJsonObject base(int n) {
    Validation v = makeValidation(n);
    v.retryState = pendingState(1, 3, kT0.addSecs(300));
    return v.toJson();
}

// Each optional field absent, null, retyped, in another form, or with an unknown value.
QList<QJsonObject> variants() {
    const QJsonValue null(QJsonValue::Null);
    const QList<std::pair<QString, QJsonValue>> changes = {
        {QStringLiteral("amount"), null},
        {QStringLiteral("amount"), 1250.5},
        {QStringLiteral("amount"), 7},
        {QStringLiteral("amount"), QStringLiteral("1,250.00 MXN")},
        {QStringLiteral("amount"), -3.0},
        {QStringLiteral("amount"), QJsonObject{{QStringLiteral("value"), 1}}},
        {QStringLiteral("tracking_key"), 123456789},
        {QStringLiteral("tracking_key"), 1.5},
        {QStringLiteral("tracking_key"), true},
        {QStringLiteral("tracking_key"), null},
        {QStringLiteral("sender_bank"), 40012},
        {QStringLiteral("receiver_bank"), QJsonArray{1, 2}},
        {QStringLiteral("payment_date"), 20251231},
        {QStringLiteral("payment_date"), QStringLiteral("31/12/2025")},
        {QStringLiteral("outcome"), QStringLiteral("partial_match")},
        {QStringLiteral("outcome"), null},
        {QStringLiteral("outcome"), 3},
        {QStringLiteral("source"), QStringLiteral("webhook")},
        {QStringLiteral("source"), null},
        {QStringLiteral("created_at"), 1767268800},
        {QStringLiteral("created_at"), QStringLiteral("2026-01-01T06:00:00.123456-06:00")},
        {QStringLiteral("created_at"), QStringLiteral("2026-01-01t12:00:00z")},
        {QStringLiteral("created_at"), QStringLiteral("yesterday")},
        {QStringLiteral("updated_at"), null},
        {QStringLiteral("updated_at"), QStringLiteral("2026-01-01T13:30:00+01:30")},
        {QStringLiteral("x_region"), QStringLiteral("mx-north")},
        {QStringLiteral("risk"), QJsonObject{{QStringLiteral("score"), 0.7}}},
    };
    QList<QJsonObject> out;
    int n = 100;
    for (const auto &[key, value] : changes) {
        QJsonObject o = base(n++);
        o.insert(key, value);
        out.append(o);
    }
    const QStringList optional = {QStringLiteral("amount"),       QStringLiteral("tracking_key"),
                                  QStringLiteral("sender_bank"),  QStringLiteral("receiver_bank"),
                                  QStringLiteral("payment_date"), QStringLiteral("outcome"),
                                  QStringLiteral("source"),       QStringLiteral("created_at"),
                                  QStringLiteral("updated_at")};
    for (const QString &key : optional) {
        QJsonObject o = base(n++);
        o.remove(key);
        out.append(o);
    }
    // Only what the seeds define.
    QJsonObject bare{{QStringLiteral("id"), base(n).value(QStringLiteral("id"))},
                     {QStringLiteral("retry_state"), base(n).value(QStringLiteral("retry_state"))}};
    out.append(bare);
    // retry_state: other RFC 3339 forms, unknown values a newer server may send, extra fields.
    QJsonObject rs = base(++n);
    QJsonObject state = rs.value(QStringLiteral("retry_state")).toObject();
    state.insert(QStringLiteral("next_attempt_at"), QStringLiteral("2026-01-01T06:05:00.5-06:00"));
    state.insert(QStringLiteral("outcomes"), QJsonArray{QStringLiteral("not_found"),
                                                        QStringLiteral("timeout")});
    state.insert(QStringLiteral("policy_version"), 3);
    rs.insert(QStringLiteral("retry_state"), state);
    out.append(rs);
    QJsonObject unknownTerminal = base(++n);
    state = unknownTerminal.value(QStringLiteral("retry_state")).toObject();
    state.insert(QStringLiteral("terminal_state"), QStringLiteral("paused"));
    unknownTerminal.insert(QStringLiteral("retry_state"), state);
    out.append(unknownTerminal);
    return out;
}

QByteArray pageOf(const QList<QJsonObject> &objects) {
    QJsonArray data;
    for (const QJsonObject &o : objects) {
        data.append(o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("data"), data},
                                     {QStringLiteral("error"), QJsonValue(QJsonValue::Null)},
                                     {QStringLiteral("meta"), QJsonObject{}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

TEST(TolerantDecode, OptionalFieldsAbsentNullRetypedOrUnknown_NeverRefuseTheRow) {
    FakeClock clock(kT0);
    ValidationTableModel model(&clock);
    const QList<QJsonObject> objects = variants();
    const auto result = model.ingestPage(pageOf(objects));
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(result.rejected, 0) << result.firstRejection.toStdString();
    EXPECT_EQ(model.rowCount(), objects.size());
}

TEST(TolerantDecode, EveryVariant_ReadsInTheTableAsTheDomainParserReadsIt) {
    FakeClock clock(kT0);
    for (const QJsonObject &o : variants()) {
        ValidationTableModel model(&clock);
        const QByteArray bytes = pageOf({o});
        ASSERT_TRUE(model.ingestPage(bytes).ok());
        QString why;
        const auto domain = Validation::fromJson(o, &why);
        ASSERT_TRUE(domain.has_value()) << why.toStdString();
        ASSERT_EQ(model.rowCount(), 1) << bytes.toStdString();
        EXPECT_EQ(model.validationAt(0), tableView(*domain)) << bytes.toStdString();
    }
}

TEST(TolerantDecode, DomainParser_KeepsTheServersWordsForUnknownValues) {
    QJsonObject o = base(1);
    o.insert(QStringLiteral("outcome"), QStringLiteral("partial_match"));
    o.insert(QStringLiteral("source"), QStringLiteral("webhook"));
    o.insert(QStringLiteral("amount"), 1250.5);
    o.insert(QStringLiteral("tracking_key"), 42);
    const auto v = Validation::fromJson(o);
    ASSERT_TRUE(v);
    EXPECT_FALSE(v->outcome);
    EXPECT_EQ(v->outcomeText, QStringLiteral("partial_match"));
    EXPECT_FALSE(v->source);
    EXPECT_EQ(v->sourceText, QStringLiteral("webhook"));
    EXPECT_EQ(v->amountCents, 125050);
    EXPECT_EQ(v->trackingKey, QStringLiteral("42"));
}

TEST(TolerantDecode, TableShowsADashForWhatTheServerDidNotGive) {
    FakeClock clock(kT0);
    ValidationTableModel model(&clock);
    QJsonObject bare{{QStringLiteral("id"), base(1).value(QStringLiteral("id"))},
                     {QStringLiteral("retry_state"), QJsonValue(QJsonValue::Null)}};
    ASSERT_TRUE(model.ingestPage(pageOf({bare})).ok());
    ASSERT_EQ(model.rowCount(), 1);
    const auto text = [&](ValidationColumn c) {
        return model.index(0, int(c)).data().toString().toStdString();
    };
    EXPECT_EQ(text(ValidationColumn::Outcome), "—");
    EXPECT_EQ(text(ValidationColumn::Source), "—");
    EXPECT_EQ(text(ValidationColumn::Target), "— · — · — → —");
}

TEST(TolerantDecode, UnreadableItems_AreCountedWithTheirReasonAndJson_OthersLoad) {
    FakeClock clock(kT0);
    ValidationTableModel model(&clock);
    QJsonObject noId = base(2);
    noId.remove(QStringLiteral("id"));
    QJsonObject badState = base(3);
    badState.insert(QStringLiteral("retry_state"), QStringLiteral("oops"));
    QJsonObject badEnabled = base(4);
    QJsonObject st = badEnabled.value(QStringLiteral("retry_state")).toObject();
    st.insert(QStringLiteral("enabled"), QStringLiteral("yes"));
    badEnabled.insert(QStringLiteral("retry_state"), st);
    QJsonArray data{base(1), noId, 42, badState, QStringLiteral("x,]}"), badEnabled, base(5)};
    const QByteArray bytes = QJsonDocument(QJsonObject{{QStringLiteral("data"), data}})
                                 .toJson(QJsonDocument::Compact);
    const auto result = model.ingestPage(bytes);
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(result.rejected, 5);
    ASSERT_EQ(result.unreadable.size(), 5);
    EXPECT_EQ(result.unreadable[0].reason.toStdString(), "id: missing");
    EXPECT_EQ(result.unreadable[0].raw, QJsonDocument(noId).toJson(QJsonDocument::Compact));
    EXPECT_EQ(result.unreadable[1].reason.toStdString(), "not an object");
    EXPECT_EQ(result.unreadable[1].raw.toStdString(), "42");
    EXPECT_EQ(result.unreadable[2].reason.toStdString(), "retry_state: expected an object or null");
    EXPECT_EQ(result.unreadable[2].raw, QJsonDocument(badState).toJson(QJsonDocument::Compact));
    EXPECT_EQ(result.unreadable[3].raw.toStdString(), "\"x,]}\"");
    EXPECT_EQ(result.unreadable[4].reason.toStdString(), "retry_state.enabled: expected a boolean");
    // The domain parser gives the same reasons.
    QString why;
    EXPECT_FALSE(Validation::fromJson(noId, &why));
    EXPECT_EQ(why.toStdString(), "id: missing");
    EXPECT_FALSE(Validation::fromJson(badEnabled, &why));
    EXPECT_EQ(why.toStdString(), "retry_state.enabled: expected a boolean");
}

TEST(TolerantDecode, ABareArray_IsTheWholeList) {
    FakeClock clock(kT0);
    ValidationTableModel model(&clock);
    const QByteArray bytes =
        QJsonDocument(QJsonArray{base(1), base(2)}).toJson(QJsonDocument::Compact);
    const auto result = model.ingestPage(bytes);
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_FALSE(result.hasMore);
    EXPECT_EQ(model.rowCount(), 2);
}

TEST(TolerantDecode, ANextCursorWithoutHasMore_StillMeansMore) {
    FakeClock clock(kT0);
    ValidationTableModel model(&clock);
    const QByteArray bytes = QJsonDocument(QJsonObject{
                                               {QStringLiteral("data"), QJsonArray{base(1)}},
                                               {QStringLiteral("meta"),
                                                QJsonObject{{QStringLiteral("next_cursor"),
                                                             QStringLiteral("c2")}}},
                                           })
                                 .toJson(QJsonDocument::Compact);
    const auto result = model.ingestPage(bytes);
    EXPECT_TRUE(result.hasMore);
    EXPECT_EQ(result.nextCursor.toStdString(), "c2");
}
