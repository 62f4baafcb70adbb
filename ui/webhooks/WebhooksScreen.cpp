#include "webhooks/WebhooksScreen.h"

#include "core/Clock.h"
#include "core/Random.h"
#include "sandbox/SandboxServer.h"
#include "validations/StateChip.h"
#include "webhooks/DeliveryTimelineView.h"
#include "webhooks/InspectorModel.h"
#include "webhooks/WebhookReceiver.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rd::ui {

using webhooks::DeliveryOutcome;
using webhooks::ForwardResult;
using webhooks::InspectorModel;
using webhooks::WebhookDelivery;
using webhooks::WebhookReceiver;
using Mode = WebhookReceiver::AnswerMode;

namespace {
// Duplicates the demo subscription asks for: often enough to see one within a few events.
constexpr double kDemoDuplicateRate = 0.2;

QString forwardText(const ForwardResult &f) {
    switch (f.state) {
    case ForwardResult::State::None:
        return {};
    case ForwardResult::State::Pending:
        return WebhooksScreen::tr("sending…");
    case ForwardResult::State::Failed:
        return WebhooksScreen::tr("failed: %1").arg(f.error);
    case ForwardResult::State::Answered:
        return WebhooksScreen::tr("%1 in %2 ms: %3")
            .arg(f.status)
            .arg(f.latency.count())
            .arg(QString::fromUtf8(f.firstBytes.left(80)).simplified());
    }
    return {};
}
} // namespace

WebhooksScreen::WebhooksScreen(Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_receiver(new WebhookReceiver(clock, this))
    , m_model(new InspectorModel(this)) {
    setObjectName(QStringLiteral("webhooksScreen"));
    setAccessibleName(tr("Webhook inspector"));
    m_model->follow(m_receiver);

    auto *layout = new QVBoxLayout(this);
    auto *box = new QGroupBox(tr("Receiver"), this);
    buildControls(box);
    layout->addWidget(box);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("webhookSummary"));
    m_summary->setAccessibleName(tr("Receiver summary"));
    layout->addWidget(m_summary);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_table = new QTableView(split);
    m_table->setObjectName(QStringLiteral("webhookEvents"));
    m_table->setAccessibleName(tr("Events received"));
    m_table->setAccessibleDescription(tr("One row per event id: its deliveries, duplicates, "
                                         "retries, last answer, signature and effect count."));
    m_table->setModel(m_model);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move between cells
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // Small minimums: the rail's page must still fit a 1024×600 panel (the splitter gives room).
    m_table->setMinimumHeight(40);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WebhooksScreen::showSelected);
    connect(m_model, &InspectorModel::eventChanged, this, [this](const QString &id) {
        updateSummary();
        if (id.isEmpty() || id == selectedEventId()) {
            showSelected();
        }
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0) {
            m_table->selectRow(0);
        }
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this] { m_table->resizeColumnsToContents(); });

    auto *detail = new QWidget(split);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_timeline = new DeliveryTimelineView(detail);
    detailLayout->addWidget(m_timeline);
    m_deliveries = new QTreeWidget(detail);
    m_deliveries->setObjectName(QStringLiteral("webhookDeliveries"));
    m_deliveries->setAccessibleName(tr("Deliveries of the selected event"));
    m_deliveries->setRootIsDecorated(false);
    m_deliveries->setMinimumHeight(30);
    m_deliveries->setHeaderLabels({tr("Received"), tr("Delivery"), tr("Attempt"), tr("Result"),
                                   tr("Answer"), tr("Signature"), tr("Your endpoint")});
    detailLayout->addWidget(m_deliveries);
    split->addWidget(m_table);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_receiver, &WebhookReceiver::listeningChanged, this,
            &WebhooksScreen::updateReceiverState);
    updateReceiverState();
    updateSummary();
}

WebhooksScreen::~WebhooksScreen() {
    if (m_demo && !m_demoSubscription.isEmpty()) {
        m_demo->removeWebhook(m_demoSubscription); // the sandbox would retry into a closed port
    }
}

void WebhooksScreen::buildControls(QWidget *box) {
    auto *grid = new QGridLayout(box);
    int row = 0;
    auto *portLabel = new QLabel(tr("&Port:"), box);
    m_port = new QSpinBox(box);
    m_port->setObjectName(QStringLiteral("webhookPort"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free port"));
    m_port->setAccessibleName(tr("Receiver port"));
    m_port->setAccessibleDescription(tr("0 picks any free port. The receiver listens on "
                                        "127.0.0.1 only."));
    portLabel->setBuddy(m_port);
    m_startStop = new QPushButton(box);
    m_startStop->setObjectName(QStringLiteral("webhookStartStop"));
    m_startStop->setAccessibleName(tr("Start or stop the receiver"));
    connect(m_startStop, &QPushButton::clicked, this, [this] {
        if (m_receiver->isListening()) {
            stopReceiver();
        } else {
            startReceiver();
        }
    });
    auto *startAction = new QAction(tr("Start or Stop the Webhook Receiver"), this);
    startAction->setShortcut(QKeySequence(tr("Ctrl+Alt+R")));
    startAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(startAction, &QAction::triggered, m_startStop, &QPushButton::click);
    addAction(startAction);
    m_url = new QLineEdit(box);
    m_url->setObjectName(QStringLiteral("webhookUrl"));
    m_url->setReadOnly(true);
    m_url->setAccessibleName(tr("URL to paste into a subscription"));
    m_copyUrl = new QPushButton(tr("&Copy URL"), box);
    m_copyUrl->setAccessibleName(tr("Copy the receiver URL"));
    connect(m_copyUrl, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_url->text()); });
    grid->addWidget(portLabel, row, 0);
    grid->addWidget(m_port, row, 1);
    grid->addWidget(m_startStop, row, 2);
    grid->addWidget(m_url, row, 3, 1, 2);
    grid->addWidget(m_copyUrl, row, 5);
    ++row;

    auto *secretLabel = new QLabel(tr("&Secret:"), box);
    m_secret = new QLineEdit(box);
    m_secret->setObjectName(QStringLiteral("webhookSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("whsec_… (empty: signatures are not verified)"));
    m_secret->setAccessibleName(tr("Signing secret"));
    m_secret->setAccessibleDescription(
        tr("Kept only for this session: never saved to settings or written to logs."));
    secretLabel->setBuddy(m_secret);
    connect(m_secret, &QLineEdit::textChanged, this, &WebhooksScreen::applySettings);
    auto *answerLabel = new QLabel(tr("&Answer:"), box);
    m_answer = new QComboBox(box);
    m_answer->setObjectName(QStringLiteral("webhookAnswer"));
    m_answer->setAccessibleName(tr("How the receiver answers"));
    m_answer->addItem(tr("200 OK"), int(Mode::Ok));
    m_answer->addItem(tr("500 Internal Server Error"), int(Mode::ServerError));
    m_answer->addItem(tr("503 Service Unavailable"), int(Mode::Unavailable));
    m_answer->addItem(tr("Timeout (never answer)"), int(Mode::Timeout));
    m_answer->addItem(tr("Fail the first N, then 200"), int(Mode::FailFirst));
    m_answer->addItem(tr("Your endpoint's status"), int(Mode::EndpointStatus));
    answerLabel->setBuddy(m_answer);
    m_failFirst = new QSpinBox(box);
    m_failFirst->setObjectName(QStringLiteral("webhookFailFirst"));
    m_failFirst->setRange(1, 7);
    m_failFirst->setValue(2);
    m_failFirst->setPrefix(tr("N = "));
    m_failFirst->setAccessibleName(tr("Deliveries to fail per event"));
    connect(m_answer, &QComboBox::currentIndexChanged, this, &WebhooksScreen::applySettings);
    connect(m_failFirst, &QSpinBox::valueChanged, this, &WebhooksScreen::applySettings);
    grid->addWidget(secretLabel, row, 0);
    grid->addWidget(m_secret, row, 1, 1, 2);
    grid->addWidget(answerLabel, row, 3, Qt::AlignRight);
    grid->addWidget(m_answer, row, 4);
    grid->addWidget(m_failFirst, row, 5);
    ++row;

    auto *forwardLabel = new QLabel(tr("&Forward to:"), box);
    m_forwardUrl = new QLineEdit(box);
    m_forwardUrl->setObjectName(QStringLiteral("webhookForwardUrl"));
    m_forwardUrl->setPlaceholderText(tr("http://localhost:3000/webhooks (optional: your own "
                                        "endpoint gets every accepted delivery too)"));
    m_forwardUrl->setAccessibleName(tr("Your endpoint's URL"));
    forwardLabel->setBuddy(m_forwardUrl);
    connect(m_forwardUrl, &QLineEdit::editingFinished, this, &WebhooksScreen::applySettings);
    m_subscribeDemo = new QPushButton(tr("Subscribe the &Demo Sandbox"), box);
    m_subscribeDemo->setObjectName(QStringLiteral("webhookSubscribeDemo"));
    m_subscribeDemo->setAccessibleName(tr("Subscribe the demo sandbox to this receiver"));
    m_subscribeDemo->setToolTip(tr("Starts the receiver and subscribes the demo sandbox to it "
                                   "with a fresh secret; its validations' events arrive here."));
    m_subscribeDemo->setVisible(false);
    connect(m_subscribeDemo, &QPushButton::clicked, this, &WebhooksScreen::subscribeDemo);
    m_clear = new QPushButton(tr("C&lear"), box);
    m_clear->setAccessibleName(tr("Clear the received deliveries"));
    connect(m_clear, &QPushButton::clicked, m_receiver, &WebhookReceiver::clear);
    grid->addWidget(forwardLabel, row, 0);
    grid->addWidget(m_forwardUrl, row, 1, 1, 3);
    grid->addWidget(m_subscribeDemo, row, 4);
    grid->addWidget(m_clear, row, 5);
    ++row;
    m_status = new QLabel(box);
    m_status->setObjectName(QStringLiteral("webhookStatus"));
    m_status->setWordWrap(true);
    grid->addWidget(m_status, row, 0, 1, 6);
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(4, 1);
    applySettings();
}

void WebhooksScreen::applySettings() {
    m_receiver->setSecret(m_secret->text().trimmed().toUtf8());
    const auto mode = Mode(m_answer->currentData().toInt());
    m_receiver->setAnswerMode(mode);
    m_receiver->setFailFirstCount(m_failFirst->value());
    m_failFirst->setEnabled(mode == Mode::FailFirst);
    const QString forward = m_forwardUrl->text().trimmed();
    const QUrl url = QUrl::fromUserInput(forward);
    m_receiver->setForwardUrl(forward.isEmpty() || !url.isValid() ? QUrl() : url);
    updateReceiverState();
}

bool WebhooksScreen::startReceiver() {
    applySettings();
    if (!m_receiver->start(quint16(m_port->value()))) {
        m_status->setText(tr("The receiver could not listen on port %1: %2. Choose another port, "
                             "or 0 for any free one.")
                              .arg(m_port->value())
                              .arg(m_receiver->errorString()));
        m_status->setStyleSheet(QStringLiteral("color: %1").arg(errorTextColor(palette()).name()));
        return false;
    }
    m_status->setStyleSheet({});
    updateReceiverState();
    return true;
}

void WebhooksScreen::stopReceiver() {
    m_receiver->stop();
    updateReceiverState();
}

void WebhooksScreen::updateReceiverState() {
    const bool on = m_receiver->isListening();
    m_startStop->setText(on ? tr("S&top") : tr("S&tart"));
    m_port->setEnabled(!on);
    m_url->setText(on ? m_receiver->hookUrl().toString() : QString());
    m_copyUrl->setEnabled(on);
    if (m_status->styleSheet().isEmpty()) {
        QString text = on ? tr("Listening on %1. ").arg(m_receiver->hookUrl().toString())
                          : tr("Stopped. Start the receiver, then paste its URL into a webhook "
                               "subscription. ");
        text += m_receiver->hasSecret() ? tr("Signatures are verified with the secret.")
                                        : tr("No secret: signatures are not verified.");
        if (m_receiver->answerMode() == Mode::EndpointStatus &&
            m_receiver->forwardUrl().isEmpty()) {
            text += QLatin1Char(' ') + tr("Enter your endpoint's URL to forward to: without one "
                                          "every delivery is answered 502.");
        }
        m_status->setText(text);
    }
}

void WebhooksScreen::updateSummary() {
    int events = m_model->rowCount(), effects = 0, duplicates = 0;
    for (int r = 0; r < events; ++r) {
        effects += m_model->event(r).effects;
        duplicates += m_model->event(r).duplicates;
    }
    // "Label: number" pairs: no plural forms to get wrong in any language.
    const QLocale locale;
    QString text = tr("Events: %1 · Deliveries: %2 · Effects: %3 · Duplicates: %4")
                       .arg(locale.toString(events), locale.toString(m_model->deliveryCount()),
                            locale.toString(effects), locale.toString(duplicates));
    if (m_model->unreadableCount() > 0) {
        text += tr(" · Unreadable requests: %1").arg(locale.toString(m_model->unreadableCount()));
    }
    m_summary->setText(text);
}

void WebhooksScreen::showSelected() {
    const int row = m_model->rowOf(selectedEventId());
    m_deliveries->clear();
    if (row < 0) {
        m_timeline->clear();
        return;
    }
    const auto &event = m_model->event(row);
    m_timeline->setDeliveries(event.deliveries);
    const qint64 first = event.deliveries.first().receivedMono.count();
    for (const WebhookDelivery &d : event.deliveries) {
        auto *item = new QTreeWidgetItem(m_deliveries);
        item->setText(
            0, QLocale().toString(d.receivedAt.toLocalTime().time(), QStringLiteral("HH:mm:ss")) +
                   QStringLiteral("  ") + offsetText(d.receivedMono.count() - first));
        item->setText(1, d.deliveryId);
        item->setText(2, d.attempt > 0 ? QString::number(d.attempt) : QString());
        item->setText(3, webhooks::outcomeWord(d.outcome) +
                             (d.sameAttemptAgain ? tr(" (same attempt again)") : QString()));
        item->setText(4,
                      d.answeredStatus > 0 ? QString::number(d.answeredStatus) : tr("none (held)"));
        item->setText(5, webhooks::verdictWord(d.verdict));
        item->setText(6, forwardText(d.forward));
        if (!d.problem.isEmpty()) {
            item->setToolTip(3, d.problem);
        }
    }
    for (int c = 0; c < m_deliveries->columnCount(); ++c) {
        m_deliveries->resizeColumnToContents(c);
    }
}

QString WebhooksScreen::selectedEventId() const {
    return m_table->currentIndex().data(InspectorModel::EventIdRole).toString();
}

void WebhooksScreen::selectEvent(const QString &eventId) {
    const int row = m_model->rowOf(eventId);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->setCurrentIndex(m_model->index(row, 0));
    }
}

void WebhooksScreen::setDemoSandbox(sandbox::SandboxServer *server) {
    m_demo = server;
    m_subscribeDemo->setVisible(server != nullptr);
}

void WebhooksScreen::generateSecret() {
    m_secret->setText(QStringLiteral("whsec_") +
                      QString::fromLatin1(SystemRandom::instance()->bytes(24).toHex()));
}

bool WebhooksScreen::subscribeDemo() {
    if (!m_demo) {
        return false;
    }
    generateSecret();
    if (!m_receiver->isListening() && !startReceiver()) {
        return false;
    }
    if (!m_demoSubscription.isEmpty()) {
        m_demo->removeWebhook(m_demoSubscription);
    }
    const auto sub =
        m_demo->addWebhook(m_receiver->hookUrl(), m_secret->text().toUtf8(), kDemoDuplicateRate);
    if (!sub) {
        m_status->setText(tr("The demo sandbox refused the subscription."));
        return false;
    }
    m_demoSubscription = sub->id;
    m_status->setText(tr("The demo sandbox is subscribed (%1) with a fresh secret; events of its "
                         "validations arrive here as their cycles move.")
                          .arg(sub->id));
    return true;
}

} // namespace rd::ui
