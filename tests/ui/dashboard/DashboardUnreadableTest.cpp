// Nothing is dropped silently: rows of the listing that cannot be read are counted in the status
// line with the first reason and the request id, and their JSON can be opened and copied.
#include "DashboardFixture.h"

#include "dashboard/DashboardActions.h"
#include "dashboard/DashboardStatusBar.h"
#include "dashboard/UnreadableRowsDialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace rd;
using namespace rd::test;

namespace {

class DashboardUnreadable : public DashboardFixture {};

// Run against both wires: the seeds-only sandbox sends optional fields absent, null, retyped or
// unknown, and every validation must still be a row.
TEST_F(DashboardUnreadable, EveryValidationTheServerHolds_IsARow_NoneUnreadable) {
    const QStringList ids = server().validationIdsOf(QLatin1String(sandbox::kDemoUserId));
    ASSERT_GT(ids.size(), 20);
    EXPECT_EQ(model().totalCount(), ids.size());
    for (const QString &id : ids) {
        EXPECT_GE(model().rowForId(id), 0) << id.toStdString();
    }
    EXPECT_TRUE(m_h->service().unreadable().isEmpty());
    EXPECT_FALSE(screen().statusLine()->text().contains(QStringLiteral("could not be read")));
}

TEST_F(DashboardUnreadable, ThreeUnreadableRows_AreNamedInTheStatusLine_TheOthersShown) {
    const int readable = model().totalCount();
    EXPECT_TRUE(screen().statusLine()->showUnreadableButton()->isHidden());
    ASSERT_TRUE(server().injectRawValidations(
        {R"({"amount":"1.00","outcome":"not_found"})", "42",
         R"({"id":"0000000b-0000-4000-8000-000000000001","retry_state":"oops"})"}));
    screen().commands().refresh->trigger();
    ASSERT_TRUE(m_h->waitForRefresh());

    EXPECT_EQ(model().totalCount(), readable) << "every readable row is still shown";
    const QString status = screen().statusLine()->text();
    EXPECT_TRUE(status.contains(
        QStringLiteral("3 of %1 rows could not be read: id: missing, request req_").arg(readable + 3)))
        << status.toStdString();
    EXPECT_FALSE(screen().statusLine()->showUnreadableButton()->isHidden());

    screen().statusLine()->showUnreadableButton()->click();
    auto *dialog = screen().findChild<ui::UnreadableRowsDialog *>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_EQ(dialog->list()->count(), 3);
    EXPECT_EQ(dialog->list()->item(0)->text(), QStringLiteral("Row 1: id: missing"));
    EXPECT_EQ(dialog->list()->item(1)->text(), QStringLiteral("Row 2: not an object"));
    EXPECT_EQ(dialog->list()->item(2)->text(),
              QStringLiteral("Row 3: retry_state: expected an object or null"));
    EXPECT_TRUE(dialog->jsonView()->toPlainText().contains(QStringLiteral("\"amount\": \"1.00\"")));
    dialog->findChild<QPushButton *>(QStringLiteral("copyUnreadableAll"))->click();
    const QString copied = QGuiApplication::clipboard()->text();
    EXPECT_TRUE(copied.contains(QStringLiteral("oops"))) << copied.toStdString();
    EXPECT_TRUE(copied.contains(QStringLiteral("request id req_"))) << copied.toStdString();
    dialog->close();

    // Once the server sends readable rows only, the warning goes at the next full refresh.
    server().clearRawValidations();
    screen().commands().refresh->trigger();
    ASSERT_TRUE(m_h->waitForRefresh());
    EXPECT_FALSE(screen().statusLine()->text().contains(QStringLiteral("could not be read")));
    EXPECT_TRUE(screen().statusLine()->showUnreadableButton()->isHidden());
}

} // namespace
