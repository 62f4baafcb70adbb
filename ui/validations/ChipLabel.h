// ChipLabel: a StateChip as a widget — a form field or a header shows a cycle's state with the
// same icon, word and colours as the tables, sized to its text. Its accessible name is the text.
#pragma once

#include "validations/StateChip.h"

#include <QWidget>

namespace rd::ui {

class ChipLabel : public QWidget {
    Q_OBJECT
public:
    explicit ChipLabel(QWidget *parent = nullptr);
    ChipLabel(ChipKind kind, const QString &text, QWidget *parent = nullptr);

    void setChip(ChipKind kind, const QString &text);
    ChipKind kind() const { return m_kind; }
    QString text() const { return m_text; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    ChipKind m_kind = ChipKind::NoCycle;
    QString m_text;
};

} // namespace rd::ui
