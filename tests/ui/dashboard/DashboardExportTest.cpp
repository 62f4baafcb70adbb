// CSV export of the validations table: what is filtered, in view order, RFC 4180, UTF-8 with a BOM.
#include "DashboardFixture.h"

#include "dashboard/FilterBar.h"

#include <QFile>
#include <QTemporaryDir>

using namespace rd;
using namespace rd::test;

namespace {

class DashboardExport : public DashboardFixture {};

TEST_F(DashboardExport, Csv_HoldsTheFilteredRowsInViewOrder_WithABom) {
    ValidationFilter pending;
    pending.retryStates = ValidationFilter::Pending;
    model().setFilter(pending);
    model().sort(int(ValidationColumn::Id), Qt::DescendingOrder);
    ASSERT_GT(model().rowCount(), 1);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("validations.csv"));
    screen().setExportPath([&] { return path; });
    ASSERT_TRUE(screen().exportCsv());

    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "UTF-8 BOM, so spreadsheet apps read UTF-8";
    const QList<QByteArray> lines = bytes.mid(3).split('\n');
    // Header + one record per shown row, each ending in CRLF (RFC 4180).
    ASSERT_EQ(lines.size(), model().rowCount() + 2) << "the last split is empty";
    EXPECT_TRUE(lines.first().startsWith("ID,")) << lines.first().toStdString();
    for (int row = 0; row < model().rowCount(); ++row) {
        const QByteArray &line = lines.at(row + 1);
        EXPECT_TRUE(line.endsWith('\r'));
        EXPECT_TRUE(line.startsWith(model().idAt(row).toUtf8())) << line.toStdString();
        EXPECT_TRUE(line.contains("Pending")) << line.toStdString();
    }
    EXPECT_TRUE(lines.last().isEmpty());
}

} // namespace
