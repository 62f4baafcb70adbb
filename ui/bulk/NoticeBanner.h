// NoticeBanner: a strip above the validations table that says something the user should act on
// but that must not stop them (never a modal box: the outbox's problems and the work left from
// the last run are shown this way) — a bold title, a sentence, and a few buttons.
#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace rd::ui {

class NoticeBanner : public QFrame {
    Q_OBJECT
public:
    enum class Tone { Info, Warning, Problem };

    explicit NoticeBanner(Tone tone, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setText(const QString &text);
    QString title() const;
    QString text() const;
    // Buttons are laid out in the order they are added, right of the text.
    QPushButton *addButton(const QString &text, const QString &objectName);

private:
    QLabel *m_title;
    QLabel *m_text;
    QHBoxLayout *m_buttons;
};

} // namespace rd::ui
