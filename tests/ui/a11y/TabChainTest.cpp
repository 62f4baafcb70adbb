// The keyboard walk of every ScreenCatalog state: from the widget that has focus when the window
// opens, Tab reaches every enabled focusable control and comes back round, with no control that
// keeps Tab to itself (a table moving between its cells, a text field inserting a tab).
#include "WidgetAudit.h"

#include "screenshots/ScreenCatalog.h"
#include "support/RenderedTest.h"

#include <QApplication>
#include <QSet>

#include <iostream>

using rd::ui::ScreenCatalog;
using rd::ui::ScreenContext;
using namespace rd::test::a11y;

namespace {

class TabChain : public rd::test::RenderedTestWithParam<std::string> {};

TEST_P(TabChain, ReachesEveryFocusableControl) {
    const auto state = ScreenCatalog::instance().find(QString::fromStdString(GetParam()));
    ASSERT_TRUE(state);
    ScreenContext context;
    std::unique_ptr<QWidget> root = state->create(context);
    root->resize(state->size);
    root->show();
    QCoreApplication::processEvents();

    const QList<QWidget *> targets = tabTargets(root.get());
    if (targets.isEmpty()) {
        GTEST_SKIP() << GetParam() << " has no focusable control";
    }
    const QList<QWidget *> walk = walkTabChain(root.get(), int(targets.size()) * 2 + 10);
    ASSERT_FALSE(walk.isEmpty()) << GetParam() << ": the window never got keyboard focus";

    QStringList order;
    QStringList traps;
    for (qsizetype i = 0; i < walk.size(); ++i) {
        order << objectPath(root.get(), walk[i]);
        if (i > 0 && walk[i] == walk[i - 1] &&
            (traps.isEmpty() || traps.last() != objectPath(root.get(), walk[i]))) {
            traps << objectPath(root.get(), walk[i]);
        }
    }
    const QSet<QWidget *> reached(walk.begin(), walk.end());
    QStringList unreached;
    for (QWidget *t : targets) {
        if (reached.contains(t)) {
            continue;
        }
        // A radio-style group is one Tab stop: the others are reached with the arrow keys.
        bool byArrows = false;
        for (QWidget *member : exclusiveGroupOf(t)) {
            if (reached.contains(member) && arrowsReach(member, t)) {
                byArrows = true;
                break;
            }
        }
        if (!byArrows) {
            unreached << objectPath(root.get(), t);
        }
    }
    EXPECT_TRUE(traps.isEmpty()) << GetParam() << ": Tab stays inside\n  "
                                 << qPrintable(traps.join(QStringLiteral("\n  ")));
    EXPECT_TRUE(unreached.isEmpty())
        << GetParam() << ": Tab never reaches\n  "
        << qPrintable(unreached.join(QStringLiteral("\n  "))) << "\nTab order walked:\n  "
        << qPrintable(order.join(QStringLiteral("\n  ")));
    // RETRYDESK_PRINT_TAB_ORDER=1 prints every walk, to review that the order reads as laid out.
    if (qEnvironmentVariableIsSet("RETRYDESK_PRINT_TAB_ORDER")) {
        QStringList all;
        for (QWidget *t : targets) {
            all << objectPath(root.get(), t);
        }
        std::cout << GetParam() << ":\n  " << qPrintable(order.join(QStringLiteral("\n  ")))
                  << "\ntargets:\n  " << qPrintable(all.join(QStringLiteral("\n  "))) << '\n';
    }
}

INSTANTIATE_TEST_SUITE_P(AllScreens, TabChain, ::testing::ValuesIn(catalogStateNames()),
                         [](const ::testing::TestParamInfo<std::string> &info) {
                             return info.param;
                         });

} // namespace
