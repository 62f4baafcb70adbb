#include "ValidationFixtures.h"

#include "core/FakeClock.h"
#include "models/ValidationTableModel.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace rd;
using namespace rd::test;

namespace {

// Records every structural or data signal a view would react to.
struct Signals {
    explicit Signals(ValidationTableModel &m)
        : changed(&m, &QAbstractItemModel::dataChanged)
        , inserted(&m, &QAbstractItemModel::rowsInserted)
        , removed(&m, &QAbstractItemModel::rowsRemoved)
        , moved(&m, &QAbstractItemModel::rowsMoved)
        , reset(&m, &QAbstractItemModel::modelReset)
        , layout(&m, &QAbstractItemModel::layoutChanged) {}
    QSignalSpy changed, inserted, removed, moved, reset, layout;
    // (first, last) rows of the i-th signal of spy.
    static std::pair<int, int> dataRange(const QSignalSpy &s, int i) {
        return {s.at(i).at(0).toModelIndex().row(), s.at(i).at(1).toModelIndex().row()};
    }
    static std::pair<int, int> rowRange(const QSignalSpy &s, int i) {
        return {s.at(i).at(1).toInt(), s.at(i).at(2).toInt()};
    }
};

QList<Validation> firstTen() {
    QList<Validation> vs;
    for (int i = 0; i < 10; ++i) {
        vs.append(makeValidation(i));
    }
    return vs;
}

class ValidationTableModelTest : public ::testing::Test {
protected:
    FakeClock clock{kT0};
    ValidationTableModel model{&clock};
    void SetUp() override { ASSERT_TRUE(model.ingestPage(page(firstTen())).ok()); }
};

} // namespace

TEST_F(ValidationTableModelTest, Upsert_ChangedValidation_EmitsOneDataChangedForItsRowOnly) {
    Signals s(model);
    Validation v = makeValidation(4);
    v.outcome = Outcome::Valid;
    ASSERT_TRUE(model.upsert(v));
    ASSERT_EQ(s.changed.count(), 1);
    EXPECT_EQ(Signals::dataRange(s.changed, 0), std::make_pair(4, 4));
    EXPECT_EQ(s.inserted.count() + s.removed.count() + s.reset.count() + s.layout.count(), 0);
    EXPECT_EQ(model.data(model.index(4, int(ValidationColumn::Outcome))).toString().toStdString(),
              "Valid");
}

TEST_F(ValidationTableModelTest, Upsert_IdenticalValidation_EmitsNothing) {
    Signals s(model);
    model.upsert(makeValidation(4));
    EXPECT_EQ(s.changed.count() + s.inserted.count() + s.removed.count() + s.layout.count(), 0);
}

TEST_F(ValidationTableModelTest, Upsert_UnknownId_InsertsOneRowAtTheEnd) {
    Signals s(model);
    model.upsert(makeValidation(42));
    ASSERT_EQ(s.inserted.count(), 1);
    EXPECT_EQ(Signals::rowRange(s.inserted, 0), std::make_pair(10, 10));
    EXPECT_EQ(model.rowForId(makeValidation(42).id), 10);
}

TEST_F(ValidationTableModelTest, Page_AdjacentChanges_AreOneDataChangedPerContiguousRange) {
    QList<Validation> vs = firstTen();
    for (int i : {2, 3, 4, 7}) {
        *vs[i].amountCents += 1;
    }
    Signals s(model);
    model.ingestPage(page(vs));
    ASSERT_EQ(s.changed.count(), 2);
    EXPECT_EQ(Signals::dataRange(s.changed, 0), std::make_pair(2, 4));
    EXPECT_EQ(Signals::dataRange(s.changed, 1), std::make_pair(7, 7));
}

TEST_F(ValidationTableModelTest, Refresh_SignalsOnlyWhatChanged_NeverAReset) {
    QList<Validation> vs = firstTen();
    vs[5].outcome = Outcome::Valid; // changed
    vs.removeAt(8);                 // gone
    vs.append(makeValidation(99));  // new
    Signals s(model);
    model.beginRefresh();
    model.ingestPage(page(vs));
    EXPECT_EQ(model.endRefresh(), 1);
    ASSERT_EQ(s.changed.count(), 1);
    EXPECT_EQ(Signals::dataRange(s.changed, 0), std::make_pair(5, 5));
    ASSERT_EQ(s.inserted.count(), 1);
    ASSERT_EQ(s.removed.count(), 1);
    EXPECT_EQ(Signals::rowRange(s.removed, 0), std::make_pair(8, 8));
    EXPECT_EQ(s.reset.count() + s.layout.count() + s.moved.count(), 0);
    EXPECT_EQ(model.rowCount(), 10);
    EXPECT_EQ(model.rowForId(makeValidation(8).id), -1);
}

TEST_F(ValidationTableModelTest, AbortedRefresh_RemovesNothing_KeepsWhatItRead_NextOneStartsOver) {
    QList<Validation> firstPage = firstTen().mid(0, 3);
    firstPage[1].outcome = Outcome::Valid;
    model.beginRefresh();
    model.ingestPage(page(firstPage, QStringLiteral("c_3"))); // the second page then fails
    model.abortRefresh();
    EXPECT_FALSE(model.isRefreshing());
    EXPECT_EQ(model.rowCount(), 10); // rows 3…9 were not reached: still there
    EXPECT_EQ(model.validationAt(1)->outcome, Outcome::Valid);
    EXPECT_EQ(model.endRefresh(), 0); // nothing open any more
    // The next refresh judges every row again, including ones the aborted one had seen.
    model.beginRefresh();
    model.ingestPage(page(firstTen().mid(3)));
    EXPECT_EQ(model.endRefresh(), 3);
    EXPECT_EQ(model.rowCount(), 7);
}

TEST_F(ValidationTableModelTest, Refresh_KeepsTheSelectedRowOnTheSameValidation) {
    const QPersistentModelIndex selected = model.index(6, 0);
    QList<Validation> vs = firstTen();
    vs.removeAt(1);
    vs.removeAt(1); // rows 1 and 2 go: one contiguous removal
    model.beginRefresh();
    model.ingestPage(page(vs));
    model.endRefresh();
    ASSERT_TRUE(selected.isValid());
    EXPECT_EQ(selected.row(), 4);
    EXPECT_EQ(model.idAt(selected.row()), makeValidation(6).id);
}

TEST_F(ValidationTableModelTest, Refresh_ManyRemovalsCompactStorage_RowsStayTheSame) {
    model.beginRefresh();
    model.ingestPage(page({makeValidation(3), makeValidation(9)}));
    model.endRefresh();
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.store().size(), 2u); // tombstones dropped
    EXPECT_EQ(model.idAt(0), makeValidation(3).id);
    EXPECT_EQ(model.idAt(1), makeValidation(9).id);
    model.upsert(makeValidation(9));
    EXPECT_EQ(model.rowForId(makeValidation(9).id), 1);
}

TEST_F(ValidationTableModelTest, SortedView_UpdateChangingTheKey_MovesThatRowOnly) {
    model.sort(int(ValidationColumn::Updated), Qt::AscendingOrder);
    Validation v = makeValidation(2);
    v.updatedAt = kT0.addSecs(3600); // now the newest
    Signals s(model);
    model.upsert(v);
    EXPECT_EQ(s.moved.count(), 1);
    EXPECT_EQ(s.inserted.count() + s.removed.count() + s.layout.count(), 0);
    EXPECT_EQ(model.rowForId(v.id), 9);
    EXPECT_EQ(model.idAt(9), v.id);
}

TEST_F(ValidationTableModelTest, SortedView_NewRows_AreInsertedWhereTheyBelong) {
    model.sort(int(ValidationColumn::Updated), Qt::AscendingOrder);
    Validation early = makeValidation(50);
    early.updatedAt = kT0.addSecs(-100000);
    Signals s(model);
    model.upsert(early);
    ASSERT_EQ(s.inserted.count(), 1);
    EXPECT_EQ(Signals::rowRange(s.inserted, 0), std::make_pair(0, 0));
}

TEST_F(ValidationTableModelTest, FilteredView_UpdateThatNoLongerMatches_RemovesTheRow) {
    ValidationFilter f;
    f.outcomes = 1 << int(Outcome::NotFound);
    model.setFilter(f);
    Validation v = makeValidation(3);
    v.outcome = Outcome::Valid;
    Signals s(model);
    model.upsert(v);
    ASSERT_EQ(s.removed.count(), 1);
    EXPECT_EQ(Signals::rowRange(s.removed, 0), std::make_pair(3, 3));
    EXPECT_EQ(model.rowCount(), 9);
}

TEST_F(ValidationTableModelTest, Sort_KeepsPersistentIndexesOnTheirValidation) {
    const QPersistentModelIndex selected = model.index(0, 1);
    model.sort(int(ValidationColumn::Target), Qt::DescendingOrder);
    EXPECT_EQ(selected.row(), 9);
    EXPECT_EQ(selected.column(), 1);
}

TEST_F(ValidationTableModelTest, Filter_HidingTheSelectedRow_InvalidatesItsIndex) {
    const QPersistentModelIndex selected = model.index(0, 0);
    ValidationFilter f;
    f.text = QStringLiteral("MBAN00000005");
    model.setFilter(f);
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_FALSE(selected.isValid());
}

TEST_F(ValidationTableModelTest,
       WatchedIds_WatchedRoleOnEveryColumn_DataChangedOnlyForChangedRows) {
    model.sort(int(ValidationColumn::Target), Qt::DescendingOrder); // view row 9 - n is id n
    EXPECT_FALSE(model.data(model.index(9 - 3, 0), ValidationTableModel::WatchedRole).toBool());
    Signals s(model);
    model.setWatchedIds({makeValidation(3).id, makeValidation(5).id.toUpper(),
                         QStringLiteral("not-a-uuid"), makeValidation(77).id});
    ASSERT_EQ(s.changed.count(), 2) << "rows 3 and 5; the absent and unreadable ids change none";
    EXPECT_EQ(Signals::dataRange(s.changed, 0), std::make_pair(9 - 5, 9 - 5));
    EXPECT_EQ(Signals::dataRange(s.changed, 1), std::make_pair(9 - 3, 9 - 3));
    for (int i = 0; i < 2; ++i) {
        EXPECT_EQ(s.changed.at(i).at(0).toModelIndex().column(), int(ValidationColumn::Id));
        EXPECT_EQ(s.changed.at(i).at(1).toModelIndex().column(), int(ValidationColumn::Id));
        EXPECT_EQ(s.changed.at(i).at(2).value<QList<int>>(),
                  QList<int>{ValidationTableModel::WatchedRole});
    }
    for (int c = 0; c < kValidationColumnCount; ++c) {
        EXPECT_TRUE(model.data(model.index(9 - 3, c), ValidationTableModel::WatchedRole).toBool());
        EXPECT_TRUE(model.data(model.index(9 - 5, c), ValidationTableModel::WatchedRole).toBool());
        EXPECT_FALSE(model.data(model.index(9 - 4, c), ValidationTableModel::WatchedRole).toBool());
    }
    EXPECT_TRUE(model.isWatched(makeValidation(5).id));
    EXPECT_FALSE(model.isWatched(makeValidation(4).id));
    // A screen reader hears the whole id and the (painted) star.
    EXPECT_EQ(model.data(model.index(9 - 5, 0), Qt::AccessibleTextRole).toString(),
              makeValidation(5).id + QStringLiteral(", watched"));
    EXPECT_EQ(model.data(model.index(9 - 4, 0), Qt::AccessibleTextRole).toString(),
              makeValidation(4).id);

    // 5 stays, 3 goes, 8 comes: two rows change; the same set again changes nothing.
    s.changed.clear();
    model.setWatchedIds({makeValidation(8).id, makeValidation(5).id});
    ASSERT_EQ(s.changed.count(), 2);
    EXPECT_EQ(Signals::dataRange(s.changed, 0), std::make_pair(9 - 8, 9 - 8));
    EXPECT_EQ(Signals::dataRange(s.changed, 1), std::make_pair(9 - 3, 9 - 3));
    EXPECT_FALSE(model.data(model.index(9 - 3, 0), ValidationTableModel::WatchedRole).toBool());
    model.setWatchedIds({makeValidation(5).id, makeValidation(8).id});
    EXPECT_EQ(s.changed.count(), 2);
    EXPECT_EQ(s.inserted.count() + s.removed.count() + s.reset.count() + s.layout.count(), 0);

    // A row filtered out is not signalled, and shows as watched once it is back.
    ValidationFilter f;
    f.text = QStringLiteral("MBAN00000005");
    model.setFilter(f);
    s.changed.clear();
    model.setWatchedIds({makeValidation(5).id});
    EXPECT_EQ(s.changed.count(), 0) << "row 8 is filtered out";
    model.setFilter({});
    EXPECT_FALSE(model.data(model.index(9 - 8, 0), ValidationTableModel::WatchedRole).toBool());
    EXPECT_TRUE(model.data(model.index(9 - 5, 0), ValidationTableModel::WatchedRole).toBool());
}

TEST_F(ValidationTableModelTest, Memory_IsWithinTheRowBudget) {
    model.squeeze();
    const auto m = model.memory();
    EXPECT_LE(double(m.fixed) / double(m.rows), 96.0 + 64.0 / 10 * 4); // tiny tables: index minimum
}
