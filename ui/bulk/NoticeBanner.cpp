#include "bulk/NoticeBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rd::ui {

NoticeBanner::NoticeBanner(Tone tone, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_buttons(new QHBoxLayout) {
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // The outage banner's look (a light strip with dark text, the same in both themes), in the
    // tone of what it says.
    QPalette p = palette();
    switch (tone) {
    case Tone::Info:
        p.setColor(QPalette::Window, QColor(0xd9, 0xea, 0xfb));
        p.setColor(QPalette::WindowText, QColor(0x0b, 0x2e, 0x55));
        break;
    case Tone::Warning:
        p.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xc8));
        p.setColor(QPalette::WindowText, QColor(0x4a, 0x2c, 0x00));
        break;
    case Tone::Problem:
        p.setColor(QPalette::Window, QColor(0xfb, 0xde, 0xdc));
        p.setColor(QPalette::WindowText, QColor(0x5c, 0x10, 0x0b));
        break;
    }
    setPalette(p);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *texts = new QVBoxLayout;
    texts->addWidget(m_title);
    texts->addWidget(m_text);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(texts, 1);
    layout->addLayout(m_buttons);
    m_buttons->setAlignment(Qt::AlignVCenter);
}

void NoticeBanner::setTitle(const QString &title) {
    m_title->setText(title);
    setAccessibleName(title);
}

void NoticeBanner::setText(const QString &text) {
    m_text->setText(text);
    setAccessibleDescription(text);
}

QString NoticeBanner::title() const {
    return m_title->text();
}

QString NoticeBanner::text() const {
    return m_text->text();
}

QPushButton *NoticeBanner::addButton(const QString &text, const QString &objectName) {
    auto *b = new QPushButton(text, this);
    b->setObjectName(objectName);
    b->setAccessibleName(QString(text).remove(u'&'));
    m_buttons->addWidget(b);
    return b;
}

} // namespace rd::ui
