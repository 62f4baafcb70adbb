// Translations: install("es") turns real widgets, the app/ texts they show and Qt's own buttons
// into Spanish and formats numbers the Mexican way; install("en") brings English back.
#include "app/Translations.h"
#include "app/AppContext.h"
#include "core/FakeClock.h"
#include "mainwindow/MainWindow.h"
#include "models/CountdownFormatter.h"
#include "models/ValidationColumn.h"
#include "models/ValidationTableModel.h"
#include "storage/MemorySecretStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QDialogButtonBox>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace rd;
using rd::ui::Translations;

namespace {

class TranslationsTest : public ::testing::Test {
protected:
    void TearDown() override { Translations::install(QStringLiteral("en")); }

    QStringList menuTitles() {
        ui::AppContext context(m_clock,
                               std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s.ini")),
                                                           QSettings::IniFormat),
                               std::make_unique<MemorySecretStore>());
        ui::MainWindow window({}, context);
        QStringList titles;
        for (QAction *a : window.menuBar()->actions()) {
            titles << a->text();
        }
        return titles;
    }
    static QString header(ValidationColumn c) {
        const FakeClock clock;
        ValidationTableModel model(&clock);
        return model.headerData(int(c), Qt::Horizontal, Qt::DisplayRole).toString();
    }
    static QString cancelButtonText() {
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        return box.button(QDialogButtonBox::Cancel)->text();
    }

    FakeClock m_clock;
    QTemporaryDir m_dir;
};

TEST_F(TranslationsTest, Available_AreEnglishAndSpanishWithTheirOwnNames) {
    EXPECT_EQ(Translations::available(), QStringList({"en", "es"}));
    EXPECT_EQ(Translations::displayName(QStringLiteral("en")), QStringLiteral("English"));
    EXPECT_EQ(Translations::displayName(QStringLiteral("es")), QStringLiteral("Español"));
}

TEST_F(TranslationsTest, InstallSpanish_MenusHeadersAndCountdownsSpeakSpanish) {
    ASSERT_EQ(Translations::install(QStringLiteral("es")), QStringLiteral("es"));
    const QStringList menus = menuTitles();
    EXPECT_TRUE(menus.contains(QStringLiteral("&Archivo"))) << menus.join(u'|').toStdString();
    EXPECT_TRUE(menus.contains(QStringLiteral("Ay&uda"))) << menus.join(u'|').toStdString();
    EXPECT_EQ(header(ValidationColumn::NextAttempt), QStringLiteral("Próximo intento"));
    EXPECT_EQ(header(ValidationColumn::Outcome), QStringLiteral("Resultado"));
    EXPECT_EQ(CountdownFormatter::remainingText(180'000), QStringLiteral("en 3 min"));
    EXPECT_EQ(CountdownFormatter::remainingText(3'720'000), QStringLiteral("en 1 h 2 min"));
}

TEST_F(TranslationsTest, InstallSpanish_QtsOwnButtonsAreSpanishToo) {
    ASSERT_EQ(Translations::install(QStringLiteral("es")), QStringLiteral("es"));
    EXPECT_EQ(cancelButtonText().remove(u'&'), QStringLiteral("Cancelar"));
}

TEST_F(TranslationsTest, InstallSpanish_NumbersAndDatesAreFormattedTheMexicanWay) {
    ASSERT_EQ(Translations::install(QStringLiteral("es")), QStringLiteral("es"));
    const QLocale locale;
    EXPECT_EQ(locale.language(), QLocale::Spanish);
    EXPECT_EQ(locale.toString(1234567.5, 'f', 1), QStringLiteral("1,234,567.5"));
    EXPECT_EQ(locale.toString(QDate(2026, 1, 5), QStringLiteral("d MMMM yyyy")),
              QStringLiteral("5 enero 2026"));
}

TEST_F(TranslationsTest, InstallEnglishAfterSpanish_EverythingIsEnglishAgain) {
    ASSERT_EQ(Translations::install(QStringLiteral("es")), QStringLiteral("es"));
    ASSERT_EQ(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
    EXPECT_TRUE(menuTitles().contains(QStringLiteral("&File")));
    EXPECT_EQ(header(ValidationColumn::NextAttempt), QStringLiteral("Next attempt"));
    EXPECT_EQ(CountdownFormatter::remainingText(180'000), QStringLiteral("in 3 min"));
    EXPECT_EQ(cancelButtonText().remove(u'&'), QStringLiteral("Cancel"));
    EXPECT_EQ(QLocale().language(), QLocale::English);
}

TEST_F(TranslationsTest, InstallEnglish_PluralsReadAsEnglish) {
    ASSERT_EQ(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
    const auto lists = [](int n) {
        return QCoreApplication::translate("rd::ui::ListsScreen", "%n list(s)", nullptr, n);
    };
    EXPECT_EQ(lists(1), QStringLiteral("1 list"));
    EXPECT_EQ(lists(3), QStringLiteral("3 lists"));
    EXPECT_EQ(lists(0), QStringLiteral("0 lists"));
    EXPECT_EQ(QCoreApplication::translate("rd::ui::ListRetryConfirmDialog", "Retry %n lists?",
                                          nullptr, 1),
              QStringLiteral("Retry 1 list?"));
    ASSERT_EQ(Translations::install(QStringLiteral("es")), QStringLiteral("es"));
    EXPECT_EQ(lists(1), QStringLiteral("1 lista"));
    EXPECT_EQ(lists(3), QStringLiteral("3 listas"));
}

TEST_F(TranslationsTest, InstallUnknownLanguage_FallsBackToEnglish) {
    EXPECT_EQ(Translations::install(QStringLiteral("xx")), QStringLiteral("en"));
    EXPECT_EQ(Translations::install(QStringLiteral("es-MX")), QStringLiteral("es"));
    EXPECT_EQ(Translations::install({}), Translations::systemLanguage());
}

} // namespace
