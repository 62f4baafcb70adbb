#include "sandbox/ValidationTable.h"
#include "core/Random.h"
#include "sandbox/DemoData.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

namespace rd::sandbox {
namespace {

const QString kId = QStringLiteral("3f0c2a4e-8b1d-4c6e-9a7f-0123456789ab");

QDateTime at(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

Validation plain(const QString &id = kId) {
    Validation v;
    v.id = id;
    v.trackingKey = QStringLiteral("MBAN01234567890");
    v.amountCents = 125050;
    v.senderBank = QStringLiteral("BBVA MEXICO");
    v.receiverBank = QStringLiteral("BANORTE");
    v.paymentDate = QDate(2026, 11, 30);
    v.outcome = Outcome::NotFound;
    v.source = Source::Api;
    v.createdAt = at(1'764'000'000'000);
    v.updatedAt = at(1'764'000'000'123);
    return v;
}

RetryState cycle() {
    RetryState s;
    s.enabled = true;
    s.maxRetries = 3;
    s.intervalSeconds = 600;
    s.outcomes = QList<Outcome>{Outcome::CepUnavailable, Outcome::Error};
    s.attemptsCompleted = 1;
    s.nextAttemptAt = at(1'764'000'600'000);
    s.terminalState = TerminalState::Pending;
    return s;
}

ValidationRecord record(const Validation &v, const QString &user = QStringLiteral("usr_demo")) {
    ValidationRecord r;
    r.v = v;
    r.userId = user;
    return r;
}

QByteArray rowJson(const ValidationTable &t, RowId row) {
    QByteArray out;
    t.writeJson(row, out);
    return out;
}

QByteArray qtJson(const Validation &v) {
    return QJsonDocument(v.toJson()).toJson(QJsonDocument::Compact);
}

// Each case round-trips through the table and writes the bytes QJsonDocument writes.
void expectFaithful(const ValidationRecord &r) {
    ValidationTable t;
    const RowId row = t.put(r);
    const ValidationRecord back = t.record(row);
    EXPECT_EQ(back.v, r.v) << qtJson(r.v).constData();
    EXPECT_EQ(back.userId, r.userId);
    EXPECT_EQ(back.reactivations, r.reactivations);
    EXPECT_EQ(back.history, r.history);
    EXPECT_EQ(back.timer, r.timer);
    EXPECT_EQ(rowJson(t, row), qtJson(r.v));
    const auto parsed = QJsonDocument::fromJson(rowJson(t, row));
    ASSERT_TRUE(parsed.isObject());
    EXPECT_EQ(parsed.object(), r.v.toJson());
    EXPECT_EQ(t.find(r.v.id), row);
}

TEST(ValidationTable, PlainValidationReadsBackAndWritesQtsBytes) {
    expectFaithful(record(plain()));
}

TEST(ValidationTable, RetryStatesOfEveryShape) {
    Validation v = plain();
    v.retryState = cycle();
    ValidationRecord r = record(v);
    r.reactivations = 2;
    r.timer = 77;
    r.history = {{1'764'000'000'500, 1, Outcome::Error}};
    expectFaithful(r);

    RetryState disabled; // a disabled policy: every policy field null
    v.retryState = disabled;
    expectFaithful(record(v));

    RetryState closed = cycle();
    closed.nextAttemptAt.reset();
    closed.terminalState = TerminalState::Exhausted;
    closed.exhaustedAt = at(1'764'000'900'001);
    closed.resolvedAt = at(1'764'000'900'002);
    closed.cancelledAt = at(1'764'000'900'003);
    closed.outcomes = QList<Outcome>{};
    v.retryState = closed;
    expectFaithful(record(v));

    RetryState odd = cycle(); // a newer server's values, kept as text
    odd.terminalState.reset();
    odd.terminalStateText = QStringLiteral("paused");
    odd.otherOutcomes = {QStringLiteral("timeout")};
    odd.outcomes = QList<Outcome>{Outcome::Valid, Outcome::NotFound, Outcome::CepUnavailable,
                                  Outcome::Error, Outcome::Error}; // five: beyond the packed four
    v.retryState = odd;
    expectFaithful(record(v));

    odd.outcomes.reset(); // unknown names only: an array of them
    v.retryState = odd;
    expectFaithful(record(v));
}

TEST(ValidationTable, EmptyUnknownAndUnusualFields) {
    Validation v;
    v.id = kId;
    expectFaithful(record(v)); // everything optional absent: nulls and empty strings

    v = plain();
    v.outcome.reset();
    v.outcomeText = QStringLiteral("still_checking");
    v.source.reset();
    v.sourceText = QStringLiteral("ftp");
    v.amountCents = -5;
    v.trackingKey = QStringLiteral("quote \" backslash \\ tab \t ctrl \x01 ñ 日本 😀");
    v.senderBank = QStringLiteral("BANCO \"AZTECA\"");
    v.paymentDate = QDate(12000, 1, 1); // no ISO text: written as Qt writes it
    v.createdAt = at(-86'400'000);      // before 1970
    v.updatedAt = QDateTime();
    expectFaithful(record(v));

    v.trackingKey = QString(70'000, u'k'); // longer than the arena's 16-bit length
    v.paymentDate = QDate(1, 1, 1);
    expectFaithful(record(v));
}

TEST(ValidationTable, IdsKeepTheirExactText) {
    ValidationTable t;
    const QString upper = kId.toUpper();
    const RowId lowerRow = t.put(record(plain(kId)));
    const RowId upperRow = t.put(record(plain(upper)));
    const RowId oddRow = t.put(record(plain(QStringLiteral("not-a-uuid"))));
    EXPECT_NE(lowerRow, upperRow);
    EXPECT_EQ(t.find(kId), lowerRow);
    EXPECT_EQ(t.find(upper), upperRow);
    EXPECT_EQ(t.find(QStringLiteral("not-a-uuid")), oddRow);
    EXPECT_EQ(t.find(QStringLiteral("3F0c2a4e-8b1d-4c6e-9a7f-0123456789ab")), std::nullopt);
    EXPECT_EQ(t.id(upperRow), upper);
    EXPECT_EQ(t.record(oddRow).v.id, QStringLiteral("not-a-uuid"));
    EXPECT_TRUE(t.idLess(upperRow, lowerRow)); // as text: 'F' < 'f'
    EXPECT_FALSE(t.idLess(lowerRow, upperRow));
}

TEST(ValidationTable, PutReplacesAndAssignWritesBack) {
    ValidationTable t;
    Validation v = plain();
    const RowId row = t.put(record(v));
    v.trackingKey = QStringLiteral("OTHER");
    v.retryState = cycle();
    EXPECT_EQ(t.put(record(v, QStringLiteral("usr_other"))), row);
    EXPECT_EQ(t.size(), 1);
    EXPECT_EQ(t.record(row).v, v);
    EXPECT_EQ(t.userId(row), QStringLiteral("usr_other"));

    ValidationRecord r = t.record(row);
    for (int k = 1; k <= 40; ++k) { // a history that grows attempt by attempt
        r.history.append({1'764'000'000'000 + k, k, Outcome::Error});
        t.assign(r);
        ASSERT_EQ(t.record(row).history, r.history);
    }
    r.history.clear();
    t.assign(r);
    EXPECT_TRUE(t.record(row).history.isEmpty());
}

TEST(ValidationTable, ShiftMovesEveryTime) {
    ValidationTable t;
    Validation v = plain();
    v.retryState = cycle();
    ValidationRecord r = record(v);
    r.history = {{1'764'000'000'500, 1, Outcome::Error}};
    const RowId row = t.put(r);
    t.shiftAll(3'600'000);
    const ValidationRecord back = t.record(row);
    EXPECT_EQ(back.v.createdAt, v.createdAt.addSecs(3600));
    EXPECT_EQ(back.v.updatedAt, v.updatedAt.addSecs(3600));
    EXPECT_EQ(back.v.retryState->nextAttemptAt, v.retryState->nextAttemptAt->addSecs(3600));
    EXPECT_FALSE(back.v.retryState->resolvedAt.has_value());
    EXPECT_EQ(back.history.first().atMs, 1'764'000'000'500 + 3'600'000);
}

TEST(ValidationTable, DemoDatasetIsFaithfulRowByRow) {
    // The generated data the benchmark serves: many rows, every cycle state.
    SeededRandom random(7);
    ValidationTable t;
    const QDateTime now = at(1'764'000'000'000);
    QList<Validation> written;
    for (int i = 0; i < 2000; ++i) {
        Validation v = demo::makeValidation(random, now, Outcome(i % 4), Source(i % 2), i * 37);
        if (i % 3 == 0) {
            v.retryState = cycle();
            v.retryState->attemptsCompleted = i % 5;
        }
        written.append(v);
        t.put(record(v, i % 7 ? QStringLiteral("usr_demo") : QStringLiteral("usr_b")));
    }
    ASSERT_EQ(t.size(), 2000);
    for (int i = 0; i < 2000; ++i) {
        const auto row = t.find(written[i].id);
        ASSERT_TRUE(row);
        ASSERT_EQ(t.record(*row).v, written[i]);
        ASSERT_EQ(rowJson(t, *row), qtJson(written[i]));
    }
}

} // namespace
} // namespace rd::sandbox
