#include "WidgetAudit.h"

#include "screenshots/ScreenCatalog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>

namespace rd::test::a11y {

namespace {

// Part of a spin box or combo box (its line edit, its popup list): named through its control.
bool insideComposite(const QWidget *w) {
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p)) {
            return true;
        }
    }
    return false;
}

// Pieces Qt adds to its own controls: scroll bars, a tab bar's scroll arrows, a table's corner
// button, an item view's headers, a tool bar's extension button.
bool isQtInternalPart(const QWidget *w) {
    if (qobject_cast<const QScrollBar *>(w) || qobject_cast<const QMenu *>(w) ||
        qobject_cast<const QMenuBar *>(w)) {
        return true;
    }
    const QWidget *parent = w->parentWidget();
    if (qobject_cast<const QHeaderView *>(w) && qobject_cast<const QAbstractItemView *>(parent)) {
        return true;
    }
    if (qobject_cast<const QAbstractButton *>(w) &&
        (qobject_cast<const QTabBar *>(parent) ||
         qstrcmp(w->metaObject()->className(), "QTableCornerButton") == 0 ||
         w->objectName().startsWith(QLatin1String("qt_")))) {
        return true;
    }
    return false;
}

QString hint(const QWidget *w) {
    QString h;
    if (const auto *b = qobject_cast<const QAbstractButton *>(w); b && !b->text().isEmpty()) {
        h = QStringLiteral("text \"%1\"").arg(b->text());
    } else if (const auto *e = qobject_cast<const QLineEdit *>(w);
               e && !e->placeholderText().isEmpty()) {
        h = QStringLiteral("placeholder \"%1\"").arg(e->placeholderText());
    } else if (!w->toolTip().isEmpty()) {
        h = QStringLiteral("tooltip \"%1\"").arg(w->toolTip().left(60));
    } else if (w->isWindow() && !w->windowTitle().isEmpty()) {
        h = QStringLiteral("title \"%1\"").arg(w->windowTitle());
    }
    return h.isEmpty() ? QString() : QStringLiteral(" (") + h + u')';
}

QString step(const QWidget *w) {
    QString cls = QString::fromLatin1(w->metaObject()->className());
    cls = cls.mid(cls.lastIndexOf(u':') + 1);
    if (!w->objectName().isEmpty()) {
        return cls + u'#' + w->objectName();
    }
    int index = 0;
    if (const QWidget *parent = w->parentWidget()) {
        for (const QObject *sibling : parent->children()) {
            if (sibling == w) {
                break;
            }
            if (sibling->metaObject() == w->metaObject()) {
                ++index;
            }
        }
    }
    return cls + u'[' + QString::number(index) + u']';
}

QWidget *focusTarget(QWidget *w) {
    while (w->focusProxy()) {
        w = w->focusProxy();
    }
    return w;
}

} // namespace

bool isInteractive(const QWidget *w) {
    if (insideComposite(w) || isQtInternalPart(w) || w->focusProxy()) {
        return false;
    }
    if (qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w) ||
        qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QComboBox *>(w) ||
        qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTabBar *>(w) ||
        qobject_cast<const QAbstractSlider *>(w) || qobject_cast<const QTextEdit *>(w) ||
        qobject_cast<const QPlainTextEdit *>(w)) {
        return true;
    }
    return (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus;
}

QList<QWidget *> interactiveWidgets(QWidget *root) {
    QList<QWidget *> all{root};
    all += root->findChildren<QWidget *>();
    QList<QWidget *> out;
    for (QWidget *w : all) {
        if (isInteractive(w) && w->isVisible()) {
            out.append(w);
        }
    }
    return out;
}

QString accessibleName(QWidget *w) {
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

QString objectPath(const QWidget *root, const QWidget *w) {
    QStringList steps;
    for (const QWidget *p = w; p; p = p->parentWidget()) {
        steps.prepend(step(p));
        if (p == root) {
            break;
        }
    }
    return steps.join(u'/') + hint(w);
}

QList<QWidget *> tabTargets(QWidget *window) {
    QList<QWidget *> all{window};
    all += window->findChildren<QWidget *>();
    QList<QWidget *> out;
    for (QWidget *w : all) {
        if (w->window() != window || w->focusProxy() || !w->isVisible() || !w->isEnabled() ||
            (w->focusPolicy() & Qt::TabFocus) != Qt::TabFocus) {
            continue;
        }
        out.append(w);
    }
    return out;
}

QList<QWidget *> walkTabChain(QWidget *window, int maxPresses) {
    window->show();
    window->activateWindow();
    QApplication::setActiveWindow(window);
    if (!QTest::qWaitForWindowActive(window)) {
        return {};
    }
    QWidget *first = QApplication::focusWidget();
    if (!first) {
        // Nothing had focus (a window whose first control is not focusable by click): Tab once.
        QTest::keyClick(window, Qt::Key_Tab);
        first = QApplication::focusWidget();
    }
    if (!first) {
        return {};
    }
    QList<QWidget *> seen{focusTarget(first)};
    for (int i = 0; i < maxPresses; ++i) {
        QWidget *now = QApplication::focusWidget();
        QTest::keyClick(now ? now : window, Qt::Key_Tab);
        QWidget *next = QApplication::focusWidget();
        // Back where it started: the round is complete.
        if (!next || next == first) {
            break;
        }
        seen.append(focusTarget(next));
        // Focus that did not move is a trap; it is kept twice in a row so the caller names it.
        if (next == now) {
            break;
        }
    }
    return seen;
}

QList<QWidget *> exclusiveGroupOf(QWidget *w) {
    auto *button = qobject_cast<QAbstractButton *>(w);
    if (!button) {
        return {};
    }
    QList<QWidget *> out;
    if (QButtonGroup *group = button->group(); group && group->exclusive()) {
        for (QAbstractButton *b : group->buttons()) {
            if (b != button) {
                out.append(b);
            }
        }
    } else if (button->autoExclusive() && button->parentWidget()) {
        for (auto *b :
             button->parentWidget()->findChildren<QAbstractButton *>(Qt::FindDirectChildrenOnly)) {
            if (b != button && b->autoExclusive()) {
                out.append(b);
            }
        }
    }
    return out;
}

bool arrowsReach(QWidget *from, QWidget *target) {
    for (Qt::Key key : {Qt::Key_Right, Qt::Key_Down, Qt::Key_Left, Qt::Key_Up}) {
        from->setFocus(Qt::TabFocusReason);
        for (int i = 0; i < 8; ++i) {
            QWidget *now = QApplication::focusWidget();
            QTest::keyClick(now ? now : from, key);
            if (QApplication::focusWidget() == target) {
                return true;
            }
        }
    }
    return false;
}

std::vector<std::string> catalogStateNames() {
    std::vector<std::string> names;
    for (const auto &s : rd::ui::ScreenCatalog::instance().states()) {
        names.push_back(s.name.toStdString());
    }
    return names;
}

} // namespace rd::test::a11y
