#include "connections/VerdictView.h"

#include "validations/StateChip.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace rd::ui {

VerdictView::VerdictView(QWidget *parent)
    : QFrame(parent)
    , m_mark(new QLabel(this))
    , m_title(new QLabel(this))
    , m_advice(new QLabel(this)) {
    setObjectName(QStringLiteral("verdictView"));
    setFrameShape(QFrame::StyledPanel);
    m_mark->setFixedWidth(22);
    m_mark->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_mark->setFont(bold);
    m_advice->setWordWrap(true);
    m_advice->setTextInteractionFlags(Qt::TextSelectableByMouse); // the request id gets copied
    auto *text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_advice);
    auto *row = new QHBoxLayout(this);
    row->addWidget(m_mark);
    row->addLayout(text, 1);
    clear();
}

void VerdictView::setTone(const QColor &color, const QString &mark) {
    m_mark->setText(mark);
    QPalette p = m_mark->palette();
    p.setColor(QPalette::WindowText, color);
    m_mark->setPalette(p);
}

void VerdictView::showResult(const ConnectionTestResult &result) {
    const bool ok = result.verdict == ConnectionVerdict::Ok;
    setTone(ok ? QColor(0x2e, 0x9d, 0x4f) : errorTextColor(palette()),
            ok ? QStringLiteral("✔") : QStringLiteral("✖"));
    m_title->setText(result.title());
    m_advice->setText(result.advice());
    m_advice->setVisible(true);
    setAccessibleDescription(result.title() + u' ' + result.advice());
    show();
}

void VerdictView::showTesting() {
    setTone(palette().color(QPalette::WindowText), QStringLiteral("…"));
    m_title->setText(tr("Testing the connection…"));
    m_advice->clear();
    m_advice->setVisible(false);
    show();
}

void VerdictView::clear() {
    m_mark->clear();
    m_title->clear();
    m_advice->clear();
    hide();
}

QString VerdictView::title() const {
    return m_title->text();
}

QString VerdictView::advice() const {
    return m_advice->text();
}

} // namespace rd::ui
