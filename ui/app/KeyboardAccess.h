// KeyboardAccess: small fixes that keep every control reachable from the keyboard and named for
// screen readers where Qt's defaults fall short (tests/ui/a11y checks every screen state).
#pragma once

#include <QList>
#include <QString>

class QDialogButtonBox;
class QLayout;
class QLineEdit;
class QWidget;

namespace rd::ui {

// Tab walks the blocks in the order given (as they are laid out on screen, top to bottom, left
// to right); inside a block, its focusable widgets keep their own order. Widgets that are hidden
// now stay in place and are skipped by Tab until they show.
void chainTabOrder(const QList<QWidget *> &blocks);
// The same with the widgets of layout as blocks, in the layout's order (nested layouts and a
// splitter's panes included).
void chainTabOrder(QLayout *layout);

// A line edit's clear button (setClearButtonEnabled) is a button without a name: AT-SPI would
// announce it as "button". Call after setClearButtonEnabled(true).
void nameClearButton(QLineEdit *edit, const QString &name);

// Qt 6.4 makes a button box the focus proxy of its first button; when buttons are added after
// the standard ones, Tab from the last of them jumps back to the first and never reaches the
// rest (Close, Cancel…). Dropping the proxy leaves the buttons in the Tab chain as laid out.
// Call after the last addButton().
void keepButtonsInTabChain(QDialogButtonBox *buttons);

} // namespace rd::ui
