// Refresh never disturbs the user: selection, scroll position and an open form stay; refresh
// waits while a form is edited; the outage banner comes and goes by itself; every action has a
// shortcut.
#include "DashboardFixture.h"

#include "dashboard/DashboardActions.h"
#include "dashboard/OutageBanner.h"
#include "sandbox/FaultConfig.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>

using namespace rd;
using rd::test::DashboardFixture;

namespace {

class DashboardRefresh : public DashboardFixture {};

TEST_F(DashboardRefresh, Refresh_KeepsSelectionAndScrollPosition) {
    ValidationTableView *table = screen().table();
    const int row = model().rowCount() / 2;
    const QString id = model().idAt(row);
    ASSERT_TRUE(m_h->selectAndLoad(id));
    QCoreApplication::processEvents(); // layout settles around the loaded detail
    ASSERT_GT(table->verticalScrollBar()->maximum(), 2);
    table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum() / 2);
    const int scroll = table->verticalScrollBar()->value();
    ASSERT_GT(scroll, 0);

    const int total = model().totalCount();
    server().addValidation(Outcome::NotFound); // the refresh has something new to show
    m_h->service().refresh();
    ASSERT_TRUE(m_h->waitForRefresh());
    EXPECT_EQ(model().totalCount(), total + 1);
    EXPECT_EQ(screen().selectedId(), id);
    EXPECT_EQ(table->verticalScrollBar()->value(), scroll);
}

TEST_F(DashboardRefresh, OpenForm_PausesPollingAndKeepsTheUsersInput) {
    m_h->service().setPollInterval(PollInterval::FiveSeconds);
    ASSERT_TRUE(m_h->selectAndLoad(QLatin1String(sandbox::demo::kEligibleId)));
    screen().editPolicy();
    screen().policyForm()->maxRetriesBox()->setValue(2);
    const int before = server().requestsReceived();
    m_clock.advance(Millis(20'000));
    QCoreApplication::processEvents();
    EXPECT_EQ(server().requestsReceived(), before) << "no poll while the form is open";
    EXPECT_TRUE(screen().isEditingPolicy());
    EXPECT_EQ(screen().policyForm()->maxRetriesBox()->value(), 2);

    screen().policyForm()->findChild<QPushButton *>(QStringLiteral("policyDiscard"))->click();
    EXPECT_FALSE(screen().isEditingPolicy());
    EXPECT_TRUE(m_h->service().isRefreshing()) << "the poll that came due runs on resume";
    ASSERT_TRUE(m_h->waitForRefresh());
}

TEST_F(DashboardRefresh, OneServicePoll_HoweverManyScreensWatch) {
    ui::ValidationsScreen second(m_h->service(), QStringLiteral("again"));
    int listRequests = 0;
    QObject::connect(&server(), &sandbox::SandboxServer::requestHandled,
                     [&](const QString &method, const QString &path) {
                         listRequests += method == u"GET" && path == u"/v1/validations";
                     });
    m_h->service().setPollInterval(PollInterval::FiveSeconds);
    m_clock.advance(Millis(5'000));
    ASSERT_TRUE(m_h->waitForRefresh());
    // A poll between full refreshes reads two pages: the pending listing and the newest page.
    EXPECT_EQ(listRequests, 2) << "two screens, one poll";
    m_clock.advance(Millis(5'000));
    ASSERT_TRUE(m_h->waitForRefresh());
    EXPECT_EQ(listRequests, 4);
}

TEST_F(DashboardRefresh, OutageBanner_AppearsWhenUnreachableAndClearsOnRecovery) {
    server().enqueueFault(sandbox::FaultKind::ResetBeforeReply, 100,
                          QStringLiteral("/v1/validations"));
    m_h->service().refresh();
    ASSERT_TRUE(m_h->waitUntil([&] { return !m_h->service().isRefreshing(); }, 500));
    EXPECT_FALSE(screen().banner()->isHidden());
    EXPECT_TRUE(screen().banner()->text().contains(QStringLiteral("cannot be reached")));
    EXPECT_GT(model().rowCount(), 0) << "the last data stays";
    EXPECT_FALSE(model().isRefreshing()) << "the failed refresh is closed, removing nothing";

    // Polling is off, yet the screen checks again by itself and the banner goes away. (Rows
    // that came due meanwhile asked for a sync, which may be in a backoff: time moves on.)
    server().clearScriptedFaults();
    m_clock.advance(Millis(15'000));
    ASSERT_TRUE(m_h->waitUntil(
        [&] {
            return screen().banner()->isHidden() && !m_h->service().isRefreshing() &&
                   !m_h->service().isSyncing();
        },
        500, 2000));
    EXPECT_TRUE(screen().banner()->isHidden());
}

TEST_F(DashboardRefresh, EveryAction_HasAShortcutAndEveryControlAName) {
    for (QAction *a : screen().actions()) {
        EXPECT_FALSE(a->shortcut().isEmpty()) << qPrintable(a->text());
    }
    EXPECT_EQ(screen().commands().refresh->shortcut(), QKeySequence(QKeySequence::Refresh));
    for (QWidget *w : screen().findChildren<QWidget *>()) {
        if (qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QComboBox *>(w) ||
            qobject_cast<QLineEdit *>(w)) {
            if (!w->objectName().startsWith(u"qt_")) {
                EXPECT_FALSE(w->accessibleName().isEmpty()) << qPrintable(w->objectName());
            }
        }
    }
}

} // namespace
