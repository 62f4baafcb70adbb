// ApiKeyEdit: the API key field: masked unless the user asks to see it, and a pasted key loses
// the whitespace and line breaks copying from a web page or e-mail brings along.
#pragma once

#include <QLineEdit>

class QAction;

namespace rd::ui {

class ApiKeyEdit : public QLineEdit {
    Q_OBJECT
public:
    explicit ApiKeyEdit(QWidget *parent = nullptr);

    bool isRevealed() const { return echoMode() == QLineEdit::Normal; }
    void setRevealed(bool revealed);
    QAction *revealAction() const { return m_reveal; }

    // Inserts text without its whitespace (what paste does).
    void insertTrimmed(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void pasteTrimmed();
    QAction *m_reveal;
};

} // namespace rd::ui
