#include "mainwindow/EmptyStateWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rd::ui {

EmptyStateWidget::EmptyStateWidget(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(tr("No connection yet"), this))
    , m_body(new QLabel(this))
    , m_demoButton(new QPushButton(tr("Try the &demo"), this))
    , m_addButton(new QPushButton(tr("&Add a connection…"), this)) {
    setObjectName(QStringLiteral("emptyState"));
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignHCenter);

    m_body->setText(tr("RetryDesk shows your validations and bulk lists, the retry cycles the "
                       "server runs for them, and lets you change retry policies, cancel cycles "
                       "and retry failed lists.\n\n"
                       "Try the demo to explore with a built-in sandbox server and sample data, "
                       "or add a connection to your API with its base URL and API key. "
                       "Keys are kept in your system's keychain, never in files."));
    m_body->setWordWrap(true);
    m_body->setAlignment(Qt::AlignHCenter);
    m_body->setMaximumWidth(520);

    m_demoButton->setDefault(true);
    m_demoButton->setAccessibleName(tr("Try the demo"));
    m_addButton->setAccessibleName(tr("Add a connection"));
    connect(m_demoButton, &QPushButton::clicked, this, &EmptyStateWidget::demoRequested);
    connect(m_addButton, &QPushButton::clicked, this, &EmptyStateWidget::addConnectionRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_demoButton);
    buttons->addWidget(m_addButton);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_title);
    layout->addSpacing(12);
    // A word-wrapped label given an alignment in a layout is sized by sizeHint() and clips its
    // later lines; centre it with stretches instead so heightForWidth() is honoured.
    auto *bodyRow = new QHBoxLayout;
    bodyRow->addStretch();
    bodyRow->addWidget(m_body, 1);
    bodyRow->addStretch();
    layout->addLayout(bodyRow);
    layout->addSpacing(18);
    layout->addLayout(buttons);
    layout->addStretch(3);
}

} // namespace rd::ui
