// Links to a validation, as support staff paste them in tickets: the real MainWindow (offscreen)
// is the primary instance on a unique name with a connection "Support sandbox" to the sandbox
// over loopback; a second `retrydesk <link>` process hands its link over and exits 0, and the
// running window switches to that connection, selects the validation and shows its detail. Also:
// what the window says for an unknown connection or an unknown id, the macOS FileOpen event, a
// link without a connection, and Copy link.
#include "app/AppContext.h"
#include "app/AppOptions.h"
#include "app/InstanceLaunch.h"
#include "core/FakeClock.h"
#include "dashboard/DashboardActions.h"
#include "dashboard/DashboardHarness.h"
#include "dashboard/DetailPanel.h"
#include "dashboard/ValidationsScreen.h"
#include "instance/DeepLink.h"
#include "instance/SingleInstance.h"
#include "mainwindow/DeepLinkOpener.h"
#include "mainwindow/MainWindow.h"
#include "models/ValidationTableModel.h"
#include "sandbox/DemoData.h"
#include "sandbox/SandboxServer.h"
#include "screenshots/HarnessWait.h"
#include "services/ValidationService.h"
#include "storage/ConnectionRegistry.h"
#include "storage/MemorySecretStore.h"
#include "support/RenderedTest.h"

#include <QAction>
#include <QClipboard>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QGuiApplication>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>

using namespace rd;
using rd::ui::MainWindow;
using rd::ui::ValidationsScreen;

namespace {

const QString kTarget = QLatin1String(sandbox::demo::kCancelledId);

class DeepLinkWindowTest : public rd::test::RenderedTest {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        m_sandbox =
            std::make_unique<sandbox::SandboxServer>(m_clock, ui::DashboardHarness::smallDataset());
        ASSERT_TRUE(m_sandbox->listen());
        m_context = std::make_unique<ui::AppContext>(
            m_clock,
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                        QSettings::IniFormat),
            std::make_unique<MemorySecretStore>(), m_dir.filePath(QStringLiteral("outbox")));
        // "Alpha" sorts first, so it is the one open at start; the links name the other.
        m_alphaId = addConnection(QStringLiteral("Alpha"));
        m_supportId = addConnection(QStringLiteral("Support sandbox"));
        m_window = std::make_unique<MainWindow>(ui::AppOptions{}, *m_context);
        m_window->setAttribute(Qt::WA_DontShowOnScreen);
        m_window->show();
        ASSERT_TRUE(waitFor([&] { return loadedOn(m_alphaId) != nullptr; }))
            << "the first connection's table never loaded";
    }

    void TearDown() override {
        m_window.reset();
        m_context.reset();
        m_sandbox.reset();
    }

    QString addConnection(const QString &name) {
        ConnectionProfile p;
        p.name = name;
        p.kind = ApiKind::Validations;
        p.baseUrl = m_sandbox->baseUrl();
        bool saved = false;
        m_context->connections().save(p, QLatin1String(sandbox::kDemoUpdateKey),
                                      [&](const SecretResult &r) { saved = r.ok(); });
        EXPECT_TRUE(waitFor([&] { return saved; })) << qPrintable(name);
        return m_context->connections().lastSavedId();
    }

    // Serves real loopback I/O (the fake clock standing still) until done() holds, ~30 s at most.
    bool waitFor(const std::function<bool()> &done) {
        return ui::waitOnFakeClock(m_clock, done, 0, 6000);
    }

    // The validations screen when it shows connectionId with its table loaded; null otherwise.
    ValidationsScreen *loadedOn(const QString &connectionId) const {
        auto *screen = qobject_cast<ValidationsScreen *>(m_window->screen(ApiKind::Validations));
        return screen && screen->service().endpoint().connectionId == connectionId &&
                       ui::serviceSettled(screen->service()) &&
                       screen->service().model().totalCount() > 0
                   ? screen
                   : nullptr;
    }

    // The window shows id on connectionId: selected in the table and in the detail panel.
    bool shows(const QString &connectionId, const QString &id) const {
        ValidationsScreen *screen = loadedOn(connectionId);
        if (!screen || screen->selectedId() != id) {
            return false;
        }
        const auto detail = screen->detailPanel()->detail();
        return detail && detail->validation.id == id;
    }

    static QString linkTo(const QString &id, const QString &connection) {
        return instance::DeepLink{id, connection}.toString();
    }

    FakeClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<ui::AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    QString m_alphaId;
    QString m_supportId;
};

TEST_F(DeepLinkWindowTest, SecondLaunchWithALink_ExitsZero_AndTheRunningWindowShowsTheValidation) {
    ASSERT_FALSE(shows(m_alphaId, kTarget)) << "already shown: the test would prove nothing";
    const QString name = m_dir.filePath(QStringLiteral("instance"));
    instance::SingleInstance primary(name, m_clock);
    std::optional<instance::SingleInstance::Role> role;
    primary.start({}, [&](instance::SingleInstance::Role r, const QString &) { role = r; });
    ASSERT_TRUE(waitFor([&] { return role.has_value(); }));
    ASSERT_EQ(*role, instance::SingleInstance::Role::Primary);
    ui::serveLaunches(primary, *m_window);

    QProcess second;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RETRYDESK_INSTANCE_NAME"), name);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Nothing of the machine's own configuration, should it ever open a window of its own.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("second")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("second")));
    env.insert(QStringLiteral("RETRYDESK_OUTBOX_DIR"), m_dir.filePath(QStringLiteral("second")));
    second.setProcessEnvironment(env);
    const QString link =
        QStringLiteral("retrydesk://validations/%1?connection=Support%20sandbox").arg(kTarget);
    second.start(QStringLiteral(RETRYDESK_APP_PATH), {link});
    ASSERT_TRUE(second.waitForStarted(10000)) << qPrintable(second.errorString());
    // This thread's event loop is the primary's: it must keep running while the second waits.
    ASSERT_TRUE(waitFor([&] { return second.state() == QProcess::NotRunning; }))
        << "the second launch did not exit";
    const QString err = QString::fromUtf8(second.readAllStandardError());
    EXPECT_EQ(second.exitStatus(), QProcess::NormalExit) << qPrintable(err);
    EXPECT_EQ(second.exitCode(), 0) << qPrintable(err);

    EXPECT_TRUE(waitFor([&] { return shows(m_supportId, kTarget); }))
        << "the window never showed the linked validation on Support sandbox";
    EXPECT_EQ(m_window->activeConnection(ApiKind::Validations), m_supportId);
    EXPECT_EQ(m_window->currentKind(), ApiKind::Validations);
    EXPECT_TRUE(m_window->links().problem().isEmpty()) << qPrintable(m_window->links().problem());
}

TEST_F(DeepLinkWindowTest, UnknownConnection_SaysSoAndListsTheConnections) {
    m_window->openDeepLink(QUrl(linkTo(kTarget, QStringLiteral("Soporte México"))));
    const QString problem = m_window->links().problem();
    EXPECT_TRUE(problem.contains(QStringLiteral("“Soporte México”"))) << qPrintable(problem);
    EXPECT_TRUE(problem.contains(QStringLiteral("“Alpha”")) &&
                problem.contains(QStringLiteral("“Support sandbox”")))
        << qPrintable(problem);
    ASSERT_NE(m_window->links().problemBox(), nullptr);
    EXPECT_TRUE(m_window->links().problemBox()->isVisible());
    EXPECT_FALSE(m_window->links().problemBox()->isModal()) << "a link never blocks the window";
    EXPECT_EQ(m_window->activeConnection(ApiKind::Validations), m_alphaId) << "nothing switched";
}

TEST_F(DeepLinkWindowTest, ConnectionNameInAnotherCase_IsTheSameConnection) {
    m_window->openDeepLink(QUrl(linkTo(kTarget, QStringLiteral("support SANDBOX"))));
    EXPECT_TRUE(waitFor([&] { return shows(m_supportId, kTarget); }));
}

TEST_F(DeepLinkWindowTest, UnknownId_IsFetchedAndTheDetailSaysItWasNotFound) {
    // Another user's validation: the server answers 404 to this key.
    const QString id = QLatin1String(sandbox::demo::kOtherUsersId);
    m_window->openDeepLink(QUrl(linkTo(id, QStringLiteral("Support sandbox"))));
    ASSERT_TRUE(waitFor([&] {
        ValidationsScreen *screen = loadedOn(m_supportId);
        return screen && screen->detailPanel()->message().contains(QStringLiteral("404"));
    }));
    const QString message = loadedOn(m_supportId)->detailPanel()->message();
    EXPECT_TRUE(message.contains(id)) << qPrintable(message);
    EXPECT_TRUE(message.contains(QStringLiteral("another connection"))) << qPrintable(message);
}

TEST_F(DeepLinkWindowTest, LinkWithoutConnection_OpensOnTheActiveOne) {
    m_window->openDeepLink(QUrl(linkTo(kTarget, {})));
    EXPECT_TRUE(waitFor([&] { return shows(m_alphaId, kTarget); }));
}

TEST_F(DeepLinkWindowTest, MacOsFileOpenEvent_OpensTheLink) {
    QFileOpenEvent event(QUrl(linkTo(kTarget, QStringLiteral("Support sandbox"))));
    EXPECT_TRUE(QCoreApplication::sendEvent(QCoreApplication::instance(), &event));
    EXPECT_TRUE(waitFor([&] { return shows(m_supportId, kTarget); }));
}

TEST_F(DeepLinkWindowTest, CopyLink_CopiesTheSelectedValidationsLinkOnThisConnection) {
    m_window->openDeepLink(QUrl(linkTo(kTarget, QStringLiteral("Support sandbox"))));
    ASSERT_TRUE(waitFor([&] { return shows(m_supportId, kTarget); }));
    ValidationsScreen *screen = loadedOn(m_supportId);
    QGuiApplication::clipboard()->clear();
    screen->commands().copyLink->trigger();
    const QString expected =
        QStringLiteral("retrydesk://validations/%1?connection=Support%20sandbox").arg(kTarget);
    EXPECT_EQ(QGuiApplication::clipboard()->text(), expected);
    EXPECT_EQ(screen->commands().copyLink->shortcut(),
              QKeySequence(QStringLiteral("Ctrl+Alt+Shift+C")));
    // The detail panel's button beside Copy id copies the same.
    QGuiApplication::clipboard()->clear();
    auto *button =
        screen->detailPanel()->findChild<QPushButton *>(QStringLiteral("copyLinkButton"));
    ASSERT_NE(button, nullptr);
    EXPECT_FALSE(button->accessibleName().isEmpty());
    button->click();
    EXPECT_EQ(QGuiApplication::clipboard()->text(), expected);
}

} // namespace
