#include "app/KeyboardAccess.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLayout>
#include <QLineEdit>
#include <QSplitter>
#include <QWidget>

#include <functional>

namespace rd::ui {

namespace {

// block and its descendants that Tab can stop at, in the window's current focus-chain order.
QList<QWidget *> focusableIn(QWidget *block) {
    QList<QWidget *> out;
    QWidget *w = block;
    do {
        if ((w == block || block->isAncestorOf(w)) && !w->focusProxy() &&
            (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus) {
            out.append(w);
        }
        w = w->nextInFocusChain();
    } while (w && w != block);
    return out;
}

} // namespace

void chainTabOrder(const QList<QWidget *> &blocks) {
    QList<QWidget *> order;
    for (QWidget *block : blocks) {
        if (block) {
            order += focusableIn(block);
        }
    }
    for (qsizetype i = 0; i + 1 < order.size(); ++i) {
        QWidget::setTabOrder(order[i], order[i + 1]);
    }
}

void chainTabOrder(QLayout *layout) {
    QList<QWidget *> blocks;
    std::function<void(QWidget *)> add = [&](QWidget *w) {
        // A splitter's panes in their on-screen order, whatever order they were built in.
        if (auto *splitter = qobject_cast<QSplitter *>(w)) {
            for (int i = 0; i < splitter->count(); ++i) {
                add(splitter->widget(i));
            }
        } else {
            blocks.append(w);
        }
    };
    std::function<void(QLayout *)> collect = [&](QLayout *l) {
        for (int i = 0; i < l->count(); ++i) {
            QLayoutItem *item = l->itemAt(i);
            if (item->widget()) {
                add(item->widget());
            } else if (item->layout()) {
                collect(item->layout());
            }
        }
    };
    collect(layout);
    chainTabOrder(blocks);
}

void nameClearButton(QLineEdit *edit, const QString &name) {
    // The action Qt's clear button shows; its text becomes the button's accessible name.
    if (auto *clear = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"))) {
        clear->setText(name);
        clear->setToolTip(name);
    }
}

void keepButtonsInTabChain(QDialogButtonBox *buttons) {
    buttons->setFocusProxy(nullptr);
}

} // namespace rd::ui
