#include "dashboard/OutageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rd::ui {

OutageBanner::OutageBanner(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("Try &again now"), this)) {
    setObjectName(QStringLiteral("outageBanner"));
    setAccessibleName(tr("Connection problem"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xc8));
    p.setColor(QPalette::WindowText, QColor(0x4a, 0x2c, 0x00));
    setPalette(p);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("outageRetryButton"));
    auto *texts = new QVBoxLayout;
    texts->addWidget(m_title);
    texts->addWidget(m_text);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(texts, 1);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);
    connect(m_retry, &QPushButton::clicked, this, &OutageBanner::retryRequested);
    hide();
}

void OutageBanner::setHealth(const ConnectionHealth &health) {
    if (health.healthy()) {
        hide();
        return;
    }
    m_title->setText(health.budgetEmpty ? tr("Retries paused: too many requests failed")
                                        : tr("The server cannot be reached"));
    QString text = health.problem;
    if (text.isEmpty()) {
        text = tr("Showing the last data received.");
    }
    text += u' ' + tr("The table shows the last data received; RetryDesk keeps checking and "
                      "this message goes away once the server answers again.");
    m_text->setText(text);
    setVisible(true);
}

QString OutageBanner::text() const {
    return m_title->text() + u'\n' + m_text->text();
}

} // namespace rd::ui
