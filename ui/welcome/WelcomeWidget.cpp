#include "welcome/WelcomeWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rd::ui {

WelcomeWidget::WelcomeWidget(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("welcome"));
    auto *title = new QLabel(tr("Welcome to RetryDesk"), this);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignHCenter);

    auto *intro = new QLabel(
        tr("<p>See what the server retries, steer it, and trust every write.</p>"
           "<ul>"
           "<li><b>Validations</b> with their retry cycles and live countdowns to the next "
           "attempt.</li>"
           "<li><b>Retry policies</b> you can change, cycles you can cancel, failed <b>bulk "
           "lists</b> "
           "you can retry, one at a time or in bulk.</li>"
           "<li>Every write is sent exactly once, even through timeouts and rate limits.</li>"
           "<li>API keys stay in your system's keychain, never in files or logs.</li>"
           "</ul>"),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);

    auto *demo = new QPushButton(tr("Try the &demo"), this);
    demo->setDefault(true);
    demo->setToolTip(tr("Starts a built-in sandbox server with sample data on this computer; no "
                        "account or network needed."));
    auto *add = new QPushButton(tr("&Add a connection…"), this);
    add->setToolTip(tr("Connect to your API with its base URL and API key."));
    auto *later = new QPushButton(tr("&Not now"), this);
    later->setFlat(true);
    connect(demo, &QPushButton::clicked, this, &WelcomeWidget::demoRequested);
    connect(add, &QPushButton::clicked, this, &WelcomeWidget::addConnectionRequested);
    connect(later, &QPushButton::clicked, this, &WelcomeWidget::dismissed);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(demo);
    buttons->addWidget(add);
    buttons->addWidget(later);
    buttons->addStretch();

    auto *introRow =
        new QHBoxLayout; // stretches, not alignment: keeps heightForWidth (see EmptyStateWidget)
    introRow->addStretch();
    introRow->addWidget(intro, 1);
    introRow->addStretch();
    intro->setMaximumWidth(560);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(title);
    layout->addSpacing(16);
    layout->addLayout(introRow);
    layout->addSpacing(20);
    layout->addLayout(buttons);
    layout->addStretch(3);
}

} // namespace rd::ui
