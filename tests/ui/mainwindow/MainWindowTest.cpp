// MainWindow: first-run welcome, geometry restored between runs, and the demo on the embedded
// sandbox with its keys in the session-only store, never the keychain.
#include "mainwindow/MainWindow.h"
#include "app/AppContext.h"
#include "core/FakeClock.h"
#include "storage/ConnectionRegistry.h"
#include "storage/MemorySecretStore.h"
#include "support/RenderedTest.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>

using namespace rd;
using rd::ui::AppContext;
using rd::ui::MainWindow;

namespace {

class MainWindowTest : public rd::test::RenderedTest {
protected:
    std::unique_ptr<AppContext> newContext(MemorySecretStore **keychain = nullptr) {
        auto store = std::make_unique<MemorySecretStore>();
        if (keychain) {
            *keychain = store.get();
        }
        return std::make_unique<AppContext>(
            m_clock,
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s.ini")),
                                        QSettings::IniFormat),
            std::move(store));
    }
    QString currentPage(MainWindow &w) {
        return w.findChild<QStackedWidget *>()->currentWidget()->objectName();
    }
    FakeClock m_clock;
    QTemporaryDir m_dir;
};

TEST_F(MainWindowTest, FirstRun_ShowsTheWelcomeAndLaterRunsTheEmptyState) {
    {
        auto context = newContext();
        MainWindow window({}, *context);
        EXPECT_EQ(currentPage(window), QStringLiteral("welcome"));
        QMetaObject::invokeMethod(window.findChild<QWidget *>(QStringLiteral("welcome")),
                                  "dismissed");
        EXPECT_EQ(currentPage(window), QStringLiteral("emptyState"));
    }
    auto context = newContext();
    MainWindow again({}, *context);
    EXPECT_EQ(currentPage(again), QStringLiteral("emptyState"));
}

TEST_F(MainWindowTest, WindowGeometry_IsRestoredOnTheNextRun) {
    {
        auto context = newContext();
        MainWindow window({}, *context);
        window.setAttribute(Qt::WA_DontShowOnScreen);
        window.show();
        window.resize(812, 534);
        QCoreApplication::processEvents();
        window.close();
    }
    auto context = newContext();
    MainWindow again({}, *context);
    EXPECT_EQ(again.size(), QSize(812, 534));
}

TEST_F(MainWindowTest, Demo_AddsTwoSessionOnlyConnectionsAndKeepsTheKeychainEmpty) {
    MemorySecretStore *keychain = nullptr;
    auto context = newContext(&keychain);
    MainWindow window({}, *context);
    window.startDemo();
    while (context->connections().connections().size() < 2) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    const auto connections = context->connections().connections();
    ASSERT_EQ(connections.size(), 2);
    for (const ConnectionProfile &p : connections) {
        EXPECT_TRUE(p.demo);
        EXPECT_EQ(p.keyStorage, KeyStorage::SessionOnly);
        EXPECT_EQ(readSecretNow(*keychain, p.secretAccount()).status,
                  SecretResult::Status::NotFound);
        EXPECT_TRUE(readSecretNow(context->sessionStore(), p.secretAccount()).ok());
    }
    context->settings().sync();
    QFile f(context->settings().fileName());
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_FALSE(f.readAll().contains("demo_"));
}

TEST_F(MainWindowTest, Dashboard_FitsASmallScreen_TheSidePanelScrollsInstead) {
    const QSize screen = QGuiApplication::primaryScreen()->availableGeometry().size();
    auto context = newContext();
    MainWindow window({}, *context);
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.startDemo();
    window.show();
    while (!window.findChild<QWidget *>(QStringLiteral("sidePanelScroll"))) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents); // the demo's dashboard
    }
    QCoreApplication::processEvents();
    EXPECT_LE(window.width(), screen.width())
        << "screen " << screen.width() << "x" << screen.height();
    EXPECT_LE(window.height(), screen.height());
    EXPECT_LE(window.minimumSizeHint().height(), 560) << "a 1024x600 netbook panel still fits";
}

} // namespace
