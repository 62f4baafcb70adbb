// The bulk-lists table: columns as the user reads them, roles for sorting and the progress bar,
// chains on every row of a chain, and updates signalled without resets.
#include "models/ListTableModel.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace rd;

namespace {

using Col = ListTableModel::Column;

BulkList makeList(const char *id, BulkList::Status status, int processed = 0, int total = 0) {
    BulkList l;
    l.id = QLatin1String(id);
    l.name = QStringLiteral("Leads");
    l.status = status;
    l.processed = processed;
    l.total = total;
    l.valid = processed / 2;
    l.invalid = processed / 4;
    l.unknown = processed - l.valid - l.invalid;
    l.createdAt = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    l.updatedAt = QDateTime(QDate(2026, 1, 1), QTime(12, 5, 30), Qt::UTC);
    return l;
}

QVariant cell(const ListTableModel &m, int row, Col c, int role = Qt::DisplayRole) {
    return m.data(m.index(row, int(c)), role);
}

} // namespace

TEST(ListTableModel, EveryColumn_ShowsTheListAsAPersonReadsIt) {
    ListTableModel m;
    m.setTimeSpec(Qt::UTC);
    ASSERT_TRUE(m.upsert(makeList("list_1", BulkList::Status::InProgress, 1830, 4000)));
    ASSERT_EQ(m.rowCount(), 1);
    ASSERT_EQ(m.columnCount(), kListColumnCount);
    EXPECT_EQ(cell(m, 0, Col::Id).toString(), QStringLiteral("list_1"));
    EXPECT_EQ(cell(m, 0, Col::Name).toString(), QStringLiteral("Leads"));
    EXPECT_EQ(cell(m, 0, Col::Status).toString(), QStringLiteral("In Progress"));
    EXPECT_EQ(cell(m, 0, Col::Progress).toString(), QStringLiteral("1830 of 4000"));
    EXPECT_EQ(cell(m, 0, Col::Valid).toInt(), 915);
    EXPECT_EQ(cell(m, 0, Col::Invalid).toInt(), 457);
    EXPECT_EQ(cell(m, 0, Col::Unknown).toInt(), 458);
    EXPECT_EQ(cell(m, 0, Col::Created).toString(), QStringLiteral("2026-01-01 12:00:00 UTC"));
    EXPECT_EQ(cell(m, 0, Col::Updated).toString(), QStringLiteral("2026-01-01 12:05:30 UTC"));
    EXPECT_EQ(cell(m, 0, Col::Chain).toString(), QString());
    EXPECT_EQ(m.headerData(int(Col::Chain), Qt::Horizontal).toString(),
              QStringLiteral("Retry chain"));
}

TEST(ListTableModel, ProgressFraction_IsProcessedOfTotal_AndUnknownWithoutATotal) {
    ListTableModel m;
    m.upsert(makeList("list_1", BulkList::Status::InProgress, 1000, 4000));
    m.upsert(makeList("list_2", BulkList::Status::Queued));
    EXPECT_DOUBLE_EQ(cell(m, 0, Col::Progress, ListTableModel::ProgressFractionRole).toDouble(),
                     0.25);
    EXPECT_FALSE(cell(m, 1, Col::Progress, ListTableModel::ProgressFractionRole).isValid());
    EXPECT_EQ(cell(m, 1, Col::Progress).toString(), QStringLiteral("—"));
    EXPECT_DOUBLE_EQ(cell(m, 0, Col::Progress, ListTableModel::RawValueRole).toDouble(), 0.25);
    EXPECT_DOUBLE_EQ(cell(m, 1, Col::Progress, ListTableModel::RawValueRole).toDouble(), -1.0);
}

TEST(ListTableModel, WhatTheServerDidNotGive_IsADash_AndAnUnknownStatusIsShownAsWritten) {
    ListTableModel m;
    BulkList bare;
    bare.id = QStringLiteral("list_9");
    bare.statusText = QStringLiteral("Paused");
    m.upsert(bare);
    EXPECT_EQ(cell(m, 0, Col::Name).toString(), QStringLiteral("—"));
    EXPECT_EQ(cell(m, 0, Col::Status).toString(), QStringLiteral("Paused"));
    EXPECT_TRUE(cell(m, 0, Col::Status, Qt::ToolTipRole).toString().contains(u"unknown"));
    EXPECT_EQ(cell(m, 0, Col::Created).toString(), QStringLiteral("—"));
    EXPECT_FALSE(cell(m, 0, Col::Created, ListTableModel::RawValueRole).isValid());
    EXPECT_EQ(cell(m, 0, Col::Status, ListTableModel::StatusRole).toInt(),
              int(BulkList::Status::Unknown));
}

TEST(ListTableModel, RetryOf_ShowsTheChainOnEveryRowOfIt) {
    ListTableModel m;
    m.upsert(makeList("list_1", BulkList::Status::Failed, 10, 40));
    m.upsert(makeList("list_7", BulkList::Status::Completed, 5, 5));
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    BulkList retry = makeList("list_2", BulkList::Status::InProgress, 0, 40);
    retry.retryOf = QStringLiteral("list_1");
    m.upsert(retry);
    ASSERT_EQ(changed.count(), 1) << "the old row's chain cell";
    EXPECT_EQ(changed.at(0).at(0).toModelIndex(), m.index(0, int(Col::Chain)));
    EXPECT_EQ(cell(m, 0, Col::Chain).toString(), QStringLiteral("list_1 → list_2"));
    EXPECT_EQ(cell(m, 2, Col::Chain).toString(), QStringLiteral("list_1 → list_2"));
    EXPECT_EQ(cell(m, 2, Col::Chain, ListTableModel::ChainRole).toStringList(),
              (QStringList{QStringLiteral("list_1"), QStringLiteral("list_2")}));
    EXPECT_EQ(cell(m, 2, Col::Id, ListTableModel::RetryOfRole).toString(),
              QStringLiteral("list_1"));
    EXPECT_TRUE(cell(m, 1, Col::Chain).toString().isEmpty());
}

TEST(ListTableModel, ALaterAnswerWithoutRetryOf_KeepsTheChain) {
    ListTableModel m;
    m.upsert(makeList("list_1", BulkList::Status::Failed, 10, 40));
    ASSERT_TRUE(m.addRetryLink(QStringLiteral("list_1"), QStringLiteral("list_2")));
    m.upsert(makeList("list_2", BulkList::Status::InProgress, 3, 40)); // no retry_of on the wire
    EXPECT_EQ(cell(m, 1, Col::Chain).toString(), QStringLiteral("list_1 → list_2"));
}

TEST(ListTableModel, AnUpdate_IsOneDataChangedForItsRow_AndAnEqualOneNone) {
    ListTableModel m;
    m.upsert(makeList("list_1", BulkList::Status::InProgress, 10, 40));
    m.upsert(makeList("list_2", BulkList::Status::InProgress, 10, 40));
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
    EXPECT_FALSE(m.upsert(makeList("list_2", BulkList::Status::InProgress, 10, 40)));
    EXPECT_EQ(changed.count(), 0);
    EXPECT_TRUE(m.upsert(makeList("list_2", BulkList::Status::InProgress, 20, 40)));
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toModelIndex().row(), 1);
    EXPECT_EQ(changed.at(0).at(1).toModelIndex().row(), 1);
    EXPECT_EQ(reset.count(), 0);
}

TEST(ListTableModel, AListing_RemovesWhatItDidNotHold_ExceptTheListsToKeep) {
    ListTableModel m;
    for (const char *id : {"a", "b", "c", "d", "e"}) {
        m.upsert(makeList(id, BulkList::Status::Completed, 1, 1));
    }
    QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
    const int gone = m.applyListing({makeList("a", BulkList::Status::Completed, 1, 1),
                                     makeList("e", BulkList::Status::Completed, 1, 1),
                                     makeList("f", BulkList::Status::Queued)},
                                    {QStringLiteral("d")});
    EXPECT_EQ(gone, 2);
    EXPECT_EQ(removed.count(), 1) << "b and c are one contiguous block";
    QStringList ids;
    for (int row = 0; row < m.rowCount(); ++row) {
        ids.append(m.idAt(row));
        EXPECT_EQ(m.rowForId(m.idAt(row)), row);
    }
    EXPECT_EQ(ids, (QStringList{QStringLiteral("a"), QStringLiteral("d"), QStringLiteral("e"),
                                QStringLiteral("f")}));
}

TEST(ListTableModel, TimeSpec_SwitchesCreatedAndUpdatedBetweenLocalAndUtc) {
    ListTableModel m;
    m.upsert(makeList("list_1", BulkList::Status::Completed, 1, 1));
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    m.setTimeSpec(Qt::UTC);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(cell(m, 0, Col::Created).toString().endsWith(u"UTC"));
}
