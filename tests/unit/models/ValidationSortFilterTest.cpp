#include "ValidationFixtures.h"

#include "core/FakeClock.h"
#include "models/ValidationTableModel.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace rd;
using namespace rd::test;

namespace {

// 40 validations covering every retry state, outcome and source, with repeated sort keys.
QList<Validation> mixed() {
    QList<Validation> vs;
    for (int i = 0; i < 40; ++i) {
        Validation v = makeValidation(i);
        v.trackingKey = QStringLiteral("KEY%1").arg((i * 7) % 13, 3, 10, QLatin1Char('0'));
        v.outcome = Outcome(i % 4);
        v.source = i % 3 == 0 ? Source::BulkImport : Source::Api;
        v.receiverBank = i % 2 ? QStringLiteral("HSBC") : QStringLiteral("AZTECA");
        v.updatedAt = kT0.addSecs((i * 11) % 17);
        switch (i % 5) {
        case 0:
            break;
        case 1:
            v.retryState = pendingState(i % 3, 5, kT0.addSecs(i * 10 - 200));
            break;
        default: {
            RetryState s = pendingState(2, 5, kT0);
            s.nextAttemptAt.reset();
            s.terminalState = TerminalState(i % 5 - 1);
            (i % 5 == 2 ? s.resolvedAt : i % 5 == 3 ? s.exhaustedAt : s.cancelledAt) = kT0;
            v.retryState = s;
        }
        }
        vs.append(v);
    }
    return vs;
}

QStringList ids(const ValidationTableModel &m) {
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r) {
        out << m.idAt(r);
    }
    return out;
}

// The reference: std::stable_sort of arrival order on the domain value's key.
template <typename Key>
QStringList referenceOrder(const QList<Validation> &vs, Key key, bool descending) {
    QList<Validation> sorted = vs;
    std::stable_sort(sorted.begin(), sorted.end(), [&](const Validation &a, const Validation &b) {
        return descending ? key(b) < key(a) : key(a) < key(b);
    });
    QStringList out;
    for (const Validation &v : sorted) {
        out << v.id;
    }
    return out;
}

class ValidationSortFilterTest : public ::testing::Test {
protected:
    FakeClock clock{kT0};
    ValidationTableModel model{&clock};
    QList<Validation> vs = mixed();
    void SetUp() override { ASSERT_TRUE(model.ingestPage(page(vs)).ok()); }
    int countWhere(const std::function<bool(const Validation &)> &p) const {
        return int(std::count_if(vs.begin(), vs.end(), p));
    }
};

qint64 nextMs(const Validation &v) {
    return v.retryState && v.retryState->nextAttemptAt
               ? v.retryState->nextAttemptAt->toMSecsSinceEpoch()
               : std::numeric_limits<qint64>::max();
}

} // namespace

TEST_F(ValidationSortFilterTest, SortByTarget_IsStableInBothDirections) {
    for (bool desc : {false, true}) {
        model.sort(int(ValidationColumn::Target), desc ? Qt::DescendingOrder : Qt::AscendingOrder);
        EXPECT_EQ(ids(model), referenceOrder(
                                  vs, [](const Validation &v) { return v.trackingKey; }, desc));
    }
}

TEST_F(ValidationSortFilterTest, SortByOutcome_IsStable) {
    model.sort(int(ValidationColumn::Outcome), Qt::AscendingOrder);
    EXPECT_EQ(ids(model), referenceOrder(
                              vs, [](const Validation &v) { return int(v.outcome.value_or(Outcome(4))); }, false));
}

TEST_F(ValidationSortFilterTest, SortByNextAttempt_PutsUnscheduledRowsLast) {
    model.sort(int(ValidationColumn::NextAttempt), Qt::AscendingOrder);
    EXPECT_EQ(ids(model), referenceOrder(vs, nextMs, false));
}

TEST_F(ValidationSortFilterTest, SortByUpdated_DescendingKeepsArrivalOrderForTies) {
    model.sort(int(ValidationColumn::Updated), Qt::DescendingOrder);
    EXPECT_EQ(ids(model), referenceOrder(
                              vs, [](const Validation &v) { return v.updatedAt; }, true));
}

TEST_F(ValidationSortFilterTest, SortById_Source_RetryState_FollowTheirKeys) {
    model.sort(int(ValidationColumn::Id), Qt::DescendingOrder);
    EXPECT_EQ(ids(model), referenceOrder(
                              vs, [](const Validation &v) { return v.id; }, true));
    model.sort(int(ValidationColumn::Source), Qt::AscendingOrder);
    EXPECT_EQ(ids(model), referenceOrder(
                              vs, [](const Validation &v) { return v.source ? int(*v.source) : 2; }, false));
    model.sort(int(ValidationColumn::RetryState), Qt::AscendingOrder);
    EXPECT_EQ(ids(model),
              referenceOrder(
                  vs,
                  [](const Validation &v) {
                      const auto &s = v.retryState;
                      return std::tuple(s && s->terminalState ? int(*s->terminalState) + 1 : 0,
                                        s ? s->attemptsCompleted : 0,
                                        s ? s->maxRetries.value_or(-1) : -1);
                  },
                  false));
}

TEST_F(ValidationSortFilterTest, SortMinusOne_RestoresArrivalOrder) {
    model.sort(int(ValidationColumn::Target), Qt::DescendingOrder);
    model.sort(-1);
    EXPECT_EQ(ids(model), referenceOrder(
                              vs, [](const Validation &) { return 0; }, false));
}

TEST_F(ValidationSortFilterTest, FilterByEachRetryState_ShowsOnlyThatState) {
    const std::pair<quint8, int> cases[] = {{ValidationFilter::NoCycle, -1},
                                            {ValidationFilter::Pending, 0},
                                            {ValidationFilter::Resolved, 1},
                                            {ValidationFilter::Exhausted, 2},
                                            {ValidationFilter::Cancelled, 3}};
    for (const auto &[bit, state] : cases) {
        ValidationFilter f;
        f.retryStates = bit;
        model.setFilter(f);
        const int expected = countWhere([state = state](const Validation &v) {
            return (v.retryState ? int(*v.retryState->terminalState) : -1) == state;
        });
        EXPECT_EQ(model.rowCount(), expected) << int(bit);
        for (int r = 0; r < model.rowCount(); ++r) {
            EXPECT_EQ(
                model.data(model.index(r, 0), ValidationTableModel::TerminalStateRole).toInt(),
                state);
        }
    }
}

TEST_F(ValidationSortFilterTest, FilterByOutcomeAndSource_Combine) {
    ValidationFilter f;
    f.outcomes = 1 << int(Outcome::CepUnavailable);
    f.sources = 1 << int(Source::BulkImport);
    model.setFilter(f);
    EXPECT_EQ(model.rowCount(), countWhere([](const Validation &v) {
                  return v.outcome == Outcome::CepUnavailable && v.source == Source::BulkImport;
              }));
    EXPECT_GT(model.rowCount(), 0);
}

TEST_F(ValidationSortFilterTest, TextSearch_MatchesTrackingKeyBankAndIdPrefix_IgnoringCase) {
    ValidationFilter f;
    f.text = QStringLiteral("key005");
    model.setFilter(f);
    EXPECT_EQ(model.rowCount(),
              countWhere([](const Validation &v) { return v.trackingKey == "KEY005"; }));
    f.text = QStringLiteral("hsbc");
    model.setFilter(f);
    EXPECT_EQ(model.rowCount(), 20);
    f.text = QStringLiteral("-000000000017");
    model.setFilter(f);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.idAt(0), makeValidation(17).id);
}

TEST_F(ValidationSortFilterTest, RetryingNow_ShowsPendingRowsWhoseNextAttemptIsDueOrPast) {
    ValidationFilter f;
    f.retryingNow = true;
    model.setFilter(f);
    const qint64 now = kT0.toMSecsSinceEpoch();
    const int expected = countWhere([now](const Validation &v) {
        return v.retryState && v.retryState->isActive() && nextMs(v) <= now;
    });
    EXPECT_EQ(model.rowCount(), expected);
    EXPECT_GT(expected, 0);
    EXPECT_LT(expected, countWhere([](const Validation &v) {
                  return v.retryState && v.retryState->isActive();
              }));
}

TEST_F(ValidationSortFilterTest, NarrowingSearch_OnASortedView_KeepsTheSortOrder) {
    model.sort(int(ValidationColumn::Target), Qt::AscendingOrder);
    ValidationFilter f;
    f.text = QStringLiteral("KEY0");
    model.setFilter(f);
    f.text = QStringLiteral("KEY01");
    model.setFilter(f);
    QStringList keys;
    for (int r = 0; r < model.rowCount(); ++r) {
        keys << model.data(model.index(r, 1), ValidationTableModel::RawValueRole).toString();
    }
    EXPECT_GT(keys.size(), 1);
    EXPECT_TRUE(std::is_sorted(keys.begin(), keys.end()));
    f.text.clear(); // widening: back to every row, still sorted
    model.setFilter(f);
    EXPECT_EQ(ids(model), referenceOrder(
                              vs, [](const Validation &v) { return v.trackingKey; }, false));
}
