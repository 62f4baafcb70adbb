// WebhooksScreen: the webhook inspector: a loopback receiver the user starts on a port, what it
// answers (200, 500, 503, a timeout, fail the first N, or the forwarded endpoint's status), the
// events it received with their deliveries, duplicates, retries and effect count, and the selected
// event's deliveries on seed 003's schedule. Works with or without a connection.
#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTreeWidget;

namespace rd {
class Clock;
}
namespace rd::sandbox {
class SandboxServer;
}
namespace rd::webhooks {
class InspectorModel;
class WebhookReceiver;
} // namespace rd::webhooks

namespace rd::ui {

class DeliveryTimelineView;

class WebhooksScreen : public QWidget {
    Q_OBJECT
public:
    explicit WebhooksScreen(Clock &clock, QWidget *parent = nullptr);
    ~WebhooksScreen() override;

    webhooks::WebhookReceiver &receiver() const { return *m_receiver; }
    webhooks::InspectorModel &model() const { return *m_model; }
    DeliveryTimelineView &timeline() const { return *m_timeline; }
    QTableView &table() const { return *m_table; }

    // The demo's embedded sandbox (null: none runs): shows "Subscribe the demo sandbox".
    void setDemoSandbox(sandbox::SandboxServer *server);
    // Starts the receiver (if needed) and subscribes the demo sandbox to it with a fresh secret.
    bool subscribeDemo();
    bool startReceiver();
    void stopReceiver();
    void selectEvent(const QString &eventId);
    QString selectedEventId() const;

private:
    void buildControls(QWidget *box);
    void applySettings();
    void updateReceiverState();
    void showSelected();
    void updateSummary();
    void generateSecret();

    Clock &m_clock;
    webhooks::WebhookReceiver *m_receiver;
    webhooks::InspectorModel *m_model;
    QSpinBox *m_port = nullptr;
    QPushButton *m_startStop = nullptr;
    QLineEdit *m_url = nullptr;
    QPushButton *m_copyUrl = nullptr;
    QLineEdit *m_secret = nullptr;
    QComboBox *m_answer = nullptr;
    QSpinBox *m_failFirst = nullptr;
    QLineEdit *m_forwardUrl = nullptr;
    QPushButton *m_subscribeDemo = nullptr;
    QPushButton *m_clear = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    DeliveryTimelineView *m_timeline = nullptr;
    QTreeWidget *m_deliveries = nullptr;
    QPointer<sandbox::SandboxServer> m_demo;
    QString m_demoSubscription;
};

} // namespace rd::ui
