#include "ValidationFixtures.h"

#include "core/FakeClock.h"
#include "domain/JsonUtil.h"
#include "models/ValidationTableModel.h"
#include "models/WireParse.h"

#include <gtest/gtest.h>

#include <cstring>

using namespace rd;
using namespace rd::test;

namespace {

// Every shape of retry_state the contract allows, plus odd-but-legal wire forms.
QList<Validation> variedValidations() {
    QList<Validation> out;
    for (int i = 0; i < 12; ++i) {
        Validation v = makeValidation(i);
        v.outcome = Outcome(i % 4);
        v.source = i % 5 == 0 ? Source::BulkImport : Source::Api;
        v.senderBank = i % 2 ? QStringLiteral("SANTANDER") : QStringLiteral("BANORTE ñ");
        v.createdAt = kT0.addMSecs(-123456 * i);
        v.updatedAt = kT0.addMSecs(7 * i);
        switch (i % 6) {
        case 0:
            break; // no retry policy
        case 1:
            v.retryState = pendingState(1, 5, kT0.addSecs(252));
            break;
        case 2: {
            RetryState s = pendingState(5, 5, kT0);
            s.nextAttemptAt.reset();
            s.terminalState = TerminalState::Exhausted;
            s.exhaustedAt = kT0.addSecs(-5);
            v.retryState = s;
            break;
        }
        case 3: {
            RetryState s = pendingState(2, 3, kT0);
            s.nextAttemptAt.reset();
            s.terminalState = TerminalState::Resolved;
            s.resolvedAt = kT0.addMSecs(-1500);
            v.retryState = s;
            break;
        }
        case 4: {
            RetryState s = pendingState(0, 10, kT0);
            s.nextAttemptAt.reset();
            s.outcomes.reset();
            s.terminalState = TerminalState::Cancelled;
            s.cancelledAt = kT0;
            v.retryState = s;
            break;
        }
        case 5: {
            RetryState s; // disabled: policy fields null, no terminal state
            v.retryState = s;
            break;
        }
        }
        out.append(v);
    }
    return out;
}

// What the domain parser (Validation::fromJson) reads from each object of a page's data.
QList<Validation> domainRead(const QByteArray &bytes) {
    QList<Validation> out;
    const QJsonArray data =
        QJsonDocument::fromJson(bytes).object().value(QLatin1String("data")).toArray();
    for (const QJsonValue &v : data) {
        const auto parsed = Validation::fromJson(v.toObject());
        EXPECT_TRUE(parsed.has_value());
        out.append(parsed.value_or(Validation{}));
    }
    return out;
}

} // namespace

TEST(ValidationPageDecoder, Ingest_EveryValidation_EqualsWhatTheDomainParserReadsFromTheSameBytes) {
    FakeClock clock(kT0);
    ValidationTableModel model(&clock);
    const QList<Validation> vs = variedValidations();
    const QByteArray bytes = page(vs);
    const auto result = model.ingestPage(bytes);
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    const QList<Validation> expected = domainRead(bytes);
    ASSERT_EQ(model.rowCount(), vs.size());
    ASSERT_EQ(expected.size(), vs.size());
    for (int i = 0; i < vs.size(); ++i) {
        EXPECT_EQ(model.validationAt(i), expected[i]) << "row " << i;
    }
}

TEST(ValidationPageDecoder, EscapedSpellings_DecodeLikeTheDomainParser) {
    // The decoder reads raw bytes first and decodes escapes only when it must (bank names the
    // pool has just seen, enum values, keys): escaped spellings of the same text must still
    // load as that text, and a name that only matches raw bytes must not be taken for it.
    QList<Validation> vs;
    for (int i = 0; i < 4; ++i) {
        Validation v = makeValidation(i);
        v.senderBank = QStringLiteral("BANORTE");
        v.receiverBank = QStringLiteral("BANCO \\ \"AZUL\"");
        v.trackingKey = QStringLiteral("MBAN\"%1").arg(i);
        RetryState st = pendingState(1, 5, kT0.addSecs(60));
        v.retryState = st;
        vs.append(v);
    }
    QByteArray bytes = page(vs);
    // Escaped spellings the server may send for the same values.
    bytes.replace("\"sender_bank\":\"BANORTE\"", "\"sender_bank\":\"BAN\\u004fRTE\"");
    bytes.replace("\"terminal_state\":\"pending\"", "\"terminal_state\":\"pend\\u0069ng\"");
    bytes.replace("\"not_found\"", "\"not\\u005ffound\"");
    bytes.replace("\"source\":\"api\"", "\"source\":\"\\u0061pi\"");
    FakeClock clock(kT0);
    ValidationTableModel model(&clock);
    const auto result = model.ingestPage(bytes);
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    ASSERT_EQ(result.rejected, 0) << result.firstRejection.toStdString();
    const QList<Validation> expected = domainRead(bytes);
    ASSERT_EQ(model.rowCount(), int(expected.size()));
    for (int i = 0; i < model.rowCount(); ++i) {
        EXPECT_EQ(expected[i].senderBank, QStringLiteral("BANORTE"));
        EXPECT_EQ(model.validationAt(i), expected[i]) << "row " << i;
    }
    EXPECT_EQ(model.store().banks().size(), 3) << "\"\", BANORTE and the receiving bank";
}

TEST(ValidationPageDecoder, Ingest_OffsetsAndFractions_MatchTheDomainTimestampParser) {
    for (const char *s :
         {"2026-01-01T12:00:00Z", "2026-01-01T12:00:00.5Z", "2026-01-01T12:00:00.25Z",
          "2026-01-01T12:00:00.123Z", "2026-01-01T12:00:00+02:00", "2026-01-01T12:00:00.5-05:30",
          "2024-02-29T23:59:59Z", "2026-01-01T12:00:00.123456Z", "1969-12-31T23:59:59Z",
          // calendar edges of the four-digit-year fast path
          "0000-01-01T00:00:00Z", "0000-02-29T00:00:00Z", "0001-01-01T00:00:00Z",
          "0001-02-28T23:59:59.999Z", "0400-03-01T00:00:00Z", "1900-02-28T00:00:00Z",
          "1900-03-01T00:00:00Z", "2000-02-29T00:00:00Z", "2100-03-01T00:00:00Z",
          "9999-12-31T23:59:59.999Z"}) {
        const auto mine = WireParse::timestampMs(s);
        const auto theirs = json::parseTimestamp(QString::fromLatin1(s));
        ASSERT_EQ(mine.has_value(), theirs.has_value()) << s;
        if (theirs) {
            EXPECT_EQ(*mine, theirs->toMSecsSinceEpoch()) << s;
        }
    }
    for (const char *bad :
         {"2026-02-30T12:00:00Z", "2026-01-01T12:00:00", "2026-01-01 12:00:00Z", "x"}) {
        EXPECT_EQ(WireParse::timestampMs(bad).has_value(),
                  json::parseTimestamp(QString::fromLatin1(bad)).has_value())
            << bad;
    }
}

TEST(ValidationPageDecoder, PaymentDates_MatchQDate) {
    for (const char *s : {"2026-01-31", "2024-02-29", "2023-02-29", "0000-01-01", "0001-01-01",
                          "9999-12-31", "2026-13-01", "2026-1-01", "", "x"}) {
        const QDate theirs = QDate::fromString(QString::fromLatin1(s), Qt::ISODate);
        const auto mine = WireParse::dateJulianDay(s);
        ASSERT_EQ(mine.has_value(), theirs.isValid()) << s;
        if (mine) {
            EXPECT_EQ(*mine, theirs.toJulianDay()) << s;
        }
    }
}

TEST(ValidationPageDecoder, PaymentDatesInAPage_MatchQDate_WhateverCameBefore) {
    // The page's date memo remembers valid dates by day of month: an invalid date on a day the
    // memo already holds, or a date in another month on that day, must still be read afresh.
    const char *dates[] = {"2026-01-30", "2026-02-30", "2026-03-30", "2024-02-29",
                           "2023-02-29", "0000-01-30", "2026-01-30", "2026-01-3\\u0030",
                           "x",          "2026-1-30"};
    QList<Validation> vs;
    for (int i = 0; i < int(std::size(dates)); ++i) {
        vs.append(makeValidation(i));
    }
    QByteArray bytes = page(vs);
    const QByteArray original = "\"payment_date\":\"2025-12-31\"";
    for (const char *d : dates) {
        const qsizetype at = bytes.indexOf(original);
        ASSERT_GE(at, 0);
        bytes.replace(at, original.size(), QByteArray("\"payment_date\":\"") + d + "\"");
    }
    FakeClock clock(kT0);
    ValidationTableModel model(&clock);
    const auto result = model.ingestPage(bytes);
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    const QList<Validation> expected = domainRead(bytes);
    ASSERT_EQ(model.rowCount(), int(expected.size()));
    for (int i = 0; i < model.rowCount(); ++i) {
        EXPECT_EQ(model.validationAt(i)->paymentDate, expected[i].paymentDate)
            << dates[i] << " read as " << expected[i].paymentDate.toString().toStdString();
    }
}

TEST(ValidationPageDecoder, Amounts_FollowTheDomainGrammar) {
    for (const char *s : {"0", "0.5", "1250.00", "1250.1", "999999999999999.99", "01", "1.",
                          "1.234", "-1", "", "1e3", "1000000000000000"}) {
        EXPECT_EQ(WireParse::amountCents(s), Validation::parseAmount(QString::fromLatin1(s))) << s;
    }
}

TEST(ValidationPageDecoder, RefusedObject_IsSkippedAndCounted_OthersLoad) {
    FakeClock clock(kT0);
    ValidationTableModel model(&clock);
    QByteArray bytes = page({makeValidation(1), makeValidation(2), makeValidation(3)});
    // retry_state of #2 of the wrong shape (seeds 001/002: an object or null)
    const qsizetype at = bytes.indexOf("\"retry_state\":null", bytes.indexOf("000000000002"));
    ASSERT_GE(at, 0);
    bytes.replace(at, 18, "\"retry_state\":[1]");
    const auto result = model.ingestPage(bytes);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.rejected, 1);
    EXPECT_EQ(result.firstRejection.toStdString(), "retry_state: expected an object or null");
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.rowForId(makeValidation(2).id), -1);
}

TEST(ValidationPageDecoder, BrokenJson_ChangesNothingAndSaysWhy) {
    FakeClock clock(kT0);
    ValidationTableModel model(&clock);
    QByteArray bytes = page({makeValidation(1), makeValidation(2)});
    bytes.chop(20);
    const auto result = model.ingestPage(bytes);
    EXPECT_FALSE(result.ok());
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(ValidationPageDecoder, SyntaxErrorInsideAnObject_IsABrokenPageNotARefusedObject) {
    // The decoder walks fields itself (JsonFieldReader's forEachField): a broken field must still
    // fail the page, never just skip the object.
    const std::pair<const char *, const char *> breaks[] = {
        {"\",\"created_at\":", "\" \"created_at\":"}, // missing comma
        {"\"created_at\":", "\"created_at\" "},       // missing colon
        {",\"created_at\":", ",created_at:"},         // key not a string
        {"\"outcome\":", "\"outcome\":,"},            // missing value
    };
    for (const auto &[from, to] : breaks) {
        FakeClock clock(kT0);
        ValidationTableModel model(&clock);
        QByteArray bytes = page({makeValidation(1), makeValidation(2), makeValidation(3)});
        const qsizetype at = bytes.indexOf(from, bytes.indexOf(makeValidation(2).id.toUtf8()));
        ASSERT_GE(at, 0) << from;
        bytes.replace(at, qsizetype(std::strlen(from)), to);
        const auto result = model.ingestPage(bytes);
        EXPECT_FALSE(result.ok()) << to;
        EXPECT_EQ(model.rowCount(), 0) << to;
    }
}

TEST(ValidationPageDecoder, ErrorEnvelope_IsReportedWithTheServersMessage) {
    FakeClock clock(kT0);
    ValidationTableModel model(&clock);
    const auto result = model.ingestPage(
        R"({"data":null,"error":{"code":"rate_limited","message":"Too many requests."},"meta":{}})");
    EXPECT_EQ(result.error.toStdString(), "Too many requests.");
}

TEST(ValidationPageDecoder, Meta_CarriesTheNextCursor) {
    FakeClock clock(kT0);
    ValidationTableModel model(&clock);
    const auto first = model.ingestPage(page({makeValidation(1)}, QStringLiteral("c_2")));
    EXPECT_TRUE(first.hasMore);
    EXPECT_EQ(first.nextCursor.toStdString(), "c_2");
    const auto last = model.ingestPage(page({makeValidation(2)}));
    EXPECT_FALSE(last.hasMore);
    EXPECT_EQ(model.rowCount(), 2);
}
