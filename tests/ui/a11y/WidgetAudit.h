// WidgetAudit: what the accessibility tests look at in a widget tree: which widgets a user can
// operate, the name assistive technology gets for each (through QAccessible, as a screen reader
// would), where a widget sits in the tree (for failure messages), and the Tab chain as a keyboard
// user walks it.
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

#include <string>
#include <vector>

namespace rd::test::a11y {

// A control a user operates: buttons, line and text edits, spin boxes, combo boxes, item views,
// tab bars, sliders, and any other widget that takes focus with Tab. Parts Qt builds inside a
// composite control (a spin box's or combo box's editor, scroll bars, a tab bar's scroll arrows,
// an item view's header) belong to their control and are not listed on their own.
bool isInteractive(const QWidget *w);

// Every interactive widget in root's tree that is on screen now, root included, in creation
// order. Hidden ones (a page not shown, a button that gets its text when it appears) are checked
// in the states that show them.
QList<QWidget *> interactiveWidgets(QWidget *root);

// QAccessible::queryAccessibleInterface(w)->text(QAccessible::Name): the widget's accessible
// name, its label buddy's text, a button's text, as Qt hands them to AT-SPI / UIA /
// NSAccessibility.
QString accessibleName(QWidget *w);

// "MainWindow/QTabWidget[0]/…/QLineEdit[1] (placeholder "Search")": the path from root, each step
// its class and object name or index among same-class siblings, with a hint of what it shows.
QString objectPath(const QWidget *root, const QWidget *w);

// Widgets of window that Tab can focus now: visible, enabled, TabFocus, after focus proxies.
QList<QWidget *> tabTargets(QWidget *window);

// Shows window, activates it and presses Tab until focus comes back to where it started (or
// maxPresses), returning each widget focused on the way, the first one included.
// Focus that does not move on a press (a keyboard trap) ends the walk with that widget twice.
QList<QWidget *> walkTabChain(QWidget *window, int maxPresses);

// For a button of an exclusive group (radio-style: Tab stops at the checked one, arrow keys move
// inside the group): focuses from, presses Right/Down (then Left/Up) and says whether target
// got focus on the way.
bool arrowsReach(QWidget *from, QWidget *target);

// The other buttons of w's exclusive group (QButtonGroup or autoExclusive siblings), or none.
QList<QWidget *> exclusiveGroupOf(QWidget *w);

// Every ScreenCatalog state's name, in catalog order: the parameters of the per-state suites.
std::vector<std::string> catalogStateNames();

} // namespace rd::test::a11y
