#include "connections/ApiKeyEdit.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QRegularExpression>

namespace rd::ui {

ApiKeyEdit::ApiKeyEdit(QWidget *parent)
    : QLineEdit(parent)
    , m_reveal(new QAction(tr("Show key"), this)) {
    setEchoMode(QLineEdit::Password);
    setClearButtonEnabled(false);
    // Keys are not words: no completion or spell-checking input methods may see them.
    setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                        Qt::ImhNoAutoUppercase);
    m_reveal->setCheckable(true);
    m_reveal->setShortcut(QKeySequence(tr("Alt+K")));
    // Bundled SVGs, not the desktop theme's: the same crisp eye on every platform and at 2×.
    m_reveal->setIcon(QIcon(QStringLiteral(":/icons/reveal.svg")));
    addAction(m_reveal, QLineEdit::TrailingPosition);
    connect(m_reveal, &QAction::toggled, this, &ApiKeyEdit::setRevealed);
    setAccessibleName(tr("API key"));
}

void ApiKeyEdit::setRevealed(bool revealed) {
    setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_reveal->setText(revealed ? tr("Hide key") : tr("Show key"));
    m_reveal->setIcon(QIcon(revealed ? QStringLiteral(":/icons/conceal.svg")
                                     : QStringLiteral(":/icons/reveal.svg")));
    m_reveal->setToolTip(m_reveal->text() + QStringLiteral(" (Alt+K)"));
    if (m_reveal->isChecked() != revealed) {
        m_reveal->setChecked(revealed);
    }
}

void ApiKeyEdit::insertTrimmed(const QString &text) {
    // Whitespace is never part of a key; a pasted key often carries a trailing newline or spaces.
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    insert(QString(text).remove(whitespace));
}

void ApiKeyEdit::pasteTrimmed() {
    insertTrimmed(QGuiApplication::clipboard()->text());
}

void ApiKeyEdit::keyPressEvent(QKeyEvent *event) {
    if (event->matches(QKeySequence::Paste) ||
        (event->key() == Qt::Key_Insert && event->modifiers() == Qt::ShiftModifier)) {
        pasteTrimmed();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void ApiKeyEdit::contextMenuEvent(QContextMenuEvent *event) {
    QMenu *menu = createStandardContextMenu();
    for (QAction *action : menu->actions()) {
        if (action->objectName() == QStringLiteral("edit-paste")) {
            disconnect(action, &QAction::triggered, nullptr, nullptr);
            connect(action, &QAction::triggered, this, &ApiKeyEdit::pasteTrimmed);
        }
    }
    menu->addSeparator();
    menu->addAction(m_reveal);
    menu->exec(event->globalPos());
    delete menu;
}

} // namespace rd::ui
