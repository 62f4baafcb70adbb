// CSV export (RFC 4180, UTF-8 with a BOM): quoting, line ends, and a model written as the user
// sees it — header from headerData, rows in view order, cells as displayed.
#include "ValidationFixtures.h"

#include "core/FakeClock.h"
#include "models/CsvWriter.h"
#include "models/ListTableModel.h"
#include "models/ValidationTableModel.h"

#include <QAbstractTableModel>
#include <QBuffer>
#include <QSortFilterProxyModel>

#include <gtest/gtest.h>

using namespace rd;

namespace {

const QByteArray kBom("\xEF\xBB\xBF");

// A table of strings with a header row.
class StringTable : public QAbstractTableModel {
public:
    StringTable(QStringList header, QList<QStringList> rows)
        : m_header(std::move(header))
        , m_rows(std::move(rows)) {}
    int rowCount(const QModelIndex &p = {}) const override {
        return p.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &p = {}) const override {
        return p.isValid() ? 0 : int(m_header.size());
    }
    QVariant data(const QModelIndex &i, int role) const override {
        return role == Qt::DisplayRole ? QVariant(m_rows.at(i.row()).at(i.column())) : QVariant();
    }
    QVariant headerData(int s, Qt::Orientation o, int role) const override {
        return o == Qt::Horizontal && role == Qt::DisplayRole ? QVariant(m_header.at(s))
                                                              : QVariant();
    }

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

QByteArray written(const QAbstractItemModel &model, const QList<int> &columns = {}) {
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QString error;
    EXPECT_TRUE(CsvWriter::writeModel(model, out, columns, &error)) << error.toStdString();
    return out.data();
}

// A read-only device: every write fails.
class RefusingDevice : public QIODevice {
public:
    RefusingDevice() { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64) override {
        setErrorString(QStringLiteral("disk full"));
        return -1;
    }
};

BulkList list(const char *id, const char *name, BulkList::Status status, int processed, int total) {
    BulkList l;
    l.id = QLatin1String(id);
    l.name = QString::fromUtf8(name);
    l.status = status;
    l.processed = processed;
    l.total = total;
    return l;
}

} // namespace

TEST(CsvWriter, PlainFields_AreWrittenAsTheyAre) {
    EXPECT_EQ(CsvWriter::escape(QStringLiteral("list_12345")), QStringLiteral("list_12345"));
    EXPECT_EQ(CsvWriter::escape(QString()), QString());
    EXPECT_EQ(CsvWriter::escape(QStringLiteral("  spaced  ")), QStringLiteral("  spaced  "));
}

TEST(CsvWriter, FieldsWithCommaQuoteCrOrLf_AreQuotedWithQuotesDoubled) {
    EXPECT_EQ(CsvWriter::escape(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(CsvWriter::escape(QStringLiteral("say \"hi\"")),
              QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(CsvWriter::escape(QStringLiteral("line\nbreak")), QStringLiteral("\"line\nbreak\""));
    EXPECT_EQ(CsvWriter::escape(QStringLiteral("cr\rhere")), QStringLiteral("\"cr\rhere\""));
    EXPECT_EQ(CsvWriter::escape(QStringLiteral("\"")), QStringLiteral("\"\"\"\""));
}

TEST(CsvWriter, Records_EndInCrlf_AndTheFileStartsWithAUtf8Bom) {
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    {
        CsvWriter w(out);
        w.writeBom();
        w.writeRecord({QStringLiteral("Name"), QStringLiteral("Bank")});
        w.writeRecord({QStringLiteral("Peñoles, S.A."), QStringLiteral("BBVA MÉXICO")});
        ASSERT_TRUE(w.flush());
    }
    EXPECT_EQ(out.data(),
              kBom + QByteArray("Name,Bank\r\n\"Pe\xC3\xB1oles, S.A.\",BBVA M\xC3\x89XICO\r\n"));
}

TEST(CsvWriter, Model_HeaderThenRowsInViewOrder_CellsAsDisplayed) {
    StringTable m({QStringLiteral("ID"), QStringLiteral("Note")},
                  {{QStringLiteral("b"), QStringLiteral("x,y")},
                   {QStringLiteral("a"), QStringLiteral("2\n3")},
                   {QStringLiteral("c"), QString()}});
    QSortFilterProxyModel view; // what the user sorted and filtered to
    view.setSourceModel(&m);
    view.sort(0);
    view.setFilterKeyColumn(0);
    view.setFilterRegularExpression(QStringLiteral("^[ab]$"));
    EXPECT_EQ(written(view), kBom + QByteArray("ID,Note\r\na,\"2\n3\"\r\nb,\"x,y\"\r\n"));
}

TEST(CsvWriter, Model_OnlyTheColumnsAskedFor_InThatOrder) {
    StringTable m({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")},
                  {{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}});
    EXPECT_EQ(written(m, {2, 0}), kBom + QByteArray("C,A\r\n3,1\r\n"));
}

TEST(CsvWriter, EmptyModel_IsTheBomAndTheHeader) {
    ListTableModel lists;
    EXPECT_EQ(written(lists),
              kBom + QByteArray("ID,Name,Status,Progress,Valid,Invalid,Unknown,Created,Updated,"
                                "Retry chain\r\n"));
}

TEST(CsvWriter, ListsTable_IsWrittenAsShown_WithItsChain) {
    ListTableModel lists;
    lists.upsert(list("list_1", "Leads, March", BulkList::Status::Failed, 10, 40));
    BulkList retry = list("list_2", "Leads, March", BulkList::Status::InProgress, 5, 40);
    retry.retryOf = QStringLiteral("list_1");
    lists.upsert(retry);
    const QByteArray csv = written(lists, {0, 1, 2, 3, 9});
    EXPECT_EQ(
        csv,
        kBom + QByteArray(
                   "ID,Name,Status,Progress,Retry chain\r\n"
                   "list_1,\"Leads, March\",Failed,10 of 40,list_1 \xE2\x86\x92 list_2\r\n"
                   "list_2,\"Leads, March\",In Progress,5 of 40,list_1 \xE2\x86\x92 list_2\r\n"));
}

TEST(CsvWriter, ADeviceThatRefusesBytes_IsAnErrorThatSaysWhy) {
    StringTable m({QStringLiteral("A")}, {{QStringLiteral("1")}});
    RefusingDevice device;
    QString error;
    EXPECT_FALSE(CsvWriter::writeModel(m, device, {}, &error));
    EXPECT_EQ(error, QStringLiteral("disk full"));
}

TEST(CsvWriter, ProgressReturningFalse_StopsTheExport) {
    StringTable m({QStringLiteral("A")}, QList<QStringList>(5000, {QStringLiteral("x")}));
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QString error;
    int calls = 0;
    EXPECT_FALSE(CsvWriter::writeModel(m, out, {}, &error, [&](int done, int total) {
        ++calls;
        EXPECT_EQ(total, 5000);
        return done < 2000;
    }));
    EXPECT_EQ(error, QStringLiteral("cancelled"));
    EXPECT_EQ(calls, 1);
}

TEST(CsvWriter, ValidationsTable_IsWrittenFilteredAndInItsSortOrder) {
    FakeClock clock(test::kT0);
    ValidationTableModel model(&clock);
    QList<Validation> vs;
    for (int i = 0; i < 6; ++i) {
        vs.append(test::makeValidation(i));
    }
    vs[4].outcome = Outcome::Valid;
    ASSERT_TRUE(model.ingestPage(test::page(vs)).ok());
    ValidationFilter f;
    f.outcomes = 1 << int(Outcome::NotFound); // the Valid one is filtered out
    model.setFilter(f);
    model.sort(int(ValidationColumn::Updated), Qt::DescendingOrder);
    ASSERT_EQ(model.rowCount(), 5);

    QBuffer out;
    out.open(QIODevice::WriteOnly);
    ASSERT_TRUE(CsvWriter::writeModel(model, out));
    ASSERT_TRUE(out.data().startsWith(kBom));
    QList<QByteArray> lines = out.data().mid(kBom.size()).split('\n');
    ASSERT_EQ(lines.takeLast(), QByteArray()) << "every record ends in CRLF";
    ASSERT_EQ(lines.size(), 1 + 5);
    EXPECT_EQ(lines.first(),
              QByteArray("ID,Target,Outcome,Retry state,Next attempt,Source,Updated\r"));
    for (int row = 0; row < 5; ++row) {
        EXPECT_TRUE(lines.at(row + 1).startsWith(model.idAt(row).toLatin1() + ','))
            << "row " << row << ": " << lines.at(row + 1).toStdString();
    }
    EXPECT_TRUE(lines.at(1).startsWith(vs[5].id.toLatin1())) << "newest update first";
    EXPECT_FALSE(out.data().contains(vs[4].id.toLatin1())) << "filtered out";
}
