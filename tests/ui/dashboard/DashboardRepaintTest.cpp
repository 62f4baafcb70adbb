// What changes many times a second repaints only itself: the status line's counts and rate limit
// lay nothing out above it (a layout request reaching the window's rail repainted the whole
// screen), and the hidden request log does not scroll for every request (bench_app).
#include "dashboard/DashboardStatusBar.h"
#include "dashboard/RequestLogDock.h"
#include "net/RequestLog.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

#include <gtest/gtest.h>

using namespace rd;
using namespace rd::ui;

namespace {

struct LayoutRequests : QObject {
    int count = 0;
    bool eventFilter(QObject *, QEvent *e) override {
        count += e->type() == QEvent::LayoutRequest ? 1 : 0;
        return false;
    }
};

class StatusLineRepaint : public ::testing::Test {
protected:
    void SetUp() override {
        auto *layout = new QVBoxLayout(&m_window);
        layout->addWidget(new QLabel(QStringLiteral("the screen above the status line")));
        m_status = new DashboardStatusBar;
        layout->addWidget(m_status);
        m_window.setAttribute(Qt::WA_DontShowOnScreen);
        m_health.rateLimitRemaining = 600;
        m_status->setHealth(m_health);
        m_status->setRowCounts(1000, 1000);
        m_window.show();
        QCoreApplication::processEvents();
        m_window.installEventFilter(&m_layouts);
    }
    QLabel *label(const char *name) const {
        return m_status->findChild<QLabel *>(QLatin1String(name));
    }

    QWidget m_window;
    DashboardStatusBar *m_status = nullptr;
    ConnectionHealth m_health;
    LayoutRequests m_layouts;
};

} // namespace

TEST_F(StatusLineRepaint, NewCountsAndRateLimits_LayOutNothingAboveTheStatusLine) {
    for (int i = 1; i <= 50; ++i) {
        m_health.rateLimitRemaining = 600 - i;
        m_status->setHealth(m_health);
        m_status->setRowCounts(1000 + 10 * i, 1000 + 10 * i);
        QCoreApplication::processEvents();
    }
    EXPECT_EQ(m_layouts.count, 0);
    EXPECT_TRUE(label("statusRows")->text().startsWith(QStringLiteral("1500 validation")))
        << qPrintable(label("statusRows")->text());
    EXPECT_EQ(label("statusRateLimit")->text(), QStringLiteral("Rate limit: 550 left"));
    EXPECT_TRUE(m_status->text().contains(QStringLiteral("Rate limit: 550 left")));
}

TEST_F(StatusLineRepaint, ARateLimitLosingADigit_KeepsItsWidth_ACountGainingOneGrows) {
    const int rateWidth = label("statusRateLimit")->width();
    m_health.rateLimitRemaining = 9;
    m_status->setHealth(m_health);
    QCoreApplication::processEvents();
    EXPECT_EQ(m_layouts.count, 0);
    EXPECT_EQ(label("statusRateLimit")->width(), rateWidth);

    m_status->setRowCounts(1'000'000, 1'000'000);
    QCoreApplication::processEvents();
    EXPECT_GE(label("statusRows")->width(), label("statusRows")->sizeHint().width())
        << "the whole count shows";
}

TEST(RequestLogDockTest, HiddenLog_DoesNotScroll_ShownLogFollowsTheNewestAttempt) {
    net::RequestLog log;
    RequestLogDock dock(log);
    dock.setAttribute(Qt::WA_DontShowOnScreen);
    dock.resize(600, 200);
    const QUrl url(QStringLiteral("http://127.0.0.1:9/v1/validations"));
    for (int i = 0; i < 200; ++i) {
        log.attemptStarted(QDateTime::currentDateTimeUtc(), "GET", url, 1, {});
    }
    QCoreApplication::processEvents();
    EXPECT_EQ(dock.view()->verticalScrollBar()->value(), 0) << "nothing laid out while hidden";

    dock.show();
    QCoreApplication::processEvents();
    QScrollBar *bar = dock.view()->verticalScrollBar();
    EXPECT_GT(bar->maximum(), 0);
    EXPECT_EQ(bar->value(), bar->maximum()) << "the newest attempt shows once the log is shown";

    log.attemptStarted(QDateTime::currentDateTimeUtc(), "GET", url, 1, {});
    QCoreApplication::processEvents();
    EXPECT_EQ(bar->value(), bar->maximum());

    bar->setValue(0); // the user scrolls up to read an older attempt
    log.attemptStarted(QDateTime::currentDateTimeUtc(), "GET", url, 1, {});
    QCoreApplication::processEvents();
    EXPECT_EQ(bar->value(), 0) << "not pulled away from what the user reads";
}
