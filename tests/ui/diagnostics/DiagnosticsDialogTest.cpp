// Help → Copy Diagnostics puts the report on the clipboard, says so, and shows it; the dialog
// copies and saves it; the About dialog lists every third-party licence with its text.
#include "diagnostics/DiagnosticsDialog.h"
#include "app/AppContext.h"
#include "core/FakeClock.h"
#include "diagnostics/AboutDialog.h"
#include "mainwindow/MainWindow.h"
#include "storage/MemorySecretStore.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace rd;
using namespace rd::ui;

TEST(DiagnosticsDialog, Copy_PutsTheReportOnTheClipboard_SaveAs_WritesIt) {
    DiagnosticsDialog dialog(QStringLiteral("RetryDesk diagnostics\nline two\n"),
                             QStringLiteral("/tmp/logs"), QDateTime());
    QGuiApplication::clipboard()->clear();
    dialog.copyButton()->click();
    EXPECT_EQ(QGuiApplication::clipboard()->text(),
              QStringLiteral("RetryDesk diagnostics\nline two\n"));

    QTemporaryDir dir;
    QString error;
    ASSERT_TRUE(dialog.saveTo(dir.filePath(QStringLiteral("d.txt")), &error)) << qPrintable(error);
    QFile f(dir.filePath(QStringLiteral("d.txt")));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("RetryDesk diagnostics\nline two\n"));
    EXPECT_FALSE(dialog.saveTo(dir.filePath(QStringLiteral("missing/d.txt")), &error));
    EXPECT_TRUE(error.contains(QLatin1String("missing"))) << qPrintable(error);
}

TEST(DiagnosticsDialog, HelpMenuAction_CopiesTheReportAndSaysSo) {
    QTemporaryDir dir;
    FakeClock clock(QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC));
    AppContext context(
        clock,
        std::make_unique<QSettings>(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat),
        std::make_unique<MemorySecretStore>());
    context.settings().setValue(QStringLiteral("diag/marker"), QStringLiteral("here"));
    MainWindow window({}, context);
    QAction *action = window.findChild<QAction *>(QStringLiteral("actionCopyDiagnostics"));
    ASSERT_NE(action, nullptr);
    EXPECT_FALSE(action->shortcut().isEmpty());
    QGuiApplication::clipboard()->clear();
    action->trigger();
    QApplication::processEvents();
    const QString copied = QGuiApplication::clipboard()->text();
    EXPECT_TRUE(copied.startsWith(QLatin1String("RetryDesk diagnostics"))) << qPrintable(copied);
    EXPECT_TRUE(copied.contains(QLatin1String("Generated: 2026-01-01T12:00:00Z")));
    EXPECT_TRUE(copied.contains(QLatin1String("diag/marker = here")));
    EXPECT_EQ(window.statusBar()->currentMessage(), QStringLiteral("Diagnostics copied"));
    auto *dialog = window.findChild<DiagnosticsDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->text()->toPlainText(), copied);
    dialog->close();
}

TEST(AboutDialog, ListsEveryShippedComponent_WithItsLicenceText) {
    diag::BuildInfo build = diag::BuildInfo::current();
    AboutDialog dialog(build);
    QListWidget *list = dialog.licenseList();
    ASSERT_EQ(list->count(), 6);
    const struct {
        const char *name;
        const char *phrase;
    } expected[] = {{"Qt: Core", "GNU LESSER GENERAL PUBLIC LICENSE"},
                    {"Qt Charts", "GNU GENERAL PUBLIC LICENSE"},
                    {"Qt HTTP Server", "GNU GENERAL PUBLIC LICENSE"},
                    {"QtKeychain", "Redistribution and use in source and binary forms"},
                    {"simdjson", "Apache License"},
                    {"DejaVu", "Bitstream Vera"}};
    for (int row = 0; row < list->count(); ++row) {
        dialog.showLicenses(row);
        EXPECT_TRUE(list->item(row)->text().startsWith(QLatin1String(expected[row].name)))
            << qPrintable(list->item(row)->text());
        EXPECT_TRUE(
            dialog.licenseText()->toPlainText().contains(QLatin1String(expected[row].phrase)))
            << expected[row].name;
    }
}
