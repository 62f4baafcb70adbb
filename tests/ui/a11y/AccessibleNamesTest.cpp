// Every ScreenCatalog state, walked as a screen reader sees it: each control a user can operate
// has a non-empty accessible name (its own, its label buddy's text or its button text, as
// QAccessible hands it to AT-SPI), the main window's menus carry mnemonics, and dialogs have a
// default button and close with Escape. Screens added to the catalog are covered by themselves.
#include "WidgetAudit.h"

#include "screenshots/ScreenCatalog.h"
#include "support/RenderedTest.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>

using rd::ui::ScreenCatalog;
using rd::ui::ScreenContext;
using namespace rd::test::a11y;

namespace {

// On Linux Qt names a combo box by its current text and links its label only as a relation, so
// the text alone would pass an empty-labelled combo: it needs its own name or a label buddy.
bool hasOwnComboName(QComboBox *box) {
    if (!box->accessibleName().trimmed().isEmpty()) {
        return true;
    }
    const QWidget *parent = box->parentWidget();
    for (const QLabel *label : parent ? parent->findChildren<QLabel *>() : QList<QLabel *>{}) {
        if (label->buddy() == box && !label->text().isEmpty()) {
            return true;
        }
    }
    return false;
}

// The mnemonic of a menu entry ("&Quit" → 'q'), or a null QChar.
QChar mnemonic(const QString &text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == u'&') {
            if (text[i + 1] != u'&') {
                return text[i + 1].toLower();
            }
            ++i;
        }
    }
    return {};
}

class KeyboardAccess : public rd::test::RenderedTest {};

class AccessibleNames : public rd::test::RenderedTestWithParam<std::string> {
protected:
    std::unique_ptr<QWidget> build(QSize *size = nullptr) {
        state = ScreenCatalog::instance().find(QString::fromStdString(GetParam()));
        if (!state) {
            return nullptr;
        }
        if (size) {
            *size = state->size;
        }
        std::unique_ptr<QWidget> w = state->create(context);
        w->resize(state->size);
        w->show();
        QCoreApplication::processEvents();
        return w;
    }
    ScreenContext context;
    std::optional<rd::ui::ScreenState> state;
};

TEST_P(AccessibleNames, EveryControlHasAName) {
    std::unique_ptr<QWidget> root = build();
    ASSERT_TRUE(root);
    QStringList missing;
    const QList<QWidget *> controls = interactiveWidgets(root.get());
    for (QWidget *w : controls) {
        auto *box = qobject_cast<QComboBox *>(w);
        if (accessibleName(w).isEmpty() || (box && !hasOwnComboName(box))) {
            missing << objectPath(root.get(), w);
        }
    }
    EXPECT_TRUE(missing.isEmpty()) << GetParam() << ": " << missing.size() << " of "
                                   << controls.size() << " controls without an accessible name:\n  "
                                   << qPrintable(missing.join(QStringLiteral("\n  ")));
}

// Every menu entry of every main window in the catalog has text and a mnemonic of its own.
TEST_F(KeyboardAccess, MenusHaveMnemonics) {
    QStringList problems;
    std::function<void(const QString &, const QList<QAction *> &)> check =
        [&](const QString &where, const QList<QAction *> &actions) {
            QHash<QChar, QString> used;
            for (QAction *a : actions) {
                if (a->isSeparator() || !a->isVisible()) {
                    continue;
                }
                if (a->text().isEmpty()) {
                    problems << where + QStringLiteral(": an entry without text");
                    continue;
                }
                const QChar m = mnemonic(a->text());
                if (m.isNull()) {
                    problems << where + QStringLiteral(": \"%1\" has no mnemonic").arg(a->text());
                } else if (used.contains(m)) {
                    problems << where + QStringLiteral(": \"%1\" and \"%2\" share Alt+%3")
                                            .arg(used.value(m), a->text(), m);
                } else {
                    used.insert(m, a->text());
                }
                if (a->menu()) {
                    check(where + u'/' + a->text(), a->menu()->actions());
                }
            }
        };
    int windows = 0;
    for (const auto &state : ScreenCatalog::instance().states()) {
        ScreenContext context;
        std::unique_ptr<QWidget> root = state.create(context);
        QList<QMainWindow *> mains = root->findChildren<QMainWindow *>();
        if (auto *m = qobject_cast<QMainWindow *>(root.get())) {
            mains.prepend(m);
        }
        for (QMainWindow *m : mains) {
            ++windows;
            check(state.name + QStringLiteral(": menu bar"), m->menuBar()->actions());
        }
    }
    EXPECT_GT(windows, 0) << "no main window in the catalog";
    EXPECT_TRUE(problems.isEmpty()) << qPrintable(problems.join(QStringLiteral("\n  ")));
}

// Every dialog in the catalog (a state's own window, or one it opens inside) has exactly one
// default button for Enter, and Escape closes it.
TEST_F(KeyboardAccess, DialogsHaveDefaultAndEscape) {
    QStringList problems;
    int dialogs = 0;
    for (const auto &state : ScreenCatalog::instance().states()) {
        ScreenContext context;
        std::unique_ptr<QWidget> root = state.create(context);
        root->resize(state.size);
        root->show();
        QCoreApplication::processEvents();
        QList<QDialog *> found = root->findChildren<QDialog *>();
        if (auto *d = qobject_cast<QDialog *>(root.get())) {
            found.prepend(d);
        }
        for (QDialog *dialog : found) {
            if (!dialog->isVisible()) {
                continue;
            }
            ++dialogs;
            const QString where =
                state.name + QStringLiteral(": ") + dialog->metaObject()->className();
            // Enter presses the default button: one at most, and one wherever the dialog has an
            // accepting button (OK, Start, Save…); a dialog that only shows things may have none.
            QStringList defaults;
            bool accepts = false;
            for (QDialogButtonBox *box : dialog->findChildren<QDialogButtonBox *>()) {
                for (QAbstractButton *b : box->buttons()) {
                    const auto role = box->buttonRole(b);
                    accepts = accepts || (b->isVisible() && (role == QDialogButtonBox::AcceptRole ||
                                                             role == QDialogButtonBox::YesRole));
                }
            }
            for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
                if (b->isDefault() && b->isVisible()) {
                    defaults << b->text();
                }
            }
            if (defaults.size() > 1 || (accepts && defaults.isEmpty())) {
                problems << where +
                                QStringLiteral(": %1 default buttons (%2); Enter should press one")
                                    .arg(defaults.size())
                                    .arg(defaults.join(u','));
            }
            bool rejected = false;
            const auto c = QObject::connect(dialog, &QDialog::rejected, dialog,
                                            [&rejected] { rejected = true; });
            dialog->activateWindow();
            QApplication::setActiveWindow(dialog);
            QWidget *focus = QApplication::focusWidget();
            QTest::keyClick(focus && focus->window() == dialog ? focus : dialog, Qt::Key_Escape);
            QObject::disconnect(c);
            if (!rejected) {
                problems << where + QStringLiteral(": Escape does not close it");
            }
        }
    }
    EXPECT_GT(dialogs, 0) << "no dialog in the catalog";
    EXPECT_TRUE(problems.isEmpty()) << qPrintable(problems.join(QStringLiteral("\n  ")));
}

INSTANTIATE_TEST_SUITE_P(AllScreens, AccessibleNames, ::testing::ValuesIn(catalogStateNames()),
                         [](const ::testing::TestParamInfo<std::string> &info) {
                             return info.param;
                         });

} // namespace
