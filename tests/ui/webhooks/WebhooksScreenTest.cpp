// The webhook inspector screen with real widgets and a real loopback receiver: start / stop, the
// table filling as deliveries arrive, the timeline showing them, the rail's third page (Alt+3)
// without a connection, and a secret that never reaches the settings file.
#include "webhooks/WebhooksScreen.h"
#include "app/AppContext.h"
#include "core/FakeClock.h"
#include "integration/webhooks/ReceiverTestSupport.h"
#include "mainwindow/MainWindow.h"
#include "storage/MemorySecretStore.h"
#include "support/RenderedTest.h"
#include "webhooks/DeliveryTimelineView.h"
#include "webhooks/InspectorModel.h"
#include "webhooks/WebhookReceiver.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace rd;
using namespace rd::ui;
using namespace rd::webhooks;
namespace wt = rd::webhooks::test;

namespace {

class WebhooksScreenTest : public rd::test::RenderedTest {
protected:
    QPushButton *startStop() { return m_screen.findChild<QPushButton *>("webhookStartStop"); }
    QLineEdit *url() { return m_screen.findChild<QLineEdit *>("webhookUrl"); }
    void deliver(const QString &eventId, int attempt) {
        wt::RawClient client(m_screen.receiver().port());
        const QByteArray body = serialize(wt::sampleEvent(eventId));
        client.send(wt::deliveryRequest(body, {}, m_clock.utcNow().toSecsSinceEpoch(), eventId,
                                        QStringLiteral("dlv_%1").arg(attempt), attempt));
        ASSERT_TRUE(client.awaitAnswer());
    }
    FakeClock m_clock;
    WebhooksScreen m_screen{m_clock};
};

TEST_F(WebhooksScreenTest, StartAndStop_ShowTheUrlOnlyWhileListening) {
    EXPECT_TRUE(url()->text().isEmpty());
    startStop()->click();
    ASSERT_TRUE(m_screen.receiver().isListening());
    EXPECT_EQ(url()->text(), m_screen.receiver().hookUrl().toString());
    EXPECT_TRUE(url()->text().startsWith(QStringLiteral("http://127.0.0.1:")));
    EXPECT_EQ(startStop()->text(), QStringLiteral("S&top"));
    startStop()->click();
    EXPECT_FALSE(m_screen.receiver().isListening());
    EXPECT_TRUE(url()->text().isEmpty());
}

TEST_F(WebhooksScreenTest, Deliveries_FillTheTableAndTheSelectedEventsTimeline) {
    ASSERT_TRUE(m_screen.startReceiver());
    const QString event = QStringLiteral("evt_0123456789abcdef01234567");
    deliver(event, 1);
    deliver(event, 1);
    ASSERT_TRUE(wt::pumpUntil([&] { return m_screen.model().deliveryCount() == 2; }));
    EXPECT_EQ(m_screen.table().model()->rowCount(), 1);
    EXPECT_EQ(m_screen.selectedEventId(), event); // the first event is selected by itself
    int shown = 0;
    QStringList labels;
    for (const auto &m : m_screen.timeline().markers()) {
        if (m.delivery >= 0) {
            ++shown;
            labels << m.label;
        }
    }
    EXPECT_EQ(shown, 2);
    EXPECT_EQ(labels, (QStringList{QStringLiteral("200"), QStringLiteral("dup 200")}));
    EXPECT_EQ(m_screen.findChild<QTreeWidget *>("webhookDeliveries")->topLevelItemCount(), 2);
    EXPECT_TRUE(m_screen.timeline().accessibleDescription().contains(QStringLiteral("duplicate")));
}

TEST_F(WebhooksScreenTest, EveryControl_HasAnAccessibleName) {
    for (QWidget *w : m_screen.findChildren<QWidget *>()) {
        if ((qobject_cast<QLineEdit *>(w) || qobject_cast<QPushButton *>(w) ||
             qobject_cast<QTableView *>(w)) &&
            !w->objectName().startsWith(QLatin1String("qt_"))) {
            EXPECT_FALSE(w->accessibleName().isEmpty())
                << w->metaObject()->className() << " " << w->objectName().toStdString();
        }
    }
}

class WebhooksInWindowTest : public rd::test::RenderedTest {
protected:
    std::unique_ptr<AppContext> newContext() {
        return std::make_unique<AppContext>(
            m_clock, std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat),
            std::make_unique<MemorySecretStore>());
    }
    QString settingsPath() const { return m_dir.filePath(QStringLiteral("s.ini")); }
    FakeClock m_clock;
    QTemporaryDir m_dir;
};

TEST_F(WebhooksInWindowTest, AltThree_ShowsTheInspectorWithoutAnyConnection) {
    auto context = newContext();
    MainWindow window({}, *context);
    QAction *go = window.findChild<QAction *>(QStringLiteral("actionWebhooks"));
    ASSERT_TRUE(go);
    EXPECT_EQ(go->shortcut(), QKeySequence(QStringLiteral("Alt+3")));
    go->trigger();
    EXPECT_EQ(window.findChild<QStackedWidget *>()->currentWidget()->objectName(),
              QStringLiteral("screenRail"));
    EXPECT_EQ(window.rail()->currentWidget(), &window.webhooks());
}

TEST_F(WebhooksInWindowTest, TheSecret_IsNeverWrittenToTheSettings) {
    const QString secret = QStringLiteral("whsec_do_not_store_me_0123456789");
    {
        auto context = newContext();
        MainWindow window({}, *context);
        window.showWebhooks();
        window.webhooks().findChild<QLineEdit *>("webhookSecret")->setText(secret);
        EXPECT_TRUE(window.webhooks().receiver().hasSecret());
        window.close();
        context->settings().sync();
    }
    QFile file(settingsPath());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray all = file.readAll();
    EXPECT_FALSE(all.isEmpty());
    EXPECT_FALSE(all.contains(secret.toUtf8()));
}

} // namespace
