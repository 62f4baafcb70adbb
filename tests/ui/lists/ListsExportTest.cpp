// CSV export of the lists screen: what is filtered, in view order, UTF-8 with a BOM.
#include "ListsFixture.h"

#include "lists/ListFilterProxy.h"

#include <QFile>
#include <QTableView>
#include <QTemporaryDir>

namespace rd::test {
namespace {

using ListsExport = ListsFixture;

TEST_F(ListsExport, FilteredRowsInViewOrder_WithBomAndHeader) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("lists.csv"));
    screen().setExportPath([path] { return path; });
    screen().proxy()->setText(QStringLiteral("list_1234")); // the four named demo lists
    screen().table()->sortByColumn(int(ListColumn::Id), Qt::DescendingOrder);

    ASSERT_TRUE(screen().exportCsv()) << qPrintable(screen().detailMessage()->text());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "UTF-8 BOM";
    const QList<QByteArray> lines = bytes.mid(3).split('\n');
    ASSERT_GE(lines.size(), 5);
    EXPECT_TRUE(lines[0].startsWith(
        "ID,Name,Status,Progress,Valid,Invalid,Unknown,Created,Updated,Retry chain"))
        << lines[0].constData();
    QStringList ids;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines[i].trimmed().isEmpty()) {
            ids << QString::fromUtf8(lines[i].left(lines[i].indexOf(',')));
        }
    }
    EXPECT_EQ(ids, (QStringList{QStringLiteral("list_12348"), QStringLiteral("list_12347"),
                                QStringLiteral("list_12346"), QStringLiteral("list_12345")}));
    // The name is not on the seeds-only wire for every list; the status always is (seed 000).
    EXPECT_TRUE(lines[3].startsWith("list_12346,")) << lines[3].constData();
    EXPECT_TRUE(lines[3].contains(",Failed,")) << lines[3].constData();
    EXPECT_TRUE(lines[0].endsWith("\r")) << "RFC 4180 lines end in CRLF";
    EXPECT_TRUE(screen().detailMessage()->text().contains(QStringLiteral("4 list")))
        << qPrintable(screen().detailMessage()->text());
}

} // namespace
} // namespace rd::test
